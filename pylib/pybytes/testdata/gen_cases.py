"""Generate bytes_cases.json: bytes and bytearray method calls and CPython 3.11's results.

Every bytes call is also made on a bytearray receiver, and calls with bytes
arguments once more with bytearray arguments; then come the bytearray-only
operations (mutating methods, item assignment, operators as dunder calls,
the constructor), whose cases record the receiver after the call.

Run from pylib/pybytes:  python3 testdata/gen_cases.py
"""
import itertools, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "pystr", "testdata"))
from casegen import run as record, dump

pending = []


def run(recv, m, args=(), kw=None):
    pending.append((recv, m, args, kw))
    return None


def as_bytearray(v):
    if isinstance(v, bytes):
        return bytearray(v)
    if isinstance(v, tuple):
        return tuple(as_bytearray(x) for x in v)
    if isinstance(v, list):
        return [as_bytearray(x) for x in v]
    return v


def has_bytes(v):
    if isinstance(v, bytes):
        return True
    if isinstance(v, (tuple, list)):
        return any(has_bytes(x) for x in v)
    return False

RECV = [b"", b"a", b"abc", b"Hello World", b"  spaced  out  ", b"a,b,,c,", b"\tx\ty\n", b"l1\nl2\r\nl3\rl4\x0bl5\x0c\x1cend",
        b"\xff\xfe\x80", b"caf\xc3\xa9", b"123", b"-42", b"+7", b"ABC", b"Abc Def", b"aBC dEF", b"they're", b"mississippi",
        b"\x00\x1f\x7f", b"\x1c\x1d \x1e", b"aaa", b"hello_world 2x", b"DEADbeef"]
SUBS = [b"", b"a", b"s", b"ss", b"issi", b",", b" ", b"\xff", 97, 0, 255]

cases = []
for s in RECV:
    for m in ["capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdigit",
              "islower", "isspace", "istitle", "isupper", "splitlines", "strip", "lstrip", "rstrip", "split",
              "rsplit", "expandtabs", "decode", "hex"]:
        cases.append(run(s, m))
    for sub in SUBS:
        for m in ["find", "rfind", "index", "rindex", "count"]:
            cases.append(run(s, m, (sub,)))
        if isinstance(sub, bytes):
            for m in ["startswith", "endswith", "partition", "rpartition", "removeprefix", "removesuffix", "split", "rsplit", "strip", "lstrip", "rstrip"]:
                cases.append(run(s, m, (sub,)))
            cases.append(run(s, "replace", (sub, b"<>")))
    for w in [-1, 0, 3, 10, 25]:
        for m in ["center", "ljust", "rjust", "zfill"]:
            cases.append(run(s, m, (w,)))
        cases.append(run(s, "center", (w, b"*")))
    for ks in [0, 1, 4]:
        cases.append(run(s, "expandtabs", (ks,)))
    cases.append(run(s, "splitlines", (True,)))
    for ms in [0, 1, 2, -1]:
        cases.append(run(s, "split", (None, ms)))
        cases.append(run(s, "rsplit", (None, ms)))
        cases.append(run(s, "split", (b",", ms)))
        cases.append(run(s, "rsplit", (), {"sep": b"s", "maxsplit": ms}))
        cases.append(run(s, "replace", (b"", b"-", ms)))
    for enc in ["utf-8", "ascii", "latin-1", "cp1252"]:
        for errs in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
            if errs != "surrogateescape":
                cases.append(run(s, "decode", (enc, errs)))
    for sep, per in [(":", 1), (b"-", 2), (" ", -2), ("::", 1), (1, 1), ("\xe9", 1), ("x", 0), ("x", 3)]:
        cases.append(run(s, "hex", (sep, per)))
    cases.append(run(s, "hex", (), {"sep": ".", "bytes_per_sep": -3}))
    cases.append(run(s, "translate", (bytes.maketrans(b"abc", b"xyz"),)))
    cases.append(run(s, "translate", (None, b"aeiou ")))
    cases.append(run(s, "translate", (bytes.maketrans(b"l", b"L"),), {"delete": b"o"}))

