# dicts with non-str keys, insertion order, views and methods.
d = {3: "c", 1: "a", (1, 2): "tuple", None: "none", 2.5: "float"}
print(list(d))
print(d[(1, 2)], d[None], d[2.5], 1 in d, (1, 2) in d, 7 in d)
d[True] = "true overrides 1"
print(d[1], len(d))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(counts.keys()) == [k for k, v in counts.items()])
print(list(counts.values()))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
merged = {**{"x": 1, "y": 2}, **{"y": 3, "z": 4}}
print(merged, {"x": 1} | {"x": 2, "w": 0})
print(counts.pop("cat"), counts.pop("dog", "missing"), counts.setdefault("eel", 9))
print(dict.fromkeys(["a", "b"], 0), dict(zip("ab", [1, 2])), dict(a=1, b=2))
try:
    counts["zebra"]
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
k = {}
k[(1, "a")] = 1
k[frozenset({1, 2})] = 2
print(k[(1, "a")], k[frozenset({2, 1})])
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, bool({}), len({1: 1, 2: 2}))
del d[None]
print(d)
print(d.popitem(), d)
