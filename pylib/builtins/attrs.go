package builtins

import (
	"math"
	"reflect"
	"sort"
	"unsafe"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

func init() {
	register("getattr", builtinGetattr, "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.")
	register("hasattr", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := positional("hasattr", args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if _, err := vm.GetAttr(args[0], name); err != nil {
			if isAttributeError(err) {
				return py.False, nil
			}
			return nil, err
		}
		return py.True, nil
	}, "hasattr(obj, name, /)\n\nReturn whether the object has an attribute with the given name.")
	register("setattr", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := positional("setattr", args, kwargs, 3, 3); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return py.None, vm.SetAttr(args[0], name, args[2])
	}, "setattr(obj, name, value, /)\n\nSets the named attribute on the given object to the specified value.")
	register("delattr", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := positional("delattr", args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return py.None, vm.DelAttr(args[0], name)
	}, "delattr(obj, name, /)\n\nDeletes the named attribute from the given object.")
	register("callable", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := oneArg("callable", args, kwargs); err != nil {
			return nil, err
		}
		return py.NewBool(isCallable(args[0])), nil
	}, "callable(obj, /)\n\nReturn whether the object is callable (i.e., some kind of function).")
	register("id", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := oneArg("id", args, kwargs); err != nil {
			return nil, err
		}
		return py.Int(identity(args[0])), nil
	}, "id(obj, /)\n\nReturn the identity of an object.")
	register("dir", builtinDir, "dir([object]) -> list of strings\n\nReturn an alphabetized list of names comprising (some of) the attributes of the given object.")
	register("vars", builtinVars, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals(). With an argument, equivalent to object.__dict__.")
	for _, name := range []string{"exit", "quit"} {
		name := name
		register(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := positional(name, args, kwargs, 0, 1); err != nil {
				return nil, err
			}
			exc, err := py.ExceptionNew(py.SystemExit, args, nil)
			if err != nil {
				return nil, err
			}
			return nil, exc.(*py.Exception)
		}, name+"(code=None)\n\nExit the interpreter by raising SystemExit(code).")
	}
}

func attrName(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", typeName(o))
	}
	return string(s), nil
}

func builtinGetattr(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("getattr", args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := vm.GetAttr(args[0], name)
	if err != nil && len(args) == 3 && isAttributeError(err) {
		return args[2], nil
	}
	return v, err
}

// isCallable is callable(o): functions, methods, classes and instances whose class has __call__.
func isCallable(o py.Object) bool {
	if t, ok := o.(*py.Type); ok {
		// gpython represents both classes and instances of Python classes as *py.Type; an
		// instance has no name of its own. Every class is callable (int, type, hashlib.blake2b,
		// types made in Go without an MRO); an instance is if its class has __call__.
		if t.Name != "" || t.Mro != nil {
			return true
		}
		return t.Type() != nil && t.Type().Lookup("__call__") != nil
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	return o.Type() != nil && o.Type().Lookup("__call__") != nil
}

// identity gives id(o): the address of reference objects; values that gpython copies (ints,
// floats, strs) get one derived from their value or data, so equal values that `is` treats as
// the same object share it.
func identity(o py.Object) int64 {
	switch v := o.(type) {
	case py.Int:
		return int64(v)*16 + 0x10000
	case py.Bool:
		if v {
			return 0x1001
		}
		return 0x1002
	case py.NoneType:
		return 0x1003
	case py.Float:
		return int64(math.Float64bits(float64(v)) >> 4)
	case py.String:
		if len(v) == 0 {
			return 0x1004
		}
		return int64(uintptr(unsafe.Pointer(unsafe.StringData(string(v)))))
	case py.Tuple:
		if len(v) == 0 {
			return 0x1005
		}
		return int64(uintptr(unsafe.Pointer(&v[0])))
	case py.Bytes:
		if len(v) == 0 {
			return 0x1006
		}
		return int64(uintptr(unsafe.Pointer(&v[0])))
	}
	rv := reflect.ValueOf(o)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return int64(rv.Pointer())
	}
	h, err := vm.Hash(o)
	if err != nil {
		return 0x2000
	}
	return h
}

func builtinDir(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("dir", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.NotImplementedError, "dir() without arguments is not supported")
	}
	o := args[0]
	if m, err := special(o, "__dir__"); err == nil && m != nil && isInstance(o) {
		res, err := vm.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		return callSorted(res)
	}
	names := map[string]bool{}
	addDict := func(d py.StringDict) {
		for k := range d {
			if k != vm.OrderKey {
				names[k] = true
			}
		}
	}
	addType := func(t *py.Type) {
		if t == nil {
			return
		}
		if t.Mro != nil {
			for _, b := range t.Mro {
				if bt, ok := b.(*py.Type); ok {
					addDict(bt.Dict)
				}
			}
			return
		}
		for ; t != nil; t = t.Base {
			addDict(t.Dict)
		}
	}
	switch v := o.(type) {
	case *py.Module:
		addDict(v.Globals)
	case *py.Type:
		if v.Mro != nil {
			addType(v)
		} else {
			addDict(v.Dict)
			addType(v.Type())
		}
	default:
		if d, ok := o.(py.IGetDict); ok {
			addDict(d.GetDict())
		}
		addType(o.Type())
	}
	list := make([]string, 0, len(names))
	for k := range names {
		list = append(list, k)
	}
	sort.Strings(list)
	return py.NewListFromStrings(list), nil
}

func callSorted(o py.Object) (py.Object, error) {
	return builtinSorted(py.Tuple{o}, nil)
}

func builtinVars(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("vars", args, kwargs, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.NotImplementedError, "vars() without arguments is not supported; use locals()")
	}
	if m, ok := args[0].(*py.Module); ok {
		return m.Globals, nil
	}
	d, err := vm.GetAttr(args[0], "__dict__")
	if err != nil {
		if isAttributeError(err) {
			return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}
