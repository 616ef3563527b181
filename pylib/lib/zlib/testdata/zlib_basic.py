import zlib

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'', b'a', b'hello world' * 3, bytes(range(256)) * 40, b'The quick brown fox jumps over the lazy dog. ' * 500]
for data in samples:
    print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 99))
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
    for wbits in (15, 9, -15, -9, 31, 25):
        c = zlib.compress(data, wbits=wbits)
        assert zlib.decompress(c, wbits) == data, wbits
        if wbits > 0:
            assert zlib.decompress(c, 47) == data
            assert zlib.decompress(c, 0 if wbits < 16 else 31) == data
    print('roundtrip ok', zlib.compress(data)[:2], zlib.compress(data, 9)[:2], zlib.compress(data, 1)[:2], zlib.compress(data, wbits=31)[:4])

# CPython-made streams (zlib 1.2.13 output) decompress here
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xc9\xc0\xca\x04\x00\xdd\xfd\r\x15'))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xc9\xc0\xca\x04\x00\xacI\xb5\x96!\x00\x00\x00', 31))
print(zlib.decompress(b'\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xc9\xc0\xca\x04\x00', -15))
running = 0
crc = 0
for chunk in (b'abc', b'def', b'ghi' * 1000):
    running = zlib.adler32(chunk, running if running else 1)
    crc = zlib.crc32(chunk, crc)
print(running == zlib.adler32(b'abcdef' + b'ghi' * 1000), crc == zlib.crc32(b'abcdef' + b'ghi' * 1000), crc)
print(zlib.crc32(b'x', -1), zlib.crc32(b'x', 2 ** 40 + 5), zlib.adler32(bytearray(b'xyz')))

# errors
good = zlib.compress(b'hello')
t(lambda: zlib.decompress(b'garbage'))
t(lambda: zlib.decompress(good[:-3]))
t(lambda: zlib.decompress(good[:-1]))
t(lambda: zlib.decompress(good[:5]))
t(lambda: zlib.decompress(b''))
t(lambda: zlib.decompress(b'x\x9c' + b'\xff' * 10))
bad = bytearray(good); bad[-1] ^= 1
t(lambda: zlib.decompress(bytes(bad)))
t(lambda: zlib.compress(b'x', 10))
t(lambda: zlib.compress(b'x', wbits=5))
t(lambda: zlib.decompress(b'x', wbits=5))
t(lambda: zlib.compress('x'))
t(lambda: zlib.crc32('x'))
t(lambda: zlib.decompress(zlib.compress(b'x'), 31))
print(issubclass(zlib.error, Exception), zlib.error.__name__)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_NO_FLUSH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH)

# streaming
data = b'streaming data ' * 2000
for wbits in (15, -15, 31):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    parts.append(co.compress(b'tail'))
    parts.append(co.flush())
    stream = b''.join(parts)
    assert zlib.decompress(stream, wbits) == data + b'tail'
    do = zlib.decompressobj(wbits)
    out = b''.join(do.decompress(stream[i:i + 333]) for i in range(0, len(stream), 333))
    out += do.flush()
    print(wbits, out == data + b'tail', do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
out = do.decompress(good + b'EXTRA')
print(out, do.eof, do.unused_data)
print(do.decompress(b'MORE'), do.unused_data)

do = zlib.decompressobj()
big = zlib.compress(b'0123456789' * 100)
chunks = [do.decompress(big, 64)]
while do.unconsumed_tail:
    chunks.append(do.decompress(do.unconsumed_tail, 64))
chunks.append(do.flush())
print(b''.join(chunks) == b'0123456789' * 100, all(len(c) <= 64 for c in chunks), do.eof)

do = zlib.decompressobj()
t(lambda: do.decompress(b'garbage!'))
do = zlib.decompressobj()
print(do.decompress(good[:4]), do.eof)
print(do.decompress(good[4:]), do.eof)

zd = b'hello hello hello'
co = zlib.compressobj(zdict=zd)
s = co.compress(b'hello hello hello world') + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(s))
t(lambda: zlib.decompress(s))
