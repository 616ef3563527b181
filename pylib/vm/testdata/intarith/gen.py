# Generates cases.json: a*b, a//b, a%b for edge and random ints, with CPython's results
# (None for ZeroDivisionError); results outside int64 are kept as strings.
import json, random
random.seed(7)
edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 255, 256, -256, 2**31, -2**31, 2**32 + 1, 3037000499, 3037000500,
         -3037000500, 2**62, -2**62, 2**63 - 1, -2**63, -2**63 + 1]
vals = edges + [random.randint(-2**63, 2**63 - 1) for _ in range(10)] + [random.randint(-1000, 1000) for _ in range(10)]
cases = []
for a in vals:
    for b in vals:
        row = [str(a), str(b)]
        for op in ('*', '//', '%'):
            try:
                row.append(str(eval('a %s b' % op)))
            except ZeroDivisionError:
                row.append(None)
        cases.append(row)
json.dump(cases, open("cases.json", "w"))
