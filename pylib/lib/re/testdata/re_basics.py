import re
m = re.match(r"^/users/(?P<user_id>\d+)$", "/users/42")
print(m, m.groupdict(), m.group(1), m["user_id"], m.span(1), m.lastindex, m.lastgroup)
print(re.split(r"[/_]", "a/b_c"), re.split(r"(-)", "a-b-c"), re.split(r"\b", "a b"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@x and al@y"), re.subn("x*", "-", "abxd"))
print(re.findall(r"(\d)(\w)", "1a 2b"), re.findall(r"\d+", "12 x 345"))
print(re.compile(r"a", re.I|re.M), re.compile("abc").flags, re.compile("(?i)a").flags)
for p in ["(", ")", "a**", "*", "[a", r"\q", "(?P<a>x)(?P<a>y)", "(?P=zz)", "x{3,2}", "(?<n>x)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "->", e, e.pos)
print(re.search("a$", "xa\n"), re.search(r"a\Z", "xa\n"), re.fullmatch("a|ab", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"), re.escape("a.b c-d"))
print(re.findall(rb"\w+", b"ab cd"), re.match(r"\d", "٣"), re.match(r"(?a)\d", "٣"))
p = re.compile(r"(a)(b)?")
m = p.match("ac")
print(m.groups(), m.groups("z"), m.group(0, 1, 2), m.expand(r"[\1\g<1>]"))
print(re.match(r"(?x) a  b # c\n", "ab"), re.findall("a??", "a"))
print(p.search("xxab", 2), p.search("xxab", 0, 2), re.compile("^a").search("ba", 1))
print(re.compile(r"(?P<first>\w+) (?P<last>\w+)").match("Jane Doe").groupdict())
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), int(re.I), int(re.IGNORECASE | re.DOTALL))
print(re.match("(?i)HELLO", "hello"), re.findall(r"[^\W\d]+", "ab12cd"))