for s in [b"mississippi", b"", b"a\xffb"]:
    for sub in [b"", b"i", b"ss", 105]:
        for st, en in itertools.product([None, 0, 1, 2, -1, -3, 5, 100, -100, 2**70, True], [None, 0, 3, -1, 100, -100]):
            for m in ["find", "rfind", "count", "index"]:
                cases.append(run(s, m, (sub, st, en)))
            if isinstance(sub, bytes):
                cases.append(run(s, "startswith", (sub, st, en)))
                cases.append(run(s, "endswith", (sub, st, en)))

for sep in [b"", b",", b", "]:
    for items in [[], [b"a"], [b"a", b"b", b"c"], (b"x", b"y"), [b"a", 1], ["a"], 5, None, [b"a", b"b", None]]:
        cases.append(run(sep, "join", (items,)))

for h in ["", "00ff", "de ad be ef", " 1f ", "a", "zz", "0g", "é1", "1 2", "DEADbeef", 1, None, b"00"]:
    cases.append(run(b"", "fromhex", (h,)))
for args in [(b"abc", b"xyz"), (b"", b""), (b"a", b""), ("a", b"b"), (b"a",), ()]:
    cases.append(run(b"", "maketrans", args))

calls = [("center", ()), ("center", (1, 2, 3)), ("center", (3, "x")), ("center", (3, b"xy")), ("ljust", (3, 1)), ("split", (1,)),
         ("split", (b"a", 1, 2)), ("split", (b"",)), ("split", (), {"x": 1}), ("find", ()), ("find", ("a",)), ("find", (None,)),
         ("find", (300,)), ("find", (-1,)), ("find", (2**70,)), ("find", (b"a", "x")), ("find", (b"a",), {"x": 1}), ("count", (300,)),
         ("index", (b"zz",)), ("rindex", (122,)), ("startswith", ("a",)), ("startswith", (("a",),)), ("startswith", ()),
         ("join", ()), ("join", (1,)), ("decode", (1,)), ("decode", ("utf-8", "strict", "x")), ("decode", ("bogus",)),
         ("decode", (), {"encoding": 1}), ("replace", ("a", b"b")), ("replace", (b"a",)), ("strip", ("a",)), ("strip", (1, 2)),
         ("partition", ("a",)), ("partition", (b"",)), ("partition", ()), ("removeprefix", ("a",)), ("removeprefix", ()),
         ("translate", (b"x",)), ("translate", ()), ("translate", (), {"table": None}), ("translate", (None, "a")),
         ("expandtabs", (), {"tabsize": 1.5}), ("hex", (1, 2, 3)), ("hex", (), {"sep": b""}), ("upper", (1,)), ("zfill", ()),
         ("zfill", ("x",)), ("splitlines", (), {"keepends": "x"}), ("fromhex", ()), ("maketrans", (b"a", b"b"), {"x": 1})]
for s in [b"abc", b"\xff"]:
    for c in calls:
        run(s, c[0], c[1], c[2] if len(c) > 2 else None)

# Every call above, recorded for bytes, for bytearray, and with bytearray arguments.
for recv, m, args, kw in pending:
    cases.append(record(recv, m, args, kw))
    cases.append(record(bytearray(recv), m, args, kw))
    kw = kw or {}
    if has_bytes(args) or has_bytes(list(kw.values())):
        cases.append(record(recv, m, as_bytearray(args), {k: as_bytearray(v) for k, v in kw.items()}))

# bytearray-only operations.
BA = [b"", b"abc", b"hello world"]
SLICES = [slice(None, None, None), slice(0, 1, None), slice(1, None, None), slice(5, 2, None), slice(-2, None, None),
          slice(None, None, 2), slice(None, None, -1), slice(None, None, -2), slice(1, 100, 3), slice(100, None, None),
          slice(None, None, 0), slice("a", None, None)]
