package vm

// Classes with CPython's meaning. gpython represents a class as a *py.Type with an MRO and an
// instance of a Python class as a *py.Type without one (its ObjectType is the class); exception
// instances are *py.Exception. gpython's own class machinery copies nothing, ignores metaclasses
// and leaves builtin types writable, so pylib creates classes here: __build_class__, type(name,
// bases, ns), the C3 MRO, __slots__, __set_name__, __init_subclass__ and type.__call__.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// flagCallerModule marks a class made by type(name, bases, ns) (or a metaclass) without
// "__module__" in ns: the Python code that called for it gives the module (setCallerModule).
const flagCallerModule uint = 1 << 40

// setCallerModule sets the __module__ of a class just returned to Python code running with
// globals, when the class was made without one: CPython takes it from the calling frame's
// __name__. The first Python call site that receives the class decides, so a metaclass's
// __new__ calling type.__new__ names the metaclass's module, as in CPython.
func setCallerModule(res py.Object, globals py.StringDict) {
	cls, ok := res.(*py.Type)
	if !ok || cls.Flags&flagCallerModule == 0 {
		return
	}
	cls.Flags &^= flagCallerModule
	if name, ok := globals["__name__"]; ok {
		NSStore(cls.Dict, "__module__", name)
		invalidateClassCaches()
	}
}

// subclassFlags are the TPFLAGS a class inherits from its bases (what isinstance fast paths
// and exception matching test).
const subclassFlags = py.TPFLAGS_BASE_EXC_SUBCLASS | py.TPFLAGS_LONG_SUBCLASS | py.TPFLAGS_LIST_SUBCLASS |
	py.TPFLAGS_TUPLE_SUBCLASS | py.TPFLAGS_BYTES_SUBCLASS | py.TPFLAGS_UNICODE_SUBCLASS |
	py.TPFLAGS_DICT_SUBCLASS | py.TPFLAGS_TYPE_SUBCLASS

// isClass reports whether o is a class (a builtin type or one made by class/type()).
func isClass(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && t.Mro != nil
}

// isHeapClass reports whether t was created by Python code (and so may be modified by it).
func isHeapClass(t *py.Type) bool {
	return t.Flags&py.TPFLAGS_HEAPTYPE != 0
}

// TypeOf returns type(o) as CPython does: the class of an instance, the metaclass of a class
// (gpython gives builtin subtypes their parent as metatype; their metaclass is type).
func TypeOf(o py.Object) *py.Type {
	switch v := o.(type) {
	case *py.Type:
		if v.Mro == nil {
			if v.ObjectType != nil {
				return v.ObjectType
			}
			return py.ObjectType
		}
		if m := v.ObjectType; m != nil && isHeapClass(m) && m.Mro != nil {
			return m
		}
		return py.TypeType
	case *py.Exception:
		return v.Base
	case nil:
		return py.NoneTypeType
	}
	return o.Type()
}

// mroOf returns t.__mro__. gpython's bool does not derive from int; CPython's does.
func mroOf(t *py.Type) py.Tuple {
	if t == py.BoolType {
		return py.Tuple{py.BoolType, py.IntType, py.ObjectType}
	}
	return t.Mro
}

// basesOf returns t.__bases__.
func basesOf(t *py.Type) py.Tuple {
	switch {
	case t == py.BoolType:
		return py.Tuple{py.IntType}
	case t == py.ObjectType:
		return py.Tuple{}
	case t.Bases != nil:
		return t.Bases
	case t.Base != nil:
		return py.Tuple{t.Base}
	}
	return py.Tuple{py.ObjectType}
}

// IsSubclass reports whether a is b or derives from it (issubclass for two classes).
func IsSubclass(a, b *py.Type) bool {
	if a == b || b == py.ObjectType {
		return true
	}
	for _, t := range mroOf(a) {
		if t == b {
			return true
		}
	}
	return false
}

