package vm

// The attributes of function and method objects (__name__, __doc__, __wrapped__, __self__ ...),
// which gpython mostly lacks.

import (
	"github.com/go-python/gpython/py"
)

func noneIfNil(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// functionGetAttr is getattr on a Python function.
func functionGetAttr(f *py.Function, name string) (py.Object, error) {
	switch name {
	case "__name__":
		return py.String(f.Name), nil
	case "__qualname__":
		if f.Qualname == "" {
			return py.String(f.Name), nil
		}
		return py.String(f.Qualname), nil
	case "__doc__":
		return noneIfNil(f.Doc), nil
	case "__module__":
		if m, ok := f.Dict["__module__"]; ok {
			return m, nil
		}
		return noneIfNil(f.Globals["__name__"]), nil
	case "__dict__":
		if f.Dict == nil {
			f.Dict = py.StringDict{}
		}
		return f.Dict, nil
	case "__defaults__":
		if f.Defaults == nil {
			return py.None, nil
		}
		return f.Defaults, nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return py.None, nil
		}
		return f.KwDefaults, nil
	case "__code__":
		return f.Code, nil
	case "__globals__":
		return f.Globals, nil
	case "__closure__":
		if f.Closure == nil {
			return py.None, nil
		}
		return f.Closure, nil
	case "__annotations__":
		if f.Annotations == nil {
			f.Annotations = py.StringDict{}
		}
		return f.Annotations, nil
	case "__class__":
		return py.FunctionType, nil
	}
	if v, ok := f.Dict[name]; ok {
		return v, nil
	}
	res, err := py.GetAttrString(f, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		return nil, py.ExceptionNewf(py.AttributeError, "'function' object has no attribute '%s'", name)
	}
	return res, err
}

// functionSetAttr is setattr on a Python function.
func functionSetAttr(f *py.Function, name string, value py.Object) error {
	switch name {
	case "__name__", "__qualname__":
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			f.Name = string(s)
		} else {
			f.Qualname = string(s)
		}
		return nil
	case "__doc__":
		f.Doc = value
		return nil
	case "__defaults__":
		switch d := value.(type) {
		case py.NoneType:
			f.Defaults = nil
		case py.Tuple:
			f.Defaults = d
		default:
			return py.ExceptionNewf(py.TypeError, "__defaults__ must be set to a tuple object")
		}
		return nil
	case "__kwdefaults__":
		switch d := value.(type) {
		case py.NoneType:
			f.KwDefaults = nil
		case py.StringDict:
			f.KwDefaults = d
		default:
			return py.ExceptionNewf(py.TypeError, "__kwdefaults__ must be set to a dict object")
		}
		return nil
	case "__annotations__":
		d, ok := value.(py.StringDict)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__annotations__ must be set to a dict object")
		}
		f.Annotations = d
		return nil
	case "__dict__":
		d, ok := value.(py.StringDict)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(value).Name)
		}
		f.Dict = d
		return nil
	case "__code__", "__globals__", "__closure__", "__class__":
		_, err := py.SetAttrString(f, name, value)
		return err
	}
	if f.Dict == nil {
		f.Dict = py.StringDict{}
	}
	f.Dict[name] = value
	return nil
}

// boundMethodGetAttr is getattr on a bound method: __self__ and __func__, the rest from the
// function, as in CPython.
func boundMethodGetAttr(m *py.BoundMethod, name string) (py.Object, error) {
	switch name {
	case "__self__":
		return m.Self, nil
	case "__func__":
		return m.Method, nil
	case "__class__":
		return py.BoundMethodType, nil
	}
	return GetAttr(m.Method, name)
}

// builtinFunctionGetAttr is getattr on a function or method implemented in Go.
func builtinFunctionGetAttr(m *py.Method, name string) (py.Object, error) {
	switch name {
	case "__name__", "__qualname__":
		return py.String(m.Name), nil
	case "__doc__":
		if m.Doc == "" {
			return py.None, nil
		}
		return py.String(m.Doc), nil
	case "__module__":
		if m.Module != nil && m.Module.ModuleImpl != nil {
			return py.String(m.Module.ModuleImpl.Info.Name), nil
		}
		return py.None, nil
	case "__class__":
		return TypeOf(m), nil
	}
	res, err := py.GetAttrString(m, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		return nil, py.ExceptionNewf(py.AttributeError, "'builtin_function_or_method' object has no attribute '%s'", name)
	}
	return res, err
}
