// Package hmac is Python's hmac module for gowsgi (RFC 2104 keyed hashing), written in Python
// (hmac.py) over hashlib, with compare_digest in Go.
//
// The Python-visible surface:
//
//	new(key, msg=None, digestmod='') -> HMAC    digest(key, msg, digest) -> bytes
//	compare_digest(a, b) -> bool                # both str (ASCII) or both bytes-like
//	HMAC: update(msg) digest() hexdigest() copy() .name .digest_size .block_size
//	trans_5C  trans_36  digest_size
//
// digestmod is a hashlib name, a constructor such as hashlib.sha256, or a module with new().
package hmac

import (
	"crypto/subtle"
	_ "embed"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
)

//go:embed hmac.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "hmac", Doc: "HMAC (Keyed-Hashing for Message Authentication) module.", FileDesc: "<hmac>"},
		Methods: []*py.Method{
			libarg.Func("compare_digest", "Return 'a == b'.", compareDigest),
		},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}

var compareSpec = libarg.Spec{Name: "compare_digest", Params: []string{"a", "b"}, Required: 2}

// compareDigest compares in time independent of where the operands differ.
func compareDigest(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := compareSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	x, xs := a[0].(py.String)
	y, ys := a[1].(py.String)
	if xs && ys {
		if !ascii(string(x)) || !ascii(string(y)) {
			return nil, py.ExceptionNewf(py.TypeError, "comparing strings with non-ASCII characters is not supported")
		}
		return py.NewBool(subtle.ConstantTimeCompare([]byte(x), []byte(y)) == 1), nil
	}
	_, okx := libarg.Bytes(a[0])
	_, oky := libarg.Bytes(a[1])
	if (xs && !oky) || (ys && !okx) {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
			libarg.TypeName(a[0]), libarg.TypeName(a[1]))
	}
	xb, err := libarg.BytesArg(a[0])
	if err != nil {
		return nil, err
	}
	yb, err := libarg.BytesArg(a[1])
	if err != nil {
		return nil, err
	}
	return py.NewBool(subtle.ConstantTimeCompare(xb, yb) == 1), nil
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
