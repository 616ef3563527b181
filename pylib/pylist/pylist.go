// Package pylist gives gpython's list and tuple types the methods of CPython 3.11, with its
// results, errors and messages. Install replaces gpython's list methods (whose extend ignores
// anything but lists and whose sort cannot compare tuples) in the process-wide type dicts:
//
//	list.append(object, /)
//	list.clear()
//	list.copy() -> list
//	list.count(value, /) -> int
//	list.extend(iterable, /)
//	list.index(value, start=0, stop=sys.maxsize, /) -> int
//	list.insert(index, object, /)
//	list.pop(index=-1, /) -> item
//	list.remove(value, /)
//	list.reverse()
//	list.sort(*, key=None, reverse=False)          # stable, compares with <
//	tuple.count(value, /) -> int
//	tuple.index(value, start=0, stop=sys.maxsize, /) -> int
//
// Items, Sort and Binary are shared with the builtins (sorted, list +=, concatenation errors).
package pylist

import (
	"sort"
	"sync"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/pystr"
	"gowsgi/pylib/vm"
)

var installOnce sync.Once

// Install adds the list and tuple methods. Call it once before any interpreter runs.
func Install() {
	installOnce.Do(func() {
		for name, e := range listMethods {
			py.ListType.Dict[name] = e.method("list", name)
		}
		for name, e := range tupleMethods {
			py.TupleType.Dict[name] = e.method("tuple", name)
		}
		installConstructors()
		vm.BuiltinSetItem, vm.BuiltinDelItem = SetItem, DelItem
	})
}

// IsStopIteration reports whether err is a StopIteration (the normal end of an iterator).
func IsStopIteration(err error) bool {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e.Type == py.StopIteration || e.Type != nil && e.Type.IsSubtype(py.StopIteration)
	case *py.Type:
		return e == py.StopIteration
	case *py.Exception:
		return e.Base == py.StopIteration || e.Base.IsSubtype(py.StopIteration)
	}
	return py.IsException(py.StopIteration, err)
}

// Each calls fn with every item of the iterable o, through vm.Iter and vm.Next so that Python
// classes and generators work; an exception from the iterator is returned, only StopIteration
// ends the loop. fn returning stop == true ends it early.
func Each(o py.Object, fn func(py.Object) (stop bool, err error)) error {
	switch v := o.(type) {
	case py.Bytes:
		for _, c := range v {
			if stop, err := fn(py.Int(c)); stop || err != nil {
				return err
			}
		}
		return nil
	case py.Tuple:
		return eachOf(v, fn)
	case *py.List:
		for i := 0; i < len(v.Items); i++ {
			if stop, err := fn(v.Items[i]); stop || err != nil {
				return err
			}
		}
		return nil
	}
	it, err := vm.Iter(o)
	if err != nil {
		return err
	}
	for {
		x, err := vm.Next(it)
		if err != nil {
			if IsStopIteration(err) {
				return nil
			}
			return err
		}
		if stop, err := fn(x); stop || err != nil {
			return err
		}
	}
}

func eachOf(items []py.Object, fn func(py.Object) (bool, error)) error {
	for _, x := range items {
		if stop, err := fn(x); stop || err != nil {
			return err
		}
	}
	return nil
}

// Iter is vm.Iter, except that bytes (which gpython cannot iterate) yield ints.
func Iter(o py.Object) (py.Object, error) {
	if b, ok := o.(py.Bytes); ok {
		items := make([]py.Object, len(b))
		for i, c := range b {
			items[i] = py.Int(c)
		}
		return py.NewIterator(py.Tuple(items)), nil
	}
	return vm.Iter(o)
}

// Items returns the items of any iterable as a new slice.
func Items(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case py.Tuple:
		return append([]py.Object(nil), v...), nil
	case *py.List:
		return append([]py.Object(nil), v.Items...), nil
	}
	var items []py.Object
	err := Each(o, func(x py.Object) (bool, error) {
		items = append(items, x)
		return false, nil
	})
	return items, err
}

