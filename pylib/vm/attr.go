package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// GetAttr returns o.name with CPython's rules. Instances of Python classes (and exceptions) go
// through __getattribute__ overrides, data descriptors of the class, the instance dict, other
// class attributes (bound) and __getattr__, looking through the whole MRO. Classes look in
// their metaclass and MRO and have __name__, __mro__, __dict__ ... Functions and bound
// methods have their CPython attributes. Other objects go to gpython.
func GetAttr(o py.Object, name string) (py.Object, error) {
	switch v := o.(type) {
	case *py.Type:
		if v.Mro != nil {
			return typeGetAttr(v, name)
		}
		if c := instanceClass(v); c != nil {
			return instanceGetAttr(o, c, name)
		}
	case *py.Exception:
		return instanceGetAttr(o, v.Base, name)
	case *Instance:
		return instanceGetAttr(o, v.cls, name)
	case *py.Function:
		return functionGetAttr(v, name)
	case *py.BoundMethod:
		return boundMethodGetAttr(v, name)
	case *py.Method:
		return builtinFunctionGetAttr(v, name)
	case *Super:
		return v.getAttr(name)
	}
	if name == "__class__" {
		return TypeOf(o), nil
	}
	if len(name) > 4 && name[0] == '_' && name[1] == '_' {
		// A special method of a builtin value is its slot (which runs our operators), not
		// gpython's Go method of the same name.
		if w, ok := builtinSlot(o.Type(), name).(*slotWrapper); ok {
			return w.M__get__(o, o.Type())
		}
	}
	res, err := py.GetAttrString(o, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", TypeOf(o).Name, name)
	}
	return res, err
}

