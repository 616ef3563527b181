"""Generate codec_cases.json: encode/decode results of CPython 3.11.

Strings are stored as lists of code points (they may hold lone surrogates,
which JSON strings cannot carry), bytes as hex.
Run from pylib/codecs:  python3 testdata/gen_cases.py
"""
import json, os

ENCS = ["utf-8", "utf8", "UTF_8", "utf-8-sig", "ascii", "us-ascii", "latin-1", "iso-8859-1", "L1", "cp1252", "windows-1252",
        "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "gbk", "cp936", "gb2312", "gb18030",
        "big5", "shift_jis", "sjis", "euc-jp", "euc_kr", "bogus", "utf-9", " Utf 8 "]
ERRS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass",
        "namereplace", "nosuch"]
TEXT = ["", "hello", "café", "naïve € 100", "日本語テキスト", "中文字符", "한국어", "繁體中文", "emoji 😀!", "\x80\x9f\xa0\xff",
        "a\udc80b", "\udcff\udc80", "\ud800x", "ß\u2028\u0000", "テスト\uff76\u00a5", "€", "\u20ac\u201a\u0192", "\uac00\u3131",
        "\U00010000\U0010ffff", "\uffff\ue4c6\ue5e5", "\u43f0\u5341\u5345\uff0f", "\x01\x7f\x85\xa0\u4e2d\U0001f600\ufdd0",
        "\U000e0001\u0378\U0001fae8\u2fff", "\ud800\udc00\udfff", "x\ud83d\ude00"]
DATA = [b"", b"hello", b"caf\xc3\xa9", b"\xff", b"a\xffb", b"\xe2\x82", b"\xe2\x82a", b"\xe2\x82\xe2\x82", b"\xed\xa0\x80",
        b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98\x80", b"\x80\x81\x8d\x9f", b"\xff\xfea\x00", b"\xfe\xff\x00a",
        b"a\x00b", b"\x00\xdc", b"\x00\xd8a\x00", b"\x00\xd8", b"\x00\xd8\x00\xd8\x00\xdc", b"\xff\xfe\x00\x00a\x00\x00\x00",
        b"\x00\x00\x11\x00", b"\xef\xbb\xbfhi", b"\xc4\xe3\xba\xc3", b"\x81", b"\x81\x20", b"\x80", b"\xa1\x40",
        b"\x81\x30\x81\x30", b"\x81\x30\x81", b"\xa4\xa4\xa4\xe5", b"\x82\xa0\x82\xa2", b"\xa4\xa2\xa4\xa4", b"\xb0\xa1\xb0\xa2",
        b"\x8e\xb1", b"\xa1", b"a\x81", b"\xfd\xfe", b"\xffa", b"\x80a", b"\x81\x30a", b"\x81\x30\x81a",
        b"\x84\x31\xa4\x39", b"\x84\x31\xa5\x30", b"\x85\x30\x81\x30", b"\x90\x30\x81\x30", b"\xe3\x32\x9a\x35",
        b"\xe3\x32\x9a\x36", b"\xfe\x39\xfe\x39", b"\xc6\xa1\xf9\xfe", b"\x87\x40\xa3\xe1", b"\xa4\x51\xa4\xca",
        b"\xed\xb2\x80", b"\xed\xa0\x80\xed\xbf\xbf", b"\x00\xd8\x00\x00", b"\x00\xdc\x00\x00\xff\xff\xff\xff",
        b"\x00\xd8a\x00\x00\xdc", b"\xff\xfe\x00\xd8"]

def cps(s): return [ord(c) for c in s]

cases = []
def add(op, inp, enc, errs):
    c = {"op": op, "enc": enc, "errors": errs}
    try:
        if op == "encode":
            c["in"] = cps(inp); c["ok"] = inp.encode(enc, errs).hex()
        else:
            c["in"] = inp.hex(); c["ok"] = cps(inp.decode(enc, errs))
    except Exception as e:  # the exception is the expected result
        c.pop("ok", None); c["exc"] = type(e).__name__; c["msg"] = str(e)
    cases.append(c)

for enc in ENCS:
    for errs in ERRS:
        for t in TEXT:
            add("encode", t, enc, errs)
        for d in DATA:
            add("decode", d, enc, errs)
with open(os.path.join(os.path.dirname(__file__), "codec_cases.json"), "w") as f:
    json.dump(cases, f, separators=(",", ":"))
    f.write("\n")
print("wrote", len(cases), "cases")
