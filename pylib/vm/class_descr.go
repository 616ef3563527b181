package vm

// The builtin descriptor types property and super (staticmethod and classmethod are gpython's).
//
//	property(fget=None, fset=None, fdel=None, doc=None)  .getter() .setter() .deleter()
//	super(), super(type, obj), super(type, type2)

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Property is a property object: a data descriptor calling Python getter, setter and deleter.
type Property struct {
	fget, fset, fdel, doc py.Object
	name                  string // set by __set_name__, for error messages
}

// PropertyType is the builtin property.
var PropertyType = py.ObjectType.NewTypeFlags("property", "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring",
	propertyNew, nil, py.TPFLAGS_BASETYPE)

// Type returns PropertyType.
func (p *Property) Type() *py.Type { return PropertyType }

func propertyNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fget, fset, fdel, doc py.Object = py.None, py.None, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &fget, &fset, &fdel, &doc); err != nil {
		return nil, err
	}
	p := &Property{fget: fget, fset: fset, fdel: fdel, doc: doc}
	if doc == py.None && fget != py.None {
		if d, err := GetAttr(fget, "__doc__"); err == nil {
			p.doc = d
		}
	}
	return p, nil
}

func (p *Property) displayName() string {
	if p.name != "" {
		return p.name
	}
	if p.fget != py.None {
		if n, err := GetAttr(p.fget, "__name__"); err == nil {
			if s, ok := n.(py.String); ok {
				return string(s)
			}
		}
	}
	return "?"
}

// M__get__ calls the getter; on the class it returns the property itself.
func (p *Property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no getter", p.displayName(), TypeOf(instance).Name)
	}
	return callObject(p.fget, py.Tuple{instance}, nil)
}

// M__set__ calls the setter.
func (p *Property) M__set__(instance, value py.Object) (py.Object, error) {
	if p.fset == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no setter", p.displayName(), TypeOf(instance).Name)
	}
	return callObject(p.fset, py.Tuple{instance, value}, nil)
}

// M__delete__ calls the deleter.
func (p *Property) M__delete__(instance py.Object) (py.Object, error) {
	if p.fdel == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no deleter", p.displayName(), TypeOf(instance).Name)
	}
	return callObject(p.fdel, py.Tuple{instance}, nil)
}

// with returns a copy of p with one accessor replaced (getter/setter/deleter).
func (p *Property) with(which string, fn py.Object) *Property {
	c := *p
	switch which {
	case "getter":
		c.fget = fn
		if p.doc == py.None || p.doc == nil {
			if d, err := GetAttr(fn, "__doc__"); err == nil {
				c.doc = d
			}
		}
	case "setter":
		c.fset = fn
	case "deleter":
		c.fdel = fn
	}
	return &c
}

func init() {
	// Ready first: it would replace a __doc__ entry with the type's own doc.
	for _, t := range []*py.Type{PropertyType, SuperType} {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("vm: readying %s: %v", t.Name, err))
		}
	}
	for _, which := range []string{"getter", "setter", "deleter"} {
		which := which
		PropertyType.Dict[which] = py.MustNewMethod(which, func(self, fn py.Object) (py.Object, error) {
			p, ok := self.(*Property)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'property' object", which)
			}
			return p.with(which, fn), nil
		}, 0, "Descriptor to obtain a copy of the property with a different "+which+".")
	}
	field := func(get func(p *Property) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			p, ok := self.(*Property)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "expected a property")
			}
			return noneIfNil(get(p)), nil
		}}
	}
	PropertyType.Dict["fget"] = field(func(p *Property) py.Object { return p.fget })
	PropertyType.Dict["fset"] = field(func(p *Property) py.Object { return p.fset })
	PropertyType.Dict["fdel"] = field(func(p *Property) py.Object { return p.fdel })
	PropertyType.Dict["__doc__"] = field(func(p *Property) py.Object { return p.doc })
}

