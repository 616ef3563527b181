# __call__ on Python subclasses of builtin types, and calling instances that lack one.


class Scale(float):
    def __call__(self, x):
        return x * self


class Counter(int):
    def __call__(self, *args, **kwargs):
        return (int(self), args, sorted(kwargs.items()))


class Shout(str):
    def __call__(self):
        return self.upper() + "!"


class Bag(list):
    def __call__(self, item):
        self.append(item)
        return self


class Registry(dict):
    def __call__(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco


class Pair(tuple):
    pass


class Base(str):
    def __call__(self):
        return "base:" + self


class Child(Base):
    pass


print(Scale(2.5)(4), Counter(7)(), Counter(3)(1, 2, b=2, a=1))
print(Shout("hey")(), Bag([1])(2)(3), Child("c")())

reg = Registry()


@reg("hello")
def hello():
    return "hi"


print(sorted(reg), reg["hello"]())
print(callable(Scale(1.0)), callable(Pair()), callable(Child("x")), callable(Registry()))

for obj in (Pair((1, 2)), Bag.__mro__[1]([1])):
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)


class Late(int):
    pass


x = Late(5)
try:
    x()
except TypeError as e:
    print("TypeError:", e)
Late.__call__ = lambda self, y=1: self + y
print(x(), x(10))
del Late.__call__
try:
    x()
except TypeError as e:
    print("TypeError:", e)

m = Scale(3.0)
print(list(map(m, [1, 2])), sorted([3, 1, 2], key=Shout.__call__ and (lambda v: -v)))
