package vm

import (
	"github.com/go-python/gpython/py"
)

// GetAttr returns o.name. On instances of Python classes it follows CPython's order (a
// __getattribute__ override; data descriptors of the class; the instance dict; other class
// attributes, bound; __getattr__), looking through the whole MRO, which gpython does not do.
// Other objects go to gpython.
func GetAttr(o py.Object, name string) (py.Object, error) {
	c := instanceClass(o)
	if c == nil {
		if cls, ok := o.(*py.Type); ok && cls.Mro != nil && cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return classAttr(cls, name)
		}
		return py.GetAttrString(o, name)
	}
	inst := o.(*py.Type)
	if ga := c.Lookup("__getattribute__"); ga != nil {
		if _, ok := ga.(*py.Function); ok {
			return callSpecial(ga, o, py.String(name))
		}
	}
	v := c.Lookup(name)
	if v != nil {
		if _, ok := v.(py.I__set__); ok {
			if d, ok := v.(py.I__get__); ok {
				return d.M__get__(o, c)
			}
		}
	}
	if x, ok := inst.Dict[name]; ok {
		return x, nil
	}
	if v != nil {
		switch d := v.(type) {
		case *py.Function:
			return py.NewBoundMethod(o, d), nil
		case py.I__get__:
			return d.M__get__(o, c)
		}
		if g := lookupSpecial(v, "__get__"); g != nil {
			return callSpecial(g, v, o, c)
		}
		return v, nil
	}
	if name == "__class__" {
		return c, nil
	}
	if name == "__dict__" {
		return inst.Dict, nil
	}
	if ga := c.Lookup("__getattr__"); ga != nil {
		return callSpecial(ga, o, py.String(name))
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
}

// SetAttr does o.name = value, honouring data descriptors and __setattr__ found through the MRO.
func SetAttr(o py.Object, name string, value py.Object) error {
	c := instanceClass(o)
	if c == nil {
		_, err := py.SetAttrString(o, name, value)
		return err
	}
	if sa := c.Lookup("__setattr__"); sa != nil {
		if _, ok := sa.(*py.Function); ok {
			_, err := callSpecial(sa, o, py.String(name), value)
			return err
		}
	}
	if v := c.Lookup(name); v != nil {
		if d, ok := v.(py.I__set__); ok {
			_, err := d.M__set__(o, value)
			return err
		}
		if s := lookupSpecial(v, "__set__"); s != nil {
			_, err := callSpecial(s, v, o, value)
			return err
		}
	}
	inst := o.(*py.Type)
	if inst.Dict == nil {
		inst.Dict = py.StringDict{}
	}
	inst.Dict[name] = value
	return nil
}

// DelAttr does del o.name.
func DelAttr(o py.Object, name string) error {
	c := instanceClass(o)
	if c == nil {
		return py.DeleteAttrString(o, name)
	}
	if da := c.Lookup("__delattr__"); da != nil {
		if _, ok := da.(*py.Function); ok {
			_, err := callSpecial(da, o, py.String(name))
			return err
		}
	}
	if v := c.Lookup(name); v != nil {
		if d, ok := v.(py.I__delete__); ok {
			_, err := d.M__delete__(o)
			return err
		}
	}
	inst := o.(*py.Type)
	if _, ok := inst.Dict[name]; ok {
		delete(inst.Dict, name)
		return nil
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
}

// classAttr returns cls.name for a class defined in Python, looking through its MRO (functions
// come back unbound; classmethod and staticmethod apply their __get__).
func classAttr(cls *py.Type, name string) (py.Object, error) {
	v := cls.Lookup(name)
	if v == nil {
		return py.GetAttrString(cls, name)
	}
	switch d := v.(type) {
	case *py.Function, *py.Property:
		return d, nil
	case py.I__get__:
		return d.M__get__(py.None, cls)
	}
	return v, nil
}
