// Package builtins gives each interpreter Go builtins with CPython 3.11's behaviour, results
// and error messages, replacing gpython's where they differ. AddBuiltins puts into an
// interpreter's builtins module:
//
//	len(obj, /)                       abs(x, /)                   hash(obj, /)
//	sorted(iterable, /, *, key=None, reverse=False)
//	min(iterable, *[, default=obj, key=func]) / min(a, b, *args, key=func)   (max alike)
//	reversed(sequence, /)             sum(iterable, /, start=0)   any(iterable, /)  all(iterable, /)
//	divmod(a, b, /)                   pow(base, exp, mod=None)    round(number, ndigits=None)
//	id(obj, /)                        iter(object[, sentinel])    next(iterator[, default])
//	callable(obj, /)                  chr(i, /)  ord(c, /)        bin(x, /)  oct(x, /)  hex(x, /)
//	getattr(object, name[, default])  hasattr(obj, name, /)       setattr(obj, name, value, /)
//	delattr(obj, name, /)             dir(object)                 vars(object)
//	exit(code=None)                   quit(code=None)
//
// Install patches the types once (process-wide): the constructors str(object=”) /
// str(object=b”, encoding='utf-8', errors='strict'), bytes(...) in every form, int(x, base),
// float(x), range(...), enumerate(iterable, start=0), zip(*iterables, strict=False),
// map(func, *iterables) and filter(function, iterable); range.index/count/start/stop/step;
// and, through pynum and pylist, the int, float, list and tuple methods and the operator and
// hash hooks of package vm. The operator hook also gives bytearray % args, the in-place
// operators' messages ("for +="), and the subscript hook str, tuple, list and range indexing
// and slicing with CPython's bounds and messages.
//
// Iteration goes through vm.Iter and vm.Next, so Python classes and generators work and an
// exception raised by an iterator propagates (only StopIteration ends a loop). Comparisons go
// through vm.Compare, so tuples and user __lt__ sort.
//
// dir() and vars() without arguments need the calling frame and are not provided here.
package builtins

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pybytes"
	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/pylist"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

var installOnce sync.Once

// Install patches gpython's global type tables once: constructors, type methods and vm's
// operator and hash hooks. Call it before any interpreter runs.
func Install() {
	installOnce.Do(func() {
		pynum.Install()
		pylist.Install()
		vm.BuiltinBinary = binary
		vm.HashBuiltin = pynum.Hash
		vm.BuiltinGetItem = getItem
		installConstructors()
		installIterTypes()
		installRange()
	})
}

// binary is vm.BuiltinBinary: CPython's results for operators on built-in operands where
// gpython's differ.
func binary(sym string, inplace bool, a, b py.Object) (py.Object, error) {
	res, err := pylist.Binary(sym, inplace, a, b)
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	if sym == "%" {
		if ba, ok := a.(*pybytes.ByteArray); ok {
			return byteArrayPercent(ba, b)
		}
	}
	if res, err = pynum.Binary(sym, a, b); err != nil || res != py.NotImplemented {
		if inplace {
			err = augmentedMessage(sym, err)
		}
		return res, err
	}
	if !inplace {
		return py.NotImplemented, nil
	}
	return inplaceBinary(sym, a, b)
}

// gpython's in-place operators: a.__iop__(b), falling back to gpython's a op b.
var inplaceOps = map[string]func(a, b py.Object) (py.Object, error){
	"+": py.IAdd, "-": py.ISub, "*": py.IMul, "/": py.ITrueDiv, "//": py.IFloorDiv, "%": py.IMod,
	"** or pow()": func(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) },
	"<<":          py.ILshift, ">>": py.IRshift, "&": py.IAnd, "|": py.IOr, "^": py.IXor,
}

// inplaceBinary does what vm would do next for a op= b on built-in operands, with CPython's
// message naming the augmented operator ("unsupported operand type(s) for +=") and bool
// results for &=, |= and ^= between bools.
func inplaceBinary(sym string, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Bool); ok {
		if y, ok := b.(py.Bool); ok {
			switch sym {
			case "&":
				return py.NewBool(bool(x && y)), nil
			case "|":
				return py.NewBool(bool(x || y)), nil
			case "^":
				return py.NewBool(x != y), nil
			}
		}
	}
	fn := inplaceOps[sym]
	if fn == nil {
		return py.NotImplemented, nil
	}
	res, err := fn(a, b)
	return res, augmentedMessage(sym, err)
}

// augmentedMessage turns the binary operator's "unsupported operand" TypeError into the
// augmented assignment's ("for +=").
func augmentedMessage(sym string, err error) error {
	if err == nil || !py.IsException(py.TypeError, err) {
		return err
	}
	prefix := "unsupported operand type(s) for " + sym + ":"
	if msg, ok := exceptionMessage(err); ok && strings.HasPrefix(msg, prefix) {
		op := strings.TrimSuffix(sym, " or pow()")
		return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s=:%s", op, msg[len(prefix):])
	}
	return err
}

// exceptionMessage returns the message of a Python exception raised with one string argument.
func exceptionMessage(err error) (string, bool) {
	var exc *py.Exception
	switch e := err.(type) {
	case *py.Exception:
		exc = e
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	}
	if exc == nil {
		return "", false
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return "", false
	}
	s, ok := args[0].(py.String)
	return string(s), ok
}

// byteArrayPercent is bytearray % args: bytes formatting, giving a new bytearray.
func byteArrayPercent(ba *pybytes.ByteArray, args py.Object) (py.Object, error) {
	res, err := pyformat.Percent(py.Bytes(ba.Bytes()), args)
	if err != nil {
		return nil, err
	}
	return pybytes.NewByteArray(res.(py.Bytes)), nil
}

type builtinFunc func(args py.Tuple, kwargs py.StringDict) (py.Object, error)

type spec struct {
	fn  builtinFunc
	doc string
}

var table = map[string]spec{}

// register adds a builtin function to the table AddBuiltins installs; called from init.
func register(name string, fn builtinFunc, doc string) {
	table[name] = spec{fn, doc}
}

// AddBuiltins puts this package's builtin functions into an interpreter's builtins module.
func AddBuiltins(mod *py.Module) {
	for name, s := range table {
		fn := s.fn
		m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return fn(args, kwargs)
		}, 0, s.doc)
		m.Module = mod
		mod.Globals[name] = m
	}
}

func typeName(o py.Object) string { return o.Type().Name }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// noKwargs fails when a builtin that takes no keyword arguments got some.
func noKwargs(name string, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// oneArg checks a METH_O builtin's arguments.
func oneArg(name string, args py.Tuple, kwargs py.StringDict) error {
	if err := noKwargs(name, kwargs); err != nil {
		return err
	}
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// positional checks an Argument Clinic builtin with positional-only parameters.
func positional(name string, args py.Tuple, kwargs py.StringDict, min, max int) error {
	if err := noKwargs(name, kwargs); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

// isInstance reports whether o is an instance of a class defined in Python (gpython represents
// those as *py.Type values without an MRO).
func isInstance(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && t.Mro == nil
}

// special returns o's bound method name when o's class defines it, else nil.
func special(o py.Object, name string) (py.Object, error) {
	if o.Type() == nil || o.Type().Lookup(name) == nil {
		return nil, nil
	}
	return vm.GetAttr(o, name)
}

func isAttributeError(err error) bool { return py.IsException(py.AttributeError, err) }
