import hashlib
import hmac

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for mod in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s', hashlib.sha224, hashlib.sha384, hashlib.blake2s]:
    for key in [b'', b'key', b'k' * 64, b'k' * 65, b'k' * 200, bytearray(b'secret')]:
        h = hmac.new(key, b'The quick brown fox', mod)
        print(h.name, h.digest_size, h.block_size, len(key), h.hexdigest())
        assert h.digest() == hmac.digest(key, b'The quick brown fox', mod)
h = hmac.new(b'key', digestmod='sha256')
h.update(b'part1')
c = h.copy()
h.update(b'part2')
print(h.hexdigest(), c.hexdigest(), hmac.new(b'key', b'part1', 'sha256').hexdigest() == c.hexdigest())
print(hmac.new(b'key', b'part1part2', hashlib.sha256).digest() == h.digest())
print(type(h).__name__, isinstance(h, hmac.HMAC), hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4])
t(lambda: hmac.new(b'k'))
t(lambda: hmac.new(b'k', b'm'))
t(lambda: hmac.new('k', b'x', 'md5'))
t(lambda: hmac.new(b'k', 'x', 'md5'))
t(lambda: hmac.new(b'k', b'm', 'foo'))
t(lambda: hmac.digest(b'k', b'm', 'foo'))
t(lambda: hmac.new(b'k', digestmod=hashlib.md5).update('x'))
for a, b in [('abc', 'abc'), ('abc', 'abd'), (b'abc', b'abc'), (b'abc', bytearray(b'abc')), (b'a', b'ab'), ('', ''),
             ('a', b'a'), (b'a', 'a'), ('a', 1), (1, 'a'), (b'a', 1), (1, b'a'), (bytearray(b'a'), 'a'), ('\xe9', '\xe9')]:
    t(lambda: hmac.compare_digest(a, b))