VALUES = [b"", b"XY", b"XYZ", bytearray(b"Q"), [1, 2], (65,), [], "ab", 5, None, [300], ["x"], [-1], 1.5]
ops = [("append", v) for v in [(0,), (255,), (256,), (-1,), ("a",), (b"a",), (1.5,), (True,), ()]]
ops += [("extend", v) for v in [(b"xy",), (bytearray(b"z"),), ([1, 2],), ((3,),), ("ab",), (5,), ([1, 300],), ([1, "a"],),
                                  (None,), ([],), ()]]
ops += [("insert", v) for v in [(0, 120), (-1, 120), (100, 120), (-100, 120), ("a", 1), (0, 256), (0, "x"), (0,), (), (2**70, 1)]]
ops += [("pop", v) for v in [(), (0,), (-1,), (100,), (-100,), ("a",), (1, 2)]]
ops += [("remove", v) for v in [(98,), (120,), (300,), (b"a",), ("a",), ()]]
ops += [(m, v) for m in ["clear", "copy", "reverse"] for v in [(), (1,)]]
ops += [("__getitem__", (k,)) for k in [0, -1, 2, 100, -100, True, "a", 1.5, 2**70] + SLICES]
ops += [("__setitem__", (k, v)) for k in [0, -1, 100, "a"] for v in [120, 256, -1, "a", b"a", None]]
ops += [("__setitem__", (k, v)) for k in SLICES for v in VALUES]
ops += [("__delitem__", (k,)) for k in [0, -1, 100, "a"] + SLICES]
ops += [("__contains__", (x,)) for x in [97, 108, 300, -1, b"ab", b"lo w", bytearray(b"b"), b"", "a", [1], None]]
ops += [("__iadd__", (x,)) for x in [b"x", bytearray(b"y"), "a", 5, [1]]]
# ba * "a" raises the operator's message ("can't multiply sequence by
# non-int"), which testdata/bytearray.py checks; a direct __mul__("a") call
# words it differently in CPython, so it is not recorded here.
ops += [("__imul__", (x,)) for x in [0, 2, -1, True]]
ops += [("__mul__", (x,)) for x in [0, 3, -1]]
ops += [("__rmul__", (x,)) for x in [0, 3, -1]]
ops += [("__add__", (x,)) for x in [b"x", bytearray(b"y"), "a", 5]]
ops += [(m, (x,)) for m in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
        for x in [b"abc", bytearray(b"abd"), b"", b"hello", "abc", 5]]
ops += [(m, ()) for m in ["__len__", "__repr__", "__str__"]]  # hash(ba): testdata/bytearray.py
for s in BA:
    for m, args in ops:
        cases.append(record(bytearray(s), m, args))
for s in [b"a'b", b'a"b', b"a'\"\\\t\n\r\x00\x7f\x80\xff"]:
    cases.append(record(bytearray(s), "__repr__"))

CTOR = [(), (0,), (3,), (-1,), (True,), ([1, 2, 3],), ((),), ([256],), ([-1],), (["a"],), ("x",), ("x", "utf-8"),
        ("\xe9", "latin-1"), ("\xe9", "ascii"), ("\xe9", "ascii", "ignore"), ("\xe9", "ascii", "bogus"), ("\xe9", "bogus"),
        (b"ab",), (bytearray(b"c"),), (1.5,), (None,), (b"x", "utf-8"), (5, "ascii"), ("x", 1), ("x", "utf-8", 1),
        ("x", "utf-8", "strict", 1), (2**70,), ("ab", "utf-16")]
for args in CTOR:
    cases.append(record(bytearray, "__call__", args))
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"source": b"ab"}, {"source": "x", "encoding": "ascii"}, {"x": 1}]:
    cases.append(record(bytearray, "__call__", (), kw))
cases.append(record(bytearray, "__call__", ("x",), {"encoding": "ascii", "errors": "strict"}))
cases.append(record(bytearray, "__call__", ("x",), {"source": "y"}))
for h in ["", "de ad", "zz", 1]:
    cases.append(record(bytearray, "fromhex", (h,)))
cases.append(record(bytearray, "maketrans", (b"ab", bytearray(b"cd"))))

n = dump(cases, os.path.join(os.path.dirname(__file__), "bytes_cases.json"))
print("wrote", n, "cases")
