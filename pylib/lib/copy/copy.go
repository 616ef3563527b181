// Package copy is Python's `copy` module, written in Python (see copy.py) and
// embedded in the binary.
//
// Shallow and deep copies: copy(x), deepcopy(x, memo=None), Error; honours
// __copy__, __deepcopy__ and __reduce_ex__-free classes by copying __dict__ and __slots__.
package copy

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed copy.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "copy", FileDesc: "<frozen copy>"}, CodeSrc: src})
}
