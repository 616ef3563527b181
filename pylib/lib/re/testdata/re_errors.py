import re

for p in ["(", ")", "a**", "*", "+a", "[a", r"\q", "(?P<a>x)(?P<a>y)", "(?P=zz)", "x{3,2}", "(?<n>x)",
          "(?P<1a>x)", "(?P<>x)", "a(?i)b", r"(a)\2", "[z-a]", r"\x4", "abc\n(", "(?#x", "a{,2}b"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for tpl in [r"\g<9>", r"\g<x", r"\q", r"\g<nope>"]:
    try:
        re.sub(r"(?P<a>a)", tpl, "a")
    except (re.error, IndexError) as e:
        print(repr(tpl), type(e).__name__, e)
try:
    re.search("a", b"a")
except TypeError as e:
    print(e)
