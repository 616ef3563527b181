package pycoll

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

// DictType is the Python type dict.
var DictType = py.NewTypeX("dict", `dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`, dictNew, nil)

func dictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	d := NewDict()
	return d, d.update(args, kwargs, "dict")
}

// update implements dict.update(*args, **kwargs), also used by dict().
func (d *Dict) update(args py.Tuple, kwargs py.StringDict, name string) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := d.Update(args[0]); err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(kwargs) {
		d.SetStr(k, kwargs[k])
	}
	return nil
}

// sortedKeys returns the keys of sd in binding order for a namespace (vars(obj), globals()),
// in call order when sd holds a running call's keyword arguments (dict(b=1, a=2) keeps b
// first), else sorted.
func sortedKeys(sd py.StringDict) []string {
	return vm.NSKeys(sd)
}

// Update merges a mapping (anything with keys()) or an iterable of (key, value) pairs into d.
func (d *Dict) Update(other py.Object) error {
	if inst, ok := other.(*vm.Instance); ok {
		// A dict subclass is copied from its storage unless it overrides __iter__, as CPython's
		// dict_merge does; other subclasses are mappings or iterables like any object.
		if v, ok := inst.BuiltinValue().(*Dict); ok && inst.PyOverride("__iter__") == nil {
			return d.mergeFrom(v)
		}
	}
	switch o := other.(type) {
	case *Dict:
		return d.mergeFrom(o)
	case py.StringDict:
		for _, k := range sortedKeys(o) {
			d.SetStr(k, o[k])
		}
		return nil
	}
	if keys, err := py.GetAttrString(other, "keys"); err == nil {
		return d.updateFromMapping(other, keys)
	}
	return d.updateFromPairs(other)
}

func (d *Dict) updateFromMapping(m, keysFn py.Object) error {
	keys, err := vm.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	return forEach(keys, func(k py.Object) error {
		v, err := vm.GetItem(m, k)
		if err != nil {
			return err
		}
		return d.Set(k, v)
	})
}

func (d *Dict) updateFromPairs(seq py.Object) error {
	if _, err := vm.Iter(seq); err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", seq.Type().Name)
	}
	n := 0
	return forEach(seq, func(item py.Object) error {
		var pair []py.Object
		switch p := item.(type) {
		case py.Tuple:
			pair = p
		case *py.List:
			pair = p.Items
		default:
			if _, err := vm.Iter(item); err != nil {
				return py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			if err := forEach(item, func(x py.Object) error { pair = append(pair, x); return nil }); err != nil {
				return err
			}
		}
		if len(pair) != 2 {
			return py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		n++
		return d.Set(pair[0], pair[1])
	})
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("clear", func(self py.Object) (py.Object, error) {
			self.(*Dict).Clear()
			return py.None, nil
		}, 0, "D.clear() -> None.  Remove all items from D."),
		py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
			return self.(*Dict).Copy(), nil
		}, 0, "D.copy() -> a shallow copy of D"),
		py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
			var key py.Object
			var def py.Object = py.None
			if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
				return nil, err
			}
			v, ok, err := self.(*Dict).Get(key)
			if err != nil || ok {
				return v, err
			}
			return def, nil
		}, 0, "Return the value for key if key is in the dictionary, else default."),
		py.MustNewMethod("setdefault", func(self py.Object, args py.Tuple) (py.Object, error) {
			var key py.Object
			var def py.Object = py.None
			if err := py.UnpackTuple(args, nil, "setdefault", 1, 2, &key, &def); err != nil {
				return nil, err
			}
			d := self.(*Dict)
			v, ok, err := d.Get(key)
			if err != nil || ok {
				return v, err
			}
			return def, d.Set(key, def)
		}, 0, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."),
		py.MustNewMethod("pop", func(self py.Object, args py.Tuple) (py.Object, error) {
			var key, def py.Object
			if err := py.UnpackTuple(args, nil, "pop", 1, 2, &key, &def); err != nil {
				return nil, err
			}
			v, ok, err := self.(*Dict).Delete(key)
			if err != nil || ok {
				return v, err
			}
			if def != nil {
				return def, nil
			}
			return nil, keyError(key)
		}, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."),
		py.MustNewMethod("popitem", func(self py.Object) (py.Object, error) {
			if k, v, ok := self.(*Dict).popLast(); ok {
				return py.Tuple{k, v}, nil
			}
			return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
		}, 0, "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."),
		py.MustNewMethod("update", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, self.(*Dict).update(args, kwargs, "update")
		}, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."),
		py.MustNewMethod("keys", func(self py.Object) (py.Object, error) {
			return &DictView{d: self.(*Dict), kind: viewKeys}, nil
		}, 0, "D.keys() -> a set-like object providing a view on D's keys"),
		py.MustNewMethod("values", func(self py.Object) (py.Object, error) {
			return &DictView{d: self.(*Dict), kind: viewValues}, nil
		}, 0, "D.values() -> an object providing a view on D's values"),
		py.MustNewMethod("items", func(self py.Object) (py.Object, error) {
			return &DictView{d: self.(*Dict), kind: viewItems}, nil
		}, 0, "D.items() -> a set-like object providing a view on D's items"),
	}
	for _, m := range methods {
		DictType.Dict[m.Name] = m
	}
	DictType.Dict["fromkeys"] = &py.ClassMethod{Callable: py.MustNewMethod("fromkeys", dictFromKeys, 0,
		"Create a new dictionary with keys from iterable and values set to value.")}
}

