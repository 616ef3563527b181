// Package functools is Python's `functools` module, written in Python (see functools.py) and
// embedded in the binary.
//
// Higher-order functions: wraps, update_wrapper, partial, partialmethod, reduce,
// lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch.
package functools

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed functools.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "functools", FileDesc: "<frozen functools>"}, CodeSrc: src})
}
