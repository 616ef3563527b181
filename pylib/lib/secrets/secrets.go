// Package secrets is Python's secrets module for gowsgi, written in Python (secrets.py) over
// random.SystemRandom (the OS's randomness), binascii, base64 and hmac.
//
// The Python-visible surface:
//
//	token_bytes(nbytes=None) -> bytes      token_hex(nbytes=None) -> str
//	token_urlsafe(nbytes=None) -> str      # nbytes defaults to DEFAULT_ENTROPY (32)
//	choice(seq)  randbelow(exclusive_upper_bound) -> int  randbits(k) -> int
//	compare_digest(a, b) -> bool           # hmac.compare_digest
//	SystemRandom  DEFAULT_ENTROPY
package secrets

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed secrets.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "secrets", Doc: "Generate cryptographically strong pseudo-random numbers suitable for managing secrets.", FileDesc: "<secrets>"},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}
