package pylib

// The hashing, checksum, compression, randomness and string-helper modules (pylib/lib).
import (
	_ "gowsgi/pylib/lib/hashlib"
	_ "gowsgi/pylib/lib/hmac"
	_ "gowsgi/pylib/lib/string"
	_ "gowsgi/pylib/lib/zlib"
)
