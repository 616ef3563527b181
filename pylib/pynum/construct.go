package pynum

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

// maxStrDigits is CPython's default sys.get_int_max_str_digits().
const maxStrDigits = 4300

func installConstructors() {
	intNew, floatNew, complexNew := py.IntType.New, py.FloatType.New, py.ComplexType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.IntType {
			return intNew(t, args, kwargs)
		}
		return NewInt(args, kwargs)
	}
	py.FloatType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.FloatType {
			return floatNew(t, args, kwargs)
		}
		return NewFloat(args, kwargs)
	}
	py.ComplexType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.ComplexType {
			return complexNew(t, args, kwargs)
		}
		return NewComplex(args, kwargs)
	}
}

// NewInt implements int(x=0, /, base=10).
func NewInt(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var base py.Object
	for k, v := range kwargs {
		if k != "base" {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for int()", k)
		}
		base = v
	}
	if len(args) > 2 || len(args) == 2 && base != nil {
		n := len(args) + len(kwargs)
		return nil, py.ExceptionNewf(py.TypeError, "int() takes at most 2 arguments (%d given)", n)
	}
	if len(args) == 2 {
		base = args[1]
	}
	if len(args) == 0 {
		if base != nil {
			return nil, py.ExceptionNewf(py.TypeError, "int() missing string argument")
		}
		return py.Int(0), nil
	}
	x := args[0]
	if base == nil {
		return IntOf(x)
	}
	if !IsInt(base) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(base))
	}
	bb, _ := BigOf(base)
	b := -1
	if bb.IsInt64() {
		b = int(bb.Int64())
	}
	if b != 0 && (b < 2 || b > 36) {
		return nil, py.ExceptionNewf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	switch v := x.(type) {
	case py.String:
		return ParseInt(asciiNumber(string(v)), b, x)
	case py.Bytes:
		return ParseInt(string(v), b, x)
	}
	if data, ok := byteArrayData(x); ok {
		return ParseInt(string(data), b, py.Bytes(data))
	}
	return nil, py.ExceptionNewf(py.TypeError, "int() can't convert non-string with explicit base")
}

// IntOf implements int(x) for one argument.
func IntOf(x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		b, _ := BigOf(v)
		return FromBig(b), nil
	case py.Float:
		return FloatToInt(float64(v))
	case py.String:
		return ParseInt(asciiNumber(string(v)), 10, x)
	case py.Bytes:
		return ParseInt(string(v), 10, x)
	}
	if data, ok := byteArrayData(x); ok {
		return ParseInt(string(data), 10, py.Bytes(data))
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if m := special(x, name); m != nil {
			res, err := vm.Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			if !IsInt(res) {
				return nil, py.ExceptionNewf(py.TypeError, "%s returned non-int (type %s)", name, typeName(res))
			}
			return res, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(x))
}

// special returns x's bound special method name when x's class (not x itself) defines it.
func special(x py.Object, name string) py.Object {
	if x.Type().Lookup(name) == nil {
		return nil
	}
	m, err := vm.GetAttr(x, name)
	if err != nil {
		return nil
	}
	return m
}

func invalidInt(base int, orig py.Object) error {
	r, err := pyformat.Repr(orig)
	if err != nil {
		return err
	}
	return py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", base, r)
}

// ParseInt parses s as int(s, base) does (base 0 reads a prefix); s is ASCII, or a str argument
// already through asciiNumber; orig is the argument, for the error message.
func ParseInt(s string, base int, orig py.Object) (py.Object, error) {
	t := trimASCIISpace(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		p := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[t[1]]
		if p != 0 && (base == 0 || base == p) {
			b, prefixed = p, true
			t = t[2:]
		}
	}
	if b == 0 {
		b = 10
		// A decimal literal with base 0 may not have leading zeros, unless it is all zeros.
		if strings.TrimLeft(strings.ReplaceAll(t, "_", ""), "0") != "" && len(t) > 1 && t[0] == '0' {
			return nil, invalidInt(base, orig)
		}
	}
	digits, ok := cleanDigits(t, prefixed)
	if !ok {
		return nil, invalidInt(base, orig)
	}
	if b&(b-1) != 0 && len(digits) > maxStrDigits {
		return nil, py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	v, ok := new(big.Int).SetString(digits, b)
	if !ok {
		return nil, invalidInt(base, orig)
	}
	if neg {
		v.Neg(v)
	}
	return FromBig(v), nil
}

// cleanDigits removes single underscores between digits (and one after a base prefix),
// rejecting any other use of them and any non-alphanumeric character.
func cleanDigits(t string, prefixed bool) (string, bool) {
	if t == "" {
		return "", false
	}
	var sb strings.Builder
	prevUnderscore := !prefixed
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			if prevUnderscore {
				return "", false
			}
			prevUnderscore = true
			continue
		}
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return "", false
		}
		prevUnderscore = false
		sb.WriteByte(c)
	}
	if prevUnderscore || sb.Len() == 0 {
		return "", false
	}
	return sb.String(), true
}

// NewFloat implements float(x=0.0, /).
func NewFloat(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return py.Float(0), nil
	}
	return FloatOf(args[0])
}

// FloatOf implements float(x).
func FloatOf(x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.String:
		return ParseFloat(asciiNumber(string(v)), x)
	case py.Bytes:
		return ParseFloat(string(v), x)
	}
	if data, ok := byteArrayData(x); ok {
		return ParseFloat(string(data), x)
	}
	if f, ok, err := ToFloat(x); ok {
		return py.Float(f), err
	}
	for _, name := range []string{"__float__", "__index__"} {
		if m := special(x, name); m != nil {
			res, err := vm.Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			if name == "__float__" {
				if _, ok := res.(py.Float); !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s.__float__ returned non-float (type %s)", typeName(x), typeName(res))
				}
				return res, nil
			}
			f, _, err := ToFloat(res)
			return py.Float(f), err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "float() argument must be a string or a real number, not '%s'", typeName(x))
}

// ParseFloat parses s as float(s) does (s is ASCII, or a str argument already through
// asciiNumber); orig is the argument, for the error message.
func ParseFloat(s string, orig py.Object) (py.Object, error) {
	if t, ok := dropUnderscores(s); ok {
		t = trimASCIISpace(t)
		if f, n := parseDouble(t); n > 0 && n == len(t) {
			return py.Float(f), nil
		}
	}
	r, err := pyformat.Repr(orig)
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", r)
}

// byteArrayData returns a copy of a bytearray's content (pybytes.ByteArray, known here by its
// Bytes method so that pynum need not import pybytes).
func byteArrayData(x py.Object) ([]byte, bool) {
	ba, ok := x.(interface{ Bytes() []byte })
	if !ok || x.Type().Name != "bytearray" {
		return nil, false
	}
	return append([]byte(nil), ba.Bytes()...), true
}
