package pystr

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// TransTableType is the Python type of the tables str.maketrans returns.
// It is named "dict" because that is what CPython returns; gpython's own
// dict cannot hold the int keys.
var TransTableType = py.ObjectType.NewType("dict", "Translation table from str.maketrans: a read-only mapping of code points.", nil, nil)

// TransTable is a read-only mapping from code points (int keys) to
// replacements (int, str or None), kept in insertion order.
type TransTable struct {
	keys  []rune
	vals  []py.Object
	index map[rune]int
}

// NewTransTable returns an empty TransTable.
func NewTransTable() *TransTable { return &TransTable{index: map[rune]int{}} }

// Set adds or replaces the mapping for code point k.
func (t *TransTable) Set(k rune, v py.Object) {
	if i, ok := t.index[k]; ok {
		t.vals[i] = v
		return
	}
	t.index[k] = len(t.keys)
	t.keys = append(t.keys, k)
	t.vals = append(t.vals, v)
}

// Get returns the mapping for code point k.
func (t *TransTable) Get(k rune) (py.Object, bool) {
	i, ok := t.index[k]
	if !ok {
		return nil, false
	}
	return t.vals[i], true
}

// Len is the number of entries.
func (t *TransTable) Len() int { return len(t.keys) }

// Entry returns the i-th key and value in insertion order.
func (t *TransTable) Entry(i int) (rune, py.Object) { return t.keys[i], t.vals[i] }

// Type returns TransTableType.
func (t *TransTable) Type() *py.Type { return TransTableType }

func tableKey(key py.Object) (rune, bool) {
	switch k := key.(type) {
	case py.Int:
		return rune(k), int64(k) == int64(rune(k))
	case py.Bool:
		if k {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// M__getitem__ looks a code point up; a missing key raises KeyError.
func (t *TransTable) M__getitem__(key py.Object) (py.Object, error) {
	if k, ok := tableKey(key); ok {
		if v, ok := t.Get(k); ok {
			return v, nil
		}
	}
	exc, _ := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	return nil, exc.(error)
}

// M__len__ returns the number of entries.
func (t *TransTable) M__len__() (py.Object, error) { return py.Int(len(t.keys)), nil }

// M__contains__ tests for a key.
func (t *TransTable) M__contains__(key py.Object) (py.Object, error) {
	k, ok := tableKey(key)
	if ok {
		_, ok = t.index[k]
	}
	return py.Bool(ok), nil
}

func (t *TransTable) keyTuple() py.Tuple {
	keys := make(py.Tuple, len(t.keys))
	for i, k := range t.keys {
		keys[i] = py.Int(k)
	}
	return keys
}

// M__iter__ iterates over the keys.
func (t *TransTable) M__iter__() (py.Object, error) { return py.NewIterator(t.keyTuple()), nil }

// M__repr__ prints the table as CPython prints the dict.
func (t *TransTable) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range t.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		v, err := py.ReprAsString(t.vals[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(strconv.Itoa(int(k)))
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return py.String(b.String()), nil
}

// M__str__ is the same as repr.
func (t *TransTable) M__str__() (py.Object, error) { return t.M__repr__() }

// M__eq__ compares two tables entry by entry.
func (t *TransTable) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*TransTable)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(o.keys) != len(t.keys) {
		return py.False, nil
	}
	for i, k := range t.keys {
		v, ok := o.Get(k)
		if !ok {
			return py.False, nil
		}
		eq, err := py.Eq(t.vals[i], v)
		if err != nil || eq != py.True {
			return py.False, err
		}
	}
	return py.True, nil
}

// M__ne__ is the negation of M__eq__.
func (t *TransTable) M__ne__(other py.Object) (py.Object, error) {
	eq, err := t.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.Bool(eq != py.True), nil
}

func init() {
	self := func(o py.Object) *TransTable { return o.(*TransTable) }
	TransTableType.Dict["keys"] = py.MustNewMethod("keys", func(o py.Object) (py.Object, error) {
		return py.NewListFromItems(self(o).keyTuple()), nil
	}, 0, "Return the keys.")
	TransTableType.Dict["values"] = py.MustNewMethod("values", func(o py.Object) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object(nil), self(o).vals...)), nil
	}, 0, "Return the values.")
	TransTableType.Dict["items"] = py.MustNewMethod("items", func(o py.Object) (py.Object, error) {
		t := self(o)
		items := make([]py.Object, len(t.keys))
		for i, k := range t.keys {
			items[i] = py.Tuple{py.Int(k), t.vals[i]}
		}
		return py.NewListFromItems(items), nil
	}, 0, "Return the (key, value) pairs.")
	TransTableType.Dict["get"] = py.MustNewMethod("get", func(o py.Object, args py.Tuple) (py.Object, error) {
		var key, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		if k, ok := tableKey(key); ok {
			if v, ok := self(o).Get(k); ok {
				return v, nil
			}
		}
		return def, nil
	}, 0, "Return the value for key if key is in the table, else default.")
}

// makeTrans implements str.maketrans(x[, y[, z]]).
func makeTrans(a []py.Object) (py.Object, error) {
	t := NewTransTable()
	if a[1] == nil {
		return makeTransDict(t, a[0])
	}
	var strs [3]string
	for i := 0; i < 3 && a[i] != nil; i++ {
		s, ok := a[i].(py.String)
		if !ok && i == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "first maketrans argument must be a string if there is a second argument")
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument %d must be str, not %s", i+1, ArgTypeName(a[i]))
		}
		strs[i] = string(s)
	}
	x, y := []rune(strs[0]), []rune(strs[1])
	if len(x) != len(y) {
		return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	for i, r := range x {
		t.Set(r, py.Int(y[i]))
	}
	for _, r := range strs[2] {
		t.Set(r, py.None)
	}
	return t, nil
}

func makeTransDict(t *TransTable, x py.Object) (py.Object, error) {
	switch d := x.(type) {
	case *TransTable:
		for i, k := range d.keys {
			t.Set(k, d.vals[i])
		}
		return t, nil
	case py.StringDict:
		// gpython dicts are unordered; sort for a stable result.
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if utf8.RuneCountInString(k) != 1 {
				return nil, py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
			}
			r, _ := utf8.DecodeRuneInString(k)
			t.Set(r, d[k])
		}
		return t, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
}

// strTranslate implements str.translate(table).
func strTranslate(s string, a []py.Object) (py.Object, error) {
	table := a[0]
	tt, _ := table.(*TransTable)
	cache := map[rune]string{}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(s[i])
			i++
			continue
		}
		i += size
		if out, ok := cache[r]; ok {
			b.WriteString(out)
			continue
		}
		var v py.Object
		var found bool
		if tt != nil {
			v, found = tt.Get(r)
		} else {
			var err error
			v, err = py.GetItem(table, py.Int(r))
			if err != nil {
				if !py.IsException(py.LookupError, err) {
					return nil, err
				}
			} else {
				found = true
			}
		}
		out := string(r)
		if found {
			var err error
			if out, err = translation(v); err != nil {
				return nil, err
			}
		}
		cache[r] = out
		b.WriteString(out)
	}
	return py.String(b.String()), nil
}

// translation converts a table value to its replacement text.
func translation(v py.Object) (string, error) {
	switch x := v.(type) {
	case py.NoneType:
		return "", nil
	case py.String:
		return string(x), nil
	case py.Int, py.Bool, *py.BigInt:
		n, err := AsInt(x)
		if err != nil || n < 0 || n > 0x10FFFF {
			return "", py.ExceptionNewf(py.ValueError, "character mapping must be in range(0x110000)")
		}
		return string(rune(n)), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
}
