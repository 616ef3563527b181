package vm

// Namespaces in insertion order.
//
// CPython keeps every namespace in a dict, so instance attributes, class bodies, module globals
// and exec namespaces iterate in the order names were first bound (vars(p), C.__dict__,
// globals(), json.dumps(p.__dict__)). gpython stores them in py.StringDict, a Go map, which the
// rest of gpython reads and writes directly, so the storage stays a StringDict and the order is
// recorded beside it, inside the map itself:
//
//   - A namespace the evaluator writes holds, under the key OrderKey (a string no identifier can
//     spell), an *nsOrder listing its names in binding order. The record belongs to its map: it
//     dies with it (no global table), and a map copied wholesale by gpython (StringDict.Copy)
//     notices the record is not its own and starts its own copy on the next write.
//   - Writes that can bind a new name go through NSStore (STORE_ATTR on instances and classes,
//     setattr, STORE_NAME in class and module bodies, STORE_GLOBAL, obj.__dict__[k] = v,
//     update); an existing name costs one map lookup more than a bare store, a new one appends
//     to the record. Deletes go through NSDelete, so deleting and re-adding a name moves it to
//     the end, as in CPython.
//   - Every Python-visible listing (iteration, repr, keys/values/items, vars, globals(),
//     mappingproxy, conversion to a dict, json) asks NSKeys, which returns the recorded order,
//     skips names deleted behind its back and appends, sorted, names bound by code that does not
//     record (gpython internals, Go builtins filling a module). NSLen, and the evaluator's Len,
//     Iter, Eq and Contains, never count or show OrderKey.
//
// The StringDict itself is what obj.__dict__, vars(obj) and globals() return, so those views are
// live by construction.

import (
	"sort"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// OrderKey is the key under which a namespace keeps its insertion order. Code that iterates a
// py.StringDict which may be a namespace skips it (or uses NSKeys).
const OrderKey = "\x00gowsgi.order"

// nsOrder is the insertion order of one namespace.
type nsOrder struct {
	owner unsafe.Pointer // identity of the map holding this record
	keys  []string       // binding order; may hold names since deleted, which NSKeys drops

	// cache holds, for a class's namespace, the results of lookups through the class's MRO
	// (class_cache.go): it lives and dies with the class dict, like the order.
	cache *classCache
}

var nsOrderType = py.NewType("namespace_order", "insertion order of a namespace (internal)")

// Type returns the internal type of the record.
func (*nsOrder) Type() *py.Type { return nsOrderType }

// orderOf returns sd's own order record, or nil.
func orderOf(sd py.StringDict) *nsOrder {
	r, _ := sd[OrderKey].(*nsOrder)
	if r == nil || r.owner != mapID(sd) {
		return nil
	}
	return r
}

// NSStore binds sd[name] = value, recording name's position when it is new.
func NSStore(sd py.StringDict, name string, value py.Object) {
	if _, ok := sd[name]; !ok {
		nsAppend(sd, name)
	}
	sd[name] = value
}

// nsAppend records name, not yet in sd, as sd's newest name.
func nsAppend(sd py.StringDict, name string) {
	r := nsRecord(sd)
	r.keys = append(r.keys, name)
}

// nsRecord returns sd's own order record, making it on first use (or for a copied map): names
// already there come first, in the order they are known.
func nsRecord(sd py.StringDict) *nsOrder {
	if r := orderOf(sd); r != nil {
		return r
	}
	prev := NSKeys(sd)
	r := &nsOrder{owner: mapID(sd), keys: make([]string, len(prev), len(prev)+4)}
	copy(r.keys, prev)
	sd[OrderKey] = r
	return r
}

// NSDelete removes name from sd and from its order; it reports whether name was there.
func NSDelete(sd py.StringDict, name string) bool {
	if _, ok := sd[name]; !ok || name == OrderKey {
		return false
	}
	delete(sd, name)
	if r := orderOf(sd); r != nil {
		for i := len(r.keys) - 1; i >= 0; i-- {
			if r.keys[i] == name {
				r.keys = append(r.keys[:i], r.keys[i+1:]...)
				break
			}
		}
	}
	return true
}

// NSLen returns the number of names in sd.
func NSLen(sd py.StringDict) int {
	if _, ok := sd[OrderKey]; ok {
		return len(sd) - 1
	}
	return len(sd)
}

// NSKeys returns the names of sd in insertion order: the recorded order for a namespace, call
// order for a call's keyword arguments, else sorted. The caller must not modify the result.
func NSKeys(sd py.StringDict) []string {
	rec, has := sd[OrderKey].(*nsOrder)
	if !has {
		return KeywordOrder(sd)
	}
	n := len(sd) - 1
	keys := make([]string, 0, n)
	seen := make(map[string]struct{}, n)
	// The last occurrence of a name is its position (a name deleted by code that does not
	// record and bound again appears twice).
	for i := len(rec.keys) - 1; i >= 0; i-- {
		k := rec.keys[i]
		if _, ok := sd[k]; !ok {
			continue
		}
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		keys = append(keys, k)
	}
	for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
		keys[i], keys[j] = keys[j], keys[i]
	}
	if len(keys) < n {
		var extra []string
		for k := range sd {
			if _, ok := seen[k]; !ok && k != OrderKey {
				extra = append(extra, k)
			}
		}
		sort.Strings(extra)
		keys = append(keys, extra...)
	}
	if rec.owner == mapID(sd) && len(rec.keys) != len(keys) {
		rec.keys = append(rec.keys[:0], keys...)
	}
	return keys
}

