package pycoll

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// gpython readies only the types made during its own initialisation.
func init() {
	types := []*py.Type{DictType, SetType, FrozenSetType, DictKeysType, DictValuesType, DictItemsType,
		dictKeyIterType, dictValueIterType, dictItemIterType, setIterType, dummyType}
	for _, t := range types {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("pycoll: readying %s: %v", t.Name, err))
		}
	}
	// Python classes may derive from dict, set and frozenset (class AttrDict(dict)).
	vm.RegisterValueType(DictType, true)
	vm.RegisterValueType(SetType, true)
	vm.RegisterValueType(FrozenSetType, false)
}

// Install makes the evaluator build this package's dict and set for displays, comprehensions
// and **kwargs parameters. It writes vm's process-wide hooks, so call it once at setup.
func Install() {
	vm.NewDict = func(n int) py.Object { return NewDictSized(n) }
	vm.NewSet = func(items []py.Object, constant bool) (py.Object, error) {
		if constant {
			return NewSetFromConstants(items)
		}
		return NewSetFromItems(items)
	}
	vm.KwargsDict = func(kw py.StringDict) py.Object { return NewDictFromStringDict(kw) }
}

// Builtins returns the builtins this package provides, to be put into an interpreter's
// builtins namespace: the types dict, set and frozenset.
func Builtins() map[string]py.Object {
	return map[string]py.Object{
		"dict":      DictType,
		"set":       SetType,
		"frozenset": FrozenSetType,
	}
}

// DictFromPairs builds the dict of a {**a, 'k': v} display: items are (key, value) tuples, or
// mappings to merge when star reports them as unpacked. It is the constructor hook for
// pylib/compiler's __gowsgi_dict__.
func DictFromPairs(items []py.Object, star func(py.Object) (py.Object, bool)) (py.Object, error) {
	d := NewDict()
	for _, it := range items {
		if m, ok := star(it); ok {
			if _, err := vm.GetAttr(m, "keys"); err != nil {
				if _, isSD := m.(py.StringDict); !isSD {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
				}
			}
			if err := d.Update(m); err != nil {
				return nil, err
			}
			continue
		}
		pair, ok := it.(py.Tuple)
		if !ok || len(pair) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "dict display: expected a (key, value) pair")
		}
		if err := d.Set(pair[0], pair[1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}
