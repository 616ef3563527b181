package builtins

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pylist"
	"gowsgi/pylib/vm"
)

func init() {
	register("sorted", builtinSorted, "sorted(iterable, /, *, key=None, reverse=False)\n\nReturn a new list containing all items from the iterable in ascending order.")
	register("min", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return minMax("min", vm.LT, args, kwargs)
	},
		"min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item.")
	register("max", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return minMax("max", vm.GT, args, kwargs)
	},
		"max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item.")
	register("reversed", builtinReversed, "reversed(sequence, /)\n\nReturn a reverse iterator over the values of the given sequence.")
	register("sum", builtinSum, "sum(iterable, /, start=0)\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers.")
	register("any", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) { return anyAll("any", true, args, kwargs) },
		"any(iterable, /)\n\nReturn True if bool(x) is True for any x in the iterable.")
	register("all", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return anyAll("all", false, args, kwargs)
	},
		"all(iterable, /)\n\nReturn True if bool(x) is True for all values x in the iterable.")
	register("iter", builtinIter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.")
	register("next", builtinNext, "next(iterator[, default])\n\nReturn the next item from the iterator.")
}

func builtinSorted(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	items, err := pylist.Items(args[0])
	if err != nil {
		return nil, err
	}
	key, reverse, err := pylist.SortOptions("sort", kwargs)
	if err != nil {
		return nil, err
	}
	if err := pylist.Sort(items, key, reverse); err != nil {
		return nil, err
	}
	return py.NewListFromItems(items), nil
}

func minMax(name string, op int, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var key, def py.Object
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "default":
			def = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	if key == py.None {
		key = nil
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	}
	var src py.Object = args
	if len(args) == 1 {
		src = args[0]
	} else if def != nil {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var best, bestKey py.Object
	err := pylist.Each(src, func(x py.Object) (bool, error) {
		k := x
		if key != nil {
			var err error
			if k, err = vm.Call(key, py.Tuple{x}, nil); err != nil {
				return true, err
			}
		}
		if best == nil {
			best, bestKey = x, k
			return false, nil
		}
		res, err := vm.Compare(op, k, bestKey)
		if err != nil {
			return true, err
		}
		better, err := vm.Truth(res)
		if err != nil {
			return true, err
		}
		if better {
			best, bestKey = x, k
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

func builtinSum(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var start py.Object = py.Int(0)
	for k, v := range kwargs {
		if k != "start" {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for sum()", k)
		}
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "argument for sum() given by name ('start') and position (2)")
		}
		start = v
	}
	if len(args) == 0 || len(args) > 2 {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sum() takes at least 1 positional argument (0 given)")
		}
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args) == 2 {
		start = args[1]
	}
	switch start.(type) {
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case py.Bytes:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	if start.Type().Name == "bytearray" {
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	total := start
	err := pylist.Each(args[0], func(x py.Object) (bool, error) {
		var err error
		total, err = vm.Add(total, x)
		return err != nil, err
	})
	if err != nil {
		return nil, err
	}
	return total, nil
}

func anyAll(name string, want bool, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := oneArg(name, args, kwargs); err != nil {
		return nil, err
	}
	found := false
	err := pylist.Each(args[0], func(x py.Object) (bool, error) {
		t, err := vm.Truth(x)
		if err != nil {
			return true, err
		}
		if t == want {
			found = true
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(found == want), nil
}

func builtinIter(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("iter", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return pylist.Iter(args[0])
	}
	if !isCallable(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "iter(v, w): v must be callable")
	}
	return &callIter{fn: args[0], sentinel: args[1]}, nil
}

// isIterator reports whether it has __next__.
func isIterator(it py.Object) bool {
	if _, ok := it.(py.I__next__); ok && !isInstance(it) {
		return true
	}
	if _, ok := it.(*vm.Generator); ok {
		return true
	}
	return it.Type() != nil && it.Type().Lookup("__next__") != nil
}

func builtinNext(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("next", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if !isIterator(it) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", typeName(it))
	}
	x, err := vm.Next(it)
	if err != nil && len(args) == 2 && pylist.IsStopIteration(err) {
		return args[1], nil
	}
	return x, err
}

var callIterType = py.NewType("callable_iterator", "callable_iterator object")

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel py.Object
}

func (c *callIter) Type() *py.Type                { return callIterType }
func (c *callIter) M__iter__() (py.Object, error) { return c, nil }
func (c *callIter) M__next__() (py.Object, error) {
	if c.fn == nil {
		return nil, py.StopIteration
	}
	x, err := vm.Call(c.fn, nil, nil)
	if err != nil {
		if pylist.IsStopIteration(err) {
			c.fn = nil
		}
		return nil, err
	}
	eq, err := vm.Eq(x, c.sentinel)
	if err != nil {
		return nil, err
	}
	if eq {
		c.fn = nil
		return nil, py.StopIteration
	}
	return x, nil
}

var reversedType = py.NewType("reversed", "reversed(sequence, /)\n\nReturn a reverse iterator over the values of the given sequence.")

// reversedIter walks a sequence backwards by index.
type reversedIter struct {
	seq py.Object
	i   int
}

func (r *reversedIter) Type() *py.Type                { return reversedType }
func (r *reversedIter) M__iter__() (py.Object, error) { return r, nil }
func (r *reversedIter) M__next__() (py.Object, error) {
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, py.StopIteration
	}
	x, err := vm.GetItem(r.seq, py.Int(r.i))
	r.i--
	if err != nil {
		if py.IsException(py.IndexError, err) || pylist.IsStopIteration(err) {
			r.seq = nil
			return nil, py.StopIteration
		}
		return nil, err
	}
	return x, nil
}

func builtinReversed(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKwargs("reversed", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	m, err := special(seq, "__reversed__")
	if err != nil {
		return nil, err
	}
	if m != nil {
		if m == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", typeName(seq))
		}
		return vm.Call(m, nil, nil)
	}
	switch v := seq.(type) {
	case *py.List:
		return &reversedIter{seq: v, i: len(v.Items) - 1}, nil
	case py.Bytes:
		items := make(py.Tuple, len(v))
		for i, c := range v {
			items[len(v)-1-i] = py.Int(c)
		}
		return py.NewIterator(items), nil
	case py.Tuple, py.String, *py.Range:
	default:
		if m, err := py.GetAttrString(seq, "__reversed__"); err == nil && !isInstance(seq) {
			return vm.Call(m, nil, nil)
		}
		if !isInstance(seq) || seq.Type().Lookup("__getitem__") == nil || seq.Type().Lookup("__len__") == nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", typeName(seq))
		}
	}
	n, err := vm.Len(seq)
	if err != nil {
		return nil, err
	}
	return &reversedIter{seq: seq, i: n - 1}, nil
}
