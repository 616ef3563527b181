# bytearray through the evaluator: operators, item assignment, iteration,
# interplay with bytes. Expected output: bytearray.out (python3 bytearray.py).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

ba = bytearray(b"hello")
print(ba, len(ba), type(ba).__name__, isinstance(ba, bytearray))
ba[0] = 72
ba[1:3] = b"EL"
ba[-1:] = [79, 33]
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba += b"xyz"
ba += bytearray(b"!")
print(ba)
ba *= 2
print(ba)
print([c for c in bytearray(b"AB")], list(bytearray(b"\x00\xff")))
print(97 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"z") in bytearray(b"abc"))
print(b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", bytearray(b"ab") * 3, 2 * bytearray(b"xy"))
print(bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") != b"b", bytearray(b"a") == "a")
print(bytearray(b"a") < b"b", b"a" < bytearray(b"b"), bytearray(b"b") >= bytearray(b"b"))
print(sorted([bytearray(b"b"), bytearray(b"a")]))
print(b",".join([bytearray(b"a"), b"b"]), bytearray(b"-").join([b"x", b"y"]))
print(b"abc".startswith(bytearray(b"a")), b"abc".find(bytearray(b"c")), b"a-b".split(bytearray(b"-")))
print(bytes(bytearray(b"x")), bytearray(bytes(3)), bytearray(range(3)), bytearray(x for x in [1, 2]))
print(bytearray("h\xe9", "latin-1"), bytearray("h\xe9", "utf-8").decode(), bytearray(b"\x01\xab").hex(":"))
print(bytearray.fromhex("de ad"), bytearray(b"abc").upper(), bytearray(b"a b").split())
print(bool(bytearray()), bool(bytearray(b"\x00")), str(bytearray(b"it's")))
ba = bytearray(b"abc")
ba.append(100); ba.extend(range(101, 103)); ba.insert(0, 95); ba.remove(97)
print(ba, ba.pop(), ba.pop(0), ba)
c = ba.copy(); c.reverse(); ba.clear()
print(c, ba)
ba = bytearray(b"0123456789")
ba[::3] = b"abcd"
ba[8:2:-2] = bytearray(b"XYZ")
print(ba)
ba[2:5] = b""
ba[:0] = b"<<"
ba[len(ba):] = b">>"
print(ba, ba[::-1], ba[1::4], ba[-3], ba[2:4])
it = iter(ba)
next(it)
ba[1] = 33
print(next(it))
d = {}
show("hash", lambda: hash(bytearray()))
show("dict key", lambda: d.__setitem__(bytearray(b"k"), 1))
show("str arg", lambda: bytearray("x"))
show("range", lambda: bytearray([256]))
show("neg", lambda: bytearray(-1))
show("float", lambda: bytearray(1.5))
show("mul str", lambda: bytearray(b"a") * "a")
show("concat", lambda: bytearray(b"a") + "a")
show("setitem", lambda: ba.__setitem__(100, 1))
show("ext slice", lambda: ba.__setitem__(slice(None, None, 2), b"x"))
show("lt str", lambda: bytearray(b"a") < "a")
show("in str", lambda: "a" in bytearray(b"a"))
show("in range", lambda: 300 in bytearray(b"a"))
show("pop empty", lambda: bytearray().pop())
show("remove", lambda: bytearray(b"a").remove(98))
show("encoding", lambda: bytearray(b"x", "utf-8"))
x = bytearray(b"ab")
y = x
y += b"c"
print(x is y, x)
for i, v in enumerate(bytearray(b"hi")):
    print(i, v)
