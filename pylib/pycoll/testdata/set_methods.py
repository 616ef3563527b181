# Every set and frozenset method and operator, ordered as CPython orders ints.
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union(b, [9, 8]), a.intersection(b, {3}), a.difference(b, [1]), a.symmetric_difference([3, 5]))
print(a <= {1, 2, 3, 4}, {1} < a, a < a, a <= a, a > {1}, a >= {5}, a == {3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b))
s = set()
print(s, repr(set()), frozenset(), frozenset({1, 2}), len(s), bool(s))
s.add(5); s.add(5); s.add(1)
print(s)
s.update([3, 2], (7,), {0})
print(s)
s.discard(100)
s.discard(7)
s.remove(0)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e, repr(e))
print(s.pop(), s.pop(), s)
s.clear()
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
s = set(range(10))
s.intersection_update({1, 2, 3, 20}, range(3))
print(s)
s = set(range(10))
s.difference_update([1, 2], {9})
print(s)
s.symmetric_difference_update({1, 3, 100})
print(s)
s |= {50}
s &= set(range(60))
s -= {4}
s ^= {5, 6, 77}
print(s)
f = frozenset([3, 1, 2])
print(f, f | {9}, {9} | f, f & {1}, f - {1}, f ^ {1, 10}, f.copy() is f, type(f | {9}).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "fs"}[frozenset({1, 2, 3})], f in {f})
print(frozenset({1}) == {1}, {1} == frozenset({1}), {frozenset({1}), frozenset({1})})
print({1} in {frozenset({1})}, set([1, 1, 2]), set("aab") == {"a", "b"}, set({1: 2, 3: 4}))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1}.add({2})
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    frozenset().add
except AttributeError as e:
    print("AttributeError")
print({10, 20, 100, 3, 8, 16}, {-1, -2, 5}, set(range(20, 0, -3)), {1000, 999, 64, 7})
s = set()
for i in [100, 7, 33, 64, 12, 5]:
    s.add(i)
print(s, sorted(s), list(s), [x for x in s if x > 10])
t = set(range(100))
for i in range(0, 100, 3):
    t.discard(i)
print(len(t), list(t)[:10])
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, len({(1, 2), (1, 2)}), {True, 1, 1.0})
it = {1, 2}
try:
    for x in it:
        it.add(x + 10)
except RuntimeError as e:
    print(e)
print({x % 4 for x in range(10)}, {c for c in "aaa"})