// IsInstance implements isinstance(o, cls), where cls is a class or a tuple of them (nested),
// honouring __instancecheck__ defined on cls's metaclass.
func IsInstance(o, cls py.Object) (bool, error) {
	if c, ok := cls.(*py.Type); ok && c.Mro != nil && TypeOf(o) != c {
		if res, ok, err := metaCheck(c, "__instancecheck__", o); ok {
			return res, err
		}
	}
	if tup, ok := cls.(py.Tuple); ok {
		for _, c := range tup {
			ok, err := IsInstance(o, c)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return classCheck(TypeOf(o), cls, "isinstance")
}

// metaCheck calls the __instancecheck__/__subclasscheck__ that Python code defines on cls's
// metaclass (ok false when there is none).
func metaCheck(cls *py.Type, name string, arg py.Object) (bool, bool, error) {
	meta := TypeOf(cls)
	if meta == py.TypeType {
		return false, false, nil
	}
	f := lookupPython(meta, name)
	if f == nil {
		return false, false, nil
	}
	res, err := callMethodOf(f, cls, meta, py.Tuple{arg}, nil)
	if err != nil {
		return false, true, err
	}
	t, err := Truth(res)
	return t, true, err
}

// IsSubclassOf implements issubclass(c, cls), honouring __subclasscheck__ on cls's metaclass.
func IsSubclassOf(c, cls py.Object) (bool, error) {
	if k, ok := cls.(*py.Type); ok && k.Mro != nil {
		if res, ok, err := metaCheck(k, "__subclasscheck__", c); ok {
			return res, err
		}
	}
	if tup, ok := cls.(py.Tuple); ok {
		for _, k := range tup {
			ok, err := IsSubclassOf(c, k)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	t, ok := c.(*py.Type)
	if !ok || t.Mro == nil {
		return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	return classCheck(t, cls, "issubclass")
}

func classCheck(t *py.Type, cls py.Object, fn string) (bool, error) {
	if tup, ok := cls.(py.Tuple); ok {
		for _, c := range tup {
			ok, err := classCheck(t, c, fn)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	c, ok := cls.(*py.Type)
	if !ok || c.Mro == nil {
		return false, py.ExceptionNewf(py.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fn)
	}
	return IsSubclass(t, c), nil
}

// lookupMRO finds name in the dicts of t's MRO, including the slot methods pylib gives builtin
// types (object.__init__, type.__new__, BaseException.__init__ ...), or returns nil.
func lookupMRO(t *py.Type, name string) py.Object {
	return lookupIn(t, cacheOf(t), name)
}

// walkMRO is lookupMRO without the cache.
func walkMRO(t *py.Type, name string) py.Object {
	for _, b := range mroOf(t) {
		base := b.(*py.Type)
		if v, ok := base.Dict[name]; ok {
			return v
		}
		if !isHeapClass(base) {
			if v := builtinSlot(base, name); v != nil {
				return v
			}
		}
	}
	return nil
}

// lookupPython finds name through t's MRO among the attributes defined in Python (class bodies),
// or returns nil: what decides whether a special method is overridden.
func lookupPython(t *py.Type, name string) py.Object {
	return lookupPythonIn(t, cacheOf(t), name)
}

// walkPython is lookupPython without the cache.
func walkPython(t *py.Type, name string) py.Object {
	for _, b := range mroOf(t) {
		base := b.(*py.Type)
		if !isHeapClass(base) {
			continue
		}
		if v, ok := base.Dict[name]; ok {
			return v
		}
	}
	return nil
}

// computeMRO returns the C3 linearisation of a class with the given bases.
func computeMRO(cls *py.Type, bases []*py.Type) (py.Tuple, error) {
	for i, b := range bases {
		for _, c := range bases[:i] {
			if c == b {
				return nil, py.ExceptionNewf(py.TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	seqs := make([][]*py.Type, 0, len(bases)+1)
	for _, b := range bases {
		var s []*py.Type
		for _, m := range mroOf(b) {
			s = append(s, m.(*py.Type))
		}
		seqs = append(seqs, s)
	}
	seqs = append(seqs, append([]*py.Type(nil), bases...))
	result := py.Tuple{cls}
	for {
		empty := true
		var next *py.Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			empty = false
			if !inTail(seqs, s[0]) {
				next = s[0]
				break
			}
		}
		if empty {
			return result, nil
		}
		if next == nil {
			names := make([]string, len(bases))
			for i, b := range bases {
				names[i] = b.Name
			}
			return nil, py.ExceptionNewf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		result = append(result, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

func inTail(seqs [][]*py.Type, t *py.Type) bool {
	for _, s := range seqs {
		for _, x := range s[min(1, len(s)):] {
			if x == t {
				return true
			}
		}
	}
	return false
}

// newClass implements type.__new__(meta, name, bases, ns): it makes the class object, with its
// MRO, __slots__ descriptors, __set_name__ calls and the parent's __init_subclass__.
func newClass(meta *py.Type, name string, basesObj py.Tuple, ns py.StringDict, kwargs py.StringDict) (*py.Type, error) {
	bases := make([]*py.Type, 0, len(basesObj))
	for _, b := range basesObj {
		t, ok := b.(*py.Type)
		if !ok || t.Mro == nil {
			return nil, py.ExceptionNewf(py.TypeError, "bases must be types")
		}
		if (t.Flags&py.TPFLAGS_BASETYPE == 0 && t != py.TypeType) || t == py.BoolType {
			return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", t.Name)
		}
		bases = append(bases, t)
	}
	if len(bases) == 0 {
		bases = []*py.Type{py.ObjectType}
	}
	dict := NSCopy(ns)
	cls := &py.Type{
		ObjectType: meta,
		Name:       name,
		Qualname:   name,
		Dict:       dict,
		Base:       solidBase(bases),
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_HEAPTYPE | py.TPFLAGS_BASETYPE | py.TPFLAGS_READY | flagOwnClass,
	}
	cls.Bases = make(py.Tuple, len(bases))
	for i, b := range bases {
		cls.Bases[i] = b
		cls.Flags |= b.Flags & subclassFlags
	}
	if meta != py.TypeType && IsSubclass(meta, py.TypeType) {
		cls.Flags |= py.TPFLAGS_TYPE_SUBCLASS
	}
	if q, ok := dict["__qualname__"]; ok {
		s, ok := q.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "type __qualname__ must be a str, not %s", TypeOf(q).Name)
		}
		cls.Qualname = string(s)
		delete(dict, "__qualname__")
	}
	if doc, ok := dict["__doc__"]; ok {
		if s, ok := doc.(py.String); ok {
			cls.Doc = string(s)
		}
	} else {
		dict["__doc__"] = py.None
	}
	if _, ok := dict["__module__"]; !ok {
		dict["__module__"] = py.String("builtins")
		cls.Flags |= flagCallerModule
	}
	// Implicit static and class methods, as in CPython.
	if f, ok := dict["__new__"].(*py.Function); ok {
		dict["__new__"] = &py.StaticMethod{Callable: f, Dict: py.StringDict{}}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := dict[n].(*py.Function); ok {
			dict[n] = &py.ClassMethod{Callable: f, Dict: py.StringDict{}}
		}
	}
	mro, err := computeMRO(cls, bases)
	if err != nil {
		return nil, err
	}
	cls.Mro = mro
	if err := addSlots(cls); err != nil {
		return nil, err
	}
	cls.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return callClass(t, args, kwargs)
	}
	if err := setNames(cls); err != nil {
		return nil, err
	}
	if err := initSubclass(cls, kwargs); err != nil {
		return nil, err
	}
	return cls, nil
}

// solidBase picks the base whose instance layout the class uses (exceptions before plain objects).
func solidBase(bases []*py.Type) *py.Type {
	for _, b := range bases {
		if b.Flags&py.TPFLAGS_BASE_EXC_SUBCLASS != 0 {
			return b
		}
	}
	return bases[0]
}

// setNames calls __set_name__(cls, name) on the class attributes whose type defines it.
func setNames(cls *py.Type) error {
	for _, name := range NSKeys(cls.Dict) {
		v := cls.Dict[name]
		if p, ok := v.(*Property); ok {
			p.name = name
			continue
		}
		c := instanceClass(v)
		if c == nil {
			continue
		}
		if f := c.Lookup("__set_name__"); f != nil {
			if _, err := callSpecial(f, v, cls, py.String(name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// initSubclass calls super(cls, cls).__init_subclass__(**kwargs).
func initSubclass(cls *py.Type, kwargs py.StringDict) error {
	for _, b := range cls.Mro[1:] {
		base := b.(*py.Type)
		f, ok := base.Dict["__init_subclass__"]
		if !ok || !isHeapClass(base) {
			continue
		}
		if cm, ok := f.(*py.ClassMethod); ok {
			f = cm.Callable
		}
		_, err := callObject(f, py.Tuple{cls}, kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	return nil
}

// callClass implements calling a class: the metaclass's __call__ when Python defines one,
// else type.__call__.
func callClass(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if meta := TypeOf(cls); meta != py.TypeType {
		if f := lookupPython(meta, "__call__"); f != nil {
			return callMethodOf(f, cls, meta, args, kwargs)
		}
	}
	return typeCall(cls, args, kwargs)
}

// typeCall is type.__call__(cls, *args, **kwargs): __new__, then __init__ when __new__
// returned an instance of cls.
func typeCall(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if cls == py.TypeType {
		if len(args) == 1 && len(kwargs) == 0 {
			return TypeOf(args[0]), nil
		}
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
		}
	}
	var obj py.Object
	var err error
	if f := lookupPython(cls, "__new__"); f != nil {
		if sm, ok := f.(*py.StaticMethod); ok {
			f = sm.Callable
		}
		obj, err = callObject(f, append(py.Tuple{cls}, args...), kwargs)
	} else {
		obj, err = objectNew(cls, args, kwargs)
	}
	if err != nil {
		return nil, err
	}
	t := TypeOf(obj)
	if !IsSubclass(t, cls) {
		return obj, nil
	}
	init := lookupPython(t, "__init__")
	if init == nil {
		if base := valueBaseOf(t); base != nil && valueBases[base].fills {
			return obj, initValue(obj, base, args, kwargs)
		}
		return obj, nil
	}
	res, err := callMethodOf(init, obj, t, args, kwargs)
	if err != nil {
		return nil, err
	}
	if res != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", TypeOf(res).Name)
	}
	return obj, nil
}

// callMethodOf calls the class attribute m as a method of self.
func callMethodOf(m, self py.Object, cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn, ok := m.(*py.Function); ok {
		t, err := threadOf(fn.Context)
		if err != nil {
			return nil, err
		}
		return t.callFunction(fn, self, args, kwargs)
	}
	bound, err := bindAttr(m, self, cls)
	if err != nil {
		return nil, err
	}
	return callObject(bound, args, kwargs)
}

// objectNew is the __new__ of the builtin base that cls derives from: an empty instance for
// object, an exception instance for exceptions, a class for metaclasses.
func objectNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	base := builtinBase(cls)
	switch {
	case base == py.TypeType:
		return typeNewArgs(cls, args, kwargs)
	case base.Flags&py.TPFLAGS_BASE_EXC_SUBCLASS != 0:
		return &py.Exception{Base: cls, Args: append(py.Tuple{}, args...), Dict: py.StringDict{}}, nil
	case valueBaseOf(cls) != nil:
		return newInstance(cls, base, args, kwargs)
	case base == py.ObjectType:
		if (len(args) > 0 || len(kwargs) > 0) && lookupPython(cls, "__init__") == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
		}
		return &py.Type{ObjectType: cls, Base: cls, Dict: py.StringDict{}}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "subclassing the builtin type '%s' is not supported", base.Name)
}

// builtinBase is the first builtin type in cls's MRO.
func builtinBase(cls *py.Type) *py.Type {
	for _, b := range mroOf(cls) {
		if t := b.(*py.Type); !isHeapClass(t) {
			return t
		}
	}
	return py.ObjectType
}

// typeNewArgs is type.__new__(meta, name, bases, ns, **kwargs) with its argument checks.
func typeNewArgs(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && meta == py.TypeType {
		return TypeOf(args[0]), nil
	}
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	bases, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeOf(args[1]).Name)
	}
	ns, err := stringDictOf(args[2], "type.__new__() argument 3")
	if err != nil {
		return nil, err
	}
	winner, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta {
		if f := lookupPython(winner, "__new__"); f != nil {
			if sm, ok := f.(*py.StaticMethod); ok {
				f = sm.Callable
			}
			return callObject(f, append(py.Tuple{winner}, args...), kwargs)
		}
		meta = winner
	}
	return newClass(meta, string(name), bases, ns, kwargs)
}

// calculateMeta returns the most derived of meta and the metaclasses of bases.
func calculateMeta(meta *py.Type, bases py.Tuple) (*py.Type, error) {
	winner := meta
	for _, b := range bases {
		m := TypeOf(b)
		switch {
		case IsSubclass(winner, m):
		case IsSubclass(m, winner):
			winner = m
		default:
			return nil, py.ExceptionNewf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// BuildClass is the builtin __build_class__(func, name, *bases, metaclass=None, **kwds) that
// the class statement calls: it runs the class body in a new namespace, then calls the
// metaclass, then fills the body's __class__ cell (what zero-argument super() reads).
var BuildClass = py.MustNewMethod("__build_class__", buildClass, 0,
	"__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.")

func buildClass(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	bases := append(py.Tuple{}, args[2:]...)
	kw := make(py.StringDict, len(kwargs))
	for k, v := range kwargs {
		kw[k] = v
	}
	var meta py.Object
	if m, ok := kw["metaclass"]; ok {
		meta = m
		delete(kw, "metaclass")
	} else if len(bases) > 0 {
		meta = TypeOf(bases[0])
	} else {
		meta = py.TypeType
	}
	if mt, ok := meta.(*py.Type); ok && mt.Mro != nil {
		w, err := calculateMeta(mt, bases)
		if err != nil {
			return nil, err
		}
		meta = w
	}
	ns := py.StringDict{}
	if mt, ok := meta.(*py.Type); ok && mt.Mro != nil {
		if prep := lookupPython(mt, "__prepare__"); prep != nil {
			res, err := callMethodOf(prep, mt, TypeOf(mt), py.Tuple{name, bases}, kw)
			if err != nil {
				return nil, err
			}
			d, ok := res.(py.StringDict)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s.__prepare__() must return a dict, not %s", mt.Name, TypeOf(res).Name)
			}
			ns = d
		}
	}
	cell, err := EvalCode(body.Context, body.Code, body.Globals, ns, nil, nil, nil, nil, body.Closure)
	if err != nil {
		return nil, err
	}
	cls, err := callObject(meta, py.Tuple{name, bases, ns}, kw)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}

// InstallClasses makes gpython's type(...) create classes as pylib does. Call once, before
// any interpreter runs.
func InstallClasses() {
	py.TypeType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			return TypeOf(args[0]), nil
		}
		return typeNewArgs(meta, args, kwargs)
	}
	py.TypeType.Init = nil
}

// ClassBuiltins returns the builtins that make up Python's class machinery in pylib.
func ClassBuiltins() map[string]py.Object {
	return map[string]py.Object{
		"__build_class__": BuildClass,
		"property":        PropertyType,
		"super":           SuperType,
		"isinstance": py.MustNewMethod("isinstance", func(self py.Object, args py.Tuple) (py.Object, error) {
			var o, cls py.Object
			if err := py.UnpackTuple(args, nil, "isinstance", 2, 2, &o, &cls); err != nil {
				return nil, err
			}
			ok, err := IsInstance(o, cls)
			return py.NewBool(ok), err
		}, 0, "isinstance(obj, class_or_tuple, /)\n\nReturn whether an object is an instance of a class or of a subclass thereof."),
		"issubclass": py.MustNewMethod("issubclass", func(self py.Object, args py.Tuple) (py.Object, error) {
			var c, cls py.Object
			if err := py.UnpackTuple(args, nil, "issubclass", 2, 2, &c, &cls); err != nil {
				return nil, err
			}
			ok, err := IsSubclassOf(c, cls)
			return py.NewBool(ok), err
		}, 0, "issubclass(cls, class_or_tuple, /)\n\nReturn whether 'cls' is derived from another class or is the same class."),
	}
}

// stringDictOf returns a namespace mapping as a py.StringDict (class namespaces need str keys).
func stringDictOf(o py.Object, what string) (py.StringDict, error) {
	if d, ok := o.(py.StringDict); ok {
		return d, nil
	}
	keysFn, err := GetAttr(o, "keys")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s must be dict, not %s", what, TypeOf(o).Name)
	}
	keys, err := callObject(keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	items, err := tupleOf(keys)
	if err != nil {
		return nil, err
	}
	d := make(py.StringDict, len(items))
	for _, k := range items {
		s, ok := k.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s keys must be str, not %s", what, TypeOf(k).Name)
		}
		v, err := GetItem(o, k)
		if err != nil {
			return nil, err
		}
		d[string(s)] = v
	}
	return d, nil
}

// classGetItem implements cls[key] through __class_getitem__ (ok is false when x is not a
// class defining it).
func classGetItem(x, key py.Object) (py.Object, bool, error) {
	cls, ok := x.(*py.Type)
	if !ok || cls.Mro == nil || !isHeapClass(cls) {
		return nil, false, nil
	}
	f := lookupPython(cls, "__class_getitem__")
	if f == nil {
		return nil, false, nil
	}
	m, err := classDescrGet(f, cls)
	if err != nil {
		return nil, true, err
	}
	res, err := callObject(m, py.Tuple{key}, nil)
	return res, true, err
}
