package vm

// Exception objects with CPython's attributes: args, __cause__, __context__,
// __suppress_context__, __traceback__, with_traceback, the per-class fields (StopIteration.value,
// SystemExit.code, OSError.errno ...), arbitrary attributes in the instance dict, and
// BaseException's __init__/__str__/__repr__ for super() and explicit calls.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// exceptionArgs returns e.args as a tuple.
func exceptionArgs(e *py.Exception) py.Tuple {
	if t, ok := e.Args.(py.Tuple); ok {
		return t
	}
	return py.Tuple{}
}

func argOrNone(args py.Tuple, i int) py.Object {
	if i < len(args) {
		return args[i]
	}
	return py.None
}

func isSubExc(e *py.Exception, t *py.Type) bool {
	return e.Base == t || IsSubclass(e.Base, t)
}

// exceptionAttr returns the builtin attribute name of e (ok false when it has none).
func exceptionAttr(e *py.Exception, name string) (py.Object, bool) {
	args := exceptionArgs(e)
	switch name {
	case "args":
		return args, true
	case "__traceback__":
		return noneIfNil(e.Traceback), true
	case "__cause__":
		return noneIfNil(e.Cause), true
	case "__context__":
		return noneIfNil(e.Context), true
	case "__suppress_context__":
		return py.NewBool(e.SuppressContext), true
	}
	switch {
	case isSubExc(e, py.StopIteration):
		if name == "value" {
			return argOrNone(args, 0), true
		}
	case isSubExc(e, py.SystemExit):
		if name == "code" {
			if len(args) > 1 {
				return args, true
			}
			return argOrNone(args, 0), true
		}
	case isSubExc(e, py.OSError):
		if len(args) < 2 || len(args) > 5 {
			args = nil
		}
		switch name {
		case "errno":
			return argOrNone(args, 0), true
		case "strerror":
			return argOrNone(args, 1), true
		case "filename":
			return argOrNone(args, 2), true
		case "filename2":
			return argOrNone(args, 4), true
		}
	case isSubExc(e, py.SyntaxError):
		switch name {
		case "msg":
			return argOrNone(args, 0), true
		case "filename", "lineno", "offset", "end_lineno", "end_offset", "print_file_and_line":
			return noneIfNil(e.Dict[name]), true
		case "text":
			return noneIfNil(e.Dict["line"]), true
		}
	case isSubExc(e, py.UnicodeError):
		if i := indexOf([]string{"encoding", "object", "start", "end", "reason"}, name); i >= 0 {
			return argOrNone(args, i), true
		}
	case isSubExc(e, py.ImportError):
		switch name {
		case "msg":
			return argOrNone(args, 0), true
		case "name", "path":
			return py.None, true
		}
	case isSubExc(e, py.AttributeError), isSubExc(e, py.NameError):
		if name == "name" || (name == "obj" && isSubExc(e, py.AttributeError)) {
			return py.None, true
		}
	}
	return nil, false
}

// setExceptionAttr sets the builtin attributes of e; handled is false for other names.
func setExceptionAttr(e *py.Exception, name string, value py.Object) (handled bool, err error) {
	switch name {
	case "args":
		t, err := tupleOf(value)
		if err != nil {
			return true, err
		}
		e.Args = t
	case "__traceback__":
		switch value.(type) {
		case py.NoneType:
			e.Traceback = nil
		case *py.Traceback:
			e.Traceback = value
		default:
			return true, py.ExceptionNewf(py.TypeError, "__traceback__ must be a traceback or None")
		}
	case "__cause__":
		c, err := chainedException(value, "exception cause")
		if err != nil {
			return true, err
		}
		e.Cause = c
		e.SuppressContext = true
	case "__context__":
		c, err := chainedException(value, "exception context")
		if err != nil {
			return true, err
		}
		e.Context = c
	case "__suppress_context__":
		t, err := Truth(value)
		if err != nil {
			return true, err
		}
		e.SuppressContext = t
	default:
		return false, nil
	}
	return true, nil
}

func chainedException(value py.Object, what string) (py.Object, error) {
	switch value.(type) {
	case py.NoneType:
		return nil, nil
	case *py.Exception:
		return value, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s must be None or derive from BaseException", what)
}

func tupleOf(o py.Object) (py.Tuple, error) {
	switch v := o.(type) {
	case py.Tuple:
		return v, nil
	case *py.List:
		return append(py.Tuple{}, v.Items...), nil
	}
	it, err := Iter(o)
	if err != nil {
		return nil, err
	}
	var t py.Tuple
	for {
		x, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return append(py.Tuple{}, t...), nil
			}
			return nil, err
		}
		t = append(t, x)
	}
}

func asException(self py.Object, method string) (*py.Exception, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'", method, TypeOf(self).Name)
	}
	return e, nil
}

