package vm

// The methods CPython's builtin object, type and BaseException define in C (object.__init__,
// object.__setattr__, type.__new__, BaseException.__str__ ...). Python code reaches them
// through super(), explicit calls such as object.__setattr__(self, n, v) and class attribute
// lookups. They live in this package's tables rather than in gpython's global type dicts,
// which gpython's own attribute lookup would otherwise start calling.

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Repr and Str, set by pylib at startup, return CPython's repr() and str() of an object.
var (
	Repr = func(o py.Object) (py.Object, error) { return py.Repr(o) }
	Str  = func(o py.Object) (py.Object, error) { return py.Str(o) }
)

// slotKind says how a slot method binds: to the instance, not at all, or to the class.
type slotKind int

const (
	slotMethod slotKind = iota
	slotStatic
	slotClass
)

// slotWrapper is a builtin type's method implemented in Go (CPython's wrapper_descriptor).
type slotWrapper struct {
	owner *py.Type
	name  string
	kind  slotKind
	fn    func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)
}

var slotWrapperType = py.NewType("wrapper_descriptor", "a method of a builtin type")

func (w *slotWrapper) Type() *py.Type { return slotWrapperType }

// M__get__ binds the slot to instance (or to the class, for class methods).
func (w *slotWrapper) M__get__(instance, owner py.Object) (py.Object, error) {
	switch w.kind {
	case slotStatic:
		return w, nil
	case slotClass:
		if owner == nil || owner == py.None {
			owner = TypeOf(instance)
		}
		return py.NewBoundMethod(owner, w), nil
	}
	if instance == nil || instance == py.None {
		return w, nil
	}
	return py.NewBoundMethod(instance, w), nil
}

// M__call__ calls the unbound slot: the first argument is self (the class for __new__).
func (w *slotWrapper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", w.name, w.owner.Name)
	}
	return w.fn(args[0], args[1:], kwargs)
}

// M__repr__ is CPython's <slot wrapper '__init__' of 'object' objects>.
func (w *slotWrapper) M__repr__() (py.Object, error) {
	if w.kind == slotStatic {
		return py.String(fmt.Sprintf("<built-in method %s of type object at %p>", w.name, w.owner)), nil
	}
	return py.String(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", w.name, w.owner.Name)), nil
}

// slotTables holds the Go-implemented methods of builtin types, written at init only.
var slotTables = map[*py.Type]map[string]*slotWrapper{}

func addSlot(t *py.Type, name string, kind slotKind, fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	if slotTables[t] == nil {
		slotTables[t] = map[string]*slotWrapper{}
	}
	slotTables[t][name] = &slotWrapper{owner: t, name: name, kind: kind, fn: fn}
}

// builtinSlot returns the Go-implemented method name of builtin type t, or nil.
func builtinSlot(t *py.Type, name string) py.Object {
	if w, ok := slotTables[t][name]; ok {
		return w
	}
	return nil
}

func init() {
	for _, t := range []*py.Type{slotWrapperType, memberDescrType} {
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
	o := py.ObjectType
	addSlot(o, "__init__", slotMethod, objectInit)
	addSlot(o, "__new__", slotStatic, objectNewSlot)
	addSlot(o, "__getattribute__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var name py.Object
		if err := py.UnpackTuple(args, kw, "__getattribute__", 1, 1, &name); err != nil {
			return nil, err
		}
		n, err := attrName(name)
		if err != nil {
			return nil, err
		}
		return genericGetAttr(self, n)
	})
	addSlot(o, "__setattr__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var name, value py.Object
		if err := py.UnpackTuple(args, kw, "__setattr__", 2, 2, &name, &value); err != nil {
			return nil, err
		}
		n, err := attrName(name)
		if err != nil {
			return nil, err
		}
		return py.None, genericSetAttr(self, n, value)
	})
	addSlot(o, "__delattr__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var name py.Object
		if err := py.UnpackTuple(args, kw, "__delattr__", 1, 1, &name); err != nil {
			return nil, err
		}
		n, err := attrName(name)
		if err != nil {
			return nil, err
		}
		return py.None, genericDelAttr(self, n)
	})
	addSlot(o, "__repr__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(fmt.Sprintf("<%s object at %p>", qualifiedName(TypeOf(self)), self)), nil
	})
	addSlot(o, "__str__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return Repr(self)
	})
	addSlot(o, "__eq__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 1 && Is(self, args[0]) {
			return py.True, nil
		}
		return py.NotImplemented, nil
	})
	addSlot(o, "__ne__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		return Compare(NE, self, args[0])
	})
	addSlot(o, "__hash__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		h, err := Hash(self)
		return py.Int(h), err
	})
	addSlot(o, "__init_subclass__", slotClass, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", self.(*py.Type).Name)
		}
		return py.None, nil
	})

	t := py.TypeType
	addSlot(t, "__call__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cls, ok := self.(*py.Type)
		if !ok || cls.Mro == nil {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__call__' requires a 'type' object")
		}
		return typeCall(cls, args, kw)
	})
	addSlot(t, "__new__", slotStatic, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		meta, ok := self.(*py.Type)
		if !ok || meta.Mro == nil || !IsSubclass(meta, py.TypeType) {
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__(X): X is not a type object")
		}
		return typeNewArgs(meta, args, kw)
	})
	addSlot(t, "__init__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 && len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "type.__init__() takes 1 or 3 arguments")
		}
		return py.None, nil
	})
	addSlot(t, "mro", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cls, ok := self.(*py.Type)
		if !ok || cls.Mro == nil {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'mro' requires a 'type' object")
		}
		return py.NewListFromItems(mroOf(cls)), nil
	})
	addSlot(t, "__instancecheck__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__instancecheck__ expected 1 argument")
		}
		ok, err := classCheck(TypeOf(args[0]), self, "isinstance") // type's own check, no metaclass hook
		return py.NewBool(ok), err
	})
	addSlot(t, "__subclasscheck__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__subclasscheck__ expected 1 argument")
		}
		c, ok := args[0].(*py.Type)
		if !ok || c.Mro == nil {
			return nil, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
		}
		ok, err := classCheck(c, self, "issubclass")
		return py.NewBool(ok), err
	})

	addExceptionSlots()
}

