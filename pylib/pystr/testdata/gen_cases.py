"""Generate str_cases.json: str method calls and CPython 3.11's results.

Run from pylib/pystr:  python3 testdata/gen_cases.py
"""
import itertools, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from casegen import run, dump

RECV = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c,", "\tx\ty\n", "line1\nline2\r\nline3\rl4\x0bl5\x0c\x1c\x1d\x1e\x85\u2028\u2029end",
        "ß straße", "ﬁre ﬂy", "ǅungla ǆ", "ΣΑΣ ΟΔΟΣΣ aΣ Σ", "İstanbul", "ŉ", "ÀÉÎõü", "日本語テキスト", "e\u0301", "😀 emoji 😀",
        "123", "٣٤٥", "²³", "½ⅷ", "一二三", "-42", "+7", "0x1F", "abc123", "ABC", "Abc Def", "aBC dEF", "they're bill's", "hello_world", "_x1", "1abc",
        "\x00\x1f\x7f", "\u00a0\u2003 ", "\x1c\x1d", "aaa", "aaaa", "mississippi", "ﬃ", "ǰ", "Ꭰꭰ", "x\u0345y"]

SUBS = ["", "a", "s", "ss", "issi", "b,", ",", " ", "Σ", "語", "xyz", "l"]
IDX = [None, 0, 1, 2, -1, -3, 5, 100, -100, 2**70, -2**70, True]
BAD = [1, 1.5, None, b"a", ["a"], ("a", 1)]

cases = []
for s in RECV:
    for m in ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii",
              "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
              "isupper", "splitlines", "strip", "lstrip", "rstrip", "split", "rsplit", "expandtabs", "encode"]:
        cases.append(run(s, m))
    for sub in SUBS:
        for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
            cases.append(run(s, m, (sub,)))
        for m in ["partition", "rpartition", "removeprefix", "removesuffix", "split", "rsplit"]:
            cases.append(run(s, m, (sub,)))
        cases.append(run(s, "strip", (sub,)))
        cases.append(run(s, "lstrip", (sub,)))
        cases.append(run(s, "rstrip", (sub,)))
        cases.append(run(s, "replace", (sub, "<>")))
    for w in [-1, 0, 3, 10, 25]:
        for m in ["center", "ljust", "rjust", "zfill"]:
            cases.append(run(s, m, (w,)))
        cases.append(run(s, "center", (w, "*")))
        cases.append(run(s, "ljust", (w, "é")))
    for ks in [0, 1, 4]:
        cases.append(run(s, "expandtabs", (ks,)))
    cases.append(run(s, "splitlines", (True,)))
    cases.append(run(s, "splitlines", (), {"keepends": True}))
    for ms in [0, 1, 2, -1]:
        cases.append(run(s, "split", (None, ms)))
        cases.append(run(s, "rsplit", (None, ms)))
        cases.append(run(s, "split", (",", ms)))
        cases.append(run(s, "rsplit", (), {"sep": "s", "maxsplit": ms}))
        cases.append(run(s, "replace", ("a", "", ms)))
        cases.append(run(s, "replace", ("", "-", ms)))
    for enc in ["utf-8", "ascii", "latin-1", "utf-16", "cp1252"]:
        for errs in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
            cases.append(run(s, "encode", (enc, errs)))
    cases.append(run(s, "translate", ({ord("a"): "A", ord("b"): None, ord("Σ"): 0x3A9, ord(" "): "__"},)))
    cases.append(run(s, "translate", (str.maketrans("abc", "xyz", "lo"),)))
    cases.append(run(s, "translate", ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" * 2,)))
    cases.append(run(s, "join", (["x", "y", "z"],)))

# start/end handling
for s in ["mississippi", "日本語テキスト日本", "", "aΣb"]:
    for sub in ["", "i", "ss", "本", "Σ"]:
        for st, en in itertools.product(IDX, IDX[:8]):
            for m in ["find", "rfind", "count", "startswith", "endswith", "index"]:
                cases.append(run(s, m, (sub, st, en)))
    for pre in [("mis", "x"), ("x",), (), ("本",)]:
        cases.append(run(s, "startswith", (pre,)))
        cases.append(run(s, "endswith", (pre, 1)))

# joins
for sep in ["", ",", ", ", "日"]:
    for items in [[], ["a"], ["a", "b", "c"], ("x", "y"), "abc", {"k": 1}, ["a", 1], [b"a"], 5, None, ["a", "b", None]]:
        cases.append(run(sep, "join", (items,)))

# maketrans
for args in [("abc", "xyz"), ("abc", "xyz", "d"), ("", ""), ("ab", "a"), ({"a": "b", "c": None},), ({"ab": 1},),
             ({97: 98},), (1,), ("a", 1), (1, "a"), ("a", "b", 2), ({1.5: 1},), ()]:
    cases.append(run("", "maketrans", args))

# translate errors and odd tables
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}, 1, None, "xyz", ["A", "B"], ("Q",) * 200, {97: "long"}, {98: True}]:
    cases.append(run("abc", "translate", (table,)))

