"""Generate bytes_cases.json: bytes method calls and CPython 3.11's results.

Run from pylib/pybytes:  python3 testdata/gen_cases.py
"""
import itertools, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "pystr", "testdata"))
from casegen import run, dump

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
        cases.append(run(s, c[0], c[1], c[2] if len(c) > 2 else None))

n = dump(cases, os.path.join(os.path.dirname(__file__), "bytes_cases.json"))
print("wrote", n, "cases")