// Super is a super object: attribute lookup starting after thisClass in the MRO of obj's class.
type Super struct {
	thisClass *py.Type
	obj       py.Object // the instance, or a class for super(type, type2)
	objClass  *py.Type  // the class whose MRO is searched
}

// SuperType is the builtin super. Called with no arguments inside a method, the evaluator
// supplies the method's class (its __class__ cell) and first argument.
var SuperType = py.ObjectType.NewTypeFlags("super", "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)",
	superNew, nil, py.TPFLAGS_BASETYPE)

// Type returns SuperType.
func (s *Super) Type() *py.Type { return SuperType }

func superNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	case 1, 2:
	default:
		return nil, py.ExceptionNewf(py.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	this, ok := args[0].(*py.Type)
	if !ok || this.Mro == nil {
		return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be a type, not %s", TypeOf(args[0]).Name)
	}
	if len(args) == 1 {
		return &Super{thisClass: this}, nil
	}
	return newSuper(this, args[1])
}

func newSuper(this *py.Type, obj py.Object) (*Super, error) {
	if c, ok := obj.(*py.Type); ok && c.Mro != nil && IsSubclass(c, this) {
		return &Super{thisClass: this, obj: obj, objClass: c}, nil
	}
	if t := TypeOf(obj); IsSubclass(t, this) {
		return &Super{thisClass: this, obj: obj, objClass: t}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// zeroArgSuper is super() called in frame f: super(__class__, <first argument>).
func zeroArgSuper(f *py.Frame) (py.Object, error) {
	code := f.Code
	if code.Argcount == 0 && code.Flags&py.CO_VARARGS == 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	first := f.LocalVars[0]
	for i, a := range code.Cell2arg {
		if a == 0 && i < len(f.CellAndFreeVars) {
			if c, ok := f.CellAndFreeVars[i].(*py.Cell); ok && c.Get() != nil {
				first = c.Get()
			}
		}
	}
	if code.Argcount == 0 {
		if t, ok := first.(py.Tuple); ok && len(t) > 0 {
			first = t[0]
		} else {
			return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
		}
	}
	if first == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): arg[0] deleted")
	}
	i := indexOf(code.Freevars, "__class__")
	if i < 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
	}
	cell, _ := f.CellAndFreeVars[len(code.Cellvars)+i].(*py.Cell)
	if cell == nil || cell.Get() == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): empty __class__ cell")
	}
	this, ok := cell.Get().(*py.Type)
	if !ok || this.Mro == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ is not a type (%s)", TypeOf(cell.Get()).Name)
	}
	return newSuper(this, first)
}

// getAttr looks name up in the classes after thisClass in objClass's MRO, binding it to obj.
func (s *Super) getAttr(name string) (py.Object, error) {
	if name == "__class__" {
		return SuperType, nil
	}
	if s.objClass == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
	}
	mro := mroOf(s.objClass)
	i := 0
	for i < len(mro) && mro[i] != s.thisClass {
		i++
	}
	for _, b := range mro[min(i+1, len(mro)):] {
		base := b.(*py.Type)
		v, ok := base.Dict[name]
		if !ok && !isHeapClass(base) {
			v = builtinSlot(base, name)
			ok = v != nil
		}
		if !ok {
			continue
		}
		if s.obj == py.Object(s.objClass) {
			return classDescrGet(v, s.objClass)
		}
		return bindAttr(v, s.obj, s.objClass)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// M__getattribute__ lets gpython's own attribute lookup see through super objects.
func (s *Super) M__getattribute__(name string) (py.Object, error) { return s.getAttr(name) }

// M__repr__ is CPython's <super: <class 'B'>, <B object>>.
func (s *Super) M__repr__() (py.Object, error) {
	if s.objClass == nil {
		return py.String(fmt.Sprintf("<super: <class '%s'>, NULL>", s.thisClass.Name)), nil
	}
	return py.String(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.thisClass.Name, s.objClass.Name)), nil
}
