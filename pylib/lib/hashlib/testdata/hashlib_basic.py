import hashlib

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']
inputs = [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'x' * 127, b'x' * 128, b'x' * 129,
          bytes(range(256)) * 5, bytearray(b'hello world')]
for n in names:
    for data in inputs:
        h = getattr(hashlib, n)(data)
        g = hashlib.new(n, data)
        assert h.digest() == g.digest(), n
        print(n, len(data), h.hexdigest())
    h = hashlib.new(n)
    print(n, h.name, h.digest_size, h.block_size, type(h.digest()).__name__)
    # incremental updates and copy
    h.update(b'abc')
    c = h.copy()
    h.update(b'def' * 100)
    c.update(b'def' * 100)
    assert h.hexdigest() == c.hexdigest() == getattr(hashlib, n)(b'abc' + b'def' * 100).hexdigest()
    print(n, 'digest twice', h.digest() == h.digest())

for n in ['shake_128', 'shake_256']:
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.hexdigest(40), h.digest(3))
    c = h.copy(); c.update(b'more')
    print(n, c.hexdigest(16), h.hexdigest(16))
    t(lambda: h.hexdigest())
    t(lambda: h.digest())
    t(lambda: h.hexdigest(0))

# blake2 parameters
for ds in (1, 16, 20, 32):
    print('b2b', ds, hashlib.blake2b(b'data', digest_size=ds).hexdigest())
    print('b2s', ds, hashlib.blake2s(b'data', digest_size=ds).hexdigest())
print(hashlib.blake2b(b'abc', key=b'k', salt=b's', person=b'p', digest_size=20).hexdigest())
print(hashlib.blake2s(b'abc', key=b'k', salt=b's', person=b'p', digest_size=20).hexdigest())
print(hashlib.blake2b(key=b'K' * 64, salt=b'S' * 16, person=b'P' * 16).hexdigest())
print(hashlib.blake2s(b'x' * 200, key=b'K' * 32, salt=b'S' * 8, person=b'P' * 8).hexdigest())
print(hashlib.blake2b(b'a', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=20, last_node=True).hexdigest())
print(hashlib.blake2s(b'a', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=20, last_node=True).hexdigest())
print(hashlib.new('blake2s', b'a', digest_size=8).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
h = hashlib.blake2b(digest_size=16); h.update(b'x'); print(h.name, h.digest_size, h.block_size, h.copy().hexdigest())
t(lambda: hashlib.blake2b(digest_size=65))
t(lambda: hashlib.blake2s(digest_size=0))
t(lambda: hashlib.blake2b(key=b'x' * 65))
t(lambda: hashlib.blake2b(salt=b'x' * 17))
t(lambda: hashlib.blake2s(person=b'x' * 9))
t(lambda: hashlib.blake2b(fanout=256))
t(lambda: hashlib.blake2b(depth=0))
t(lambda: hashlib.blake2b(inner_size=65))
t(lambda: hashlib.blake2s(node_offset=2 ** 48))
t(lambda: hashlib.blake2b(b'x', b'y'))
t(lambda: hashlib.blake2b(foo=1))
t(lambda: hashlib.blake2b(key='x'))
t(lambda: hashlib.blake2b('x'))

# errors
t(lambda: hashlib.md5('abc'))
t(lambda: hashlib.sha256(1))
t(lambda: hashlib.md5().update('x'))
t(lambda: hashlib.md5().update(None))
t(lambda: hashlib.md5().update())
t(lambda: hashlib.md5().digest(1))
t(lambda: hashlib.md5(b'a', b'b'))
t(lambda: hashlib.md5(data=b'a'))
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.new(1))
t(lambda: hashlib.new('SHA256', b'x').hexdigest())
t(lambda: hashlib.new(name='md5', data=b'a').hexdigest())
t(lambda: hashlib.md5(string=b'a').hexdigest())
t(lambda: hashlib.sha1(b'a', usedforsecurity=False).hexdigest())

# pbkdf2
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
t(lambda: hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 25).hex())
t(lambda: hashlib.pbkdf2_hmac('sha512', bytearray(b'pw'), b'salt', 3).hex())
t(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1000))
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0))

print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.algorithms_guaranteed).__name__, 'sha256' in hashlib.algorithms_available)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

import io
t(lambda: hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'sha256').hexdigest())
t(lambda: hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
