import re

# $ before a trailing newline, \Z only at the very end, MULTILINE and DOTALL
print(re.findall(r"^\w+$", "one\ntwo\n", re.M), re.search(r"x$", "x\n").span(), re.search(r"x\Z", "x\n"))
print(re.findall(r"a.b", "a\nb axb"), re.findall(r"a.b", "a\nb axb", re.S), re.findall("(?s)a.b", "a\nb"))
# Unicode classes for str, ASCII for bytes and re.ASCII
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.A), re.findall(rb"\w+", "h\xe9llo".encode("latin-1")))
print(re.findall(r"\d", "1٣"), re.findall(r"\s+", "a\u3000b\x1cc"), re.findall(r"[^\W\d_]+", "ab_12cd"))
print(re.findall(r"\bfoo\b", "foo foobar (foo)"), re.sub(r"\B", "-", "abc"))
# groups, lookaround, backreferences, conditionals, lazy, atomic, possessive
m = re.search(r"(?P<q>['\"])(?P<body>.*?)(?P=q)", "say 'hi' now")
print(m.group("body"), m.start("body"), m.end(), m.span("q"), m.lastgroup, m.lastindex, m.regs)
print(re.findall(r"(?<=\$)\d+", "$10 and $20"), re.findall(r"\d+(?!px)\b", "10px 20em 30"), re.sub(r"(\w)\1", r"<\1\1>", "aabbc"))
print(re.match(r"(<)?\w+(?(1)>|$)", "<a>").group(), re.match(r"(<)?\w+(?(1)>|$)", "<a"), re.findall(r"a+?", "aaa"))
print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"a++a", "aaa"), re.match(r"(?i:AB)c", "abc").group())
# verbose with comments and escaped spaces; inline flags
pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    \ (?P<rest>.*)    # an escaped space
""", re.X)
print(pat.match("2024-02 tail").groupdict(), pat.groups, sorted(pat.groupindex.items()))
# sub with functions and counts, subn, split forms
print(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), "a1b22c", count=1), re.subn(r"o", "0", "foo boo"))
print(re.split(r"\s*,\s*", "a , b,c"), re.split(r"(,)", "a,b", maxsplit=1), re.split(r"x*", "axbc"), re.split("", "ab"))
print(re.findall(r"", "ab"), re.sub(r"", "-", "ab"), re.sub("a|", "-", "bab"))
# pos/endpos, fullmatch, finditer, Match API
p = re.compile(r"\w+")
print(p.search("ab cd", 2), p.match("ab cd", 3), p.fullmatch("ab cd", 3), p.search("abcdef", 1, 3), p.findall("ab cd ef", 1, 7))
for m in re.finditer(r"(\w)(\d)?", "a1 b"):
    print(m.group(0, 1, 2), m.groups("-"), m.groupdict(), m[1], m.start(2), m.span(2), m.pos, m.endpos, m.string, m.re.pattern)
print(re.match("(a)(b)", "ab").expand(r"\2\1 \g<0>"), re.escape("a.b*c? d-e"), re.escape(b"x.y"))
print(re.compile("x") == re.compile("x"), re.compile("a", re.I), re.compile(b"a"), repr(re.match(b"a", b"ab")))
print(re.sub(b"a", rb"\\x", b"bab"), re.sub(r"a", r"\n\t\\", "a"), re.sub(r"(a)", r"\g<1>0", "a"), re.sub("x", "\\\\", "x"))
print(re.match(r"[\]]", "]").group(), re.match(r"[]a]+", "]a]").group(), re.match(r"[a-]+", "a-a").group(), re.match(r"\x41\u0042\101", "ABA"))
print(re.match("(?i)straße", "STRASSE"), re.match(r"(?i)[a-z]+", "HeLLo").group(), re.purge())
