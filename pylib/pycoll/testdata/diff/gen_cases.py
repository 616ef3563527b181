"""Generates cases.json: CPython's answers for the differential test (pycoll_diff_test.go).

hash: [value, hash] for ints, big ints, floats and tuples of them, each value encoded as
      {"i": "123"} / {"f": "1.5"} / {"t": [...]}
order: set operations on int sets: insertions, discards, then list() of the set and of
       a|b, a&b, a-b, a^b, and the pops of a copy, as CPython orders them.
displays: list() of {constant, ...} displays (folded to a frozenset by CPython's compiler).
mixed: interleaved add (1) and discard (0) operations and list() of the result.
"""
import json
import random

rng = random.Random(20240611)


def enc(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    return {"t": [enc(x) for x in v]}


values = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**64, -2**100, 10**30,
          0.0, -0.0, 1.0, 0.5, -1.5, 1e300, 1e-300, 3.141592653589793, float("inf"), float("-inf"), 2.0**70,
          (), (1,), (1, 2), (1, (2, 3.5)), ((),), (-1, -2)]
for _ in range(60):
    values.append(rng.randint(-10**6, 10**6))
    values.append(rng.uniform(-1e6, 1e6))
    values.append(tuple(rng.randint(-100, 100) for _ in range(rng.randint(0, 4))))
hashes = [[enc(v), str(hash(v))] for v in values]

orders = []
for _ in range(120):
    limit = rng.choice([10, 50, 300, 5000, 2**40])
    ins = [rng.randint(-limit // 10, limit) for _ in range(rng.randint(0, 40))]
    dels = rng.sample(ins, k=min(len(ins), rng.randint(0, 10)))
    other = [rng.randint(0, limit) for _ in range(rng.randint(0, 30))]
    a = set()
    for x in ins:
        a.add(x)
    for x in dels:
        a.discard(x)
    b = set(other)
    c = a.copy()
    pops = [c.pop() for _ in range(min(5, len(c)))]
    orders.append({
        "ins": ins, "dels": dels, "other": other,
        "set": list(a), "or": list(a | b), "and": list(a & b), "sub": list(a - b), "xor": list(a ^ b),
        "pops": pops, "frozen": list(frozenset(ins)),
    })

# Interleaved adds and discards, which exercise dummy reuse: [[op, x], ...] -> list(s).
mixed = []
for _ in range(150):
    limit = rng.choice([16, 64, 1000, 2**33])
    s, ops = set(), []
    for _ in range(rng.randint(1, 80)):
        x = rng.randint(0, limit)
        if s and rng.random() < 0.4:
            x = rng.choice(sorted(s)) if rng.random() < 0.8 else x
            s.discard(x)
            ops.append([0, x])
        else:
            s.add(x)
            ops.append([1, x])
    mixed.append({"ops": ops, "want": list(s)})

# Set displays of constants: CPython folds them into a frozenset constant. [items] -> list.
displays = []
for _ in range(100):
    limit = rng.choice([16, 100, 5000])
    items = [rng.randint(-5, limit) for _ in range(rng.randint(3, 25))]
    src = "{" + ", ".join(map(str, items)) + "}"
    displays.append({"items": items, "want": list(eval(src))})

with open("cases.json", "w") as f:
    json.dump({"hash": hashes, "order": orders, "mixed": mixed, "displays": displays}, f, indent=0)
