// Package itertools is Python's `itertools` module, written in Python (see itertools.py) and
// embedded in the binary.
//
// Iterator building blocks: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest, product,
// permutations, combinations, combinations_with_replacement, pairwise.
package itertools

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed itertools.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "itertools", FileDesc: "<frozen itertools>"}, CodeSrc: src})
}
