package vm

// Keyword-argument order. gpython passes a call's keyword arguments as a py.StringDict, a Go map
// with no order, yet Python keeps them in call order (`f(z=1, a=2)` gives `**kw` the keys z, a).
// The evaluator knows the order where it builds the map (CALL_FUNCTION_KW and friends), so it
// records it, keyed by the map's identity, for as long as the call runs; the callee, Python
// (bindArgs) or Go (pycoll's dict(**kw)), asks KeywordOrder.
//
// The record is process-wide because a Go builtin receives only the map, not the interpreter;
// entries live exactly as long as their call, and a stale one (a map freed after a panic) is
// never trusted unless its keys are exactly the map's.

import (
	"reflect"
	"sort"
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// kwOrders maps the identity of a keyword-argument map in flight to its keys in call order.
var kwOrders sync.Map // unsafe.Pointer -> []string

func mapID(kw py.StringDict) unsafe.Pointer { return reflect.ValueOf(kw).UnsafePointer() }

// KeywordOrder returns the keys of kwargs in the order the call site passed them, for a Go
// builtin that builds something ordered from its keyword arguments (dict(b=1, a=2) is
// {'b': 1, 'a': 2}). For a map the evaluator did not build for a running call, keys come sorted.
// The caller must not modify the result.
func KeywordOrder(kwargs py.StringDict) []string {
	switch len(kwargs) {
	case 0:
		return nil
	case 1:
		for k := range kwargs {
			return []string{k}
		}
	}
	if v, ok := kwOrders.Load(mapID(kwargs)); ok {
		if order := v.([]string); sameKeys(order, kwargs) {
			return order
		}
	}
	keys := make([]string, 0, len(kwargs))
	for k := range kwargs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sameKeys reports whether order lists exactly the keys of kw.
func sameKeys(order []string, kw py.StringDict) bool {
	if len(order) != len(kw) {
		return false
	}
	for _, k := range order {
		if _, ok := kw[k]; !ok {
			return false
		}
	}
	return true
}

// withKeywordOrder runs call with order recorded as the key order of kwargs. Maps of fewer than
// two keys need no record.
func withKeywordOrder[T any](kwargs py.StringDict, order []string, call func() (T, error)) (T, error) {
	if len(kwargs) < 2 || len(order) != len(kwargs) {
		return call()
	}
	id := mapID(kwargs)
	kwOrders.Store(id, order)
	defer kwOrders.Delete(id)
	return call()
}

// orderedKeys is a mapping that can list its keys in iteration order (pycoll's dict).
type orderedKeys interface {
	Keys() []py.Object
}

// mappingKeyOrder returns the keys of a **mapping operand in its iteration order.
func mappingKeyOrder(m py.Object, sd py.StringDict) []string {
	d, ok := m.(orderedKeys)
	if !ok {
		return KeywordOrder(sd)
	}
	keys := d.Keys()
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if s, ok := k.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// kwargsFromMapping converts the operand of f(**m) to keyword arguments, with its keys in
// iteration order: m must be a mapping (keys() and m[key]) whose keys are all str.
func kwargsFromMapping(fn, m py.Object) (py.StringDict, []string, error) {
	switch d := m.(type) {
	case py.StringDict:
		if _, isNS := d[OrderKey]; isNS {
			// A namespace (f(**vars(obj))) passes its names, in order, not its order record.
			keys := NSKeys(d)
			kw := make(py.StringDict, len(keys))
			for _, k := range keys {
				kw[k] = d[k]
			}
			return kw, keys, nil
		}
		return d, KeywordOrder(d), nil
	case stringDicter:
		sd, err := d.StringDict()
		if err != nil {
			return nil, nil, err
		}
		return sd, mappingKeyOrder(m, sd), nil
	}
	keysFn, err := GetAttr(m, "keys")
	if err != nil {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(fn), m.Type().Name)
	}
	keys, err := Call(keysFn, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	it, err := Iter(keys)
	if err != nil {
		return nil, nil, err
	}
	out := py.NewStringDict()
	var order []string
	for {
		k, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return out, order, nil
			}
			return nil, nil, err
		}
		s, ok := k.(py.String)
		if !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		v, err := GetItem(m, k)
		if err != nil {
			return nil, nil, err
		}
		if _, dup := out[string(s)]; !dup {
			order = append(order, string(s))
		}
		out[string(s)] = v
	}
}