func addExceptionSlots() {
	b := py.BaseException
	addSlot(b, "__new__", slotStatic, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cls, ok := self.(*py.Type)
		if !ok || !isExceptionClass(cls) {
			return nil, py.ExceptionNewf(py.TypeError, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		return &py.Exception{Base: cls, Args: append(py.Tuple{}, args...), Dict: py.StringDict{}}, nil
	})
	addSlot(b, "__init__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		e, err := asException(self, "__init__")
		if err != nil {
			return nil, err
		}
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", e.Base.Name)
		}
		e.Args = append(py.Tuple{}, args...)
		return py.None, nil
	})
	addSlot(b, "__str__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		e, err := asException(self, "__str__")
		if err != nil {
			return nil, err
		}
		s, err := defaultExceptionStr(e)
		return py.String(s), err
	})
	addSlot(b, "__repr__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		e, err := asException(self, "__repr__")
		if err != nil {
			return nil, err
		}
		s, err := defaultExceptionRepr(e)
		return py.String(s), err
	})
	addSlot(b, "with_traceback", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		e, err := asException(self, "with_traceback")
		if err != nil {
			return nil, err
		}
		var tb py.Object
		if err := py.UnpackTuple(args, kw, "with_traceback", 1, 1, &tb); err != nil {
			return nil, err
		}
		if _, err := setExceptionAttr(e, "__traceback__", tb); err != nil {
			return nil, err
		}
		return e, nil
	})
	addSlot(b, "add_note", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		e, err := asException(self, "add_note")
		if err != nil {
			return nil, err
		}
		var note py.Object
		if err := py.UnpackTuple(args, kw, "add_note", 1, 1, &note); err != nil {
			return nil, err
		}
		if _, ok := note.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "note must be a str, not '%s'", TypeOf(note).Name)
		}
		notes, ok := e.Dict["__notes__"].(*py.List)
		if !ok {
			notes = py.NewList()
			e.Dict["__notes__"] = notes
		}
		notes.Append(note)
		return py.None, nil
	})
}

func strText(o py.Object) (string, error) {
	s, err := Str(o)
	if err != nil {
		return "", err
	}
	return string(s.(py.String)), nil
}

func reprText(o py.Object) (string, error) {
	s, err := Repr(o)
	if err != nil {
		return "", err
	}
	return string(s.(py.String)), nil
}

// defaultExceptionStr is BaseException.__str__ (with KeyError's and OSError's variants).
func defaultExceptionStr(e *py.Exception) (string, error) {
	args := exceptionArgs(e)
	if isSubExc(e, py.OSError) && len(args) >= 2 && len(args) <= 5 {
		errno, _ := strText(args[0])
		msg, _ := strText(args[1])
		s := "[Errno " + errno + "] " + msg
		if len(args) > 2 && args[2] != py.None {
			fn, err := reprText(args[2])
			if err != nil {
				return "", err
			}
			s += ": " + fn
		}
		return s, nil
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if isSubExc(e, py.KeyError) {
			return reprText(args[0])
		}
		return strText(args[0])
	}
	return reprText(args)
}

// defaultExceptionRepr is BaseException.__repr__: Name(arg) or Name(arg1, arg2).
func defaultExceptionRepr(e *py.Exception) (string, error) {
	args := exceptionArgs(e)
	if len(args) == 1 {
		r, err := reprText(args[0])
		return e.Base.Name + "(" + r + ")", err
	}
	r, err := reprText(args)
	if len(args) == 0 {
		r = "()"
	}
	return e.Base.Name + r, err
}

// ExceptionMessage is str(e): a __str__ defined in Python on its class, else BaseException's.
// It is what a traceback prints after the exception's name.
func ExceptionMessage(e *py.Exception) (string, error) {
	if f := lookupPython(e.Base, "__str__"); f != nil {
		res, err := callMethodOf(f, e, e.Base, nil, nil)
		if err != nil {
			return "", err
		}
		s, ok := res.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", TypeOf(res).Name)
		}
		return string(s), nil
	}
	return defaultExceptionStr(e)
}

// ExceptionTypeName is the name a traceback prints for e's class: module-qualified for
// classes defined outside builtins.
func ExceptionTypeName(e *py.Exception) string {
	t := e.Base
	if !isHeapClass(t) {
		return t.Name
	}
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	mod, _ := t.Dict["__module__"].(py.String)
	if mod == "" || mod == "builtins" || mod == "__main__" {
		return name
	}
	return strings.TrimSpace(string(mod)) + "." + name
}

// ExceptionRepr is repr(e): a __repr__ defined in Python on its class, else BaseException's.
func ExceptionRepr(e *py.Exception) (string, error) {
	if f := lookupPython(e.Base, "__repr__"); f != nil {
		res, err := callMethodOf(f, e, e.Base, nil, nil)
		if err != nil {
			return "", err
		}
		s, ok := res.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", TypeOf(res).Name)
		}
		return string(s), nil
	}
	return defaultExceptionRepr(e)
}
