import base64
import binascii

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:70], "héllo".encode()]
for d in data:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b16encode(d))
    print(base64.b32hexencode(d), base64.standard_b64encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b"Zm9v\nYmFy\n"))
print(base64.b64decode("Zm9v YmFy"), base64.b64decode(b"Zm9vYg"[:4]), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9vYg===x"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"), base64.b16decode("666f", casefold=True))
for bad in [lambda: base64.b64decode("Zm9vYg"), lambda: base64.b64decode("Zm9vY"), lambda: base64.b64decode("Zm9v!", validate=True),
            lambda: base64.b64decode("Zm9v===", validate=True), lambda: base64.b64decode("é"), lambda: base64.b64decode(3),
            lambda: base64.b64encode("str"), lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZXW6!=="),
            lambda: base64.b32decode("MZXW6Y=="), lambda: base64.b16decode("666"), lambda: base64.b16decode("666f"),
            lambda: base64.b64decode("a"), lambda: base64.b64decode("abcde"), lambda: base64.urlsafe_b64decode("Zm9vY"),
            lambda: base64.b64decode("Zm9vYg==x", validate=True), lambda: base64.b64decode("Zm9v=Yg==", validate=True),
            lambda: base64.b64decode("Zm=9vYg=="), lambda: base64.b64decode("Zm9vYg=a="), lambda: base64.b64decode("Zm9 v", validate=True)]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"), binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify(b"01abFF"), binascii.unhexlify("0102"), binascii.a2b_hex("ff"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGV sbG8=\n"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc32(b"x", -1))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.unhexlify("é1"),
            lambda: binascii.a2b_base64("aGVsbG8", strict_mode=True), lambda: binascii.a2b_base64("=aGVs", strict_mode=True),
            lambda: binascii.a2b_base64("aGVsbG8=x", strict_mode=True), lambda: binascii.a2b_base64("aG!V", strict_mode=True),
            lambda: binascii.a2b_base64("aG=V", strict_mode=True), lambda: binascii.hexlify("str")]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
