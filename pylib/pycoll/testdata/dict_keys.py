# Any hashable key: numbers compare across types, user __hash__/__eq__ count.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True], 1.0 in d)
d = {0: "zero", False: "f", 0.0: "z"}
print(d)
d = {(1, "a"): 1, (1, ("b", 2)): 2, None: 3, frozenset({1}): 4, 2 ** 70: 5, -1: 6, -2: 7, b"by": 8, 3.5: 9}
print(d[(1, "a")], d[(1, ("b", 2))], d[None], d[frozenset([1])], d[2 ** 70], d[-1], d[-2], d[b"by"], d[3.5])
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2 ** 61), hash(2 ** 61 - 1), hash(0.5), hash(-1.5))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(2 ** 70), hash(-2 ** 70), hash(float("inf")))
print(hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")), hash(frozenset()), hash(frozenset({1, 2})))

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)

d = {P(1, 2): "a"}
d[P(1, 2)] = "b"
print(d, P(1, 2) in d, P(2, 1) in d, {P(1, 2), P(1, 2), P(3, 4)} == {P(3, 4), P(1, 2)})

class NoHash:
    def __eq__(self, o):
        return True

class Plain:
    pass

p = Plain()
print({p: 1}[p], len({Plain(), Plain()}))
for bad in ([1], {}, {1}, NoHash(), (1, [2])):
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
    try:
        {1: 2}[bad]
    except TypeError as e:
        print(e)
    try:
        bad in {1: 2}
    except TypeError as e:
        print(e)
try:
    {1: 2}.get([])
except TypeError as e:
    print(e)

class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, Collide) and o.n == self.n
    def __repr__(self):
        return "C%d" % self.n

d = {}
for n in range(20):
    d[Collide(n)] = n
for n in range(0, 20, 2):
    del d[Collide(n)]
print(len(d), d[Collide(19)], list(d)[:3], Collide(4) in d, Collide(5) in d)