// NSCopy returns a new namespace holding the names of sd in the same order.
func NSCopy(sd py.StringDict) py.StringDict {
	keys := NSKeys(sd)
	out := make(py.StringDict, len(keys)+1)
	for _, k := range keys {
		out[k] = sd[k]
	}
	if len(keys) > 1 {
		out[OrderKey] = &nsOrder{owner: mapID(out), keys: append([]string(nil), keys...)}
	}
	return out
}

// nsKeyTuple returns the names of sd, in order, as Python strings.
func nsKeyTuple(sd py.StringDict) py.Tuple {
	keys := NSKeys(sd)
	t := make(py.Tuple, len(keys))
	for i, k := range keys {
		t[i] = py.String(k)
	}
	return t
}

// nsEqual is a == b for two namespaces (the order record is not an item).
func nsEqual(a, b py.StringDict) (bool, error) {
	if NSLen(a) != NSLen(b) {
		return false, nil
	}
	for k, av := range a {
		if k == OrderKey {
			continue
		}
		bv, ok := b[k]
		if !ok {
			return false, nil
		}
		if eq, err := Eq(av, bv); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// recordOrder gives sd, a namespace converted from the ordered mapping m, m's key order.
func recordOrder(sd py.StringDict, m py.Object) {
	om, ok := m.(orderedKeys)
	if !ok {
		return
	}
	keys := om.Keys()
	r := &nsOrder{owner: mapID(sd), keys: make([]string, 0, len(keys)+4)}
	for _, k := range keys {
		if s, ok := k.(py.String); ok {
			r.keys = append(r.keys, string(s))
		}
	}
	sd[OrderKey] = r
}

// The dict methods of a namespace seen from Python (obj.__dict__.update(...), globals().get(k)).
// gpython's own dict type has only items/keys/values/get, unordered; these replace them.
func init() {
	method := func(name string, fn func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error)) {
		py.StringDictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			sd, ok := self.(py.StringDict)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'dict' object", name)
			}
			return fn(sd, args, kw)
		}, 0, "")
	}
	// keys, values and items are those of an ordered dict copy (views of a snapshot).
	for _, name := range []string{"keys", "values", "items"} {
		method(name, func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nsArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			if KwargsDict == nil {
				return nsList(sd, name), nil
			}
			return callAttr(KwargsDict(sd), name, nil, nil)
		})
	}
	method("get", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("get", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if v, ok := nsLookup(sd, args[0]); ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	method("setdefault", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("setdefault", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if v, ok := nsLookup(sd, args[0]); ok {
			return v, nil
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		return def, SetItem(sd, args[0], def)
	})
	method("pop", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("pop", args, kw, 1, 2); err != nil {
			return nil, err
		}
		v, ok := nsLookup(sd, args[0])
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, nsKeyError(args[0])
		}
		NSDelete(sd, string(args[0].(py.String)))
		return v, nil
	})
	method("popitem", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("popitem", args, kw, 0, 0); err != nil {
			return nil, err
		}
		keys := NSKeys(sd)
		if len(keys) == 0 {
			return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
		}
		k := keys[len(keys)-1]
		v := sd[k]
		NSDelete(sd, k)
		return py.Tuple{py.String(k), v}, nil
	})
	method("clear", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("clear", args, kw, 0, 0); err != nil {
			return nil, err
		}
		clear(sd)
		return py.None, nil
	})
	method("copy", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("copy", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return nsToDict(sd), nil
	})
	method("update", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("update", args, nil, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			if err := nsUpdate(sd, args[0]); err != nil {
				return nil, err
			}
		}
		for _, k := range KeywordOrder(kw) {
			NSStore(sd, k, kw[k])
		}
		return py.None, nil
	})
	method("__contains__", func(sd py.StringDict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nsArgs("__contains__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		_, ok := nsLookup(sd, args[0])
		return py.NewBool(ok), nil
	})
}