// dictFromKeys implements the classmethod dict.fromkeys(iterable, value=None); self is the class.
func dictFromKeys(self py.Object, args py.Tuple) (py.Object, error) {
	cls := self
	var iterable py.Object
	var value py.Object = py.None
	if err := py.UnpackTuple(args, nil, "fromkeys", 1, 2, &iterable, &value); err != nil {
		return nil, err
	}
	d := NewDict()
	if cls != DictType {
		o, err := vm.Call(cls, nil, nil)
		if err != nil {
			return nil, err
		}
		var ok bool
		if d, ok = o.(*Dict); !ok {
			err := forEach(iterable, func(k py.Object) error { return vm.SetItem(o, k, value) })
			return o, err
		}
	}
	return d, forEach(iterable, func(k py.Object) error { return d.Set(k, value) })
}

// M__getitem__ returns self[key], raising KeyError(key) when it is missing.
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(py.String); ok {
		if i, ok := d.strIdx[string(s)]; ok {
			return d.entries[i].value, nil
		}
		return nil, keyError(key)
	}
	v, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return v, nil
}

// M__setitem__ does self[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, d.Set(key, value)
}

// M__delitem__ does del self[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	_, ok, err := d.Delete(key)
	if err == nil && !ok {
		err = keyError(key)
	}
	return py.None, err
}

// M__contains__ returns key in self.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.Get(key)
	return py.NewBool(ok), err
}

// M__len__ returns len(self).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.used), nil }

// M__bool__ reports whether the dict is not empty.
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.used > 0), nil }

// M__iter__ iterates over the keys.
func (d *Dict) M__iter__() (py.Object, error) { return newDictIter(d, viewKeys, false), nil }

// M__reversed__ iterates over the keys, last first.
func (d *Dict) M__reversed__() (py.Object, error) { return newDictIter(d, viewKeys, true), nil }

// M__repr__ returns repr(self).
func (d *Dict) M__repr__() (py.Object, error) {
	s, err := pyformat.Repr(d)
	return py.String(s), err
}

// M__eq__ returns self == other: the same keys with equal values, in any order.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	var o *Dict
	switch v := other.(type) {
	case *Dict:
		o = v
	case py.StringDict:
		o = NewDictFromStringDict(v)
	default:
		return py.NotImplemented, nil
	}
	eq, err := d.equal(o)
	return py.NewBool(eq), err
}

// M__ne__ returns self != other.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	res, err := d.M__eq__(other)
	if err != nil || res == py.NotImplemented {
		return res, err
	}
	return py.NewBool(res == py.False), nil
}

func (d *Dict) equal(o *Dict) (bool, error) {
	if d.used != o.used {
		return false, nil
	}
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		v, ok, err := o.Get(e.key)
		if err != nil || !ok {
			return false, err
		}
		eq, err := vm.Eq(e.value, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// M__or__ returns self | other, a new dict.
func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	o, ok := other.(*Dict)
	if !ok {
		return py.NotImplemented, nil
	}
	c := d.Copy()
	return c, c.mergeFrom(o)
}

// M__ior__ does self |= other, which accepts any mapping or iterable of pairs.
func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	return d, d.Update(other)
}

// dictIter iterates a dict's keys, values or items.
type dictIter struct {
	d       *Dict
	kind    viewKind
	reverse bool
	pos     int
	used    int
	layout  int
}

var (
	dictKeyIterType   = py.NewType("dict_keyiterator", "")
	dictValueIterType = py.NewType("dict_valueiterator", "")
	dictItemIterType  = py.NewType("dict_itemiterator", "")
)

func newDictIter(d *Dict, kind viewKind, reverse bool) *dictIter {
	it := &dictIter{d: d, kind: kind, reverse: reverse, used: d.used, layout: d.layout}
	if reverse {
		it.pos = len(d.entries) - 1
	}
	return it
}

// Type returns the iterator's type.
func (it *dictIter) Type() *py.Type {
	switch it.kind {
	case viewValues:
		return dictValueIterType
	case viewItems:
		return dictItemIterType
	}
	return dictKeyIterType
}

// M__iter__ returns the iterator itself.
func (it *dictIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next key, value or item.
func (it *dictIter) M__next__() (py.Object, error) {
	d := it.d
	if d == nil {
		return nil, py.StopIteration
	}
	if d.used != it.used {
		it.used = -1
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	if d.layout != it.layout {
		it.used = -1
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	for it.pos >= 0 && it.pos < len(d.entries) {
		e := d.entries[it.pos]
		if it.reverse {
			it.pos--
		} else {
			it.pos++
		}
		if e.key == nil {
			continue
		}
		switch it.kind {
		case viewValues:
			return e.value, nil
		case viewItems:
			return py.Tuple{e.key, e.value}, nil
		}
		return e.key, nil
	}
	it.d = nil
	return nil, py.StopIteration
}