// instanceGetAttr is getattr for an instance of class c defined in Python (or an exception).
func instanceGetAttr(o py.Object, c *py.Type, name string) (py.Object, error) {
	cc := cacheOf(c)
	ga, getattr, _, _ := hooks(c, cc)
	var res py.Object
	var err error
	if ga != nil {
		res, err = callMethodOf(ga, o, c, py.Tuple{py.String(name)}, nil)
	} else {
		res, err = getAttrIn(o, c, cc, name)
	}
	if err != nil && getattr != nil && py.IsException(py.AttributeError, err) {
		return callMethodOf(getattr, o, c, py.Tuple{py.String(name)}, nil)
	}
	return res, err
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(o py.Object, name string) (py.Object, error) {
	c := TypeOf(o)
	return getAttrIn(o, c, cacheOf(c), name)
}

// getAttrIn is object.__getattribute__ for o of class c, whose cache is cc.
func getAttrIn(o py.Object, c *py.Type, cc *classCache, name string) (py.Object, error) {
	switch name {
	case "__class__":
		return c, nil
	case "__dict__":
		if hasDict(c) {
			if d := instanceDict(o); d != nil {
				return d, nil
			}
		}
	}
	v := lookupIn(c, cc, name)
	if v != nil && isDataDescriptor(v) {
		return descrGet(v, o, c)
	}
	if d := instanceDict(o); d != nil {
		if x, ok := d[name]; ok {
			return x, nil
		}
	}
	if e, ok := o.(*py.Exception); ok {
		if x, ok := exceptionAttr(e, name); ok {
			return x, nil
		}
	}
	if v != nil {
		return bindAttr(v, o, c)
	}
	if inst, ok := o.(*Instance); ok {
		if res := instanceValueAttr(inst, name); res != nil {
			return res, nil
		}
	}
	if d := instanceDict(o); d == nil {
		return py.GetAttrString(o, name)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
}

// isDataDescriptor reports whether v defines __set__ or __delete__.
func isDataDescriptor(v py.Object) bool {
	switch v.(type) {
	case *py.Function, *py.Method, *py.StaticMethod, *py.ClassMethod, *slotWrapper:
		return false
	case py.I__set__, py.I__delete__:
		return true
	}
	if c := instanceClass(v); c != nil {
		return c.Lookup("__set__") != nil || c.Lookup("__delete__") != nil
	}
	return false
}

// descrGet calls v.__get__(o, c) when v is a descriptor, else returns v.
func descrGet(v, o py.Object, c *py.Type) (py.Object, error) {
	if d, ok := v.(py.I__get__); ok {
		return d.M__get__(o, c)
	}
	if g := lookupSpecial(v, "__get__"); g != nil {
		return callSpecial(g, v, o, c)
	}
	return v, nil
}

// bindAttr turns a class attribute found for instance o into what o.name returns. The methods
// and properties of builtin types, implemented in Go, get the builtin value of an Instance.
func bindAttr(v, o py.Object, c *py.Type) (py.Object, error) {
	if inst, ok := o.(*Instance); ok {
		switch v.(type) {
		case *py.Method, *py.Property:
			o = inst.value
		}
	}
	switch d := v.(type) {
	case *py.Function:
		return py.NewBoundMethod(o, d), nil
	case *py.Property:
		if o == py.None {
			return d, nil
		}
	}
	return descrGet(v, o, c)
}

// SetAttr does o.name = value, honouring data descriptors and __setattr__ found through the MRO.
// Builtin types cannot be modified.
func SetAttr(o py.Object, name string, value py.Object) error {
	switch v := o.(type) {
	case *py.Type:
		if v.Mro != nil {
			return typeSetAttr(v, name, value)
		}
		if c := instanceClass(v); c != nil {
			return instanceSetAttr(o, c, name, value)
		}
	case *py.Exception:
		return instanceSetAttr(o, v.Base, name, value)
	case *Instance:
		return instanceSetAttr(o, v.cls, name, value)
	case *py.Function:
		return functionSetAttr(v, name, value)
	}
	_, err := py.SetAttrString(o, name, value)
	return err
}

func instanceSetAttr(o py.Object, c *py.Type, name string, value py.Object) error {
	cc := cacheOf(c)
	if _, _, sa, _ := hooks(c, cc); sa != nil {
		_, err := callMethodOf(sa, o, c, py.Tuple{py.String(name), value}, nil)
		return err
	}
	return setAttrIn(o, c, cc, name, value)
}

// genericSetAttr is object.__setattr__.
func genericSetAttr(o py.Object, name string, value py.Object) error {
	c := TypeOf(o)
	return setAttrIn(o, c, cacheOf(c), name, value)
}

// setAttrIn is object.__setattr__ for o of class c, whose cache is cc.
func setAttrIn(o py.Object, c *py.Type, cc *classCache, name string, value py.Object) error {
	if v := lookupIn(c, cc, name); v != nil {
		if d, ok := v.(py.I__set__); ok {
			_, err := d.M__set__(o, value)
			return err
		}
		if s := lookupSpecial(v, "__set__"); s != nil {
			_, err := callSpecial(s, v, o, value)
			return err
		}
		if isDataDescriptor(v) {
			return py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", c.Name, name)
		}
	}
	if e, ok := o.(*py.Exception); ok {
		if handled, err := setExceptionAttr(e, name, value); handled {
			return err
		}
	}
	switch name {
	case "__class__":
		nc, ok := value.(*py.Type)
		inst, isInst := o.(*py.Type)
		if !ok || nc.Mro == nil || !isInst || !isHeapClass(nc) {
			return py.ExceptionNewf(py.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		inst.ObjectType = nc
		invalidateClassCaches()
		return nil
	case "__dict__":
		d, ok := value.(py.StringDict)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(value).Name)
		}
		if inst, ok := o.(*py.Type); ok && hasDict(c) {
			inst.Dict = d
			return nil
		}
	}
	d := instanceDict(o)
	if d == nil || !hasDict(c) {
		return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
	}
	NSStore(d, name, value)
	invalidateIfClass(o)
	return nil
}

// invalidateIfClass makes class caches stale when o, whose dict was just changed, is a class
// (object.__setattr__(cls, ...), a metaclass's super().__setattr__).
func invalidateIfClass(o py.Object) {
	if t, ok := o.(*py.Type); ok && t.Mro != nil {
		invalidateClassCaches()
	}
}

// DelAttr does del o.name.
func DelAttr(o py.Object, name string) error {
	switch v := o.(type) {
	case *py.Type:
		if v.Mro != nil {
			return typeDelAttr(v, name)
		}
		if c := instanceClass(v); c != nil {
			return instanceDelAttr(o, c, name)
		}
	case *py.Exception:
		return instanceDelAttr(o, v.Base, name)
	case *Instance:
		return instanceDelAttr(o, v.cls, name)
	case *py.Function:
		if _, ok := v.Dict[name]; ok {
			delete(v.Dict, name)
			return nil
		}
	}
	return py.DeleteAttrString(o, name)
}

func instanceDelAttr(o py.Object, c *py.Type, name string) error {
	if _, _, _, da := hooks(c, cacheOf(c)); da != nil {
		_, err := callMethodOf(da, o, c, py.Tuple{py.String(name)}, nil)
		return err
	}
	return genericDelAttr(o, name)
}

// genericDelAttr is object.__delattr__.
func genericDelAttr(o py.Object, name string) error {
	c := TypeOf(o)
	if v := lookupMRO(c, name); v != nil {
		if d, ok := v.(py.I__delete__); ok {
			_, err := d.M__delete__(o)
			return err
		}
		if s := lookupSpecial(v, "__delete__"); s != nil {
			_, err := callSpecial(s, v, o)
			return err
		}
	}
	if NSDelete(instanceDict(o), name) {
		invalidateIfClass(o)
		return nil
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
}

// typeGetAttr is getattr on a class: data descriptors of the metaclass, the class's MRO (with
// __get__(None, cls)), the attributes every class has, then the metaclass's other attributes.
func typeGetAttr(cls *py.Type, name string) (py.Object, error) {
	meta := TypeOf(cls)
	var mv py.Object
	if meta != py.TypeType {
		mv = lookupPython(meta, name)
		if mv != nil && isDataDescriptor(mv) {
			return descrGet(mv, cls, meta)
		}
	}
	if v, ok := typeSpecialAttr(cls, name); ok {
		return v, nil
	}
	if v := lookupMRO(cls, name); v != nil {
		return classDescrGet(v, cls)
	}
	if mv != nil {
		return bindAttr(mv, cls, meta)
	}
	if !isHeapClass(cls) {
		if res, err := py.GetAttrString(cls, name); err == nil {
			return res, nil
		}
	}
	if v := builtinSlot(py.TypeType, name); v != nil {
		return bindAttr(v, cls, py.TypeType)
	}
	if meta != py.TypeType {
		if f := lookupPython(meta, "__getattr__"); f != nil {
			return callMethodOf(f, cls, meta, py.Tuple{py.String(name)}, nil)
		}
	}
	return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
}

// classDescrGet is what cls.name gives for the class attribute v.
func classDescrGet(v py.Object, cls *py.Type) (py.Object, error) {
	switch d := v.(type) {
	case *py.Function, *py.Method, *py.Property:
		return d, nil
	case *slotWrapper:
		return d.M__get__(py.None, cls)
	}
	return descrGet(v, py.None, cls)
}

// typeSpecialAttr returns the attributes CPython's type defines for every class.
func typeSpecialAttr(cls *py.Type, name string) (py.Object, bool) {
	switch name {
	case "__name__":
		return py.String(typeDisplayName(cls)), true
	case "__qualname__":
		if cls.Qualname != "" {
			return py.String(cls.Qualname), true
		}
		return py.String(typeDisplayName(cls)), true
	case "__module__":
		if m, ok := cls.Dict["__module__"]; ok && isHeapClass(cls) {
			return m, true
		}
		return py.String("builtins"), true
	case "__doc__":
		if isHeapClass(cls) {
			if d, ok := cls.Dict["__doc__"]; ok {
				return d, true
			}
			return py.None, true
		}
		if cls.Doc == "" {
			return py.None, true
		}
		return py.String(cls.Doc), true
	case "__dict__":
		return &MappingProxy{m: cls.Dict}, true
	case "__bases__":
		return basesOf(cls), true
	case "__base__":
		if cls == py.ObjectType {
			return py.None, true
		}
		if cls == py.BoolType {
			return py.IntType, true
		}
		if cls.Base != nil {
			return cls.Base, true
		}
		return py.ObjectType, true
	case "__mro__":
		return mroOf(cls), true
	case "__class__":
		return TypeOf(cls), true
	}
	return nil, false
}

// typeDisplayName is the __name__ of a class (gpython names some builtins differently).
func typeDisplayName(t *py.Type) string {
	if !isHeapClass(t) {
		switch t.Name {
		case "boundmethod":
			return "method"
		case "builtin_function_or_method":
			return t.Name
		}
		if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
			return t.Name[i+1:]
		}
	}
	return t.Name
}

// typeSetAttr does cls.name = value. Builtin types are immutable: they are shared by every
// interpreter in the process.
func typeSetAttr(cls *py.Type, name string, value py.Object) error {
	if !isHeapClass(cls) {
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, typeDisplayName(cls))
	}
	meta := TypeOf(cls)
	if meta != py.TypeType {
		if sa := lookupPython(meta, "__setattr__"); sa != nil {
			_, err := callMethodOf(sa, cls, meta, py.Tuple{py.String(name), value}, nil)
			return err
		}
		if mv := lookupPython(meta, name); mv != nil {
			if d, ok := mv.(py.I__set__); ok {
				_, err := d.M__set__(cls, value)
				return err
			}
			if s := lookupSpecial(mv, "__set__"); s != nil {
				_, err := callSpecial(s, mv, cls, value)
				return err
			}
		}
	}
	switch name {
	case "__name__", "__qualname__":
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can only assign string to %s.%s, not '%s'", cls.Name, name, TypeOf(value).Name)
		}
		if name == "__name__" {
			cls.Name = string(s)
		} else {
			cls.Qualname = string(s)
		}
		return nil
	case "__doc__":
		if s, ok := value.(py.String); ok {
			cls.Doc = string(s)
		}
	case "__mro__", "__bases__", "__base__", "__dict__", "__class__":
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of 'type' objects is not writable", name)
	}
	NSStore(cls.Dict, name, value)
	invalidateClassCaches()
	return nil
}

// typeDelAttr does del cls.name.
func typeDelAttr(cls *py.Type, name string) error {
	if !isHeapClass(cls) {
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, typeDisplayName(cls))
	}
	if _, ok := cls.Dict[name]; !ok {
		return py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
	}
	NSDelete(cls.Dict, name)
	invalidateClassCaches()
	return nil
}
