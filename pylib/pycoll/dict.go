package pycoll

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// Dict is CPython's dict: an insertion-ordered hash map from any hashable key to a value.
//
// Entries live in a slice in insertion order; a deleted entry stays as a tombstone (nil key)
// until compaction. str keys, by far the most common, are indexed by a Go map from the string
// itself, so their lookups never compute a Python hash or call into Python. Other keys are
// indexed by their Python hash, each index slot heading a chain of entries with that hash.
type Dict struct {
	entries []entry
	strIdx  map[string]int32
	hashIdx map[int64]int32
	used    int
	// layout counts compactions, which move entries; iterators check it.
	layout int
}

type entry struct {
	key, value py.Object // key is nil for a deleted entry
	hash       int64     // Python hash; unused for str keys
	next       int32     // next entry with the same hash (non-str keys), -1 at the end
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty dict with room for n items.
func NewDictSized(n int) *Dict {
	if n <= 0 {
		return &Dict{}
	}
	return &Dict{entries: make([]entry, 0, n)}
}

// NewDictFromStringDict returns a dict holding the items of a gpython dict, in a namespace's
// binding order (else sorted, see vm.NSKeys).
func NewDictFromStringDict(sd py.StringDict) *Dict {
	d := NewDictSized(len(sd))
	for _, k := range sortedKeys(sd) {
		d.SetStr(k, sd[k])
	}
	return d
}

// Type returns dict.
func (d *Dict) Type() *py.Type { return DictType }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// find returns the index of key's entry, or -1.
func (d *Dict) find(key py.Object) (int, int64, error) {
	if s, ok := strKey(key); ok {
		if i, ok := d.strIdx[s]; ok {
			return int(i), 0, nil
		}
		return -1, 0, nil
	}
	h, err := Hash(key)
	if err != nil {
		return -1, 0, err
	}
	i, err := d.findHashed(key, h)
	return i, h, err
}

func (d *Dict) findHashed(key py.Object, h int64) (int, error) {
	i, ok := d.hashIdx[h]
	if !ok {
		return -1, nil
	}
	layout := d.layout
	for ; i >= 0; i = d.entries[i].next {
		e := &d.entries[i]
		if e.key == nil {
			continue
		}
		eq, err := keysEqual(e.key, key)
		if err != nil {
			return -1, err
		}
		if layout != d.layout {
			return d.findHashed(key, h) // __eq__ compacted the dict: start again
		}
		if eq {
			return int(i), nil
		}
	}
	return -1, nil
}

// Get returns d[key] and whether it is there; an unhashable key is an error.
func (d *Dict) Get(key py.Object) (py.Object, bool, error) {
	i, _, err := d.find(key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// GetStr returns d[key] for a str key.
func (d *Dict) GetStr(key string) (py.Object, bool) {
	if i, ok := d.strIdx[key]; ok {
		return d.entries[i].value, true
	}
	return nil, false
}

// Set does d[key] = value.
func (d *Dict) Set(key, value py.Object) error {
	if s, ok := strKey(key); ok {
		d.setStrKey(s, key, value)
		return nil
	}
	h, err := Hash(key)
	if err != nil {
		return err
	}
	i, err := d.findHashed(key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = value
		return nil
	}
	d.appendHashed(key, value, h)
	return nil
}

// SetStr does d[key] = value for a str key.
func (d *Dict) SetStr(key string, value py.Object) {
	d.setStrKey(key, py.String(key), value)
}

// setStrKey does d[obj] = value for a key strKey accepts (s is its text); a new entry keeps
// obj, which may be an instance of a str subclass.
func (d *Dict) setStrKey(s string, obj, value py.Object) {
	if i, ok := d.strIdx[s]; ok {
		d.entries[i].value = value
		return
	}
	if d.strIdx == nil {
		d.strIdx = make(map[string]int32, cap(d.entries))
	}
	d.strIdx[s] = int32(len(d.entries))
	d.entries = append(d.entries, entry{key: obj, value: value, next: -1})
	d.used++
}

// strKey returns the text of a key that the str index holds: a str, or an instance of a str
// subclass keeping str's __hash__ and __eq__ (so that it finds, and is found by, equal strs).
func strKey(key py.Object) (string, bool) {
	switch k := key.(type) {
	case py.String:
		return string(k), true
	case *vm.Instance:
		if s, ok := k.BuiltinValue().(py.String); ok && k.PyOverride("__hash__") == nil && k.PyOverride("__eq__") == nil {
			return string(s), true
		}
	}
	return "", false
}

func (d *Dict) appendHashed(key, value py.Object, h int64) {
	if d.hashIdx == nil {
		d.hashIdx = make(map[int64]int32)
	}
	next := int32(-1)
	if head, ok := d.hashIdx[h]; ok {
		next = head
	}
	d.hashIdx[h] = int32(len(d.entries))
	d.entries = append(d.entries, entry{key: key, value: value, hash: h, next: next})
	d.used++
}

// Delete removes key, reporting whether it was there.
func (d *Dict) Delete(key py.Object) (py.Object, bool, error) {
	i, _, err := d.find(key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	v := d.entries[i].value
	d.removeAt(i)
	return v, true, nil
}

func (d *Dict) removeAt(i int) {
	e := &d.entries[i]
	if s, ok := strKey(e.key); ok {
		delete(d.strIdx, s)
	}
	e.key, e.value = nil, nil
	d.used--
	if d.used == 0 {
		d.Clear()
		return
	}
	if dead := len(d.entries) - d.used; dead > 16 && dead > d.used {
		d.compact()
	}
}

// compact drops tombstones and rebuilds the indexes.
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]entry, 0, d.used+d.used/2)
	d.strIdx, d.hashIdx = nil, nil
	d.used = 0
	for _, e := range old {
		if e.key == nil {
			continue
		}
		if s, ok := strKey(e.key); ok {
			d.setStrKey(s, e.key, e.value)
		} else {
			d.appendHashed(e.key, e.value, e.hash)
		}
	}
	d.layout++
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.strIdx, d.hashIdx = nil, nil
	d.used = 0
	d.layout++
}

// Items returns the (key, value) pairs in insertion order.
func (d *Dict) Items() [][2]py.Object {
	out := make([][2]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, [2]py.Object{e.key, e.value})
		}
	}
	return out
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []py.Object {
	out := make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []py.Object {
	out := make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.value)
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := NewDictSized(d.used)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		if s, ok := strKey(e.key); ok {
			c.setStrKey(s, e.key, e.value)
		} else {
			c.appendHashed(e.key, e.value, e.hash)
		}
	}
	return c
}

