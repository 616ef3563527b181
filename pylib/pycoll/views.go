package pycoll

import (
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

type viewKind int

const (
	viewKeys viewKind = iota
	viewValues
	viewItems
)

// DictView is what dict.keys(), dict.values() and dict.items() return: a live view of the dict.
// Key and item views are set-like.
type DictView struct {
	d    *Dict
	kind viewKind
}

// The view types.
var (
	DictKeysType   = py.NewType("dict_keys", "")
	DictValuesType = py.NewType("dict_values", "")
	DictItemsType  = py.NewType("dict_items", "")
)

func init() {
	isdisjoint := py.MustNewMethod("isdisjoint", func(self, other py.Object) (py.Object, error) {
		s, err := self.(*DictView).toSet()
		if err != nil {
			return nil, err
		}
		ok, err := isdisjoint(s, other)
		return py.NewBool(ok), err
	}, 0, "Return True if the view and the given iterable have a null intersection.")
	DictKeysType.Dict["isdisjoint"] = isdisjoint
	DictItemsType.Dict["isdisjoint"] = isdisjoint
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *py.Type {
	switch v.kind {
	case viewValues:
		return DictValuesType
	case viewItems:
		return DictItemsType
	}
	return DictKeysType
}

// M__len__ returns len(self).
func (v *DictView) M__len__() (py.Object, error) { return py.Int(v.d.used), nil }

// M__bool__ reports whether the dict is not empty.
func (v *DictView) M__bool__() (py.Object, error) { return py.NewBool(v.d.used > 0), nil }

// M__iter__ iterates the view in insertion order.
func (v *DictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind, false), nil }

// M__reversed__ iterates the view, last first.
func (v *DictView) M__reversed__() (py.Object, error) { return newDictIter(v.d, v.kind, true), nil }

// M__contains__ returns x in self.
func (v *DictView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case viewKeys:
		return v.d.M__contains__(x)
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.False, nil
		}
		val, found, err := v.d.Get(t[0])
		if err != nil || !found {
			return py.False, err
		}
		eq, err := vm.Eq(val, t[1])
		return py.NewBool(eq), err
	}
	for _, val := range v.d.Values() {
		eq, err := vm.Eq(val, x)
		if err != nil || eq {
			return py.NewBool(eq), err
		}
	}
	return py.False, nil
}

// M__repr__ returns e.g. dict_keys(['a', 'b']).
func (v *DictView) M__repr__() (py.Object, error) {
	var sb strings.Builder
	sb.WriteString(v.Type().Name)
	sb.WriteString("([")
	it := newDictIter(v.d, v.kind, false)
	for i := 0; ; i++ {
		x, err := it.M__next__()
		if err != nil {
			if isStop(err) {
				break
			}
			return nil, err
		}
		if i > 0 {
			sb.WriteString(", ")
		}
		r, err := pyformat.Repr(x)
		if err != nil {
			return nil, err
		}
		sb.WriteString(r)
	}
	sb.WriteString("])")
	return py.String(sb.String()), nil
}

// toSet returns the view's elements as a set.
func (v *DictView) toSet() (*Set, error) { return NewSetFromIterable(v) }

// setLike reports whether v supports the set operators (keys and items do, values do not).
func (v *DictView) setLike() bool { return v.kind != viewValues }

// viewOperand returns o as a set when o is a set-like view; other operands pass through.
func viewOperand(o py.Object) (py.Object, error) {
	if w, ok := o.(*DictView); ok && w.setLike() {
		return w.toSet()
	}
	return o, nil
}

// viewBinary computes self OP other as set(self) OP other (swapped for reflected operators),
// accepting any iterable as the other operand as CPython's views do.
func (v *DictView) viewBinary(other py.Object, swapped bool, op func(anySet, py.Object) (anySet, error)) (py.Object, error) {
	if !v.setLike() {
		return py.NotImplemented, nil
	}
	if _, err := vm.Iter(other); err != nil {
		return py.NotImplemented, nil
	}
	self, err := v.toSet()
	if err != nil {
		return nil, err
	}
	if !swapped {
		o, err := viewOperand(other)
		if err != nil {
			return nil, err
		}
		return result(op(self, o))
	}
	left, err := NewSetFromIterable(other)
	if err != nil {
		return nil, err
	}
	return result(op(left, self))
}

// M__and__ returns set(self) & other.
func (v *DictView) M__and__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, false, intersection)
}

// M__rand__ returns other & set(self).
func (v *DictView) M__rand__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, true, intersection)
}

// M__or__ returns set(self) | other.
func (v *DictView) M__or__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, false, orOp)
}

// M__ror__ returns other | set(self).
func (v *DictView) M__ror__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, true, orOp)
}

// M__sub__ returns set(self) - other.
func (v *DictView) M__sub__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, false, subOp)
}

// M__rsub__ returns other - set(self).
func (v *DictView) M__rsub__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, true, subOp)
}

// M__xor__ returns set(self) ^ other.
func (v *DictView) M__xor__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, false, symmetricDifference)
}

// M__rxor__ returns other ^ set(self).
func (v *DictView) M__rxor__(other py.Object) (py.Object, error) {
	return v.viewBinary(other, true, symmetricDifference)
}

// M__eq__ compares a set-like view with a set or another view as sets; values views only
// equal themselves.
func (v *DictView) M__eq__(other py.Object) (py.Object, error) {
	if !v.setLike() {
		return py.NotImplemented, nil
	}
	switch o := other.(type) {
	case anySet:
	case *DictView:
		if !o.setLike() {
			return py.NotImplemented, nil
		}
	default:
		return py.NotImplemented, nil
	}
	self, err := v.toSet()
	if err != nil {
		return nil, err
	}
	o, err := viewOperand(other)
	if err != nil {
		return nil, err
	}
	return compareSets(opEq, self, o)
}

// M__ne__ returns self != other.
func (v *DictView) M__ne__(other py.Object) (py.Object, error) {
	res, err := v.M__eq__(other)
	if err != nil || res == py.NotImplemented {
		return res, err
	}
	return py.NewBool(res == py.False), nil
}
