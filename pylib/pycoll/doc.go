// Package pycoll implements CPython's dict, set and frozenset for gowsgi's interpreter, replacing
// gpython's str-keyed, randomly ordered dict and its Go-equality set.
//
// The Python-visible surface (Builtins and Install wire it in):
//
//	dict(), dict(mapping), dict(iterable_of_pairs), dict(**kw)      # insertion-ordered
//	dict.fromkeys(iterable, value=None)                             # classmethod
//	d.clear() d.copy() d.get(k, default=None) d.items() d.keys() d.values()
//	d.pop(k[, default]) d.popitem() d.setdefault(k, default=None) d.update([other], **kw)
//	d[k] d[k] = v  del d[k]  k in d  iter(d) len(d) reversed(d)  d == o  d != o  d | o  d |= o
//	d.keys() / d.items(): set-like views (& | - ^ ==, isdisjoint); d.values(): a plain view
//	set(), set(iterable), frozenset(), frozenset(iterable)
//	s.add(x) s.clear() s.copy() s.difference(*o) s.difference_update(*o) s.discard(x)
//	s.intersection(*o) s.intersection_update(*o) s.isdisjoint(o) s.issubset(o) s.issuperset(o)
//	s.pop() s.remove(x) s.symmetric_difference(o) s.symmetric_difference_update(o)
//	s.union(*o) s.update(*o)
//	| & - ^ (and |= &= -= ^= on set)  < <= > >= == !=  x in s  len(s)  iter(s)  hash(frozenset)
//
// Keys are hashed as CPython hashes them (1, 1.0 and True are one key; tuples and frozensets
// hash by content), except str and bytes, whose hash is seeded per process as CPython's is.
// Equality goes through vm.Eq, so __eq__ and __hash__ of Python classes count. Sets reproduce
// CPython's hash table, so sets of ints iterate in CPython's order.
//
// Python classes may derive from dict, set and frozenset: their instances (pylib/vm.Instance)
// keep one of these values as storage; dict(sub), {**sub} and update(sub) copy it directly.
//
// Differences from CPython: a dict built from keyword arguments (dict(b=1, a=2), **kwargs
// parameters) orders them by name, because gpython passes keywords as an unordered map.
package pycoll