// Sort sorts items in place, stably, with < through vm.Compare (so tuples and __lt__ work).
// key, when not nil or None, is called once per item; reverse keeps the stability CPython
// gives (equal items stay in their original order).
func Sort(items []py.Object, key py.Object, reverse bool) error {
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, x := range items {
			k, err := vm.Call(key, py.Tuple{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	n := len(items)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	if reverse {
		for i := range perm {
			perm[i] = n - 1 - i
		}
	}
	var firstErr error
	sort.SliceStable(perm, func(i, j int) bool {
		if firstErr != nil {
			return false
		}
		lt, err := vm.Lt(keys[perm[i]], keys[perm[j]])
		if err != nil {
			firstErr = err
			return false
		}
		return lt
	})
	if firstErr != nil {
		return firstErr
	}
	if reverse {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			perm[i], perm[j] = perm[j], perm[i]
		}
	}
	sorted := make([]py.Object, n)
	for i, p := range perm {
		sorted[i] = items[p]
	}
	copy(items, sorted)
	return nil
}

// Binary gives CPython's results for list += iterable and its messages for concatenating a
// list, tuple or str with another type (py.NotImplemented otherwise). It is chained into
// vm.BuiltinBinary.
func Binary(sym string, inplace bool, a, b py.Object) (py.Object, error) {
	if sym == "*" {
		return Repeat(a, b, inplace)
	}
	if sym != "+" {
		return py.NotImplemented, nil
	}
	switch x := a.(type) {
	case *py.List:
		if _, ok := b.(*py.List); ok && !inplace {
			return py.NotImplemented, nil
		}
		if inplace {
			items, err := Items(b)
			if err != nil {
				return nil, err
			}
			x.Items = append(x.Items, items...)
			return x, nil
		}
		return nil, concatError("list", b)
	case py.Tuple:
		y, ok := b.(py.Tuple)
		if !ok {
			return nil, concatError("tuple", b)
		}
		// gpython's Tuple.__add__ copies the second tuple to the wrong offset.
		out := make(py.Tuple, 0, len(x)+len(y))
		return append(append(out, x...), y...), nil
	case py.String:
		if _, ok := b.(py.String); !ok {
			return nil, concatError("str", b)
		}
	case py.Bytes:
		if _, ok := b.(py.Bytes); !ok && b.Type().Name != "bytearray" && !hasBuffer(b) {
			return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", b.Type().Name)
		}
	}
	return py.NotImplemented, nil
}

func concatError(kind string, b py.Object) error {
	return py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", kind, b.Type().Name, kind)
}

// entry is one method: its CPython signature and implementation.
type entry struct {
	sig pystr.Sig
	fn  func(self py.Object, a []py.Object, kwargs py.StringDict) (py.Object, error)
	doc string
}

func (e entry) method(typ, name string) *py.Method {
	e.sig.Type, e.sig.Name = typ, name
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !ofType(self, typ) {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typ, self.Type().Name)
		}
		if name == "sort" {
			return e.fn(self, args, kwargs)
		}
		a, err := e.sig.Parse(args, kwargs)
		if err != nil {
			return nil, err
		}
		return e.fn(self, a, nil)
	}, 0, e.doc)
}

func ofType(self py.Object, typ string) bool {
	switch self.(type) {
	case *py.List:
		return typ == "list"
	case py.Tuple:
		return typ == "tuple"
	}
	return false
}

func seq(self py.Object) []py.Object {
	if l, ok := self.(*py.List); ok {
		return l.Items
	}
	return self.(py.Tuple)
}

func count(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
	n := 0
	for _, x := range seq(self) {
		eq, err := vm.Eq(x, a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

func index(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
	items := seq(self)
	start, stop, err := pystr.Bounds(a[1], a[2], len(items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(items); i++ {
		eq, err := vm.Eq(items[i], a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	if _, ok := self.(py.Tuple); ok {
		return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
	}
	r, err := pyformat.Repr(a[0])
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", r)
}

var tupleMethods = map[string]entry{
	"count": {pystr.Sig{Kind: pystr.OneArg, Min: 1, Max: 1}, count, "Return number of occurrences of value."},
	"index": {pystr.Sig{Kind: pystr.Positional, Min: 1, Max: 3}, index,
		"Return first index of value.\n\nRaises ValueError if the value is not present."},
}

// installConstructors makes list(iterable) and tuple(iterable) iterate through vm (so Python
// iterators, generators and bytes work and their exceptions propagate).
func installConstructors() {
	listNew, tupleNew := py.ListType.New, py.TupleType.New
	py.ListType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.ListType {
			return listNew(t, args, kwargs)
		}
		items, err := constructorItems("list", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(items), nil
	}
	py.TupleType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.TupleType {
			return tupleNew(t, args, kwargs)
		}
		if len(args) == 1 && len(kwargs) == 0 {
			if tu, ok := args[0].(py.Tuple); ok {
				return tu, nil
			}
		}
		items, err := constructorItems("tuple", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.Tuple(items), nil
	}
}

func constructorItems(name string, args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 {
		return []py.Object{}, nil
	}
	if b, ok := args[0].(py.Bytes); ok {
		items := make([]py.Object, len(b))
		for i, c := range b {
			items[i] = py.Int(c)
		}
		return items, nil
	}
	items, err := Items(args[0])
	if items == nil {
		items = []py.Object{}
	}
	return items, err
}

// hasBuffer reports whether o is an instance of a Python class (which may define __radd__ or
// subclass bytes), whose concatenation vm leaves to the class.
func hasBuffer(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && t.Mro == nil
}