// nsArgs checks a namespace method's argument count.
func nsArgs(name string, args py.Tuple, kw py.StringDict, min, max int) error {
	if len(kw) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) < min || len(args) > max {
		if min == max {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly %d argument (%d given)", name, min, len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d arguments, got %d", name, max, len(args))
	}
	return nil
}

// nsLookup returns sd[key]; a key that is not a str is never there.
func nsLookup(sd py.StringDict, key py.Object) (py.Object, bool) {
	k, ok := key.(py.String)
	if !ok || k == OrderKey {
		return nil, false
	}
	v, ok := sd[string(k)]
	return v, ok
}

// nsToDict returns an ordered dict (pycoll's, through KwargsDict) holding sd's items.
func nsToDict(sd py.StringDict) py.Object {
	if KwargsDict == nil {
		return NSCopy(sd)
	}
	return KwargsDict(sd)
}

// nsUpdate merges a mapping (anything with keys()) or an iterable of pairs into sd, in order.
func nsUpdate(sd py.StringDict, other py.Object) error {
	if o, ok := other.(py.StringDict); ok {
		for _, k := range NSKeys(o) {
			NSStore(sd, k, o[k])
		}
		return nil
	}
	if keysFn, err := GetAttr(other, "keys"); err == nil {
		keys, err := Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		return iterate(keys, func(k py.Object) error {
			v, err := GetItem(other, k)
			if err != nil {
				return err
			}
			return SetItem(sd, k, v)
		})
	}
	return iterate(other, func(item py.Object) error {
		pair, err := tupleOf(item)
		if err != nil {
			return err
		}
		if len(pair) != 2 {
			return py.ExceptionNewf(py.ValueError, "dictionary update sequence element has length %d; 2 is required", len(pair))
		}
		return SetItem(sd, pair[0], pair[1])
	})
}

// iterate calls fn for each item of iterable.
func iterate(iterable py.Object, fn func(py.Object) error) error {
	it, err := Iter(iterable)
	if err != nil {
		return err
	}
	for {
		x, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return nil
			}
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// nsKeyError is the KeyError for a missing key.
func nsKeyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}}
}

// nsList returns sd's keys, values or items as a list, for an evaluator without a dict type.
func nsList(sd py.StringDict, kind string) *py.List {
	keys := NSKeys(sd)
	out := make([]py.Object, len(keys))
	for i, k := range keys {
		switch kind {
		case "keys":
			out[i] = py.String(k)
		case "values":
			out[i] = sd[k]
		default:
			out[i] = py.Tuple{py.String(k), sd[k]}
		}
	}
	return py.NewListFromItems(out)
}
