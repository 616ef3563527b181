package builtins

import (
	"fmt"
	"math/big"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pylist"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

// installIterTypes replaces the constructors of enumerate, zip, map and filter with ones that
// build this package's iterators (which keep the gpython type, so isinstance still works).
func installIterTypes() {
	py.EnumerateType.New = newEnumerate
	py.ZipType.New = newZip
	py.MapType.New = newMap
	py.FilterType.New = newFilter
}

// next returns the next item of it; done is true at StopIteration.
func next(it py.Object) (x py.Object, done bool, err error) {
	x, err = vm.Next(it)
	if err != nil {
		if pylist.IsStopIteration(err) {
			return nil, true, nil
		}
		return nil, false, err
	}
	return x, false, nil
}

// enumerateIter is enumerate(iterable, start=0).
type enumerateIter struct {
	it py.Object
	n  *big.Int
}

func newEnumerate(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var iterable, start py.Object
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args) > 0 {
		iterable = args[0]
	}
	if len(args) > 1 {
		start = args[1]
	}
	for k, v := range kwargs {
		switch {
		case k == "iterable" && iterable == nil:
			iterable = v
		case k == "start" && start == nil:
			start = v
		case k == "iterable" || k == "start":
			pos := 1
			if k == "start" {
				pos = 2
			}
			return nil, py.ExceptionNewf(py.TypeError, "argument for enumerate() given by name ('%s') and position (%d)", k, pos)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for enumerate()", k)
		}
	}
	if iterable == nil {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() missing required argument 'iterable' (pos 1)")
	}
	n := big.NewInt(0)
	if start != nil {
		v, ok := pynum.BigOf(start)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(start))
		}
		n = v
	}
	it, err := pylist.Iter(iterable)
	if err != nil {
		return nil, err
	}
	return &enumerateIter{it: it, n: n}, nil
}

func (e *enumerateIter) Type() *py.Type                { return py.EnumerateType }
func (e *enumerateIter) M__iter__() (py.Object, error) { return e, nil }
func (e *enumerateIter) M__next__() (py.Object, error) {
	x, done, err := next(e.it)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, py.StopIteration
	}
	i := pynum.FromBig(e.n)
	e.n = new(big.Int).Add(e.n, big.NewInt(1))
	return py.Tuple{i, x}, nil
}

// zipIter is zip(*iterables, strict=False).
type zipIter struct {
	its    []py.Object
	strict bool
	done   bool
}

func newZip(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	z := &zipIter{}
	for k, v := range kwargs {
		if k != "strict" {
			return nil, py.ExceptionNewf(py.TypeError, "zip() got an unexpected keyword argument '%s'", k)
		}
		s, err := vm.Truth(v)
		if err != nil {
			return nil, err
		}
		z.strict = s
	}
	for _, a := range args {
		it, err := pylist.Iter(a)
		if err != nil {
			return nil, err
		}
		z.its = append(z.its, it)
	}
	return z, nil
}

func (z *zipIter) Type() *py.Type                { return py.ZipType }
func (z *zipIter) M__iter__() (py.Object, error) { return z, nil }
func (z *zipIter) M__next__() (py.Object, error) {
	if z.done || len(z.its) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		x, done, err := next(it)
		if err != nil {
			return nil, err
		}
		if done {
			z.done = true
			if z.strict {
				return nil, z.strictError(i)
			}
			return nil, py.StopIteration
		}
		out[i] = x
	}
	return out, nil
}

// strictError reports the first iterator (i) that ended while others had items, or checks that
// the rest end too when the first one did.
func (z *zipIter) strictError(i int) error {
	if i > 0 {
		return py.ExceptionNewf(py.ValueError, "zip() argument %d is shorter than argument%s", i+1, argRange(i))
	}
	for j := 1; j < len(z.its); j++ {
		_, done, err := next(z.its[j])
		if err != nil {
			return err
		}
		if !done {
			return py.ExceptionNewf(py.ValueError, "zip() argument %d is longer than argument%s", j+1, argRange(j))
		}
	}
	return py.StopIteration
}

func argRange(i int) string {
	if i == 1 {
		return " 1"
	}
	return fmt.Sprintf("s 1-%d", i)
}

// mapIter is map(func, *iterables).
type mapIter struct {
	fn  py.Object
	its []py.Object
}

func newMap(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0]}
	for _, a := range args[1:] {
		it, err := pylist.Iter(a)
		if err != nil {
			return nil, err
		}
		m.its = append(m.its, it)
	}
	return m, nil
}

func (m *mapIter) Type() *py.Type                { return py.MapType }
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }
func (m *mapIter) M__next__() (py.Object, error) {
	args := make(py.Tuple, len(m.its))
	for i, it := range m.its {
		x, done, err := next(it)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, py.StopIteration
		}
		args[i] = x
	}
	return vm.Call(m.fn, args, nil)
}

// filterIter is filter(function or None, iterable).
type filterIter struct {
	fn, it py.Object
}

func newFilter(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := pylist.Iter(args[1])
	if err != nil {
		return nil, err
	}
	return &filterIter{fn: args[0], it: it}, nil
}

func (f *filterIter) Type() *py.Type                { return py.FilterType }
func (f *filterIter) M__iter__() (py.Object, error) { return f, nil }
func (f *filterIter) M__next__() (py.Object, error) {
	for {
		x, done, err := next(f.it)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, py.StopIteration
		}
		v := x
		if f.fn != py.None {
			if v, err = vm.Call(f.fn, py.Tuple{x}, nil); err != nil {
				return nil, err
			}
		}
		ok, err := vm.Truth(v)
		if err != nil {
			return nil, err
		}
		if ok {
			return x, nil
		}
	}
}
