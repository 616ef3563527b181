# Truth of every builtin empty and non-empty value.
for v in [b"", b"x", bytearray(), bytearray(b"x"), "", "x", 0, 1, 0.0, -0.0, 0.5, 0j, 1j, (), (0,), [], [0], {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, 2**70, -2**70 + 2**70]:
    print(repr(v), bool(v), not v, "T" if v else "F")
x = b"ab"
n = 0
while x:
    x = x[1:]
    n += 1
print(n)
