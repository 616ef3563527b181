// Package operator is Python's `operator` module, written in Python (see operator.py) and
// embedded in the binary.
//
// Operators as functions: add, sub, mul, truediv, floordiv, mod, pow, neg, pos,
// abs, not_, truth, eq, ne, lt, le, gt, ge, and_, or_, xor, invert, lshift, rshift, contains,
// getitem, setitem, delitem, concat, countOf, indexOf, is_, is_not, index, length_hint,
// itemgetter, attrgetter, methodcaller, and the in-place forms (iadd, ...).
package operator

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed operator.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "operator", FileDesc: "<frozen operator>"}, CodeSrc: src})
}