// StringDict converts d for a call's **kwargs; a key that is not a str is a TypeError.
func (d *Dict) StringDict() (py.StringDict, error) {
	sd := make(py.StringDict, d.used)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		s, ok := strKey(e.key)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		sd[s] = e.value
	}
	return sd, nil
}

// mergeFrom copies src's items into d (dict.update(other_dict)).
func (d *Dict) mergeFrom(src *Dict) error {
	if src == d {
		return nil
	}
	for i := 0; i < len(src.entries); i++ {
		e := src.entries[i]
		if e.key == nil {
			continue
		}
		if s, ok := strKey(e.key); ok {
			d.setStrKey(s, e.key, e.value)
			continue
		}
		j, err := d.findHashed(e.key, e.hash)
		if err != nil {
			return err
		}
		if j >= 0 {
			d.entries[j].value = e.value
		} else {
			d.appendHashed(e.key, e.value, e.hash)
		}
	}
	return nil
}

// popLast removes and returns the last item (dict.popitem).
func (d *Dict) popLast() (key, value py.Object, ok bool) {
	i := len(d.entries) - 1
	for i >= 0 && d.entries[i].key == nil {
		i--
	}
	if i < 0 {
		return nil, nil, false
	}
	e := d.entries[i]
	if s, isStr := strKey(e.key); isStr {
		delete(d.strIdx, s)
	} else if d.hashIdx[e.hash] == int32(i) { // the newest entry heads its chain
		if e.next >= 0 {
			d.hashIdx[e.hash] = e.next
		} else {
			delete(d.hashIdx, e.hash)
		}
	}
	clear(d.entries[i:])
	d.entries = d.entries[:i]
	d.used--
	if d.used == 0 {
		d.Clear()
	}
	return e.key, e.value, true
}
