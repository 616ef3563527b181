# dict views: live, ordered, set-like for keys and items.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("a" in k, "z" in k, 4 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "q"} & k), sorted(["q"] | k), sorted({"a", "q"} - k))
print(k == {"a", "b", "c", "d"}, k == {"a"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(sorted(i - {("a", 1)}), k.isdisjoint(["x"]), k.isdisjoint(["a"]), v == v, v == d.values())
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sorted(d), sorted(d.items()), sorted(d.values(), reverse=True), max(d), min(d.values()))
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key, val in d.items():
        d.pop(key)
except RuntimeError as e:
    print("RuntimeError:", e)
for key in list(d):
    del d[key]
print(d, k, v, i)
d = {1: "x"}
for key in d:
    d[key] = "y"
print(d, list(iter({})), list(zip({1: 2, 3: 4}, "ab")))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(iter({})).__name__)
