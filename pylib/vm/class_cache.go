package vm

// The per-class attribute lookup cache.
//
// Every attribute access on an instance walks its class's MRO, a map lookup per class (and per
// builtin slot table), several times over: __getattribute__, then the name, then __getattr__ on
// a miss; stores look for __setattr__ and data descriptors. A class keeps the results of these
// walks, found or not, in a classCache hung on its namespace's record (namespace.go), so the
// cache lives and dies with the class dict and needs no global table.
//
// Invalidation is by a process-wide version: any write or delete in a class dict (setattr and
// delattr on a class, a class's __module__ set by its caller), and any __class__ assignment,
// bumps it, and a cache built under an older version is rebuilt on its next use. A write to one
// class must invalidate its subclasses' caches too, which a single version does without a
// subclass registry. Bases, MRO and metaclass of a class cannot change after creation here
// (assigning __bases__ or a class's __class__ is refused).
//
// The evaluator's LOAD_ATTR, STORE_ATTR and LOAD_METHOD instructions also keep, per
// instruction, the lookup for the class they last saw (an attrSite), checked by class identity
// and version without any map lookup: the common o.x and o.x = v on an instance of a class
// without attribute hooks then cost one instance-dict access.
//
// Only classes made by newClass (Python class statements, type(), metaclasses) cache: they
// belong to one interpreter, run by one goroutine at a time, so the cache needs no lock. The
// builtin types, shared by every interpreter, never cache; the version is an atomic.

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// flagOwnClass marks a class made by newClass, which may cache its lookups.
const flagOwnClass uint = 1 << 41

// maxCachedNames bounds a class's cache: getattr(obj, name) with ever new names (hasattr
// probes over generated names) must not grow it without end.
const maxCachedNames = 512

// classVersion is bumped by every change that can alter the result of an MRO lookup.
var classVersion atomic.Uint64

// invalidateClassCaches makes every class cache stale.
func invalidateClassCaches() { classVersion.Add(1) }

// classCache holds the lookups of one class under one classVersion.
type classCache struct {
	version uint64
	mro     map[string]py.Object // walkMRO results; nil for "not found"
	python  map[string]py.Object // walkPython results; nil for "not found"

	// The attribute hooks defined in Python (walkPython), looked up on every attribute
	// access, found when the cache is built.
	getattribute, getattr, setattr, delattr py.Object
}

// lookupIn is lookupMRO(t, name) through t's cache c (nil: no cache).
func lookupIn(t *py.Type, c *classCache, name string) py.Object {
	if c == nil {
		return walkMRO(t, name)
	}
	v, ok := c.mro[name]
	if !ok {
		v = walkMRO(t, name)
		remember(c.mro, name, v)
	}
	return v
}

// lookupPythonIn is lookupPython(t, name) through t's cache c (nil: no cache).
func lookupPythonIn(t *py.Type, c *classCache, name string) py.Object {
	if c == nil {
		return walkPython(t, name)
	}
	v, ok := c.python[name]
	if !ok {
		v = walkPython(t, name)
		remember(c.python, name, v)
	}
	return v
}

// hooks returns the Python __getattribute__, __getattr__, __setattr__ and __delattr__ of t.
func hooks(t *py.Type, c *classCache) (getattribute, getattr, setattr, delattr py.Object) {
	if c != nil {
		return c.getattribute, c.getattr, c.setattr, c.delattr
	}
	return walkPython(t, "__getattribute__"), walkPython(t, "__getattr__"),
		walkPython(t, "__setattr__"), walkPython(t, "__delattr__")
}

// cacheOf returns t's current cache, or nil when t does not cache.
func cacheOf(t *py.Type) *classCache {
	if t.Flags&flagOwnClass == 0 {
		return nil
	}
	r := nsRecord(t.Dict)
	v := classVersion.Load()
	if c := r.cache; c != nil && c.version == v {
		return c
	}
	c := &classCache{version: v, mro: make(map[string]py.Object), python: make(map[string]py.Object)}
	c.getattribute, c.getattr, c.setattr, c.delattr = hooks(t, nil)
	r.cache = c
	return c
}

// remember stores v for name in m, unless m is full.
func remember(m map[string]py.Object, name string, v py.Object) {
	if len(m) < maxCachedNames {
		m[name] = v
	}
}

// attrSite is what one attribute instruction learnt about name on class cls: immutable once
// stored, shared by the interpreters running the same code (each sees its own classes, so a
// site seeing another interpreter's class just looks up again).
type attrSite struct {
	cls     *py.Type
	version uint64
	v       py.Object // walkMRO(cls, name); nil when no class attribute
	load    bool      // o.name may read o's dict then v: no __getattribute__, v no data descriptor
	store   bool      // o.name = x may write o's dict: no __setattr__, v no descriptor at all
}

// attrSiteFor returns the site of the instruction at pc for name on class c, or nil when c
// does not cache or the code has no sites.
func (p *program) attrSiteFor(c *py.Type, name string, pc int) *attrSite {
	if c.Flags&flagOwnClass == 0 || p.attrs == nil {
		return nil
	}
	v := classVersion.Load()
	slot := &p.attrs[pc]
	if s := slot.Load(); s != nil && s.cls == c && s.version == v {
		return s
	}
	getattribute, _, setattr, _ := hooks(c, cacheOf(c))
	d := lookupMRO(c, name)
	special := name == "__class__" || name == "__dict__"
	s := &attrSite{cls: c, version: v, v: d}
	s.load = !special && getattribute == nil && (d == nil || !isDataDescriptor(d))
	s.store = !special && setattr == nil && hasDict(c) && (d == nil || isPlainMethod(d))
	slot.Store(s)
	return s
}

// isPlainMethod reports whether v is a function, which instances may shadow on assignment.
func isPlainMethod(v py.Object) bool {
	_, ok := v.(*py.Function)
	return ok
}

// loadAttr is LOAD_ATTR's fast path: o.name for an instance of a Python class found in its
// dict, or a method bound to it; nil when the generic lookup must run.
func (p *program) loadAttr(o py.Object, name string, pc int) py.Object {
	inst, ok := o.(*py.Type)
	if !ok || inst.Mro != nil || inst.ObjectType == nil {
		return nil
	}
	s := p.attrSiteFor(inst.ObjectType, name, pc)
	if s == nil || !s.load {
		return nil
	}
	if x, ok := inst.Dict[name]; ok {
		return x
	}
	if fn, ok := s.v.(*py.Function); ok {
		return py.NewBoundMethod(o, fn)
	}
	return nil
}

// storeAttr is STORE_ATTR's fast path: o.name = value into the dict of an instance of a Python
// class; false when the generic store must run.
func (p *program) storeAttr(o py.Object, name string, value py.Object, pc int) bool {
	inst, ok := o.(*py.Type)
	if !ok || inst.Mro != nil || inst.ObjectType == nil || inst.Dict == nil {
		return false
	}
	s := p.attrSiteFor(inst.ObjectType, name, pc)
	if s == nil || !s.store {
		return false
	}
	NSStore(inst.Dict, name, value)
	return true
}