// objectInit is object.__init__: it accepts extra arguments only when the class overrides
// __new__ but not __init__, as in CPython.
func objectInit(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 0 || len(kw) > 0 {
		t := TypeOf(self)
		if lookupPython(t, "__init__") != nil || lookupPython(t, "__new__") == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
		}
	}
	return py.None, nil
}

// objectNewSlot is object.__new__(cls, ...).
func objectNewSlot(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	cls, ok := self.(*py.Type)
	if !ok || cls.Mro == nil {
		return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", TypeOf(self).Name)
	}
	if len(args) > 0 || len(kw) > 0 {
		if lookupPython(cls, "__new__") != nil || lookupPython(cls, "__init__") == nil {
			if builtinBase(cls) == py.ObjectType {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
			}
		}
	}
	if builtinBase(cls) == py.ObjectType {
		return objectNew(cls, nil, nil)
	}
	return objectNew(cls, args, kw)
}

func attrName(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", TypeOf(o).Name)
	}
	return string(s), nil
}

// qualifiedName is module.qualname for classes defined in Python, the plain name for builtins.
func qualifiedName(t *py.Type) string {
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	if mod, ok := t.Dict["__module__"].(py.String); ok && isHeapClass(t) && mod != "builtins" {
		return string(mod) + "." + name
	}
	return name
}

// memberDescr is the descriptor __slots__ creates for each slot name.
type memberDescr struct {
	name  string
	owner *py.Type
}

var memberDescrType = py.NewType("member_descriptor", "a __slots__ member")

func (d *memberDescr) Type() *py.Type { return memberDescrType }

func (d *memberDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	if v, ok := instanceDict(instance)[d.name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", TypeOf(instance).Name, d.name)
}

func (d *memberDescr) M__set__(instance, value py.Object) (py.Object, error) {
	dict := instanceDict(instance)
	if dict == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, TypeOf(instance).Name)
	}
	dict[d.name] = value
	return py.None, nil
}

func (d *memberDescr) M__delete__(instance py.Object) (py.Object, error) {
	dict := instanceDict(instance)
	if _, ok := dict[d.name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", d.name)
	}
	delete(dict, d.name)
	return py.None, nil
}

func (d *memberDescr) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<member '%s' of '%s' objects>", d.name, d.owner.Name)), nil
}

// instanceDict returns the attribute storage of an instance (nil if it has none).
func instanceDict(o py.Object) py.StringDict {
	switch v := o.(type) {
	case *py.Type:
		if v.Dict == nil {
			v.Dict = py.StringDict{}
		}
		return v.Dict
	case *py.Exception:
		if v.Dict == nil {
			v.Dict = py.StringDict{}
		}
		return v.Dict
	case *Instance:
		return v.dict
	}
	return nil
}

// slotNames returns the names a __slots__ value lists.
func slotNames(slots py.Object) ([]string, error) {
	if s, ok := slots.(py.String); ok {
		return []string{string(s)}, nil
	}
	var items []py.Object
	switch v := slots.(type) {
	case py.Tuple:
		items = v
	case *py.List:
		items = v.Items
	default:
		it, err := Iter(slots)
		if err != nil {
			return nil, err
		}
		for {
			x, err := Next(it)
			if err != nil {
				if isStopIteration(err) {
					break
				}
				return nil, err
			}
			items = append(items, x)
		}
	}
	names := make([]string, len(items))
	for i, x := range items {
		s, ok := x.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__slots__ items must be strings, not '%s'", TypeOf(x).Name)
		}
		names[i] = string(s)
	}
	return names, nil
}

// addSlots puts a member descriptor in cls's dict for each name in its __slots__.
func addSlots(cls *py.Type) error {
	slots, ok := cls.Dict["__slots__"]
	if !ok {
		return nil
	}
	names, err := slotNames(slots)
	if err != nil {
		return err
	}
	for _, n := range names {
		if n == "__dict__" || n == "__weakref__" {
			continue
		}
		if _, ok := cls.Dict[n]; ok {
			return py.ExceptionNewf(py.ValueError, "'%s' in __slots__ conflicts with class variable", n)
		}
		cls.Dict[n] = &memberDescr{name: n, owner: cls}
	}
	return nil
}

// hasDict reports whether instances of c have a __dict__ (no __slots__ anywhere, or one that
// lists __dict__).
func hasDict(c *py.Type) bool {
	for _, b := range mroOf(c) {
		base := b.(*py.Type)
		if !isHeapClass(base) {
			if base != py.ObjectType {
				return true
			}
			continue
		}
		slots, ok := base.Dict["__slots__"]
		if !ok {
			return true
		}
		names, _ := slotNames(slots)
		for _, n := range names {
			if n == "__dict__" {
				return true
			}
		}
	}
	return false
}
