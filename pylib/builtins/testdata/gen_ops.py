"""Generates ops.json: operators and conversions over the builtin types, with CPython 3.11's answers.

Each case is a small module (a few statements that leave the result in `r`); its answer is
"TYPE CANON" (the result's type name and canonical repr: reprs, except that set items are
sorted so hash order does not matter) or "!EXCTYPE: message". ops_test.go runs every case under
our runtime and compares. Regenerate with: python3 gen_ops.py > ops.json

The cases cover binary operators (and their in-place forms, with mutation of lists, bytearrays,
sets and dicts made visible), comparisons and `in`, unary operators, conversions, round, divmod,
pow, indexing and every shape of slice, slice assignment and deletion, and sequence repetition.
"""
import json, math

INTS = ["0", "3", "-7", "True", "False", "2**64+3", "-2**70"]
FLOATS = ["0.0", "-0.0", "2.5", "-1.5", "float('inf')", "float('nan')", "1e16", "0.1"]
COMPLEX = ["1j", "(1.5-2j)"]
STRS = ["''", "'ab'", "'é€'"]
BYTES = ["b''", "b'ab'"]
BYTEARRAYS = ["bytearray(b'xy')", "bytearray()"]
TUPLES = ["()", "(1, 'a')", "((1,), [])"]
LISTS = ["[]", "[1, 2]", "[[1], 'x']"]
DICTS = ["{}", "{'a': 1}"]
SETS = ["set()", "{1, 2}", "frozenset({2, 3})"]
OTHER = ["None", "range(3)"]
VALUES = INTS + FLOATS + COMPLEX + STRS + BYTES + BYTEARRAYS + TUPLES + LISTS + DICTS + SETS + OTHER
NUMBERS = INTS + FLOATS + COMPLEX

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
COMPARE = ["==", "!=", "<", "<=", ">", ">="]
MUTABLE = BYTEARRAYS + LISTS + DICTS + ["set()", "{1, 2}"]

BIG = {"2**64+3", "-2**70"}


def canon(r):
    t = type(r)
    if t is tuple:
        inner = ", ".join(canon(x) for x in r)
        return "(" + inner + ("," if len(r) == 1 else "") + ")"
    if t is list:
        return "[" + ", ".join(canon(x) for x in r) + "]"
    if t in (set, frozenset):
        return t.__name__ + "{" + ", ".join(sorted(canon(x) for x in r)) + "}"
    return repr(r)


def answer(src):
    env = {}
    try:
        exec(src, env)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    r = env["r"]
    return type(r).__name__ + " " + canon(r)


cases = []


def add(src):
    cases.append([src, answer(src)])


def same_group(a, b):
    for g in [BYTES + BYTEARRAYS, LISTS, DICTS, SETS, TUPLES, STRS]:
        if a in g and b in g:
            return True
    return False


def too_slow(op, a, b):
    """Huge integer powers CPython would spend minutes (or all memory) computing."""
    return op == "**" and b == "2**64+3" and a in INTS and a not in ("0", "True", "False")


NUMBER_REPS = ["3", "-1.5", "1j", "True"]
OTHER_REPS = ["'ab'", "b'ab'", "bytearray(b'xy')", "(1, 'a')", "[1, 2]", "{'a': 1}", "{1, 2}", "None", "range(3)"]
COLLECTION_OPS = {"+", "-", "%", "|", "&", "^"} | set(COMPARE)


def pairs(op):
    """Every pair of numbers; pairs of other values (all of them for the operators collections
    define, else through representatives); numbers meet the others through representatives
    (repetition by every int is covered below)."""
    for a in VALUES:
        for b in VALUES:
            if a in NUMBERS and b in NUMBERS:
                yield a, b
            elif a in NUMBER_REPS or b in NUMBER_REPS:
                yield a, b
            elif a not in NUMBERS and b not in NUMBERS:
                if op in COLLECTION_OPS or a in OTHER_REPS or b in OTHER_REPS:
                    yield a, b


# Binary operators over pairs of values (`@` has no builtin implementation: a few cases).
for op in BINOPS:
    for a, b in pairs(op):
        if op == "@" and not (a in NUMBER_REPS or b in NUMBER_REPS):
            continue
        if not too_slow(op, a, b):
            add(f"a = {a}\nb = {b}\nr = a {op} b")

