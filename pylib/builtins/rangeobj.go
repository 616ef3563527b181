package builtins

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

// installRange checks range()'s arguments as CPython does and adds range.index, range.count
// and the start, stop and step attributes.
func installRange() {
	rangeNew := py.RangeType.New
	py.RangeType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "range() takes no keyword arguments")
		}
		switch {
		case len(args) == 0:
			return nil, py.ExceptionNewf(py.TypeError, "range expected at least 1 argument, got 0")
		case len(args) > 3:
			return nil, py.ExceptionNewf(py.TypeError, "range expected at most 3 arguments, got %d", len(args))
		}
		ints := make(py.Tuple, len(args))
		for i, a := range args {
			n, err := index(a)
			if err != nil {
				return nil, err
			}
			ints[i] = pynum.FromBig(n)
		}
		if len(ints) == 3 && ints[2] == py.Int(0) {
			return nil, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
		}
		return rangeNew(t, ints, nil)
	}
	d := py.RangeType.Dict
	d["start"] = rangeField(func(r *py.Range) py.Int { return r.Start })
	d["stop"] = rangeField(func(r *py.Range) py.Int { return r.Stop })
	d["step"] = rangeField(func(r *py.Range) py.Int { return r.Step })
	d["index"] = py.MustNewMethod("index", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "range.index() takes exactly one argument (%d given)", len(args))
		}
		r, v := self.(*py.Range), args[0]
		if i, ok := rangeIndex(r, v); ok {
			return py.Int(i), nil
		}
		if !pynum.IsInt(v) {
			if i, err := scanRange(r, v, true); err != nil || i >= 0 {
				return py.Int(i), err
			}
		}
		s, err := pyformat.Repr(v)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", s)
	}, 0, "rangeobject.index(value) -> integer -- return index of value.")
	d["count"] = py.MustNewMethod("count", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "range.count() takes exactly one argument (%d given)", len(args))
		}
		r, v := self.(*py.Range), args[0]
		if _, ok := rangeIndex(r, v); ok {
			return py.Int(1), nil
		}
		if pynum.IsInt(v) {
			return py.Int(0), nil
		}
		n, err := scanRange(r, v, false)
		return py.Int(n), err
	}, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value")
}

func rangeField(get func(*py.Range) py.Int) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*py.Range)), nil }}
}

// rangeIndex finds an int in a range arithmetically.
func rangeIndex(r *py.Range, v py.Object) (int64, bool) {
	b, ok := pynum.BigOf(v)
	if !ok || !b.IsInt64() {
		return 0, false
	}
	x, start, step := b.Int64(), int64(r.Start), int64(r.Step)
	d := x - start
	if d%step != 0 {
		return 0, false
	}
	i := d / step
	if i < 0 || i >= int64(r.Length) {
		return 0, false
	}
	return i, true
}

// scanRange compares v with each item (for non-int values such as 2.0): the first index when
// first is set, else the count.
func scanRange(r *py.Range, v py.Object, first bool) (int64, error) {
	n := int64(0)
	for i := int64(0); i < int64(r.Length); i++ {
		eq, err := vm.Eq(py.Int(int64(r.Start)+i*int64(r.Step)), v)
		if err != nil {
			return 0, err
		}
		if eq {
			if first {
				return i, nil
			}
			n++
		}
	}
	if first {
		return -1, nil
	}
	return n, nil
}
