package builtins

import (
	"math"

	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pybytes"
	"gowsgi/pylib/pylist"
	"gowsgi/pylib/pynum"
)

// getItem is vm.BuiltinGetItem: x[i] and x[slice] for str, tuple, list and range with CPython's
// rules (gpython panics on reversed bounds, slices ranges wrongly and cannot take big or bool
// indices) and its messages; bytes and bytearray go to pybytes.
func getItem(x, key py.Object) (py.Object, bool, error) {
	var n int
	var what string
	switch v := x.(type) {
	case py.String:
		n, what = utf8.RuneCountInString(string(v)), "string"
	case py.Tuple:
		n, what = len(v), "tuple"
	case *py.List:
		n, what = len(v.Items), "list"
	case *py.Range:
		n, what = int(v.Length), "range"
	default:
		return pybytes.GetItem(x, key)
	}
	if sl, ok := key.(*py.Slice); ok {
		start, stop, step, err := pylist.SliceIndices(sl, n)
		if err != nil {
			return nil, true, err
		}
		return sliceOf(x, start, stop, step), true, nil
	}
	i, err := subscriptIndex(key, what)
	if err != nil {
		return nil, true, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if what == "range" {
			what = "range object"
		}
		return nil, true, py.ExceptionNewf(py.IndexError, "%s index out of range", what)
	}
	switch v := x.(type) {
	case py.String:
		return py.String(string(runes(string(v))[i])), true, nil
	case py.Tuple:
		return v[i], true, nil
	case *py.List:
		return v.Items[i], true, nil
	case *py.Range:
		return v.Start + py.Int(i)*v.Step, true, nil
	}
	return nil, false, nil
}

// subscriptIndex reads an integer subscript; a big one is an IndexError, as in CPython.
func subscriptIndex(key py.Object, what string) (int, error) {
	b, ok := pynum.BigOf(key)
	if !ok {
		if what == "string" {
			return 0, py.ExceptionNewf(py.TypeError, "string indices must be integers, not '%s'", key.Type().Name)
		}
		return 0, py.ExceptionNewf(py.TypeError, "%s indices must be integers or slices, not %s", what, key.Type().Name)
	}
	if !b.IsInt64() || b.Int64() > math.MaxInt || b.Int64() < math.MinInt {
		if what == "range" {
			return 0, py.ExceptionNewf(py.IndexError, "range object index out of range")
		}
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return int(b.Int64()), nil
}

func sliceLength(start, stop, step int) int {
	if step > 0 && start < stop {
		return (stop-start-1)/step + 1
	}
	if step < 0 && stop < start {
		return (start-stop-1)/(-step) + 1
	}
	return 0
}

func sliceOf(x py.Object, start, stop, step int) py.Object {
	n := sliceLength(start, stop, step)
	if r, ok := x.(*py.Range); ok {
		return &py.Range{
			Start:  r.Start + py.Int(start)*r.Step,
			Stop:   r.Start + py.Int(stop)*r.Step,
			Step:   r.Step * py.Int(step),
			Length: py.Int(n),
		}
	}
	var items []py.Object
	switch v := x.(type) {
	case py.String:
		rs := runes(string(v))
		out := make([]rune, n)
		for k := 0; k < n; k++ {
			out[k] = rs[start+k*step]
		}
		return py.String(string(out))
	case py.Tuple:
		items = v
	case *py.List:
		items = v.Items
	}
	out := make([]py.Object, n)
	for k := 0; k < n; k++ {
		out[k] = items[start+k*step]
	}
	if _, ok := x.(*py.List); ok {
		return py.NewListFromItems(out)
	}
	return py.Tuple(out)
}

func runes(s string) []rune { return []rune(s) }