# In-place forms: mutable left operands show whether they were changed in place.
for op in BINOPS:
    for a in MUTABLE:
        for b in VALUES:
            if b not in NUMBER_REPS + OTHER_REPS and not same_group(a, b):
                continue
            add(f"a = {a}\nc = a\nb = {b}\na {op}= b\nr = (a, c, a is c)")
for op in ["+", "*", "|", "-", "%", "//", "**", "&", "<<"]:
    for a in INTS + FLOATS + STRS + BYTES + TUPLES + ["frozenset({2, 3})"]:
        for b in ["3", "-1.5", "'x'", "(1,)", "frozenset({3})", "True", "2**64+3"]:
            if not too_slow(op, a, b):
                add(f"a = {a}\nb = {b}\na {op}= b\nr = a")

# Comparisons and membership.
for op in COMPARE:
    for a, b in pairs(op):
        add(f"a = {a}\nb = {b}\nr = a {op} b")
for extra in [("[1, 2]", "[1, 3]"), ("[1, 2]", "[1]"), ("(1, 'a')", "(1, 'b')"), ("(1, 'a')", "(1, 2)"),
              ("[float('nan')]", "[float('nan')]"), ("'ab'", "'aé'"), ("b'ab'", "bytearray(b'ab')"),
              ("{1, 2}", "frozenset({1, 2})"), ("{1}", "{1, 2}"), ("{1, 2}", "{1}"), ("{'a': 1}", "{'a': 1.0}"),
              ("range(0)", "range(1, 1)"), ("range(0, 3, 2)", "range(0, 4, 2)"), ("1", "1.0 + 0j"),
              ("2**64+3", "float(2**64+3)"), ("2**53+1", "float(2**53+1)"), ("-0.0", "0"), ("[[1]]", "[[1.0]]")]:
    for op in COMPARE:
        add(f"a = {extra[0]}\nb = {extra[1]}\nr = a {op} b")
CONTAINERS = STRS + BYTES + BYTEARRAYS + TUPLES + LISTS + DICTS + SETS + ["range(3)", "range(0, 10, 3)"]
for b in CONTAINERS:
    for a in VALUES + ["'a'", "'é'", "97", "256", "-1", "b'a'", "1.0", "2**64", "[1]", "1", "6.0"]:
        for op in ["in", "not in"]:
            add(f"a = {a}\nb = {b}\nr = a {op} b")

# Unary operators and conversions.
for a in VALUES + ["-2**63", "2**63", "-0", "[[]]"]:
    for f in ["-a", "+a", "~a", "abs(a)", "not a", "int(a)", "float(a)", "complex(a)", "str(a)", "repr(a)",
              "bool(a)", "bytes(a)", "bytearray(a)", "list(a)", "tuple(a)", "set(a)", "frozenset(a)", "len(a)",
              "round(a)", "ascii(a)", "sorted(a)", "sum(a)", "min(a)", "max(a)", "divmod(a, 1)", "pow(a, 2)"]:
        if f in ("bytes(a)", "bytearray(a)") and a in BIG | {"2**63"}:
            continue
        add(f"a = {a}\nr = {f}")
    if a in STRS or a in BYTES or "bytearray" in a or a.startswith("[") or a.startswith("{") or a == "None":
        continue
    if a == "float('nan')":
        continue
    add(f"a = {a}\nr = hash(a)")
for a in ["'12'", "' -3 '", "'1_0'", "'0x10'", "'1.5'", "'1e400'", "'-inf'", "'nan'", "b'7'", "bytearray(b'8')",
          "'１２'", "''", "'1j'", "'(1+2j)'", "' 2.5e-3 '", "'--1'"]:
    for f in ["int(a)", "float(a)", "complex(a)", "int(a, 0)", "int(a, 16)"]:
        add(f"a = {a}\nr = {f}")
for a in ["[1, 2]", "[256]", "[-1]", "(65, 66)", "range(3)", "'abc'", "[1.0]", "['a']", "iter([1])", "3", "-1"]:
    add(f"a = {a}\nr = bytes(a)")
    add(f"a = {a}\nr = bytearray(a)")
