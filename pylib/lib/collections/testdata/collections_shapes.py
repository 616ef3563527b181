import collections

P = collections.namedtuple("P", "x y", defaults=[5])
p = P(1)
print(p, p.x, p.y, p._asdict(), p._replace(x=3), P._fields, P._field_defaults, P._make([7, 8]), len(p), p == (1, 5), p[0], p[-1], p[:1])
x, y = p
print(x, y, hash(p) == hash((1, 5)), P.__name__, list(p), 1 in p, p.count(1), p.index(5), tuple(p))
Q = collections.namedtuple("Q", ["a", "b", "c"])
q = Q(1, b=2, c=3)
print(q, Q(*range(3)), sorted([Q(2, 0, 0), Q(1, 9, 9)]))
try:
    Q(1)
except TypeError as e:
    print("TypeError:", e)
try:
    collections.namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)
print(collections.namedtuple("R", "a def", rename=True)._fields)


class Point(collections.namedtuple("Point", "x y")):
    __slots__ = ()

    def norm(self):
        return self.x * self.x + self.y * self.y


print(Point(3, 4).norm(), Point(3, 4))

c = collections.Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), len(c), c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c, c + collections.Counter("zz"), c - collections.Counter("aaaa"), -c, +c)
print(collections.Counter(a=3, b=1) | collections.Counter(a=1, b=2), collections.Counter(a=3, b=1) & collections.Counter(a=1, b=2))
print(collections.Counter({"x": 2}) == collections.Counter(x=2), collections.Counter(), dict(collections.Counter("aab")))
words = "the cat and the hat and the bat".split()
print(collections.Counter(words).most_common(3))

d = collections.defaultdict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, dict(d), len(d), "a" in d, "z" in d, list(d), d.get("z"), d.default_factory)
n = collections.defaultdict(int)
for ch in "hello":
    n[ch] += 1
print(sorted(n.items()), n)
print(collections.defaultdict(None, {1: 2}))
try:
    collections.defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)

od = collections.OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, od.popitem(last=False), od, list(od.keys()))
od.move_to_end("a", last=False)
print(od, od.popitem(), collections.OrderedDict())

dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(9)
print(dq, dq.maxlen)
dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), len(dq), dq[0], dq[-1])
dq2 = collections.deque()
dq2.extend("ab")
dq2.extendleft("xy")
print(dq2, list(reversed(dq2)), "a" in dq2, dq2.count("a"))
dq2.rotate(-1)
print(dq2, collections.deque(range(3)) == collections.deque([0, 1, 2]))
try:
    collections.deque().pop()
except IndexError as e:
    print("IndexError:", e)

cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm.items()), cm, len(cm), "b" in cm, cm.get("z", 0))
child = cm.new_child({"c": 4})
child["a"] = 10
print(child["a"], cm["a"], child.parents)
