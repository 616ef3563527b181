// Package bisect is Python's bisect module, written in Python (see bisect.py) and embedded in
// the binary.
//
//	bisect_left(a, x, lo=0, hi=len(a), *, key=None)   bisect_right(...)   bisect(...)
//	insort_left(a, x, lo=0, hi=len(a), *, key=None)   insort_right(...)   insort(...)
package bisect

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed bisect.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "bisect", FileDesc: "<frozen bisect>"}, CodeSrc: src})
}
