# Keyword arguments keep the order of the call site, into **kwargs, dict(**kw) and dict.update.
def collect(**kw):
    return kw

print(collect(z=1, a=2, m=3))
print(list(collect(b=1, a=2).items()), list(collect(b=1, a=2).keys()))


def forward(**kw):
    return collect(**kw)


def forward_more(**kw):
    return collect(first=0, **kw)


print(forward(z=1, a=2, m=3), forward_more(y=1, x=2))
print(dict(b=1, a=2, c=3), dict({'k': 0}, q=1, p=2))


def to_dict(**kw):
    return dict(**kw)


print(to_dict(y=1, x=2, w=3))
d = {}
d.update(y=1, x=2)
d.update({'c': 3}, b=4, a=5)
print(d)


class Widget:
    def __init__(self, *args, **attrs):
        self.attrs = attrs

    def render(self, **extra):
        merged = dict(self.attrs)
        merged.update(extra)
        return ' '.join('%s="%s"' % kv for kv in merged.items())

    @classmethod
    def make(cls, **kw):
        return cls(**kw)

    @staticmethod
    def names(**kw):
        return list(kw)


w = Widget(id='main', cls='box', data='1')
print(w.attrs, w.render(title='t', alt='a'))
print(Widget.make(zeta=1, alpha=2).attrs, Widget.names(b=1, a=2, c=3))
src = {'zz': 1, 'aa': 2, 'mm': 3}
print(collect(**src), collect(k=0, **src))


class Mapping:
    def keys(self):
        return ['k2', 'k1', 'k3']

    def __getitem__(self, key):
        return key.upper()


print(collect(**Mapping()))


def mixed(a, b=2, *args, c, **kw):
    return a, b, args, c, kw


print(mixed(c=1, a=2, y=3, x=4), mixed(1, 2, 3, c=4, q=5, p=6))
print((lambda **kw: kw)(q=1, p=2))


def gen(**kw):
    yield list(kw)


print(next(gen(j=1, i=2, h=3)))


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(**kw):
    return kw


print(wrapped(second=2, first=1))
for bad in [lambda: collect(**{1: 2}), lambda: collect(a=1, **{'a': 2}), lambda: collect(**1),
            lambda: Widget().render(a=1, **{'a': 2}), lambda: dict(a=1, **{'a': 2})]:
    try:
        bad()
    except TypeError as e:
        print(e)


def strict(a, b):
    return a, b


for bad in [lambda: strict(z=1, y=2), lambda: strict(1, y=2, b=3), lambda: strict(1, 2, a=3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
