# int and float compare exactly, whatever their size; bytes iterate as ints.
big = 2 ** 53 + 1
for a, b in [(big, float(big)), (2 ** 64 + 3, float(2 ** 64 + 3)), (-big, -float(big)), (10 ** 400, float("inf")),
             (-(10 ** 400), float("-inf")), (2 ** 63, 2.0 ** 63), (3, 3.0), (1, float("nan")), (2 ** 70, 1e300)]:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b > a)
print(sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53 - 1]), max(2 ** 64, 1.8e19), 2 ** 53 + 1 in {float(2 ** 53)})
for b in b"hi":
    print(b)
print(set(b"aab"), frozenset(b""), sorted(b"cab"), dict.fromkeys(b"ab"), max(b"az"), sum(b"\x01\x02"),
      tuple(b"ok"), list(reversed(b"ab")), list(enumerate(b"a")), list(zip(b"ab", "xy")))
print(callable(len), callable(1), callable(int))
