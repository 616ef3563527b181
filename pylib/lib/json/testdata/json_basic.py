import json

# dumps: defaults, options, escaping
print(json.dumps({"b": 1, "a": [1, 2.5, None, True, False], "c": {"x": "y"}}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps({"a": [1, 2, {}], "b": [], "c": {"x": 1}}, indent=2))
print(json.dumps([1, [2]], indent=0))
print(json.dumps([1, {"k": [2]}], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent=2, separators=(", ", " = ")))
print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5, float("inf"): 6, 10**30: 7}))
print(json.dumps("é\U0001f600\x7f\x00\"\\\n\r\t\b\f\x1f"))
print(json.dumps("é\U0001f600\x7f\x00\"", ensure_ascii=False))
print(json.dumps((1, (2, 3)), ))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 0.1, -0.0, 1.0, 10**40]))
print(json.dumps(3), json.dumps("x"), json.dumps(None), json.dumps([]), json.dumps({}))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps({"z": 1, "y": {"b": 2, "a": 1}}, sort_keys=True, indent=1))
print(json.dumps(set([1]), default=sorted))
print(json.dumps({"d": {1, 2}}, default=lambda o: "set of %d" % len(o)))

for bad in [
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps({float("inf"): 1}, allow_nan=False),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps({1, 2}),
    lambda: json.dumps({"a": b"x"}),
    lambda: json.dumps(object()),
    lambda: json.dumps({1: 1, "a": 2}, sort_keys=True),
    lambda: json.dumps(),
    lambda: json.dumps(1, 2),
    lambda: json.dumps(1, bogus=2),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
x = [[1]] * 2
print(json.dumps(x))

class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)

print(json.dumps({"s": {3, 1}}, cls=E))
print(E(indent=1).encode([1, {2}]))
try:
    E().encode(object())
except TypeError as e:
    print("TypeError", e)


class F:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)


f = F()
json.dump({"a": [1, 2]}, f, indent=1)
print("".join(f.lines))
