import json

docs = ["", '{"a":1,}', "[1,]", "[1 2]", '{"a" 1}', "{1:2}", '"abc', '"a\x01"', '"\\x"',
        '"\\u12"', '"\\ud800\\u12"', "tru", "-", "1 2", '"\\', '{"a":', "[", "{", '"ab\\', "nan",
        "-Infinityx", "01", "1.", "1e", '"\\u00e9\\ud83d\\ude00"', " \n [1,\n x]", '"\\u12zz"',
        '"\\ud800\\u12zz"', "[1,2", "[1,2,",
        '{"a":1', '{"a":1 ,', '"\\u00', '"\\ud800\\u', "  ", '"\\t\\/"', "1E+5", "-0", "-0.0",
        "1e400", "123456789012345678901234567890", "[-]", "Infinity", "\ufeff[]", "[1]\n\n  x",
        '{"a":1,"b":2,"a":3}', '{"é": "ü", "k": [true, false, null]}', "é", '["é", x]',
        '"\\u0041', '"\\u0041"', "[1.5e3, -2E-2, 0.25, 7]", '{"a" : [ { } , [ ] ] }',
        "\t\r\n[\n]\n", '"\U0001f600"', "NaN", "-Infinity", "1.0e+2", "-12", "[[[]]]", '"a\tb"']
for s in docs:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError", e, (e.msg, e.pos, e.lineno, e.colno), e.doc == s)

print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b"[3]")))
print(json.loads('"x"'.encode("utf-16")), json.loads("[1]".encode("utf-16-le")), json.loads("[1]".encode("utf-32")))
print(json.loads(b"\xef\xbb\xbf[2]"), json.loads("[\"\u00e9\"]".encode()))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": {"c": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, Infinity]", parse_constant=lambda s: "const " + s))
print(json.loads('"a\tb"', strict=False))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(json.JSONDecoder().raw_decode('xx {"a": 1}', 3))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
for bad in [lambda: json.loads(3), lambda: json.loads(None), lambda: json.loads()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    json.loads("[" * 5000)
except RecursionError as e:
    print("RecursionError")
try:
    json.loads("{]")
except ValueError as e:
    print("ValueError", e)


class R:
    def read(self):
        return '{"read": true}'


print(json.load(R()))
d = json.loads('{"z": 1, "a": 2, "m": {"y": 1, "b": 2}}')
print(list(d), list(d["m"]), json.dumps(d))
