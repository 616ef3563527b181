package pycoll

import (
	"github.com/go-python/gpython/py"
)

// setTable is CPython's set hash table (Objects/setobject.c), reproduced in behaviour so that
// iteration order matches CPython whenever hashes do (always for ints): open addressing with
// linear probing then perturbation, the same resize thresholds, and tombstones ("dummies").
type setTable struct {
	slots  []slot // len is a power of two, at least setMinSize
	fill   int    // active + dummy slots
	used   int    // active slots
	finger int    // where pop() resumes its search
	// version counts changes, so a lookup notices an __eq__ that mutated the set.
	version int
}

type slot struct {
	key  py.Object // nil: never used; dummy: deleted
	hash int64
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// dummyKey marks a deleted slot.
type dummyKey struct{}

var dummyType = py.NewType("<dummy key>", "deleted set slot")

func (dummyKey) Type() *py.Type { return dummyType }

var dummy py.Object = &dummyKey{}

func (t *setTable) init() {
	if t.slots == nil {
		t.slots = make([]slot, setMinSize)
	}
}

func (t *setTable) mask() uint64 { return uint64(len(t.slots) - 1) }

// lookup returns the slot holding key, or -1.
func (t *setTable) lookup(key py.Object, hash int64) (int, error) {
	t.init()
restart:
	version := t.version
	mask := t.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			s := t.slots[j]
			if s.key == nil {
				return -1, nil
			}
			if s.hash == hash && s.key != dummy {
				eq, err := keysEqual(s.key, key)
				if err != nil {
					return -1, err
				}
				if t.version != version {
					goto restart // __eq__ changed the set
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// add inserts key, reporting whether it was new. Where a new key lands decides the iteration
// order, so this follows CPython 3.11 exactly: the probe runs until an empty slot, and the key
// takes the last dummy passed on the way if there was one, else the empty slot.
func (t *setTable) add(key py.Object, hash int64) (bool, error) {
	t.init()
restart:
	version := t.version
	mask := t.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			s := t.slots[j]
			if s.key == nil && free >= 0 {
				t.slots[free] = slot{key, hash}
				t.used++
				t.version++
				return true, nil
			}
			if s.key == nil {
				t.slots[j] = slot{key, hash}
				t.fill++
				t.used++
				t.version++
				if uint64(t.fill)*5 >= mask*3 {
					t.resizeFor(t.growth())
				}
				return true, nil
			}
			if s.key == dummy {
				free = int(j)
				continue
			}
			if s.hash == hash {
				eq, err := keysEqual(s.key, key)
				if err != nil {
					return false, err
				}
				if t.version != version {
					goto restart // __eq__ changed the set
				}
				if eq {
					return false, nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *setTable) growth() int {
	if t.used > 50000 {
		return t.used * 2
	}
	return t.used * 4
}

// discard removes key, reporting whether it was there.
func (t *setTable) discard(key py.Object, hash int64) (bool, error) {
	j, err := t.lookup(key, hash)
	if err != nil || j < 0 {
		return false, err
	}
	t.slots[j] = slot{dummy, -1}
	t.used--
	t.version++
	return true, nil
}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(slots []slot, key py.Object, hash int64) {
	mask := uint64(len(slots) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if slots[i].key == nil {
			slots[i] = slot{key, hash}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if slots[j].key == nil {
					slots[j] = slot{key, hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resizeFor rebuilds the table with room for minused entries, dropping dummies.
func (t *setTable) resizeFor(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := t.slots
	t.slots = make([]slot, size)
	for _, s := range old {
		if s.key != nil && s.key != dummy {
			insertClean(t.slots, s.key, s.hash)
		}
	}
	t.fill = t.used
	t.version++
}

// clear empties the table.
func (t *setTable) clear() {
	t.slots = make([]slot, setMinSize)
	t.fill, t.used = 0, 0
	t.version++
}

// merge adds every key of o (set_merge).
func (t *setTable) merge(o *setTable) error {
	t.init()
	if t == o || o.used == 0 {
		return nil
	}
	if uint64(t.fill+o.used)*5 >= t.mask()*3 {
		t.resizeFor((t.used + o.used) * 2)
	}
	if t.fill == 0 {
		if len(t.slots) == len(o.slots) && o.fill == o.used {
			copy(t.slots, o.slots)
		} else {
			for _, s := range o.slots {
				if s.key != nil && s.key != dummy {
					insertClean(t.slots, s.key, s.hash)
				}
			}
		}
		t.fill, t.used = o.used, o.used
		t.version++
		return nil
	}
	for _, s := range o.slots {
		if s.key != nil && s.key != dummy {
			if _, err := t.add(s.key, s.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// keys returns the keys in table order (CPython's iteration order).
func (t *setTable) keys() []py.Object {
	out := make([]py.Object, 0, t.used)
	for _, s := range t.slots {
		if s.key != nil && s.key != dummy {
			out = append(out, s.key)
		}
	}
	return out
}

// pop removes and returns an arbitrary key, as CPython's set.pop chooses it.
func (t *setTable) pop() (py.Object, bool) {
	if t.used == 0 {
		return nil, false
	}
	mask := len(t.slots) - 1
	i := t.finger & mask
	for t.slots[i].key == nil || t.slots[i].key == dummy {
		i = (i + 1) & mask
	}
	key := t.slots[i].key
	t.slots[i] = slot{dummy, -1}
	t.used--
	t.version++
	t.finger = i + 1
	return key, true
}

// hash is CPython's frozenset hash: independent of order.
func (t *setTable) hash() int64 {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, s := range t.slots {
		if s.key != nil && s.key != dummy {
			h ^= shuffle(uint64(s.hash))
		}
	}
	h ^= (uint64(t.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h)
}
