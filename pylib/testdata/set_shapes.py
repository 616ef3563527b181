# sets of any hashable, frozensets, operators.
s = {(1, 2), (3, 4), (1, 2)}
print(len(s), (1, 2) in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a.isdisjoint({9}))
f = frozenset([3, 1, 2])
print(sorted(f), f == {1, 2, 3}, {f: "frozen"}[frozenset([1, 2, 3])])
s2 = set()
s2.add("x"); s2.update(["y", "z"]); s2.discard("nope"); s2.remove("x")
print(sorted(s2), repr(set()), repr(frozenset()))
try:
    s2.remove("nope")
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({1, 2, 3}, {x % 3 for x in range(10)})
seen = set()
out = []
for item in [3, 1, 3, 2, 1]:
    if item not in seen:
        seen.add(item)
        out.append(item)
print(out)
