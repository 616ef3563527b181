# Python classes derived from list, tuple, set and frozenset.


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0], s[1:], list(reversed(s)), sorted(s, reverse=True), 2 in s)
print(s + [4], [0] + s, type(s + [4]).__name__, bool(Stack()), s == [1, 2, 3], [1, 2, 3] == s)
alias = s
s += [9]
print(alias is s, type(s).__name__, s)
s.sort(reverse=True)
print(s, s.index(3), s.count(9), sum(s), max(s), min(s), list(enumerate(s))[:2])
s[0] = 'x'
del s[1]
print(s, ', '.join(str(x) for x in s), tuple(s), [*s])
print(Stack(), Stack('ab'), Stack(x * x for x in range(3)))


class Tracked(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.log = []

    def append(self, x):
        self.log.append(x)
        super().append(x)

    def __setitem__(self, i, v):
        self.log.append(('set', i))
        super().__setitem__(i, v)


tr = Tracked([1])
tr.append(2)
tr[0] = 5
print(tr, tr.log, len(tr))


class Bag(set):
    pass


b = Bag([1, 2])
b.add(3)
print(b, len(b), 2 in b, b | {4}, {4} | b, b & {1, 9}, Bag(), b == {1, 2, 3}, sorted(b))
print(type(b | {4}).__name__, type(b.copy()).__name__, isinstance(b, set), repr(Bag('a')))
b -= {1}
print(b, type(b).__name__)


class FS(frozenset):
    pass


print(FS([1]), FS(), hash(FS([1])) == hash(frozenset([1])), {FS([1]): 'x'}[frozenset([1])])


class Row(tuple):
    def first(self):
        return self[0]


r = Row((1, 2))
x, y = r
print(r, r.first(), x, y, r + (3,), r == (1, 2), len(r), r.count(1), hash(r) == hash((1, 2)))
print(type(r[0:1]).__name__, {r: 1}[(1, 2)], (1, 2) in {r}, list(reversed(r)))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return 'Point(%r, %r)' % self


pt = Point(3, 4)
print(pt, pt.x, pt[1], [pt], str(pt), '%s' % (pt,))
