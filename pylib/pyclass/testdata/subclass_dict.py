# Python classes derived from dict: storage, overrides, __missing__, super(), copies.


class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)

    def __setattr__(self, k, v):
        self[k] = v


a = AttrDict(x=1, y=2)
print(a, a.x, len(a), type(a).__name__, isinstance(a, dict), type(a) is AttrDict)
a.z = 3
print(a, list(a), 'z' in a, a.get('q'), list(a.keys()), sorted(a.items()))
print(dict(a), {**a}, a == {'x': 1, 'y': 2, 'z': 3}, {'x': 1, 'y': 2, 'z': 3} == a)
print(type(dict(a)).__name__, type(a.copy()).__name__, bool(AttrDict()), bool(a))
try:
    a.nope
except AttributeError as e:
    print('AttributeError', e)


class Headers(dict):
    def __missing__(self, k):
        return 'missing:' + k


h = Headers(a=1)
print(h['a'], h['b'], h.get('b'), 'b' in h, h.get('a'))


class DefaultDict(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory

    def __missing__(self, k):
        v = self[k] = self.factory()
        return v


d = DefaultDict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d.factory is list, d.__dict__ == {'factory': list})
print(DefaultDict(int, [('q', 1)], r=2))


class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


lo = Lower()
lo['ABC'] = 1
print(lo, lo['aBc'], dict.__getitem__(lo, 'abc'), 'ABC' in lo, 'x' in lo)
dict.__setitem__(lo, 'Raw', 2)
print(lo, len(lo))


class Counter(dict):
    def __repr__(self):
        return 'Counter(%s)' % dict.__repr__(self)

    def add(self, k):
        self[k] = self.get(k, 0) + 1


c = Counter()
for w in 'a b a c a'.split():
    c.add(w)
print(c, str(c), [c], '%s' % c, f'{c}')
print(sorted(c, key=c.get, reverse=True), max(c.values()))


class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = True


cfg = Config({'debug': False}, port=80)
print(cfg, cfg.loaded, cfg['port'], vars(cfg))
cfg.update(host='x')
print(sorted(cfg), cfg.pop('debug'), cfg.setdefault('n', 5), cfg)
print(Config.fromkeys('ab', 0), type(Config.fromkeys('ab')).__name__)


def f(**kw):
    return kw


print(f(**cfg), {**cfg, 'extra': 1})
try:
    hash(cfg)
except TypeError as e:
    print('TypeError', e)
print(cfg | {'z': 1}, {'z': 1} | cfg)
m = Config(a=1)
m |= {'b': 2}
print(m, type(m).__name__)
for k, v in m.items():
    print(k, v)
