package pynum

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// Binary gives CPython's answer for a binary operator on two numbers (or bytes * int) where
// gpython's differs, or py.NotImplemented to leave the operation to gpython. sym is the
// operator symbol as in vm's binop table.
func Binary(sym string, a, b py.Object) (py.Object, error) {
	if res, err := intBinary(sym, a, b); err != nil || res != py.NotImplemented {
		return res, err
	}
	if res, err := complexBinary(sym, a, b); err != nil || res != py.NotImplemented {
		return res, err
	}
	switch sym {
	case "*":
		return mul(a, b)
	case "/", "//", "%":
		return divide(sym, a, b)
	case "** or pow()":
		return power(a, b)
	case "+", "-":
		return floatMix(sym, a, b)
	}
	return py.NotImplemented, nil
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float:
		return true
	}
	return false
}

// floatMix does + - * / between a bigint and a float, which gpython refuses.
func floatMix(sym string, a, b py.Object) (py.Object, error) {
	_, fa := a.(py.Float)
	_, fb := b.(py.Float)
	_, ba := a.(*py.BigInt)
	_, bb := b.(*py.BigInt)
	if !(fa && bb || fb && ba) {
		return py.NotImplemented, nil
	}
	x, _, err := ToFloat(a)
	if err != nil {
		return nil, err
	}
	y, _, err := ToFloat(b)
	if err != nil {
		return nil, err
	}
	switch sym {
	case "+":
		return py.Float(x + y), nil
	case "-":
		return py.Float(x - y), nil
	case "*":
		return py.Float(x * y), nil
	}
	if y == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(x / y), nil
}

func mul(a, b py.Object) (py.Object, error) {
	return floatMix("*", a, b)
}

func isZero(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v == 0
	case py.Bool:
		return !bool(v)
	case *py.BigInt:
		return (*big.Int)(v).Sign() == 0
	case py.Float:
		return v == 0
	}
	return false
}

func divide(sym string, a, b py.Object) (py.Object, error) {
	if sym == "/" && isBuiltinNonNumber(a, b) {
		// gpython's int and float try to convert the other operand and fail with a message
		// of their own.
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for /: '%s' and '%s'", typeName(a), typeName(b))
	}
	if !isNumber(a) || !isNumber(b) {
		return py.NotImplemented, nil
	}
	_, fa := a.(py.Float)
	_, fb := b.(py.Float)
	isFloat := fa || fb
	if isZero(b) {
		return nil, zeroDivision(sym, isFloat)
	}
	if !isFloat {
		return py.NotImplemented, nil
	}
	if sym == "/" {
		return floatMix(sym, a, b)
	}
	x, _, err := ToFloat(a)
	if err != nil {
		return nil, err
	}
	y, _, err := ToFloat(b)
	if err != nil {
		return nil, err
	}
	q, m := FloatDivMod(x, y)
	if sym == "//" {
		return py.Float(q), nil
	}
	return py.Float(m), nil
}

func zeroDivision(sym string, isFloat bool) error {
	msg := "division by zero"
	switch {
	case sym == "/" && isFloat:
		msg = "float division by zero"
	case sym == "//" && isFloat:
		msg = "float floor division by zero"
	case sym == "//" || sym == "divmod":
		msg = "integer division or modulo by zero"
	case sym == "%" && isFloat:
		msg = "float modulo"
	case sym == "%":
		msg = "integer modulo by zero"
	case sym == "fdivmod":
		msg = "float divmod()"
	}
	return py.ExceptionNewf(py.ZeroDivisionError, "%s", msg)
}

// FloatDivMod returns x // y and x % y for floats with CPython's rules: the remainder takes the
// sign of y and the quotient is the floor, corrected for rounding. y must not be zero.
func FloatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv++
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// DivMod implements divmod(a, b) for ints and floats (py.NotImplemented for other operands).
func DivMod(a, b py.Object) (py.Object, error) {
	if !isNumber(a) || !isNumber(b) {
		return py.NotImplemented, nil
	}
	_, fa := a.(py.Float)
	_, fb := b.(py.Float)
	if fa || fb {
		x, _, err := ToFloat(a)
		if err != nil {
			return nil, err
		}
		y, _, err := ToFloat(b)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, zeroDivision("fdivmod", true)
		}
		q, m := FloatDivMod(x, y)
		return py.Tuple{py.Float(q), py.Float(m)}, nil
	}
	x, _ := BigOf(a)
	y, _ := BigOf(b)
	if y.Sign() == 0 {
		return nil, zeroDivision("divmod", false)
	}
	q, m := floorDivMod(x, y)
	return py.Tuple{FromBig(q), FromBig(m)}, nil
}

// floorDivMod divides rounding toward negative infinity, as Python's // and %.
func floorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func power(a, b py.Object) (py.Object, error) {
	if !isNumber(a) || !isNumber(b) {
		return py.NotImplemented, nil
	}
	_, fa := a.(py.Float)
	_, fb := b.(py.Float)
	if !fa && !fb {
		bb, _ := BigOf(b)
		if bb.Sign() >= 0 {
			return py.NotImplemented, nil
		}
		x, _, err := ToFloat(a)
		if err != nil {
			return nil, err
		}
		y, _, err := ToFloat(b)
		if err != nil {
			return nil, err
		}
		return floatPow(x, y)
	}
	x, _, err := ToFloat(a)
	if err != nil {
		return nil, err
	}
	y, _, err := ToFloat(b)
	if err != nil {
		return nil, err
	}
	return floatPow(x, y)
}

func floatPow(x, y float64) (py.Object, error) {
	if x == 0 && y < 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && !math.IsInf(x, 0) && y != math.Trunc(y) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		// CPython's complex power: |x|**y at angle pi*y.
		length, phase := pow(-x, y), math.Pi*y
		return py.Complex(complex(length*math.Cos(phase), length*math.Sin(phase))), nil
	}
	r := pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "(34, 'Numerical result out of range')")
	}
	return py.Float(r), nil
}

// pow is math.Pow, with square roots done exactly (math.Pow's are off by an ulp at times).
func pow(x, y float64) float64 {
	switch y {
	case 0.5:
		if x >= 0 && !math.IsInf(x, 0) {
			return math.Sqrt(x)
		}
	case -0.5:
		if x > 0 && !math.IsInf(x, 0) {
			return 1 / math.Sqrt(x)
		}
	}
	return math.Pow(x, y)
}

// isBuiltinNonNumber reports whether one of a and b is an int or float and the other is a
// built-in object that is not a number (no Python class instance, which may define the
// reflected method).
func isBuiltinNonNumber(a, b py.Object) bool {
	if !isNumber(a) {
		a, b = b, a
	}
	if !isNumber(a) || isNumber(b) {
		return false
	}
	switch t := b.(type) {
	case py.Complex:
		return false
	case *py.Type:
		if t.Mro == nil {
			return false
		}
	}
	return true
}
