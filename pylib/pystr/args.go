package pystr

import (
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// SigKind says which CPython argument parser a method uses; each one words
// its arity errors differently, and the messages are part of the behaviour.
type SigKind int

const (
	// NoArgs is METH_NOARGS: "str.upper() takes no arguments (1 given)".
	NoArgs SigKind = iota
	// OneArg is METH_O: "str.zfill() takes exactly one argument (0 given)".
	OneArg
	// Positional is Argument Clinic with positional-only parameters:
	// "center expected at least 1 argument, got 0".
	Positional
	// Varargs is PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
	Varargs
	// Keywords is Argument Clinic with keyword parameters:
	// "split() takes at most 2 arguments (3 given)".
	Keywords
)

// Sig describes a method's parameters for Parse.
type Sig struct {
	Type     string   // "str" or "bytes", used in "str.upper() takes no ..."
	Name     string   // method name
	Kind     SigKind  // which parser CPython uses
	Min, Max int      // number of required and of all parameters
	Kw       []string // parameter names (Keywords kind only)
	PosOnly  int      // leading parameters that cannot be given by keyword
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Parse checks args and kwargs against s and returns the Max parameter
// values in order, nil for the ones not given.
func (s *Sig) Parse(args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	n := len(args)
	if len(kwargs) > 0 && s.Kind == Varargs {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", s.Name)
	}
	if len(kwargs) > 0 && s.Kind != Keywords {
		return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", s.Type, s.Name)
	}
	switch s.Kind {
	case NoArgs:
		if n != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", s.Type, s.Name, n)
		}
	case OneArg:
		if n != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", s.Type, s.Name, n)
		}
	case Positional:
		if n < s.Min || n > s.Max {
			bound, limit := "at least ", s.Min
			if n > s.Max {
				bound, limit = "at most ", s.Max
			}
			if s.Min == s.Max {
				bound = ""
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s expected %s%d %s, got %d", s.Name, bound, limit, plural(limit, "argument"), n)
		}
	case Varargs:
		if n < s.Min {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least %d %s (%d given)", s.Name, s.Min, plural(s.Min, "argument"), n)
		}
		if n > s.Max {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d %s (%d given)", s.Name, s.Max, plural(s.Max, "argument"), n)
		}
	case Keywords:
		return s.parseKeywords(args, kwargs)
	}
	out := make([]py.Object, s.Max)
	copy(out, args)
	return out, nil
}

func (s *Sig) parseKeywords(args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	n := len(args)
	if n+len(kwargs) > s.Max {
		n := n + len(kwargs)
		word := "at most"
		if s.Min == s.Max {
			word = "exactly"
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes %s %d %s (%d given)", s.Name, word, s.Max, plural(s.Max, "argument"), n)
	}
	if n < s.PosOnly && n < s.Min {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least %d positional %s (%d given)", s.Name, s.Min, plural(s.Min, "argument"), n)
	}
	out := make([]py.Object, s.Max)
	copy(out, args)
	for k, v := range kwargs {
		i := -1
		for j, name := range s.Kw {
			if name == k && j >= s.PosOnly {
				i = j
			}
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, s.Name)
		}
		if i < n {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", s.Name, k, i+1)
		}
		out[i] = v
	}
	for i := 0; i < s.Min; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", s.Name, s.Kw[i], i+1)
		}
	}
	return out, nil
}

// TypeName is the Python type name of o, as used in error messages.
func TypeName(o py.Object) string {
	return o.Type().Name
}

// ArgTypeName is the type name Argument Clinic's messages use: "None"
// for None, the type name otherwise.
func ArgTypeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

// overflow is CPython's error for an int that does not fit a Py_ssize_t.
func overflow() error {
	return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
}

// AsInt converts an integer argument (int, bool or an object with
// __index__) to a Go int, with CPython's TypeError and OverflowError.
func AsInt(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		if int64(v) > math.MaxInt || int64(v) < math.MinInt {
			return 0, overflow()
		}
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		n, err := v.GoInt()
		if err != nil {
			return 0, overflow()
		}
		return n, nil
	case py.I__index__:
		i, err := py.Index(o)
		if err != nil {
			return 0, err
		}
		return AsInt(i)
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
}

// sliceIndex converts a start/end argument like CPython's
// _PyEval_SliceIndex: None keeps def, out-of-range ints clip.
func sliceIndex(o py.Object, def int) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	if b, ok := o.(*py.BigInt); ok {
		if n, err := b.GoInt(); err == nil {
			return n, nil
		}
		if (*big.Int)(b).Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	switch o.(type) {
	case py.Int, py.Bool, py.I__index__:
		return AsInt(o)
	}
	return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
}

// Bounds converts optional start and end arguments for a sequence of
// length n with CPython's ADJUST_INDICES: negative values count from the
// end and the result is clipped to [0, n] (start may exceed n, which
// callers treat as "no match").
func Bounds(start, end py.Object, n int) (int, int, error) {
	s, err := sliceIndex(start, 0)
	if err != nil {
		return 0, 0, err
	}
	e, err := sliceIndex(end, math.MaxInt)
	if err != nil {
		return 0, 0, err
	}
	if e > n {
		e = n
	} else if e < 0 {
		e += n
		if e < 0 {
			e = 0
		}
	}
	if s < 0 {
		s += n
		if s < 0 {
			s = 0
		}
	}
	return s, e, nil
}

// errorf is a shorthand for Python exceptions of a given type.
func errorf(t *py.Type, format string, a ...any) error {
	return py.ExceptionNewf(t, "%s", fmt.Sprintf(format, a...))
}
