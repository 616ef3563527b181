package pycoll

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

// Hash returns hash(x): CPython's hash for numbers, tuples and frozensets and a process-wide
// seeded hash for str and bytes (pynum.Hash, the one implementation), identity for functions, classes and other Go objects, and the
// class's __hash__ (through vm.Hash) for instances of Python classes. Lists, dicts, sets and
// slices raise TypeError: unhashable type.
func Hash(x py.Object) (int64, error) {
	if t, ok := x.(py.Tuple); ok {
		return pynum.HashTuple(t, Hash) // items may be frozensets or objects hashed by identity
	}
	if h, ok, err := pynum.Hash(x); ok {
		return h, err
	}
	switch v := x.(type) {
	case *FrozenSet:
		return v.hash(), nil
	case *vm.Instance:
		// A subclass of a builtin type hashes as its value unless it overrides __hash__/__eq__.
		if v.PyOverride("__hash__") == nil && v.PyOverride("__eq__") == nil {
			if _, err := vm.Hash(v); err != nil {
				return 0, err
			}
			return Hash(v.BuiltinValue())
		}
		return vm.Hash(x)
	case *py.Type:
		if v.Mro != nil { // a class, not an instance of one
			return pointerHash(x), nil
		}
		return vm.Hash(x)
	case *py.List, *Dict, *Set, *py.Slice, py.StringDict, *py.Set:
		return 0, unhashable(x)
	}
	if _, ok := x.(py.I__hash__); ok {
		return vm.Hash(x)
	}
	if h, ok := identityHash(x); ok {
		return h, nil
	}
	return vm.Hash(x)
}

func unhashable(x py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", x.Type().Name)
}

// identityHash hashes objects compared by identity (functions, modules, methods ...).
func identityHash(x py.Object) (int64, bool) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan:
		return pointerHash(x), true
	}
	return 0, false
}

func pointerHash(x py.Object) int64 { return pointerHashOf(x) }

// pointerHashOf is CPython's _Py_HashPointer: the address rotated by 4 bits.
func pointerHashOf(x py.Object) int64 {
	v := reflect.ValueOf(x)
	var p uint64
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.Slice:
		p = uint64(v.Pointer())
	}
	h := int64(p>>4 | p<<60)
	if h == -1 {
		h = -2
	}
	return h
}

// keysEqual reports whether two keys with equal hashes are the same dict key.
func keysEqual(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x == y, nil
		}
	}
	return vm.Eq(a, b)
}
