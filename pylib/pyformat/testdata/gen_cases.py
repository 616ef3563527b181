"""Generates cases.json: formatting cases run through CPython, the oracle.

Run with CPython 3.11 from the repository root:

    python3 pylib/pyformat/testdata/gen_cases.py

Each case names an operation (format, repr, str, ascii, percent, strformat,
format_map), its inputs as typed JSON values, and CPython's result: {"ok": text}
(or {"ok_bytes": hex}) or {"err": exception type name, "msg": str(exception)}.

Typed values: {"t": "int", "v": "decimal"}, {"t": "float", "v": float.hex()},
{"t": "complex", "re": hex, "im": hex}, {"t": "str", "v": text},
{"t": "bytes", "v": hex}, {"t": "bool", "v": true}, {"t": "none"},
{"t": "list"|"tuple"|"set"|"frozenset", "v": [values]},
{"t": "dict", "v": [[key text, value], ...]} (str keys, in sorted order, since
gpython's dict has no order), {"t": "range", "v": [start, stop, step]},
{"t": "exc", "name": "ValueError", "v": [args]}, and the self-containing
{"t": "reclist"} ([1, [...]]) and {"t": "recdict"} ({'a': {...}}).
"""
import json
import math
import os
import random

rng = random.Random(20240611)


class RecList:
    pass


class RecDict:
    pass


def enc(v):
    if v is None:
        return {"t": "none"}
    if v is RecList:
        return {"t": "reclist"}
    if v is RecDict:
        return {"t": "recdict"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": v.hex()}
    if isinstance(v, complex):
        return {"t": "complex", "re": v.real.hex(), "im": v.imag.hex()}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": v.hex()}
    if isinstance(v, list):
        return {"t": "list", "v": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {"t": "frozenset", "v": [enc(x) for x in sorted(v)]}
    if isinstance(v, set):
        return {"t": "set", "v": [enc(x) for x in sorted(v)]}
    if isinstance(v, dict):
        assert list(v) == sorted(v), v
        return {"t": "dict", "v": [[k, enc(x)] for k, x in v.items()]}
    if isinstance(v, range):
        return {"t": "range", "v": [v.start, v.stop, v.step]}
    if isinstance(v, BaseException):
        return {"t": "exc", "name": type(v).__name__, "v": [enc(x) for x in v.args]}
    raise TypeError(repr(v))


def build(v):
    """Turns the RecList/RecDict markers into real self-containing values."""
    if v is RecList:
        x = [1]
        x.append(x)
        return x
    if v is RecDict:
        x = {}
        x["a"] = x
        return x
    if isinstance(v, list):
        return [build(x) for x in v]
    if isinstance(v, tuple):
        return tuple(build(x) for x in v)
    if isinstance(v, dict):
        return {k: build(x) for k, x in v.items()}
    return v


def run(fn):
    try:
        r = fn()
    except Exception as e:  # the oracle's error is the expected result
        return {"err": type(e).__name__, "msg": str(e)}
    if isinstance(r, bytes):
        return {"ok_bytes": r.hex()}
    return {"ok": r}


cases = []


def add(op, **kw):
    cases.append(dict(op=op, **kw))


# ---- values -------------------------------------------------------------

INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, -1234, 65, 0x10FFFF,
        123456789, -987654321, 2**31, 2**63 - 1, -2**63, 2**63, 2**64,
        10**20, -(10**25) - 7, 2**100, 3**80]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.5, -2.5, 1 / 3, 2 / 3,
          100.0, 1e16, 1e15, 123456789012345.0, 1234567890123456.0,
          9999999999999998.0, 1e-4, 1e-5, 0.00012345, 1e22, 1e100, 1e300,
          1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          math.pi, -math.e, 1234.5678, -0.001, 0.999999, 9.9999999,
          12345.6789, 1e-7, -1e-7, 0.125, 0.375, 2.675, 1.005,
          float("inf"), float("-inf"), float("nan"), 299792458.0, 6.02214076e23]
STRS = ["", "a", "abc", "hello world", "it's", 'say "hi"', "both ' and \"",
        "tab\there", "new\nline", "\r\x00\x1f\x7f", "back\\slash",
        "caf\u00e9", "\u00a0nbsp", "zero\u200bwidth", "\u0378", "\U0001F600",
        "\u4e2d\u6587", "e\u0301", "\x80\x9f\xad", "\u2028\u2029", "\ufeff",
        "\U000e0001", "\U0010ffff", "\ue000", "\u180e", "\u3000",
        "x" * 30]
COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, 0.0),
             complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e16, 1e-5),
             complex(float("inf"), float("nan")), complex(1234.5, -0.1),
             complex(1, float("-inf"))]

# ---- format(value, spec) -------------------------------------------------

FILLS = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "x^", "\u00e9>"]
SIGNS = ["", "+", "-", " "]
ZS = ["", "z"]
ALTS = ["", "#"]
ZEROS = ["", "0"]
WIDTHS = ["", "1", "5", "8", "12", "25"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]
INT_TYPES = ["", "d", "b", "o", "x", "X", "n", "c", "e", "E", "f", "F", "g", "G", "%", "s", "q"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s"]
STR_TYPES = ["", "s", "d", "x"]
COMPLEX_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"]


def random_spec(types, biased=True):
    parts = [rng.choice(FILLS), rng.choice(SIGNS)]
    parts.append("z" if rng.random() < 0.15 else "")
    parts.append("#" if rng.random() < 0.2 else "")
    parts.append("0" if rng.random() < 0.2 else "")
    parts.append(rng.choice(WIDTHS))
    parts.append(rng.choice(GROUPS) if rng.random() < 0.35 else "")
    parts.append(rng.choice(PRECS) if rng.random() < 0.5 else "")
    parts.append(rng.choice(types))
    return "".join(parts)


def add_format(v, spec):
    add("format", value=enc(v), spec=spec, want=run(lambda: format(v, spec)))


FIXED_SPECS = ["", "d", ",", "_", "010,", "09,", "08,", "x=10,", "#x", "#o", "#b", "#X",
               "#012_x", "+", " ", "-", "^9", "<5", ">5", "=+8", "c", ".2f", ".0f",
               ".3", ".0", "e", ".3e", "#.0e", "g", "#g", ".10g", "%", ".1%", "n",
               "z.1f", "z", ",.2f", "020,.3f", "0<12,.1f", "#", "#.3", ".17", "r",
               ".", "10.2.3", ",_", "__", ",,", "99999999999999999999", "\u00e9^9",
               "0>12", "=010", "<<<", "-+", "z+c", "+zc", "#c", "+c", ".2c", ",x", ",n", "_n",
               ",c", ",s", "_s", "=5", "=z", "=#", "z#", "+q", "\u20ac"]

for v in INTS + [True, False]:
    for spec in FIXED_SPECS:
        add_format(v, spec)
    for _ in range(60):
        add_format(v, random_spec(INT_TYPES))
for v in FLOATS:
    for spec in FIXED_SPECS:
        add_format(v, spec)
    for _ in range(60):
        add_format(v, random_spec(FLOAT_TYPES))
for v in STRS:
    for spec in FIXED_SPECS[:30] + ["s", ".2", "^10.3", "*^11", "05", "0=5", "+", "#", "z", ",", "_", ".", "x"]:
        add_format(v, spec)
    for _ in range(15):
        add_format(v, random_spec(STR_TYPES))
for v in COMPLEXES:
    for spec in FIXED_SPECS:
        add_format(v, spec)
    for _ in range(40):
        add_format(v, random_spec(COMPLEX_TYPES))
for v in [None, [1, 2], (1,), {"a": 1}]:
    for spec in ["", "s", ">5"]:
        add_format(v, spec)

# ---- repr / str / ascii --------------------------------------------------

REPR_VALUES = INTS + FLOATS + STRS + COMPLEXES + [
    None, True, False, b"", b"abc", b"it's", b'say "hi"', b"both ' \"",
    bytes(range(0, 256, 7)), b"\x00\xff\x7f\x80", b"\\", b"\t\n\r",
    [], (), {}, set(), frozenset(), [1], (1,), (1, 2), ((),), [[]],
    [1, 2.5, "x", None, True], (0.1, -0.0, float("inf"), float("nan")),
    {"a": 1, "b": [1.5, 2e16], "c": {"d": (1,)}},
    {"it's": "q", "x\ny": b"\x00"}, [1, [2, [3, [4, [5.0]]]]],
    {1, 2, 3}, {5}, frozenset({1}), frozenset({1, 2, 10}), {0, 3, 7},
    range(5), range(1, 10), range(0, 10, 2), range(10, 0, -3), range(0),
    ValueError("x"), ValueError(), ValueError(1, "two"), KeyError("k"), KeyError(),
    KeyError("a", "b"), TypeError("it's bad"), IndexError(0.5), RuntimeError([1]),
    RecList, RecDict, [RecList], {"k": RecDict},
    [2**100, -(2**64)], ("caf\u00e9", "\u200b"), ["\x00", "\U0001F600"],
]
for v in REPR_VALUES:
    add("repr", value=enc(v), want=run(lambda: repr(build(v))))
    add("str", value=enc(v), want=run(lambda: str(build(v))))
    add("ascii", value=enc(v), want=run(lambda: ascii(build(v))))

# ---- printf-style % ------------------------------------------------------

PCT_CONVS = "diouxXeEfFgGcrsa"
PCT_FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+#", "#-"]
PCT_WIDTHS = ["", "1", "5", "12"]
PCT_PRECS = ["", ".", ".0", ".1", ".3", ".8"]
PCT_ARGS = [0, 1, -1, 42, -42, 255, 65, 2**64, -(2**70), 3.7, -3.7, 0.5, 2.5, -0.0,
            1e16, 1e-5, 123.456, float("inf"), float("nan"), True, "x", "abc",
            "\u20ac", None, [1, 2], b"by", 1j]


def add_percent(fmt, args):
    add("percent", format=enc(fmt), args=enc(args), want=run(lambda: fmt % args))


for conv in PCT_CONVS:
    for arg in PCT_ARGS:
        add_percent("%" + conv, arg)
        for _ in range(6):
            spec = "%" + rng.choice(PCT_FLAGS) + rng.choice(PCT_WIDTHS) + rng.choice(PCT_PRECS) + conv
            add_percent(spec, (arg,))

PCT_FIXED = [
    ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("", 1), ("", [1]), ("", {"a": 1}),
    ("", b"x"), ("%s", [1, 2]), ("%s %s", [1, 2]), ("%s", ((1, 2),)), ("%%", ()),
    ("%5%", 1), ("%5%", ()), ("%-5%", (1,)), ("a%5%b", (1,)), ("%", ()), ("%s%", (1,)),
    ("abc%", ()), ("%(a)s", {"a": 1}), ("%(a)s %(b)r", {"a": "x", "b": "y"}),
    ("%(a)s %(a)s", {"a": 1}), ("%(a)s", (1,)), ("%(a)s %s", {"a": 1}),
    ("%s %(a)s", {"a": 1}), ("%(a", {"a": 1}), ("%(a(b))s", {"a(b)": 2}),
    ("%(a)s", {}), ("%(a)*d", {"a": 1}), ("%(a)q", {"a": 1}), ("%(a)%", {"a": 1}),
    ("%(a)%", {}), ("%(x)s%%", {"x": 1}), ("%(a)d", {"a": "x"}), ("%(a)5.2f", {"a": 3.14159}),
    ("%*d", (5, 42)), ("%*d", (-5, 42)), ("%-*d", (4, 1)), ("%*d", ("a", 1)),
    ("%.*f", (2, 1.5)), ("%*.*f", (10, 3, 3.14159)), ("%.*s", (-1, "abc")), ("%.*d", (-3, 5)),
    ("%*s", (2**70, "a")), ("%q", 1), ("%q", ()), ("%z", 1), ("%\u00e9", 1),
    ("%ld", 5), ("%hd", 5), ("%Lf", 1.5), ("%lld", 7), ("%s\u00e9%q", (1, 2)),
    ("%999999999999999999999d", 1), ("%.999999999999999999999d", 1),
    ("name=%s age=%d score=%.2f", ("bob", 42, 97.5)),
    ("%-10s|%5d|%8.3f|%x", ("item", 7, 2.0 / 3, 255)),
    ("%c%c%c", (72, "i", 33)), ("%c", 0x110000), ("%c", -1), ("%c", "ab"), ("%c", 1.5),
    ("%c", None), ("%c", 2**70), ("%d", 2**2000), ("%.3f", 2**2000), ("%e", 10**30),
    ("%s", 2**200), ("%r", "it's"), ("%a", "caf\u00e9\U0001F600"), ("%s", RecList),
    ("%r", (1,)), ("%s", ()), ("%s", ((),)), ("%05s", "a"), ("%-05d", -42), ("%+#08x", 255),
    ("% 08.3f", 1.0), ("%#5.3x", 10), ("%.2x", -1), ("%#.3o", 8), ("%#.0f", 1.0),
    ("%#.0e", 1.0), ("%#g", 100.0), ("%g", 1e-5), ("%G", 1e-20), ("%.0g", 0.5),
    ("%10.4g", 123456.0), ("%-+10.3e|", -0.000123), ("%5.1s|", "\u20ac\u20ac"),
    (b"%s", b"x"), (b"%s", "x"), (b"%s", 1), (b"%b", b"x"), (b"%r", "x"), (b"%a", "\u20ac"),
    (b"%c", 65), (b"%c", b"A"), (b"%c", 256), (b"%c", "A"), (b"%d", 5), (b"%5.1f", 1.25),
    (b"%x", 255), (b"%q", 1), (b"%%", ()), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")),
    (b"%-5s|", b"ab"), (b"%.1s", b"ab"), (b"%r", b"\x00"), (b"%(a)s", {"a": b"1"}),
    (b"%s", bytes(range(250, 256))), (b"abc\xff%d\x00", 7),
]
for fmt, args in PCT_FIXED:
    add("percent", format=enc(fmt), args=enc(args), want=run(lambda: fmt % build(args)))

# ---- str.format / format_map ---------------------------------------------

class Obj:
    pass


SF_ARGS = ([[1, 2], 3, "abc", 2.5, {"k": "v", "x y": 1}, -7, 1234567.891, "\u20ac", 1.5-2j],
           {"x": 1, "name": "bob", "w": 10, "p": 3, "f": 3.14159, "d": {"a": [5, 6]},
            "n": 2**70, "s": "it's", " 0": 4, "0 ": 2})
SF_TEMPLATES = [
    "", "plain", "{}", "{} {}", "{0} {1} {0}", "{1}{0}", "{x}", "{name!r}", "{s!r}", "{s!a}",
    "{s!s:>10}", "{7!a}", "{0[0]}", "{0[1]}", "{4[k]}", "{4[x y]}", "{d[a][1]}", "{d[a]}",
    "{[0]}", "{0[0]}{1}", "{x}{}", "{}{x}{}", "{:>{w}}", "{f:{w}.{p}f}", "{f:{w}.{p}}",
    "{:{}}", "{:{}.{}f}", "{6:,.2f}", "{6:_}", "{n:,}", "{n:x}", "{5:+05d}", "{3:%}",
    "{2:^9}", "{2:*<7.2}", "{{}}", "{{0}}", "{{{0}}}", "a{{b}}c", "{ 0}", "{0 }", "{00}",
    "{!r}", "{:}", "{0!r:}", "{0!r:>{1}}", "{0:{1:}}", "{1:{1:x}}", "{0:{1}}{2}",
    "{0:{{}}}", "{2:{1}{1}}", "{0.real}", "{8.real}", "{8.imag:+}", "{8:.1f}",
    "{", "}", "a{0", "{0", "{0:", "{0.}", "{0[}", "{0[0]x}", "{0[]}", "{:{:{}}}",
    "{0:{1:{0}}}", "{}{0}", "{0}{}", "{12}", "{99}", "{y}", "{0.y}", "{-1}", "{0[-1]}",
    "{0[5]}", "{0:}}", "{0:{}", "{0!}", "{0!x}", "{0!rr}", "{0!", "{0!:}", "{0!r",
    "{0{}", "{0[a]", "{9.}", "{0}}", "{99999999999999999999}", "{2:d}", "{1:s}",
    "{0:>5}", "{4:x}", "{x:.2}", "{f!r:>12}", "{d[a]!r:^20}", "{name:^{w}}|",
]
for t in SF_TEMPLATES:
    args, kwargs = SF_ARGS
    add("strformat", format=t, args=enc(tuple(args)),
        kwargs=enc(dict(sorted(kwargs.items()))), want=run(lambda: t.format(*args, **kwargs)))
for t in ["{x}", "{name!r:>8}", "{}", "{0}", "{y}", "{d[a][0]}", "{{x}}"]:
    kwargs = SF_ARGS[1]
    add("format_map", format=t, kwargs=enc(dict(sorted(kwargs.items()))),
        want=run(lambda: t.format_map(kwargs)))

dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")
with open(dest, "w") as f:
    # One case per line keeps diffs of regenerated results readable.
    f.write("[\n")
    f.write(",\n".join(json.dumps(c, ensure_ascii=True, separators=(",", ":")) for c in cases))
    f.write("\n]\n")
print(len(cases), "cases written to", dest)
