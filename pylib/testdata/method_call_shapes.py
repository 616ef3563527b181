# obj.method(args) in its shapes: the evaluator calls plain methods without a bound method.
class Base:
    def __init__(self):
        self.log = []

    def add(self, x):
        self.log.append(x)
        return self

    def twice(self, x):
        return self.add(x).add(x)


class Child(Base):
    def add(self, x):
        return super().add(x * 10)


b, c = Base(), Child()
print(b.twice(1).log, c.twice(2).log, c.add(b.add(3).log[-1]).log)
b.add = lambda x: 'shadowed %s' % x          # an instance attribute wins over the method
print(b.add(5), Base.add(b, 6).log)
del b.add
print(b.add(7).log)


class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)


class Intercept:
    def __getattribute__(self, name):
        return lambda *a: ('intercepted', name, a)

    def real(self):
        return 'real'


print(Dyn().anything(1, 2), Intercept().real())


class Callable:
    def __call__(self, x):
        return 'called %s' % x


class Holder:
    handler = Callable()
    fn = staticmethod(lambda x: 'static %s' % x)
    cm = classmethod(lambda cls, x: '%s %s' % (cls.__name__, x))

    @property
    def prop(self):
        return lambda x: 'prop %s' % x


h = Holder()
print(h.handler(1), h.fn(2), h.cm(3), h.prop(4), Holder.fn(5), Holder.cm(6))
parts = []
for i in range(3):
    parts.append(str(i).zfill(2).upper())
print(', '.join(parts).split(', '), 'a-b'.replace('-', '+').title())
print('x'.join([s.strip() for s in ' a , b '.split(',')]))
d = {'k': 1}
print(d.get('k'), d.get('missing', 'dflt'), sorted(d.items()), d.setdefault('z', []).append(1), d)
print([1, 3, 2].index(3), 'abc'.startswith(('x', 'a')), (1, 2, 2).count(2))
print('%s|%s' % ('a'.center(3, '*'), 'b'.ljust(2, '.')), 'AbC'.lower().encode('ascii').decode())
s = {1}
s.add(2)
print(sorted(s), s.union({3}).issuperset({1, 3}))
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    'abc'.nosuch()
except AttributeError as e:
    print('AttributeError', e)
try:
    b.missing(1)
except AttributeError as e:
    print('AttributeError', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError', e)


def gen():
    out = []
    out.append((yield 1))
    out.append((yield 2) + 1)
    yield out


g = gen()
print(next(g), g.send(10), g.send(20))
print('x'.upper() if len(parts) else 'y'.upper(), [p.lower() for p in parts if p.isdigit()])
print(' '.join(w.capitalize() for w in 'hello big world'.split()))
import sys
print(sys.getrecursionlimit() > 0, str(1).join(['a', 'b']), 'a'.__class__.__name__)
print('{} {}'.format('x'.upper(), d.get('k') + 1), 'abc'.find('c', 1), 'abc'.count('b'))
