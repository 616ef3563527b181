package vm

// The read-only view CPython gives of a class namespace, cls.__dict__ (types.MappingProxyType):
//
//	mappingproxy(mapping)  p[k]  k in p  len(p)  iter(p)  p == o  repr(p)
//	p.get(k, default=None) p.keys() p.values() p.items() p.copy()
//
// A class's namespace is a gpython StringDict: the proxy lists its keys in definition order
// (namespace.go).

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// MappingProxy is a read-only view of a mapping.
type MappingProxy struct {
	m py.Object
}

// MappingProxyType is the builtin type mappingproxy.
var MappingProxyType = py.NewTypeX("mappingproxy", "Read-only proxy of a mapping.", mappingProxyNew, nil)

// Type returns MappingProxyType.
func (p *MappingProxy) Type() *py.Type { return MappingProxyType }

func mappingProxyNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var m py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:mappingproxy", []string{"mapping"}, &m); err != nil {
		return nil, err
	}
	switch m.(type) {
	case *py.List, py.Tuple:
		return nil, py.ExceptionNewf(py.TypeError, "mappingproxy() argument must be a mapping, not %s", TypeOf(m).Name)
	}
	if _, err := GetAttr(m, "keys"); err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "mappingproxy() argument must be a mapping, not %s", TypeOf(m).Name)
	}
	return &MappingProxy{m: m}, nil
}

// keys returns the mapping's keys.
func (p *MappingProxy) keys() (py.Tuple, error) {
	if sd, ok := p.m.(py.StringDict); ok {
		return nsKeyTuple(sd), nil
	}
	res, err := callAttr(p.m, "keys", nil, nil)
	if err != nil {
		return nil, err
	}
	return tupleOf(res)
}

// M__getitem__ is p[key].
func (p *MappingProxy) M__getitem__(key py.Object) (py.Object, error) { return GetItem(p.m, key) }

// M__setitem__ refuses p[key] = value.
func (p *MappingProxy) M__setitem__(key, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item assignment")
}

// M__delitem__ refuses del p[key].
func (p *MappingProxy) M__delitem__(key py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item deletion")
}

// M__len__ is len(p).
func (p *MappingProxy) M__len__() (py.Object, error) {
	n, err := Len(p.m)
	return py.Int(n), err
}

// M__contains__ is key in p.
func (p *MappingProxy) M__contains__(key py.Object) (py.Object, error) {
	ok, err := Contains(p.m, key)
	return py.NewBool(ok), err
}

// M__iter__ iterates the keys.
func (p *MappingProxy) M__iter__() (py.Object, error) {
	keys, err := p.keys()
	if err != nil {
		return nil, err
	}
	return Iter(keys)
}

// M__eq__ compares the underlying mapping.
func (p *MappingProxy) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*MappingProxy); ok {
		other = o.m
	}
	return Compare(EQ, p.m, other)
}

// M__repr__ is mappingproxy({...}).
func (p *MappingProxy) M__repr__() (py.Object, error) {
	r, err := Repr(p.copy())
	if err != nil {
		return nil, err
	}
	return py.String(fmt.Sprintf("mappingproxy(%s)", r)), nil
}

// M__str__ is str() of the underlying mapping.
func (p *MappingProxy) M__str__() (py.Object, error) { return Str(p.copy()) }

// PyStr is str(p) for pyformat, which otherwise prints the repr of objects it does not know.
func (p *MappingProxy) PyStr() (py.Object, error) { return p.M__str__() }

// copy returns a dict with the proxy's items (p.copy(); a plain copy for a StringDict).
func (p *MappingProxy) copy() py.Object {
	if sd, ok := p.m.(py.StringDict); ok {
		if NewDict != nil {
			keys, _ := p.keys()
			d := NewDict(len(keys))
			for _, k := range keys {
				_ = SetItem(d, k, sd[string(k.(py.String))])
			}
			return d
		}
		return sd.Copy()
	}
	if c, err := callAttr(p.m, "copy", nil, nil); err == nil {
		return c
	}
	return p.m
}

func (p *MappingProxy) items(kind string) (py.Object, error) {
	keys, err := p.keys()
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(keys))
	for i, k := range keys {
		if kind == "keys" {
			out[i] = k
			continue
		}
		v, err := GetItem(p.m, k)
		if err != nil {
			return nil, err
		}
		if kind == "items" {
			out[i] = py.Tuple{k, v}
		} else {
			out[i] = v
		}
	}
	return py.NewListFromItems(out), nil
}

func init() {
	if err := MappingProxyType.Ready(); err != nil {
		panic(err)
	}
	proxy := func(name string, self py.Object) (*MappingProxy, error) {
		p, ok := self.(*MappingProxy)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'mappingproxy' objects doesn't apply to a '%s' object", name, TypeOf(self).Name)
		}
		return p, nil
	}
	for _, kind := range []string{"keys", "values", "items"} {
		kind := kind
		MappingProxyType.Dict[kind] = py.MustNewMethod(kind, func(self py.Object) (py.Object, error) {
			p, err := proxy(kind, self)
			if err != nil {
				return nil, err
			}
			return p.items(kind)
		}, 0, "D."+kind+"() -> the mapping's "+kind)
	}
	MappingProxyType.Dict["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		p, err := proxy("get", self)
		if err != nil {
			return nil, err
		}
		var key py.Object
		var def py.Object = py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		ok, err := Contains(p.m, key)
		if err != nil || !ok {
			return def, err
		}
		return GetItem(p.m, key)
	}, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.")
	MappingProxyType.Dict["copy"] = py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
		p, err := proxy("copy", self)
		if err != nil {
			return nil, err
		}
		return p.copy(), nil
	}, 0, "D.copy() -> a shallow copy of D")
}
