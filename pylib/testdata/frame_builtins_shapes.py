# dir() and vars() without arguments see the caller's namespace, like locals().
import sys
x = 1
y = 2
del y
print('x' in dir(), 'y' in dir(), 'sys' in dir(), dir() == sorted(dir()))
print(vars() is globals(), vars()['x'])


def func(a, b=2, *rest, **kw):
    c = a + b
    print(dir())
    v = vars()
    print(sorted(v.items()), v is locals())
    del c
    print(dir())


func(1, 3, 4, k=5)


def closure():
    outer = 'o'

    def inner():
        print(dir(), vars())
        return outer
    return inner


closure()()


class Body:
    attr = 1
    names = dir()
    ns = sorted(k for k in vars() if not k.startswith('__'))


print([n for n in Body.names if not n.startswith('__')], Body.ns)


def positional(p, /, q):
    print(dir(), sorted(vars().items()), sorted(locals().items()))
    return eval('p + q')


print(positional(1, 2))
f = dir
print(type(f()))
print(dir(func) == sorted(dir(func)), 'append' in dir([]), vars(Body)['attr'])
