package pynum

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

// NewComplex implements complex(real=0, imag=0): from a string ('1+2j', ' (1-2.5e3j) ', 'j',
// 'inf', with underscores between digits and digits of any script), or from numbers and
// objects with __complex__, __float__ or __index__, with CPython's errors.
func NewComplex(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	re, im, err := complexArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	if re == nil {
		re = py.Int(0)
	}
	if c, ok := re.(py.Complex); ok && im == nil {
		return c, nil
	}
	if s, ok := re.(py.String); ok {
		if im != nil {
			return nil, py.ExceptionNewf(py.TypeError, "complex() can't take second arg if first is a string")
		}
		return ParseComplex(asciiNumber(string(s)), re)
	}
	if _, ok := im.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second arg can't be a string")
	}
	if m := special(re, "__complex__"); m != nil {
		res, err := vm.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := vm.Unwrap(res).(py.Complex); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", typeName(res))
		}
		re = vm.Unwrap(res)
	}
	if !isNumberLike(re) {
		return nil, py.ExceptionNewf(py.TypeError, "complex() first argument must be a string or a number, not '%s'", typeName(re))
	}
	if im != nil && !isNumberLike(im) {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second argument must be a number, not '%s'", typeName(im))
	}
	cr, reIsComplex, err := complexPart(re)
	if err != nil {
		return nil, err
	}
	if im == nil {
		return py.Complex(cr), nil
	}
	ci, imIsComplex, err := complexPart(im)
	if err != nil {
		return nil, err
	}
	// real + imag*1j, without multiplying (which would turn 0*inf into nan).
	r, i := real(cr), real(ci)
	if imIsComplex {
		r -= imag(ci)
	}
	if reIsComplex {
		i += imag(cr)
	}
	return py.Complex(complex(r, i)), nil
}

// complexArgs reads complex()'s arguments; nil stands for one not given.
func complexArgs(args py.Tuple, kwargs py.StringDict) (re, im py.Object, err error) {
	if n := len(args) + len(kwargs); n > 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "complex() takes at most 2 arguments (%d given)", n)
	}
	vals := make([]py.Object, 2)
	copy(vals, args)
	for k, v := range kwargs {
		i := map[string]int{"real": 0, "imag": 1}[k]
		if k != "real" && k != "imag" {
			return nil, nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for complex()", k)
		}
		if vals[i] != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "argument for complex() given by name ('%s') and position (%d)", k, i+1)
		}
		vals[i] = v
	}
	return vals[0], vals[1], nil
}

// isNumberLike reports whether complex() takes o as a part: a complex, or an object float()
// or operator.index() converts.
func isNumberLike(o py.Object) bool {
	return isComplexOperand(vm.Unwrap(o)) || special(o, "__float__") != nil || special(o, "__index__") != nil
}

// complexPart converts one argument of complex(): a complex as it is (isComplex true), any other
// number as float() does.
func complexPart(o py.Object) (c complex128, isComplex bool, err error) {
	if v, ok := vm.Unwrap(o).(py.Complex); ok {
		return complex128(v), true, nil
	}
	f, err := FloatOf(o)
	if err != nil {
		return 0, false, err
	}
	fv, ok := vm.Unwrap(f).(py.Float)
	if !ok {
		return 0, false, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(f))
	}
	return complex(float64(fv), 0), false, nil
}

// ParseComplex parses s as complex(s) does (s is ASCII, or a str argument already through
// asciiNumber); orig is the argument, for the error message.
func ParseComplex(s string, orig py.Object) (py.Object, error) {
	t, ok := dropUnderscores(s)
	if !ok {
		r, err := pyformat.Repr(orig)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "could not convert string to complex: %s", r)
	}
	c, ok := parseComplexLiteral(t)
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "complex() arg is a malformed string")
	}
	return py.Complex(c), nil
}

// parseComplexLiteral reads [(] real | imagj | real(+|-)imagj [)] with optional whitespace
// around and inside the parentheses; an imaginary part of just j, +j or -j is ±1.
func parseComplexLiteral(s string) (complex128, bool) {
	t := trimASCIISpace(s)
	bracket := len(t) > 0 && t[0] == '('
	if bracket {
		if t[len(t)-1] != ')' {
			return 0, false
		}
		t = trimASCIISpace(t[1 : len(t)-1])
	}
	var x, y float64
	z, i := parseDouble(t)
	isJ := func(i int) bool { return i < len(t) && (t[i] == 'j' || t[i] == 'J') }
	switch {
	case i == 0:
		// j, +j or -j
		y = 1
		if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
			y = signOf(t[0] == '-')
			i = 1
		}
		if !isJ(i) {
			return 0, false
		}
		i++
	case i < len(t) && (t[i] == '+' || t[i] == '-'):
		x = z
		w, n := parseDouble(t[i:])
		if n == 0 {
			w, n = signOf(t[i] == '-'), 1
		}
		y = w
		i += n
		if !isJ(i) {
			return 0, false
		}
		i++
	case isJ(i):
		y = z
		i++
	default:
		x = z
	}
	return complex(x, y), i == len(t)
}
