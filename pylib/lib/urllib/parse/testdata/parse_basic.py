import urllib.parse
from urllib import parse
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, parse_qs, parse_qsl, urlencode, urlsplit, urlparse,
                          urlunsplit, urlunparse, urljoin, urldefrag)

print(parse is urllib.parse)
for s in ["abc def/ghi?x=1&y=é", "", "a+b", "~_.-", "/путь/", "\x00\x7f"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(quote_plus(s, safe="/")))
print(quote("é", encoding="latin-1"), quote("€", encoding="ascii", errors="replace"), quote(b"a b\xff"))
print(quote_from_bytes(b"a/b c"), quote_from_bytes(bytearray(b"x y"), safe=" "), quote("a b", safe=b" "))
print(quote_plus(b"a b&c"), quote_plus("a b", safe="é "))
for s in ["a%20b", "%E9t%zz%2", "%", "%%41", "%C3%A9+x", "é%C3%A9", "no escapes", "%e9", "%41%4"]:
    print(repr(unquote(s)), repr(unquote(s, "latin-1")), repr(unquote_plus(s)), repr(unquote_to_bytes(s)))
print(unquote(b"a%20b"), unquote("%E9", errors="strict") if False else "", unquote_to_bytes(b"%41"))
try:
    unquote("%E9", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

qs = "a=1&b=2&a=3&c=&d&=x&e=%E4%BD%A0+%2B&&f=a=b"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(""), parse_qsl(b"a=1&b=%41"))
print(parse_qs("name=%C4%E3%BA%C3", encoding="gbk"), parse_qs("x=%FF", errors="ignore"))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator=""), dict(separator=None)]:
    try:
        parse_qsl("a=1&b&c=3", **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    parse_qsl("a=1&&c=3", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)

print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"], "é": "ü"}))
print(urlencode({"c": ["1", 2], "d": "str", "e": 5, b"f": b"g h"}, doseq=True))
print(urlencode([("a", "1"), ("a", "/2")], safe="/"), urlencode([]), urlencode({}))
print(urlencode({"q": "a b/c"}, quote_via=quote), urlencode({"q": "é"}, encoding="latin-1"))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)

for u in ["http://user:pw@Example.COM:8080/p/a;x?q=1&r=2#frag", "https://[::1]:443/x", "//host/path",
          "mailto:someone@example.com", "/just/a/path?x#y", "HTTP://h", "file:///etc/passwd",
          " \thttp://a b/\tc", "http://host:/", "http://h#a#b", "path;p?q", "x:y", "1http://a",
          "http://[fe80::1%25eth0]:8/", "http://u@h", "http://:pw@h", "git+ssh://git@github.com/a/b.git"]:
    s, p = urlsplit(u), urlparse(u)
    print(s)
    print(p, p.hostname, p.port, p.username, p.password, p.geturl(), s.geturl())
print(urlsplit("http://h/p#f", allow_fragments=False), urlsplit("p", scheme="ftp"))
print(urlsplit(b"http://h/p?q"), urlparse(b"http://U@H:1/p;a").hostname)
r = urlsplit("http://h/p?q")
print(r.scheme, r[1], len(r), list(r), r == ("http", "h", "/p", "q", ""), tuple(r))
print(r._replace(path="/new"), r._asdict(), r._fields)
a, b, c, d, e = r
print(a, b, c, d, e, hash(r) == hash(tuple(r)))
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[zz]/", "http://h:x/", "http://h:70000/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError", e)

print(urlunsplit(("http", "", "x", "", "")), urlunsplit(("mailto", "", "x", "", "")), urlunsplit(("http", "", "//x", "", "")))
print(urlunparse(("http", "h", "/p", "a", "q", "f")), urlunsplit(["", "", "p", "q", ""]), urlunparse((b"http", b"h", b"/", b"", b"", b"")))
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g",
            "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
            "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g",
            "https://other/x"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("http://a/b/", "c", allow_fragments=False), urljoin("", "x"), urljoin("http://a", ""),
      urljoin(b"http://a/b", b"c"), urljoin("mailto:x", "y"), urljoin("http://a/b/c", "../../../x"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag(b"/x#y").fragment)
print(urldefrag("http://a/b#f").geturl(), urldefrag("x#").url)
try:
    urljoin("http://a", b"x")
except TypeError as e:
    print("TypeError", e)
