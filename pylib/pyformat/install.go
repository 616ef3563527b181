package pyformat

import (
	"sync"

	"github.com/go-python/gpython/py"
)

var installOnce sync.Once

// Install adds str.format, str.format_map and the __format__ methods of
// str, int, bool, float and complex to gpython's (process-wide) type
// dicts. Call it once at program start, before any interpreter runs;
// later calls do nothing.
func Install() {
	installOnce.Do(func() {
		py.StringType.Dict["format"] = py.MustNewMethod("format", strFormatMethod, 0,
			"S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.")
		py.StringType.Dict["format_map"] = py.MustNewMethod("format_map", strFormatMapMethod, 0,
			"S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.")
		for _, t := range []*py.Type{py.StringType, py.IntType, py.BigIntType, py.BoolType, py.FloatType, py.ComplexType} {
			t.Dict["__format__"] = py.MustNewMethod("__format__", dunderFormat, 0,
				"__format__(format_spec) -> str\n\nFormat the value according to format_spec.")
		}
	})
}

func strFormatMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s, ok := self.(py.String)
	if !ok {
		return nil, typeErrorf("descriptor 'format' requires a 'str' object but received a '%s'", typeName(self))
	}
	return StrFormat(string(s), args, kwargs)
}

func strFormatMapMethod(self, mapping py.Object) (py.Object, error) {
	s, ok := self.(py.String)
	if !ok {
		return nil, typeErrorf("descriptor 'format_map' requires a 'str' object but received a '%s'", typeName(self))
	}
	return FormatMap(string(s), mapping)
}

func dunderFormat(self, spec py.Object) (py.Object, error) {
	s, ok := spec.(py.String)
	if !ok {
		return nil, typeErrorf("__format__() argument must be str, not %s", typeName(spec))
	}
	return Format(self, string(s))
}

// Builtins returns new, unbound Go implementations of the builtins format,
// repr, ascii and print, keyed by name. print needs its Method.Module set
// to the interpreter's builtins module to find sys.stdout; AddBuiltins
// does that.
func Builtins() map[string]py.Object {
	return map[string]py.Object{
		"format": py.MustNewMethod("format", builtinFormat, 0,
			"format(value, format_spec='', /)\n\nReturn value.__format__(format_spec)."),
		"repr": py.MustNewMethod("repr", builtinRepr, 0,
			"repr(obj, /)\n\nReturn the canonical string representation of the object."),
		"ascii": py.MustNewMethod("ascii", builtinASCII, 0,
			"ascii(obj, /)\n\nReturn an ASCII-only representation of an object."),
		"print": py.MustNewMethod("print", builtinPrint, 0,
			"print(*objects, sep=' ', end='\\n', file=None, flush=False)\n\nPrints the values to a stream, or to sys.stdout by default."),
	}
}

// AddBuiltins puts the Builtins into an interpreter's builtins module
// (ctx.Store().Builtins), bound to it.
func AddBuiltins(builtins *py.Module) {
	for name, obj := range Builtins() {
		if m, ok := obj.(*py.Method); ok {
			m.Module = builtins
		}
		builtins.Globals[name] = obj
	}
}

func builtinFormat(self py.Object, args py.Tuple) (py.Object, error) {
	switch {
	case len(args) == 0:
		return nil, typeErrorf("format expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, typeErrorf("format expected at most 2 arguments, got %d", len(args))
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(py.String)
		if !ok {
			return nil, typeErrorf("format() argument 2 must be str, not %s", typeName(args[1]))
		}
		spec = string(s)
	}
	return Format(args[0], spec)
}

func builtinRepr(self, obj py.Object) (py.Object, error) {
	s, err := Repr(obj)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func builtinASCII(self, obj py.Object) (py.Object, error) {
	s, err := ascii(obj)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// printOptions are print's keyword arguments.
type printOptions struct {
	sep, end string
	file     py.Object
	flush    bool
}

func parsePrintOptions(self py.Object, kwargs py.StringDict) (printOptions, error) {
	o := printOptions{sep: " ", end: "\n", file: py.None}
	for k, v := range kwargs {
		switch k {
		case "sep", "end":
			s, err := printSeparator(k, v)
			if err != nil {
				return o, err
			}
			if k == "sep" {
				o.sep = s
			} else {
				o.end = s
			}
		case "file":
			o.file = v
		case "flush":
			b, err := py.MakeBool(v)
			if err != nil {
				return o, err
			}
			o.flush = b == py.True
		default:
			return o, typeErrorf("'%s' is an invalid keyword argument for print()", k)
		}
	}
	if o.file == py.None {
		out, err := sysStdout(self)
		if err != nil {
			return o, err
		}
		o.file = out
	}
	return o, nil
}

// printSeparator checks a sep or end argument: None means the default.
func printSeparator(name string, v py.Object) (string, error) {
	switch s := v.(type) {
	case py.String:
		return string(s), nil
	case py.NoneType:
		if name == "sep" {
			return " ", nil
		}
		return "\n", nil
	}
	return "", typeErrorf("%s must be None or a string, not %s", name, typeName(v))
}

// sysStdout finds sys.stdout of the interpreter whose builtins module is
// self.
func sysStdout(self py.Object) (py.Object, error) {
	m, ok := self.(*py.Module)
	if !ok || m == nil || m.Context == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
	}
	sys, err := m.Context.GetModule("sys")
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
	}
	out, ok := sys.Globals["stdout"]
	if !ok {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
	}
	return out, nil
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None,
// flush=False): file.write(str(obj)) for each object, sep between, then end.
func builtinPrint(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	o, err := parsePrintOptions(self, kwargs)
	if err != nil {
		return nil, err
	}
	if o.file == py.None {
		return py.None, nil
	}
	write, err := py.GetAttrString(o.file, "write")
	if err != nil {
		return nil, err
	}
	emit := func(s string) error {
		_, err := py.Call(write, py.Tuple{py.String(s)}, nil)
		return err
	}
	for i, v := range args {
		if i > 0 {
			if err := emit(o.sep); err != nil {
				return nil, err
			}
		}
		s, err := Str(v)
		if err != nil {
			return nil, err
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	if err := emit(o.end); err != nil {
		return nil, err
	}
	if o.flush {
		flush, err := py.GetAttrString(o.file, "flush")
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(flush, nil, nil); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}
