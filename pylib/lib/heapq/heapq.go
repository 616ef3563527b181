// Package heapq is Python's heapq module, written in Python (see heapq.py) and embedded in the
// binary. Heaps are plain lists with the smallest item at index 0.
//
//	heappush(heap, item)  heappop(heap)  heapify(x)  heapreplace(heap, item)  heappushpop(heap, item)
//	nlargest(n, iterable, key=None)  nsmallest(n, iterable, key=None)
//	merge(*iterables, key=None, reverse=False)
package heapq

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed heapq.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "heapq", FileDesc: "<frozen heapq>"}, CodeSrc: src})
}
