package pycoll

import (
	"github.com/go-python/gpython/py"
)

func init() {
	shared := map[string]*py.Method{
		"copy": py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
			s := self.(anySet)
			if fs, ok := s.(*FrozenSet); ok {
				return fs, nil
			}
			return copyOf(s, s.table()), nil
		}, 0, "Return a shallow copy of a set."),
		"union": py.MustNewMethod("union", func(self py.Object, args py.Tuple) (py.Object, error) {
			return result(union(self.(anySet), args))
		}, 0, "Return the union of sets as a new set."),
		"intersection": py.MustNewMethod("intersection", func(self py.Object, args py.Tuple) (py.Object, error) {
			return result(intersectionMulti(self.(anySet), args))
		}, 0, "Return the intersection of two sets as a new set."),
		"difference": py.MustNewMethod("difference", func(self py.Object, args py.Tuple) (py.Object, error) {
			return result(differenceMulti(self.(anySet), args))
		}, 0, "Return the difference of two or more sets as a new set."),
		"symmetric_difference": py.MustNewMethod("symmetric_difference", func(self, other py.Object) (py.Object, error) {
			return result(symmetricDifference(self.(anySet), other))
		}, 0, "Return the symmetric difference of two sets as a new set."),
		"isdisjoint": py.MustNewMethod("isdisjoint", func(self, other py.Object) (py.Object, error) {
			ok, err := isdisjoint(self.(anySet), other)
			return py.NewBool(ok), err
		}, 0, "Return True if two sets have a null intersection."),
		"issubset": py.MustNewMethod("issubset", func(self, other py.Object) (py.Object, error) {
			o, err := toTable(other)
			if err != nil {
				return nil, err
			}
			ok, err := issubset(self.(anySet).table(), o)
			return py.NewBool(ok), err
		}, 0, "Report whether another set contains this set."),
		"issuperset": py.MustNewMethod("issuperset", func(self, other py.Object) (py.Object, error) {
			o, err := toTable(other)
			if err != nil {
				return nil, err
			}
			ok, err := issubset(o, self.(anySet).table())
			return py.NewBool(ok), err
		}, 0, "Report whether this set contains another set."),
	}
	for name, m := range shared {
		SetType.Dict[name] = m
		FrozenSetType.Dict[name] = m
	}
	own := map[string]*py.Method{
		"add": py.MustNewMethod("add", func(self, x py.Object) (py.Object, error) {
			return py.None, self.(*Set).Add(x)
		}, 0, "Add an element to a set.\n\nThis has no effect if the element is already present."),
		"clear": py.MustNewMethod("clear", func(self py.Object) (py.Object, error) {
			self.(*Set).clear()
			return py.None, nil
		}, 0, "Remove all elements from this set."),
		"discard": py.MustNewMethod("discard", func(self, x py.Object) (py.Object, error) {
			_, err := self.(*Set).remove(x)
			return py.None, err
		}, 0, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."),
		"remove": py.MustNewMethod("remove", func(self, x py.Object) (py.Object, error) {
			found, err := self.(*Set).remove(x)
			if err == nil && !found {
				err = keyError(x)
			}
			return py.None, err
		}, 0, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."),
		"pop": py.MustNewMethod("pop", func(self py.Object) (py.Object, error) {
			x, ok := self.(*Set).pop()
			if !ok {
				return nil, py.ExceptionNewf(py.KeyError, "pop from an empty set")
			}
			return x, nil
		}, 0, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."),
		"update": py.MustNewMethod("update", func(self py.Object, args py.Tuple) (py.Object, error) {
			s := self.(*Set)
			for _, o := range args {
				if err := updateFrom(&s.setTable, o); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		}, 0, "Update a set with the union of itself and others."),
		"intersection_update": py.MustNewMethod("intersection_update", func(self py.Object, args py.Tuple) (py.Object, error) {
			s := self.(*Set)
			res, err := intersectionMulti(s, args)
			if err != nil {
				return nil, err
			}
			s.setTable = *res.table()
			return py.None, nil
		}, 0, "Update a set with the intersection of itself and another."),
		"difference_update": py.MustNewMethod("difference_update", func(self py.Object, args py.Tuple) (py.Object, error) {
			s := self.(*Set)
			for _, o := range args {
				if err := differenceUpdate(&s.setTable, o); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		}, 0, "Remove all elements of another set from this set."),
		"symmetric_difference_update": py.MustNewMethod("symmetric_difference_update", func(self, other py.Object) (py.Object, error) {
			return py.None, symmetricDifferenceUpdate(&self.(*Set).setTable, other)
		}, 0, "Update a set with the symmetric difference of itself and another."),
	}
	for name, m := range own {
		SetType.Dict[name] = m
	}
}

func result(s anySet, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return s, nil
}

// remove discards x, reporting whether it was there.
func (s *Set) remove(x py.Object) (bool, error) {
	h, err := elementHash(x)
	if err != nil {
		return false, err
	}
	return s.discard(x, h)
}

func keyError(key py.Object) error {
	e, err := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// Operators shared by set and frozenset; the result has the left operand's type.

func binarySet(self, other py.Object, op func(anySet, py.Object) (anySet, error)) (py.Object, error) {
	if _, ok := other.(anySet); !ok {
		return py.NotImplemented, nil
	}
	return result(op(self.(anySet), other))
}

func orOp(s anySet, o py.Object) (anySet, error)  { return union(s, py.Tuple{o}) }
func subOp(s anySet, o py.Object) (anySet, error) { return difference(s, o) }

func compareSets(op int, self, other py.Object) (py.Object, error) {
	o, ok := other.(anySet)
	if !ok {
		return py.NotImplemented, nil
	}
	a, b := self.(anySet).table(), o.table()
	var res bool
	var err error
	switch op {
	case opEq, opNe:
		if a.used == b.used {
			res, err = issubset(a, b)
		}
		if op == opNe {
			res = !res
		}
	case opLe:
		res, err = issubset(a, b)
	case opLt:
		res = a.used < b.used
		if res {
			res, err = issubset(a, b)
		}
	case opGe:
		res, err = issubset(b, a)
	case opGt:
		res = a.used > b.used
		if res {
			res, err = issubset(b, a)
		}
	}
	return py.NewBool(res), err
}

const (
	opLt = iota
	opLe
	opEq
	opNe
	opGt
	opGe
)

// M__or__ returns self | other.
func (s *Set) M__or__(other py.Object) (py.Object, error) { return binarySet(s, other, orOp) }

// M__and__ returns self & other.
func (s *Set) M__and__(other py.Object) (py.Object, error) {
	return binarySet(s, other, intersection)
}

// M__sub__ returns self - other.
func (s *Set) M__sub__(other py.Object) (py.Object, error) { return binarySet(s, other, subOp) }

// M__xor__ returns self ^ other.
func (s *Set) M__xor__(other py.Object) (py.Object, error) {
	return binarySet(s, other, symmetricDifference)
}

// M__ior__ does self |= other.
func (s *Set) M__ior__(other py.Object) (py.Object, error) {
	if _, ok := other.(anySet); !ok {
		return py.NotImplemented, nil
	}
	return s, updateFrom(&s.setTable, other)
}

// M__iand__ does self &= other.
func (s *Set) M__iand__(other py.Object) (py.Object, error) {
	if _, ok := other.(anySet); !ok {
		return py.NotImplemented, nil
	}
	res, err := intersection(s, other)
	if err != nil {
		return nil, err
	}
	s.setTable = *res.table()
	return s, nil
}

// M__isub__ does self -= other.
func (s *Set) M__isub__(other py.Object) (py.Object, error) {
	if _, ok := other.(anySet); !ok {
		return py.NotImplemented, nil
	}
	return s, differenceUpdate(&s.setTable, other)
}

// M__ixor__ does self ^= other.
func (s *Set) M__ixor__(other py.Object) (py.Object, error) {
	if _, ok := other.(anySet); !ok {
		return py.NotImplemented, nil
	}
	return s, symmetricDifferenceUpdate(&s.setTable, other)
}

// M__or__ returns self | other.
func (s *FrozenSet) M__or__(other py.Object) (py.Object, error) { return binarySet(s, other, orOp) }

// M__and__ returns self & other.
func (s *FrozenSet) M__and__(other py.Object) (py.Object, error) {
	return binarySet(s, other, intersection)
}

// M__sub__ returns self - other.
func (s *FrozenSet) M__sub__(other py.Object) (py.Object, error) {
	return binarySet(s, other, subOp)
}

// M__xor__ returns self ^ other.
func (s *FrozenSet) M__xor__(other py.Object) (py.Object, error) {
	return binarySet(s, other, symmetricDifference)
}

// Comparisons: subset and superset tests; == holds across set and frozenset.

// M__eq__ returns self == other.
func (s *Set) M__eq__(other py.Object) (py.Object, error) { return compareSets(opEq, s, other) }

// M__ne__ returns self != other.
func (s *Set) M__ne__(other py.Object) (py.Object, error) { return compareSets(opNe, s, other) }

// M__lt__ returns self < other.
func (s *Set) M__lt__(other py.Object) (py.Object, error) { return compareSets(opLt, s, other) }

// M__le__ returns self <= other.
func (s *Set) M__le__(other py.Object) (py.Object, error) { return compareSets(opLe, s, other) }

// M__gt__ returns self > other.
func (s *Set) M__gt__(other py.Object) (py.Object, error) { return compareSets(opGt, s, other) }

// M__ge__ returns self >= other.
func (s *Set) M__ge__(other py.Object) (py.Object, error) { return compareSets(opGe, s, other) }

// M__eq__ returns self == other.
func (s *FrozenSet) M__eq__(other py.Object) (py.Object, error) {
	return compareSets(opEq, s, other)
}

// M__ne__ returns self != other.
func (s *FrozenSet) M__ne__(other py.Object) (py.Object, error) {
	return compareSets(opNe, s, other)
}

// M__lt__ returns self < other.
func (s *FrozenSet) M__lt__(other py.Object) (py.Object, error) {
	return compareSets(opLt, s, other)
}

// M__le__ returns self <= other.
func (s *FrozenSet) M__le__(other py.Object) (py.Object, error) {
	return compareSets(opLe, s, other)
}

// M__gt__ returns self > other.
func (s *FrozenSet) M__gt__(other py.Object) (py.Object, error) {
	return compareSets(opGt, s, other)
}

// M__ge__ returns self >= other.
func (s *FrozenSet) M__ge__(other py.Object) (py.Object, error) {
	return compareSets(opGe, s, other)
}

// M__hash__ returns hash(self).
func (s *FrozenSet) M__hash__() (py.Object, error) { return py.Int(s.hash()), nil }

// Container protocol.

// M__len__ returns len(self).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.used), nil }

// M__len__ returns len(self).
func (s *FrozenSet) M__len__() (py.Object, error) { return py.Int(s.used), nil }

// M__bool__ reports whether the set is not empty.
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.used > 0), nil }

// M__bool__ reports whether the set is not empty.
func (s *FrozenSet) M__bool__() (py.Object, error) { return py.NewBool(s.used > 0), nil }

// M__contains__ returns x in self.
func (s *Set) M__contains__(x py.Object) (py.Object, error) {
	ok, err := s.Contains(x)
	return py.NewBool(ok), err
}

// M__contains__ returns x in self.
func (s *FrozenSet) M__contains__(x py.Object) (py.Object, error) {
	ok, err := s.Contains(x)
	return py.NewBool(ok), err
}

// M__iter__ returns iter(self).
func (s *Set) M__iter__() (py.Object, error) { return newSetIter(&s.setTable), nil }

// M__iter__ returns iter(self).
func (s *FrozenSet) M__iter__() (py.Object, error) { return newSetIter(&s.setTable), nil }

// M__repr__ returns repr(self).
func (s *Set) M__repr__() (py.Object, error) { return setRepr(s) }

// M__repr__ returns repr(self).
func (s *FrozenSet) M__repr__() (py.Object, error) { return setRepr(s) }

// setIter iterates a set in table order.
type setIter struct {
	t    *setTable
	pos  int
	used int
}

var setIterType = py.NewType("set_iterator", "")

func newSetIter(t *setTable) *setIter { return &setIter{t: t, used: t.used} }

// Type returns set_iterator.
func (it *setIter) Type() *py.Type { return setIterType }

// M__iter__ returns the iterator itself.
func (it *setIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element.
func (it *setIter) M__next__() (py.Object, error) {
	if it.t == nil {
		return nil, py.StopIteration
	}
	if it.t.used != it.used {
		it.used = -1
		return nil, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.t.slots) {
		k := it.t.slots[it.pos].key
		it.pos++
		if k != nil && k != dummy {
			return k, nil
		}
	}
	it.t = nil
	return nil, py.StopIteration
}
