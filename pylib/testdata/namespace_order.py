# Namespaces keep insertion order: instance and class dicts, module globals, exec namespaces.
import json


class P:
    zcls = 1
    acls = 2

    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.mid = 3

    def method(self):
        return 0


p = P()
print(vars(p))
print(p.__dict__)
print(json.dumps(p.__dict__))
print([k for k in P.__dict__ if not k.startswith('__')])
print(list(P.__dict__.keys())[:4])

# live writes through __dict__
d = p.__dict__
d['beta'] = 4
print(p.beta, list(d))
d.update(gamma=5, delta=6)
d.update([('eps', 7)])
d.update({'zz': 8})
print(p.gamma, p.delta, p.eps, p.zz, list(d))
del d['beta']
print(hasattr(p, 'beta'), list(d))
p.beta = 9
print(list(d), len(d), 'beta' in d, 'nope' in d)
print(d.get('beta'), d.get('nope'), d.get('nope', 'dflt'))
print(d.setdefault('alpha', 0), d.setdefault('new', 10), list(d)[-1])
print(d.pop('new'), d.pop('new', 'gone'), hasattr(p, 'new'))
print(list(d.items())[:3], list(d.values())[:3])
c = d.copy()
c['other'] = 1
print(hasattr(p, 'other'), type(c).__name__)
print(d == dict(d), d == {'x': 1}, dict(d) == d, {**d} == d)

# delete and re-add moves to the end
del p.zeta
p.zeta = 'back'
print(list(vars(p)))
setattr(p, 'alpha', 'same place')
setattr(p, 'last', 1)
print(list(vars(p)))
delattr(p, 'mid')
print(list(vars(p)))
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)

# class attributes set later
P.later = 1
P.another = 2
del P.later
P.later = 3
print([k for k in P.__dict__ if not k.startswith('__')])


class Q(P):
    y = 1
    x = 2
    print(list(locals()))


print([k for k in Q.__dict__])

# module globals
zmod = 1
amod = 2
print([k for k in globals() if k in ('zmod', 'amod', 'P', 'Q', 'json', 'p')])
global_copy = dict(globals())
print([k for k in global_copy if k in ('zmod', 'amod')])

# exec namespaces
g = {}
exec("b = 1\na = 2\ndef f(): pass\nclass K: pass\n", g)
print([k for k in g if k != '__builtins__'])
g2 = {'first': 0}
exec("zz = 1\naa = 2\ndel first\nfirst = 3", g2)
print([k for k in g2 if k != '__builtins__'])
ns = {}
exec("class R:\n    w = 1\n    v = 2\n", ns)
print([k for k in vars(ns['R']) if not k.startswith('__')])


# __set_name__ follows definition order
class Named:
    def __set_name__(self, owner, name):
        print('set_name', name)


class Holder:
    zed = Named()
    abc = Named()
    mmm = Named()


# many attributes, deletes in between
class Many:
    pass


m = Many()
for i in range(20, 0, -1):
    setattr(m, 'a%d' % i, i)
for i in range(1, 20, 3):
    delattr(m, 'a%d' % i)
m.a1 = 'again'
print(list(vars(m)))
print(repr(vars(m))[:60])
it = iter(vars(m))
print(next(it), next(it))
print(sorted(k for k in dir(p) if not k.startswith("__"))[:3])
