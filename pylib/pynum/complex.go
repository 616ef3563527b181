package pynum

import (
	"math"

	"github.com/go-python/gpython/py"
)

// complexBinary does the arithmetic of a complex with a complex, float, int or bool the way
// CPython does (gpython's int and float methods try to turn the complex into a float, and its
// complex // and % exist although Python removed them). It returns py.NotImplemented when
// neither operand is complex or the other is not a number.
func complexBinary(sym string, a, b py.Object) (py.Object, error) {
	_, ca := a.(py.Complex)
	_, cb := b.(py.Complex)
	if !ca && !cb || !isComplexOperand(a) || !isComplexOperand(b) {
		return py.NotImplemented, nil
	}
	switch sym {
	case "+", "-", "*", "/", "** or pow()":
	default:
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(a), typeName(b))
	}
	x, err := toComplex(a)
	if err != nil {
		return nil, err
	}
	y, err := toComplex(b)
	if err != nil {
		return nil, err
	}
	switch sym {
	case "+":
		return py.Complex(complex(real(x)+real(y), imag(x)+imag(y))), nil
	case "-":
		return py.Complex(complex(real(x)-real(y), imag(x)-imag(y))), nil
	case "*":
		return py.Complex(complexMul(x, y)), nil
	case "/":
		q, ok := complexDiv(x, y)
		if !ok {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
		}
		return py.Complex(q), nil
	}
	return complexPow(x, y, b)
}

func isComplexOperand(o py.Object) bool {
	switch o.(type) {
	case py.Complex, py.Float, py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

func toComplex(o py.Object) (complex128, error) {
	if c, ok := o.(py.Complex); ok {
		return complex128(c), nil
	}
	f, _, err := ToFloat(o)
	return complex(f, 0), err
}

// complexMul is the schoolbook product; the float64 conversions keep the compiler from fusing
// multiply-adds, which would change the rounding.
func complexMul(x, y complex128) complex128 {
	re := float64(real(x)*real(y)) - float64(imag(x)*imag(y))
	im := float64(real(x)*imag(y)) + float64(imag(x)*real(y))
	return complex(re, im)
}

// complexDiv divides with Smith's method, scaling by the larger part of the divisor, as
// CPython does (ok false: division by zero).
func complexDiv(x, y complex128) (complex128, bool) {
	br, bi := real(y), imag(y)
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((real(x)+float64(imag(x)*ratio))/denom, (imag(x)-float64(real(x)*ratio))/denom), true
	case absI >= absR:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(real(x)*ratio)+imag(x))/denom, (float64(imag(x)*ratio)-real(x))/denom), true
	}
	return complex(math.NaN(), math.NaN()), true // a part of the divisor is NaN
}

// complexPow is x ** y: by repeated squaring when y is an int of at most 100 in size (as
// CPython, so (1+2j)**2 is exact), else through polar form.
func complexPow(x, y complex128, exp py.Object) (py.Object, error) {
	if n, ok := exp.(py.Int); ok && n >= -100 && n <= 100 {
		return complexPowInt(x, int(n))
	}
	if b, ok := exp.(py.Bool); ok {
		return complexPowInt(x, int(boolToInt(b)))
	}
	var r complex128
	switch {
	case y == 0:
		r = 1
	case x == 0:
		if imag(y) != 0 || real(y) < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
	default:
		abs := math.Hypot(real(x), imag(x))
		length := math.Pow(abs, real(y))
		angle := math.Atan2(imag(x), real(x))
		phase := angle * real(y)
		if imag(y) != 0 {
			length /= math.Exp(angle * imag(y))
			phase += imag(y) * math.Log(abs)
		}
		r = complex(length*math.Cos(phase), length*math.Sin(phase))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}

func complexPowInt(x complex128, n int) (py.Object, error) {
	neg := n < 0
	if neg {
		n = -n
	}
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	if neg {
		q, ok := complexDiv(1, r)
		if !ok {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		r = q
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}

func boolToInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}
