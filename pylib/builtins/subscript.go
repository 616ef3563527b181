package builtins

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pybytes"
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
		start, stop, step, err := sliceIndices(sl, n)
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

// sliceIndices resolves a slice against a sequence of length n as CPython's slice.indices:
// bounds clamped into range, big ints and bools allowed, a zero step a ValueError.
func sliceIndices(sl *py.Slice, n int) (start, stop, step int, err error) {
	step = 1
	if sl.Step != nil && sl.Step != py.None {
		if step, err = sliceBound(sl.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	resolve := func(o py.Object, def int) (int, error) {
		if o == nil || o == py.None {
			return def, nil
		}
		i, err := sliceBound(o)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step < 0 {
		start, err = resolve(sl.Start, upper)
		if err == nil {
			stop, err = resolve(sl.Stop, lower)
		}
		return
	}
	start, err = resolve(sl.Start, lower)
	if err == nil {
		stop, err = resolve(sl.Stop, upper)
	}
	return
}

// sliceBound reads a slice bound, clamping ints beyond the index range as CPython does.
func sliceBound(o py.Object) (int, error) {
	b, ok := pynum.BigOf(o)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	const limit = 1 << 62 // beyond any length, and no overflow when a length is added
	switch {
	case b.Cmp(big.NewInt(limit)) > 0:
		return limit, nil
	case b.Cmp(big.NewInt(-limit)) < 0:
		return -limit, nil
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
