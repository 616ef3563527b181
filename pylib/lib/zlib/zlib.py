class error(Exception):
    pass

error.__module__ = 'zlib'

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


def _bytes(data):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return data


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    _bytes(data)
    c = _compressor(level, wbits, Z_DEFAULT_STRATEGY, None)
    if c is None:
        raise error("Bad compression level")
    return c.write(data) + c.flush(Z_FINISH)


def _check_wbits(wbits):
    if not (9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31 or wbits == 0 or 40 <= wbits <= 47):
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    _bytes(data)
    _check_wbits(wbits)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    out, end, eof, msg = _inflate(data, wbits, None)
    if msg:
        raise _data_error(msg)
    if not eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def _data_error(msg):
    if msg == "need dictionary":
        return error("Error 2 while decompressing data")
    return error("Error -3 while decompressing data: " + msg)


class Compress:
    def __init__(self, level, method, wbits, memLevel, strategy, zdict):
        if method != DEFLATED:
            raise ValueError("Invalid initialization option")
        if zdict is not None:
            _bytes(zdict)
        self._c = _compressor(level, wbits, strategy, zdict)
        if self._c is None:
            raise ValueError("Invalid initialization option")

    def compress(self, data, /):
        return self._c.write(_bytes(data))

    def flush(self, mode=Z_FINISH, /):
        return self._c.flush(mode)


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    return Compress(level, method, wbits, memLevel, strategy, zdict)


class Decompress:
    def __init__(self, wbits, zdict):
        self._wbits = wbits
        self._zdict = zdict
        self._input = b''
        self._given = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        _bytes(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += bytes(data)
            return b''
        # The caller passes unconsumed_tail back as data; it is not part of _input yet.
        self.unconsumed_tail = b''
        return self._run(self._input + bytes(data), max_length)

    def _run(self, data, max_length):
        out, end, eof, msg = _inflate(data, self._wbits, self._zdict)
        if msg:
            raise _data_error(msg)
        new = out[self._given:]
        if max_length and len(new) > max_length:
            # Stop at max_length: the latest input waits in unconsumed_tail until it is given again.
            new = new[:max_length]
            self.unconsumed_tail = data[len(self._input):]
            self._given += len(new)
            return new
        self._input = data
        self._given += len(new)
        if eof:
            self.eof = True
            self.unused_data = data[end:]
        return new

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof:
            return b''
        tail = self.unconsumed_tail
        self.unconsumed_tail = b''
        return self._run(self._input + tail, 0)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    _check_wbits(wbits)
    return Decompress(wbits, zdict if zdict else None)
