package pynum

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
)

func installFloat() {
	d := py.FloatType.Dict
	d["is_integer"] = floatNoArgs("is_integer", func(x float64) (py.Object, error) {
		return py.NewBool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	}, "Return True if the float is an integer.")
	d["as_integer_ratio"] = floatNoArgs("as_integer_ratio", floatRatio,
		"Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float and with a positive denominator.")
	d["hex"] = floatNoArgs("hex", func(x float64) (py.Object, error) { return py.String(FloatHex(x)), nil },
		"Return a hexadecimal representation of a floating-point number.")
	d["conjugate"] = floatNoArgs("conjugate", func(x float64) (py.Object, error) { return py.Float(x), nil },
		"Return self, the complex conjugate of any float.")
	d["__trunc__"] = floatNoArgs("__trunc__", func(x float64) (py.Object, error) { return FloatToInt(x) },
		"Return the Integral closest to x between 0 and x.")
	d["fromhex"] = py.MustNewMethod("fromhex", func(cls, s py.Object) (py.Object, error) {
		str, ok := s.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", typeName(s))
		}
		f, err := FloatFromHex(string(str))
		if err != nil {
			return nil, err
		}
		return py.Float(f), nil
	}, py.METH_CLASS, "Create a floating-point number from a hexadecimal string.")
	d["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self, nil }, Doc: "the real part of a complex number"}
	d["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Float(0), nil }, Doc: "the imaginary part of a complex number"}
}

func floatNoArgs(name string, fn func(float64) (py.Object, error), doc string) *py.Method {
	sig := pystr.Sig{Type: "float", Name: name, Kind: pystr.NoArgs}
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if _, err := sig.Parse(args, kwargs); err != nil {
			return nil, err
		}
		f, ok := self.(py.Float)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'float' objects doesn't apply to a '%s' object", name, typeName(self))
		}
		return fn(float64(f))
	}, 0, doc)
}

// FloatToInt converts a float to an int, truncating, with CPython's errors for inf and nan.
func FloatToInt(x float64) (py.Object, error) {
	if math.IsInf(x, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	x = math.Trunc(x)
	if x >= -(1<<63) && x < 1<<63 {
		return py.Int(int64(x)), nil
	}
	b, _ := new(big.Float).SetFloat64(x).Int(nil)
	return FromBig(b), nil
}

func floatRatio(x float64) (py.Object, error) {
	if math.IsInf(x, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return py.Tuple{FromBig(r.Num()), FromBig(r.Denom())}, nil
}

// FloatHex returns float.hex(x): '0x1.8000000000000p+1' style, 13 hex digits of mantissa.
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(x)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, -1022
	} else {
		exp -= 1023
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp)
}

func invalidHex() error {
	return py.ExceptionNewf(py.ValueError, "invalid hexadecimal floating-point string")
}

// FloatFromHex parses a string as float.fromhex does.
func FloatFromHex(s string) (float64, error) {
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	mant := new(big.Int)
	digits, frac, seenDot := 0, 0, false
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if seenDot {
				return 0, invalidHex()
			}
			seenDot = true
			continue
		}
		v := hexDigit(c)
		if v < 0 {
			break
		}
		mant.Lsh(mant, 4).Or(mant, big.NewInt(int64(v)))
		digits++
		if seenDot {
			frac++
		}
	}
	if digits == 0 {
		return 0, invalidHex()
	}
	exp := 0
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		rest := s[i+1:]
		j := 0
		if j < len(rest) && (rest[j] == '+' || rest[j] == '-') {
			j++
		}
		if j == len(rest) {
			return 0, invalidHex()
		}
		e := new(big.Int)
		if _, ok := e.SetString(rest, 10); !ok {
			return 0, invalidHex()
		}
		for _, c := range rest[j:] {
			if c < '0' || c > '9' {
				return 0, invalidHex()
			}
		}
		if e.Cmp(big.NewInt(1<<40)) > 0 {
			if mant.Sign() == 0 {
				return math.Copysign(0, sign), nil
			}
			return 0, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
		}
		if e.Cmp(big.NewInt(-1<<40)) < 0 {
			return math.Copysign(0, sign), nil
		}
		exp = int(e.Int64())
		i = len(s)
	}
	if i != len(s) {
		return 0, invalidHex()
	}
	f := new(big.Float).SetInt(mant)
	f.SetMantExp(f, exp-4*frac)
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
	}
	return math.Copysign(v, sign), nil
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