for a in ["'abc'", "'é'"]:
    for enc in ["'utf-8'", "'ascii'", "'latin-1'"]:
        add(f"r = bytes({a}, {enc})")
        add(f"r = bytearray({a}, {enc})")
        add(f"r = str({a}.encode('utf-8'), {enc})")

# round, divmod and pow.
for a in NUMBERS + ["2.675", "0.5", "1.5", "-2.5", "1e300", "123456.789"]:
    for nd in ["None", "0", "1", "2", "-1", "-3", "True", "2**64", "1.0", "'1'"]:
        add(f"a = {a}\nr = round(a, {nd})")
for a in NUMBERS:
    for b in NUMBERS + ["'1'", "None"]:
        add(f"a = {a}\nb = {b}\nr = divmod(a, b)")
for a in INTS + ["2.5", "-1.5", "0.0", "1j", "'2'"]:
    for b in ["0", "1", "2", "-1", "-2", "0.5", "True", "100", "-2**70", "1j"]:
        if too_slow("**", a, b):
            continue
        add(f"r = pow({a}, {b})")
        for m in ["7", "-5", "1", "0", "2**64+3", "2.0", "None", "True"]:
            add(f"r = pow({a}, {b}, {m})")

# Indexing and slicing.
SEQS = ["'abcdé'", "b'abcde'", "bytearray(b'abcde')", "(0, 1, 2, 3, 4)", "[0, 1, 2, 3, 4]",
        "range(0, 10, 2)", "range(5, -5, -2)"]
BOUNDS = ["None", "-7", "-2", "0", "1", "3", "9"]
STEPS = ["None", "1", "2", "-1", "-2", "3", "0"]
for s in SEQS:
    for i in ["-6", "-5", "-1", "0", "1", "4", "5", "True", "2**64", "-2**64", "1.0", "None", "'a'", "slice(1, 3)"]:
        add(f"s = {s}\ni = {i}\nr = s[i]")
    for lo in BOUNDS:
        for hi in BOUNDS:
            for st in STEPS:
                add(f"s = {s}\nr = s[{lo}:{hi}:{st}]".replace("None", ""))
    for sl in ["True:2**70", "-2**70:False", "1.0:2", "'a':", "::2**64", "::-2**64", "None:None:None", "slice(1, None, 2)"]:
        if sl.startswith("slice"):
            add(f"s = {s}\nr = s[{sl}]")
        else:
            add(f"s = {s}\nr = s[{sl}]")

# Slice and item assignment and deletion on lists and bytearrays.
ASSIGN_SLICES = ["0:0", "1:3", "3:1", ":", "-2:", "::2", "::-2", "1:4:2", "5:9", "-9:1", "::3", "4:0:-1", "::0"]
for s in ["[0, 1, 2, 3, 4]", "bytearray(b'abcde')"]:
    for sl in ASSIGN_SLICES:
        for v in ["[]", "[7]", "[7, 8, 9]", "(7, 8)", "range(3)", "b'xyz'", "'xy'", "7", "[300]", "None", "[7, 8, 9, 10, 11]"]:
            add(f"s = {s}\ns[{sl}] = {v}\nr = s")
        add(f"s = {s}\ndel s[{sl}]\nr = s")
    for i in ["0", "-1", "4", "5", "-6", "True", "'a'", "1.0"]:
        for v in ["7", "-1", "256", "'x'", "b'x'"]:
            add(f"s = {s}\ns[{i}] = {v}\nr = s")
        add(f"s = {s}\ndel s[{i}]\nr = s")
    add(f"s = {s}\ns[1:3] = s\nr = s")
    add(f"s = {s}\ndel s[::-1]\nr = s")

# Sequence repetition.
for s in ["'ab'", "b'ab'", "bytearray(b'ab')", "(1, 2)", "[1, [2]]", "''", "[]", "range(2)"]:
    for n in ["-2", "0", "1", "3", "True", "False", "2**64", "2**62", "-2**70", "2.0", "None", "'2'"]:
        add(f"s = {s}\nn = {n}\nr = s * n")
        add(f"s = {s}\nn = {n}\nr = n * s")
        add(f"s = {s}\nc = s\nn = {n}\ns *= n\nr = (s, c, s is c)")

print("[")
print(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
print("]")