# argument errors
calls = [("center", ()), ("center", (1, 2, 3)), ("center", ("x",)), ("center", (3, "ab")), ("center", (3, 1)), ("center", (2**70,)),
         ("split", (1,)), ("split", (None, "x")), ("split", (1, 2, 3)), ("split", (",", 1), {"sep": ","}), ("split", (), {"foo": 1}),
         ("split", (), {"maxsplit": 2**70}), ("split", (None, None)), ("rsplit", (), {"x": 1}), ("find", ()), ("find", (1,)),
         ("find", ("a", "x")), ("find", ("a", None, None, 3)), ("find", ("a",), {"x": 1}), ("count", ()), ("count", ("a", 1.5)),
         ("count", ("a", 0, 1, 2)), ("index", ("zz",)), ("rindex", ("zz",)), ("startswith", (1,)), ("startswith", ((1,),)),
         ("startswith", ()), ("endswith", (1,)), ("endswith", (("a", 1),)), ("replace", (1, "b")), ("replace", ("a", 1)),
         ("replace", ("a", "b", "c")), ("replace", ("a",)), ("replace", ("a", "b", 1, 2)), ("replace", ("a", "b"), {"count": 1}),
         ("strip", (1,)), ("strip", ("a", "b")), ("lstrip", (1,)), ("partition", ("",)), ("partition", (1,)), ("partition", ()),
         ("rpartition", (None,)), ("split", ("",)), ("rsplit", ("",)), ("expandtabs", ("x",)), ("expandtabs", (), {"tabsize": "x"}),
         ("expandtabs", (1, 2)), ("expandtabs", (None,)), ("zfill", ("x",)), ("zfill", ()), ("zfill", (3,), {"x": 1}),
         ("upper", (1,)), ("upper", (), {"x": 1}), ("isidentifier", (1,)), ("encode", (1,)), ("encode", ("x",)),
         ("encode", ("utf-8", "x")), ("encode", (1, 2, 3)), ("encode", (), {"errors": 1}), ("encode", (), {"encoding": "ascii", "errors": "ignore"}),
         ("splitlines", (), {"x": 1}), ("splitlines", ("x",)), ("splitlines", (1, 2)), ("splitlines", (2,)), ("removeprefix", (1,)),
         ("removeprefix", ()), ("removesuffix", (None,)), ("translate", ()), ("join", ()), ("join", (1,)), ("join", (), {"x": 1}),
         ("ljust", (3, 1)), ("rjust", (None,)), ("center", (True,)), ("find", ("a", True)), ("zfill", (True,)), ("count", ("a", 2**70, -2**70))]
for s in ["abc", "é\xe9"]:
    for c in calls:
        cases.append(run(s, c[0], c[1], c[2] if len(c) > 2 else None))

n = dump(cases, os.path.join(os.path.dirname(__file__), "str_cases.json"))
print("wrote", n, "cases")
