# List slice assignment and deletion in every shape: simple, reversed, extended, negative
# steps, self-assignment, errors; plus bools, bytes membership and unary operators.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

bounds = [None, -7, -3, -1, 0, 1, 2, 4, 5, 9]
steps = [None, 1, 2, 3, -1, -2, -4]
count = 0
for start in bounds:
    for stop in bounds:
        for step in steps:
            sl = slice(start, stop, step)
            for value in ([], [7], [7, 8], (7, 8, 9), "ab"):
                s = list(range(5))
                try:
                    s[sl] = value
                    out = s
                except (ValueError, TypeError) as e:
                    out = type(e).__name__ + ": " + str(e)
                print((start, stop, step), value, out)
            s = list(range(6))
            del s[sl]
            print("del", (start, stop, step), s)
            count += 1
print(count)

s = [0, 1, 2, 3, 4]
s[1:3] = s
print(s)
s = [0, 1, 2, 3, 4]
s[::-1] = s
print(s)
s = [0, 1, 2]
s[3:1] = iter([5, 6])
print(s)
s = [0, 1, 2]
s[:] = (x * x for x in range(4))
print(s)
show(lambda: s.__setitem__(slice(None, None, 2), 5))
show(lambda: s.__setitem__(slice(0, 1), 5))
show(lambda: s.__setitem__(slice(0, 1, 0), [1]))
show(lambda: s.__setitem__("a", 1))
show(lambda: s.__setitem__(10, 1))
show(lambda: s.__delitem__(-10))
show(lambda: s.__setitem__(slice("a", 1), [1]))


def assign(s, i, v):
    s[i] = v
    return s


def delete(s, i):
    del s[i]
    return s


show(lambda: assign([1, 2, 3], slice(None, None, 2), 5))
show(lambda: assign([1, 2, 3], slice(0, 1), None))
show(lambda: assign([1, 2, 3], slice(None, None, 2), [1, 2, 3]))
show(lambda: assign([1, 2, 3], True, "t"))
show(lambda: assign([1, 2, 3], -1, "x"))
show(lambda: assign([1, 2, 3], 2**70, "x"))
show(lambda: assign([1, 2, 3], 1.5, "x"))
show(lambda: delete([1, 2, 3], 3))
show(lambda: delete([1, 2, 3], slice(None, None, -1)))
show(lambda: delete([1, 2, 3, 4, 5, 6], slice(1, None, 2)))
show(lambda: delete([1, 2, 3, 4, 5, 6], slice(-1, 0, -3)))

# bools keep their type name in messages, and compare as ints
for a in (True, False):
    for b in (True, False, 0, 1, 2.5, "x", None, [1]):
        show(lambda: a < b)
        show(lambda: a + b)
        show(lambda: a & b)
        show(lambda: b - a)
        show(lambda: a << b)
show(lambda: sorted([True, False, True, 0]))
show(lambda: max(False, True))

# membership in bytes and bytearray
for hay in (b"hello", bytearray(b"hello"), b""):
    for needle in (b"ll", b"", bytearray(b"lo"), 108, 0, 255, 256, -1, True, "l", 1.0, None, [108]):
        show(lambda: needle in hay)
        show(lambda: needle not in hay)

# unary operators
class C:
    pass


class N:
    def __neg__(self):
        return "neg"

    def __invert__(self):
        return "inv"


for x in (1, -2.5, True, False, "s", b"b", [1], (), {}, None, C(), N(), 2**70, 1j):
    show(lambda: -x)
    show(lambda: +x)
    show(lambda: ~x)
    show(lambda: abs(x))
