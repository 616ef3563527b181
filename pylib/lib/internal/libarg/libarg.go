// Package libarg parses the arguments of the Go functions behind pylib/lib's Python modules,
// with the TypeError messages CPython gives for a def-style signature, and holds the small
// conversions those modules share (bytes-like arguments, errors of a given Python type).
package libarg

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pybytes"
	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

// Spec describes a function's parameters as a Python def would: Params in order, the first
// Required of them required, those from KwOnly on keyword-only (KwOnly == 0 means none).
type Spec struct {
	Name     string
	Params   []string
	Required int
	KwOnly   int
	// ExtraKw collects unknown keyword arguments (a **kw parameter) instead of failing.
	ExtraKw bool
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (s *Spec) nPositional() int {
	if s.KwOnly > 0 {
		return s.KwOnly
	}
	return len(s.Params)
}

// Parse binds args and kwargs to s.Params; a parameter not given is nil. With ExtraKw the
// unknown keyword arguments are returned, otherwise they are an error.
func (s *Spec) Parse(args py.Tuple, kwargs py.StringDict) ([]py.Object, py.StringDict, error) {
	npos := s.nPositional()
	if len(args) > npos {
		return nil, nil, s.tooMany(len(args), kwargs)
	}
	out := make([]py.Object, len(s.Params))
	copy(out, args)
	var extra py.StringDict
	for k, v := range kwargs {
		i := s.index(k)
		if i < 0 {
			if s.ExtraKw {
				if extra == nil {
					extra = py.StringDict{}
				}
				extra[k] = v
				continue
			}
			return nil, nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", s.Name, k)
		}
		if out[i] != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", s.Name, k)
		}
		out[i] = v
	}
	var missing []string
	for i := 0; i < s.Required && i < npos; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+s.Params[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s() missing %d required positional %s: %s",
			s.Name, len(missing), plural(len(missing), "argument", "arguments"), joinNames(missing))
	}
	for i := npos; i < s.Required; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+s.Params[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s() missing %d required keyword-only %s: %s",
			s.Name, len(missing), plural(len(missing), "argument", "arguments"), joinNames(missing))
	}
	return out, extra, nil
}

func (s *Spec) index(name string) int {
	for i, p := range s.Params {
		if p == name {
			return i
		}
	}
	return -1
}

func (s *Spec) tooMany(given int, kwargs py.StringDict) error {
	npos := s.nPositional()
	req := min(s.Required, npos)
	takes := fmt.Sprintf("%d positional %s", npos, plural(npos, "argument", "arguments"))
	if req < npos {
		takes = fmt.Sprintf("from %d to %d positional arguments", req, npos)
	}
	kw := 0
	for k := range kwargs {
		if i := s.index(k); i >= npos {
			kw++
		}
	}
	was := plural(given, "was", "were")
	if kw > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes %s but %d positional %s (and %d keyword-only %s) were given",
			s.Name, takes, given, plural(given, "argument", "arguments"), kw, plural(kw, "argument", "arguments"))
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s but %d %s given", s.Name, takes, given, was)
}

func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// Or returns o, or def when o was not given.
func Or(o, def py.Object) py.Object {
	if o == nil {
		return def
	}
	return o
}

// Truth is bool(o), false when o was not given.
func Truth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return vm.Truth(o)
}

// Bytes returns the content of a bytes-like argument (bytes, bytearray).
func Bytes(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v), true
	case *pybytes.ByteArray:
		s, _ := pybytes.AsBytes(v)
		return []byte(s), true
	}
	return nil, false
}

// BytesArg is Bytes with CPython's TypeError for anything else.
func BytesArg(o py.Object) ([]byte, error) {
	if b, ok := Bytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}

// TypeName is type(o).__name__.
func TypeName(o py.Object) string {
	return vm.TypeOf(o).Name
}

// Str returns the value of a str argument.
func Str(o py.Object) (string, bool) {
	s, ok := o.(py.String)
	return string(s), ok
}

// Int returns the value of an int argument (int, bool or __index__) as a Go int.
func Int(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	i, err := py.Index(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	return int(i), nil
}

// Raise builds an exception of the Python class cls (a builtin or a class defined in Python)
// from args, ready to return as an error.
func Raise(cls py.Object, args ...py.Object) error {
	e, err := vm.Call(cls, py.Tuple(args), nil)
	if err != nil {
		return err
	}
	if exc, ok := e.(*py.Exception); ok {
		return exc
	}
	return py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
}

// Global returns a name defined by a module's Python part, for the Go functions bound to it.
func Global(self py.Object, name string) py.Object {
	if m, ok := self.(*py.Module); ok {
		if o, ok := m.Globals[name]; ok {
			return o
		}
	}
	panic("libarg: module global " + name + " missing")
}

// Func makes a module function from a Go function taking (module, args, kwargs).
func Func(name, doc string, f func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, f, 0, doc)
}

// GetAttr is getattr(o, name).
func GetAttr(o py.Object, name string) (py.Object, error) {
	return vm.GetAttr(o, name)
}

// Call calls fn with positional arguments.
func Call(fn py.Object, args ...py.Object) (py.Object, error) {
	return vm.Call(fn, py.Tuple(args), nil)
}

// CallKw calls fn with positional and keyword arguments.
func CallKw(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return vm.Call(fn, args, kwargs)
}

// CallMethod calls o.name(*args).
func CallMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := vm.GetAttr(o, name)
	if err != nil {
		return nil, err
	}
	return vm.Call(m, py.Tuple(args), nil)
}

// Sequence returns the items of an iterable.
func Sequence(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case py.Tuple:
		return v, nil
	case *py.List:
		return v.Items, nil
	}
	it, err := vm.Iter(o)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	for {
		x, err := vm.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return items, nil
			}
			return nil, err
		}
		items = append(items, x)
	}
}

// Uint32 reduces an int argument modulo 2**32, as zlib and binascii do with checksums.
func Uint32(o py.Object) (uint32, error) {
	switch v := o.(type) {
	case py.Int:
		return uint32(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		m := new(big.Int).And((*big.Int)(v), big.NewInt(0xffffffff))
		return uint32(m.Uint64()), nil
	}
	n, err := Int(o)
	return uint32(n), err
}

// Repr is repr(o).
func Repr(o py.Object) (string, error) {
	return pyformat.Repr(o)
}

// Import imports a module into the interpreter that owns the module self (a module of
// pylib/lib whose Go function is running), through that interpreter's __import__.
func Import(self py.Object, name string) (py.Object, error) {
	m, ok := self.(*py.Module)
	if !ok || m.Context == nil {
		return nil, py.ExceptionNewf(py.ImportError, "No module named '%s'", name)
	}
	if mod, err := m.Context.Store().GetModule(name); err == nil {
		return mod, nil
	}
	imp, ok := m.Context.Store().Builtins.Globals["__import__"]
	if !ok {
		return nil, py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	return vm.Call(imp, py.Tuple{py.String(name)}, nil)
}
