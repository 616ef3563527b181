package pycoll

import (
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

// Set is CPython's set: a mutable, unordered collection of hashable objects.
type Set struct{ setTable }

// FrozenSet is CPython's frozenset: an immutable, hashable set.
type FrozenSet struct {
	setTable
	hashed bool
	h      int64
}

// SetType and FrozenSetType are the Python types set and frozenset.
var (
	SetType       = py.NewTypeX("set", "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.", setNew, nil)
	FrozenSetType = py.NewTypeX("frozenset", "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.", frozenSetNew, nil)
)

// Type returns set.
func (s *Set) Type() *py.Type { return SetType }

// Type returns frozenset.
func (s *FrozenSet) Type() *py.Type { return FrozenSetType }

// anySet is implemented by *Set and *FrozenSet.
type anySet interface {
	py.Object
	table() *setTable
	// empty returns a new empty set of the same kind.
	empty() anySet
}

func (s *Set) table() *setTable       { return &s.setTable }
func (s *FrozenSet) table() *setTable { return &s.setTable }
func (s *Set) empty() anySet          { return NewSet() }
func (s *FrozenSet) empty() anySet    { return NewFrozenSet() }

// NewSet returns an empty set.
func NewSet() *Set {
	s := &Set{}
	s.init()
	return s
}

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *FrozenSet {
	s := &FrozenSet{}
	s.init()
	return s
}

// NewSetFromItems returns a set of items, added in order as a set display does.
func NewSetFromItems(items []py.Object) (*Set, error) {
	s := NewSet()
	for _, x := range items {
		if err := s.Add(x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// NewSetFromConstants returns the set of a display whose items are all constants, built as
// CPython 3.11 builds it, which fixes its iteration order: the compiler folds the items into a
// frozenset, rebuilds that frozenset from its own iteration when it de-duplicates constants, and
// the new set then absorbs the result.
func NewSetFromConstants(items []py.Object) (*Set, error) {
	if len(items) <= 2 {
		return NewSetFromItems(items)
	}
	var folded setTable
	folded.init()
	for _, x := range items {
		h, err := Hash(x)
		if err != nil {
			return nil, err
		}
		if _, err := folded.add(x, h); err != nil {
			return nil, err
		}
	}
	var merged setTable
	merged.init()
	for _, sl := range folded.slots {
		if sl.key != nil && sl.key != dummy {
			if _, err := merged.add(sl.key, sl.hash); err != nil {
				return nil, err
			}
		}
	}
	s := NewSet()
	return s, s.merge(&merged)
}

// NewSetFromIterable returns set(iterable).
func NewSetFromIterable(iterable py.Object) (*Set, error) {
	s := NewSet()
	return s, updateFrom(&s.setTable, iterable)
}

// Add adds x to the set (set.add).
func (s *Set) Add(x py.Object) error {
	h, err := Hash(x)
	if err != nil {
		return err
	}
	_, err = s.add(x, h)
	return err
}

// Len returns the number of elements.
func (t *setTable) Len() int { return t.used }

// Contains reports whether x is in the set; an unhashable set is looked up as a frozenset.
func (t *setTable) Contains(x py.Object) (bool, error) {
	h, err := elementHash(x)
	if err != nil {
		return false, err
	}
	j, err := t.lookup(x, h)
	return j >= 0, err
}

// Items returns the elements in iteration order.
func (t *setTable) Items() []py.Object { return t.keys() }

// elementHash hashes x for a lookup, hashing a set as the equal frozenset (as CPython does for
// `in`, remove and discard).
func elementHash(x py.Object) (int64, error) {
	if s, ok := x.(*Set); ok {
		return s.setTable.hash(), nil
	}
	return Hash(x)
}

// hash returns the frozenset's hash, computed once.
func (s *FrozenSet) hash() int64 {
	if !s.hashed {
		s.h = s.setTable.hash()
		s.hashed = true
	}
	return s.h
}

// updateFrom adds the elements of iterable (set_update_internal).
func updateFrom(t *setTable, iterable py.Object) error {
	t.init()
	switch o := iterable.(type) {
	case anySet:
		return t.merge(o.table())
	case *Dict:
		if uint64(t.fill+o.used)*5 >= t.mask()*3 {
			t.resizeFor((t.used + o.used) * 2)
		}
		for i := 0; i < len(o.entries); i++ {
			e := o.entries[i]
			if e.key == nil {
				continue
			}
			h := e.hash
			if s, ok := e.key.(py.String); ok {
				h = pynum.HashString(string(s))
			}
			if _, err := t.add(e.key, h); err != nil {
				return err
			}
		}
		return nil
	}
	return forEach(iterable, func(x py.Object) error {
		h, err := Hash(x)
		if err != nil {
			return err
		}
		_, err = t.add(x, h)
		return err
	})
}

// forEach calls fn with each item of iterable, through vm's iteration protocol.
func forEach(iterable py.Object, fn func(py.Object) error) error {
	switch o := iterable.(type) {
	case py.Tuple:
		for _, x := range o {
			if err := fn(x); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(o.Items); i++ {
			if err := fn(o.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := vm.Iter(iterable)
	if err != nil {
		return err
	}
	for {
		x, err := vm.Next(it)
		if err != nil {
			if isStop(err) {
				return nil
			}
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

func isStop(err error) bool {
	switch e := err.(type) {
	case *py.Type:
		return e == py.StopIteration
	case *py.Exception:
		return e.Base == py.StopIteration || e.Base.IsSubtype(py.StopIteration)
	}
	return py.IsException(py.StopIteration, err)
}

// toTable returns o's table if o is a set or frozenset, else a new table of o's elements.
func toTable(o py.Object) (*setTable, error) {
	if s, ok := o.(anySet); ok {
		return s.table(), nil
	}
	t := &setTable{}
	t.init()
	return t, updateFrom(t, o)
}

func setNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "set expected at most 1 argument, got %d", len(args))
	}
	s := NewSet()
	if len(args) == 1 {
		if err := updateFrom(&s.setTable, args[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func frozenSetNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		if fs, ok := args[0].(*FrozenSet); ok {
			return fs, nil
		}
	}
	s := NewFrozenSet()
	if len(args) == 1 {
		if err := updateFrom(&s.setTable, args[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// copyOf returns a new set of kind like s holding s's elements (set_copy).
func copyOf(like anySet, src *setTable) anySet {
	n := like.empty()
	_ = n.table().merge(src) // merging keys already hashed and distinct cannot fail
	return n
}

// The set algebra, as CPython computes it (which fixes the iteration order of results).

func union(s anySet, others py.Tuple) (anySet, error) {
	res := copyOf(s, s.table())
	for _, o := range others {
		if os, ok := o.(anySet); ok && os.table() == s.table() {
			continue
		}
		if err := updateFrom(res.table(), o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func intersection(s anySet, other py.Object) (anySet, error) {
	res := s.empty()
	rt := res.table()
	a := s.table()
	if o, ok := other.(anySet); ok {
		b := o.table()
		if b.used > a.used {
			a, b = b, a
		}
		for _, sl := range b.slots {
			if sl.key == nil || sl.key == dummy {
				continue
			}
			j, err := a.lookup(sl.key, sl.hash)
			if err != nil {
				return nil, err
			}
			if j >= 0 {
				if _, err := rt.add(sl.key, sl.hash); err != nil {
					return nil, err
				}
			}
		}
		return res, nil
	}
	err := forEach(other, func(x py.Object) error {
		h, err := Hash(x)
		if err != nil {
			return err
		}
		j, err := a.lookup(x, h)
		if err != nil || j < 0 {
			return err
		}
		_, err = rt.add(x, h)
		return err
	})
	return res, err
}

func intersectionMulti(s anySet, others py.Tuple) (anySet, error) {
	if len(others) == 0 {
		return copyOf(s, s.table()), nil
	}
	res := s
	for _, o := range others {
		var err error
		if res, err = intersection(res, o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func otherSize(o py.Object) (int, bool) {
	switch v := o.(type) {
	case anySet:
		return v.table().used, true
	case *Dict:
		return v.used, true
	}
	return 0, false
}

func difference(s anySet, other py.Object) (anySet, error) {
	n, ok := otherSize(other)
	if !ok || s.table().used>>2 > n {
		res := copyOf(s, s.table())
		return res, differenceUpdate(res.table(), other)
	}
	res := s.empty()
	rt := res.table()
	for _, sl := range s.table().slots {
		if sl.key == nil || sl.key == dummy {
			continue
		}
		var in bool
		var err error
		if d, ok := other.(*Dict); ok {
			_, in, err = d.Get(sl.key)
		} else {
			var j int
			j, err = other.(anySet).table().lookup(sl.key, sl.hash)
			in = j >= 0
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if _, err := rt.add(sl.key, sl.hash); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

func differenceMulti(s anySet, others py.Tuple) (anySet, error) {
	if len(others) == 0 {
		return copyOf(s, s.table()), nil
	}
	res, err := difference(s, others[0])
	if err != nil {
		return nil, err
	}
	for _, o := range others[1:] {
		if err := differenceUpdate(res.table(), o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// differenceUpdate removes the elements of other from t (set_difference_update_internal).
func differenceUpdate(t *setTable, other py.Object) error {
	if o, ok := other.(anySet); ok {
		if o.table() == t {
			t.clear()
			return nil
		}
		for _, sl := range o.table().slots {
			if sl.key == nil || sl.key == dummy {
				continue
			}
			if _, err := t.discard(sl.key, sl.hash); err != nil {
				return err
			}
		}
	} else {
		err := forEach(other, func(x py.Object) error {
			h, err := Hash(x)
			if err != nil {
				return err
			}
			_, err = t.discard(x, h)
			return err
		})
		if err != nil {
			return err
		}
	}
	if t.fill-t.used > (len(t.slots)-1)/4 {
		t.resizeFor(t.growth())
	}
	return nil
}

// symmetricDifferenceUpdate toggles the elements of other in t.
func symmetricDifferenceUpdate(t *setTable, other py.Object) error {
	o, err := toTable(other)
	if err != nil {
		return err
	}
	if o == t {
		t.clear()
		return nil
	}
	for _, sl := range o.slots {
		if sl.key == nil || sl.key == dummy {
			continue
		}
		found, err := t.discard(sl.key, sl.hash)
		if err != nil {
			return err
		}
		if !found {
			if _, err := t.add(sl.key, sl.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func symmetricDifference(s anySet, other py.Object) (anySet, error) {
	res := s.empty()
	if err := updateFrom(res.table(), other); err != nil {
		return nil, err
	}
	return res, symmetricDifferenceUpdate(res.table(), s)
}

// issubset reports whether every element of a is in b.
func issubset(a, b *setTable) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, sl := range a.slots {
		if sl.key == nil || sl.key == dummy {
			continue
		}
		j, err := b.lookup(sl.key, sl.hash)
		if err != nil || j < 0 {
			return false, err
		}
	}
	return true, nil
}

func isdisjoint(s anySet, other py.Object) (bool, error) {
	a := s.table()
	if o, ok := other.(anySet); ok {
		b := o.table()
		if b.used > a.used {
			a, b = b, a
		}
		for _, sl := range b.slots {
			if sl.key == nil || sl.key == dummy {
				continue
			}
			j, err := a.lookup(sl.key, sl.hash)
			if err != nil || j >= 0 {
				return false, err
			}
		}
		return true, nil
	}
	disjoint := true
	errFound := py.ExceptionNewf(py.StopIteration, "")
	err := forEach(other, func(x py.Object) error {
		h, err := Hash(x)
		if err != nil {
			return err
		}
		j, err := a.lookup(x, h)
		if err != nil {
			return err
		}
		if j >= 0 {
			disjoint = false
			return errFound
		}
		return nil
	})
	if !disjoint {
		return false, nil
	}
	return true, err
}

// setRepr formats a set or frozenset as CPython does.
func setRepr(s anySet) (py.Object, error) {
	t := s.table()
	_, frozen := s.(*FrozenSet)
	if t.used == 0 {
		return py.String(s.Type().Name + "()"), nil
	}
	var sb strings.Builder
	if frozen {
		sb.WriteString("frozenset(")
	}
	sb.WriteByte('{')
	for i, k := range t.keys() {
		if i > 0 {
			sb.WriteString(", ")
		}
		r, err := pyformat.Repr(k)
		if err != nil {
			return nil, err
		}
		sb.WriteString(r)
	}
	sb.WriteByte('}')
	if frozen {
		sb.WriteByte(')')
	}
	return py.String(sb.String()), nil
}
