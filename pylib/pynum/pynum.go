// Package pynum gives gpython's int, bool and float types the methods and the arithmetic of
// CPython 3.11. Install adds to the (process-wide) type dicts, once:
//
//	int.bit_length() -> int
//	int.bit_count() -> int
//	int.to_bytes(length=1, byteorder='big', *, signed=False) -> bytes
//	int.from_bytes(bytes, byteorder='big', *, signed=False) -> int    # classmethod
//	int.as_integer_ratio() -> (int, 1)
//	int.conjugate() -> int
//	int.numerator, int.denominator, int.real, int.imag                # properties
//	float.is_integer() -> bool
//	float.as_integer_ratio() -> (int, int)
//	float.hex() -> str
//	float.fromhex(string) -> float                                    # classmethod
//	float.conjugate() -> float
//	float.real, float.imag                                            # properties
//
// bool gets the int methods. Install also replaces the constructors int(x=0, base=10),
// float(x=0.0) and complex(real=0, imag=0) with CPython's parsing (underscores, whitespace,
// digits of any script, prefixes, 'inf'/'nan', '(1+2j)', the exact error messages), and hooks vm.BuiltinBinary with the numeric rules gpython gets wrong:
// ZeroDivisionError messages, float floor division and modulo, int ** negative, bigint/float
// mixes, and vm.HashBuiltin with CPython's hash values for numbers and tuples.
package pynum

import (
	"math"
	"math/big"
	"sync"

	"github.com/go-python/gpython/py"
)

var installOnce sync.Once

// Install patches the int, bool and float types. Call it once before any interpreter runs.
func Install() {
	installOnce.Do(func() {
		unifyTypes()
		installInt()
		installFloat()
		installConstructors()
	})
}

// BigOf returns the value of an int or bool as a big.Int (ok false for other objects).
func BigOf(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(v)), true
	}
	return nil, false
}

// FromBig returns b as a py.Int when it fits, else as a *py.BigInt.
func FromBig(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(b))
}

// IsInt reports whether o is an int (or bool).
func IsInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

// ToFloat converts an int, bool or float to float64, with CPython's OverflowError for ints too
// large for a float.
func ToFloat(o py.Object) (float64, bool, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), true, nil
	case py.Int:
		return float64(v), true, nil
	case py.Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		if math.IsInf(f, 0) {
			return 0, true, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, true, nil
	}
	return 0, false, nil
}

func typeName(o py.Object) string { return o.Type().Name }

// unifyTypes makes Python see one int type and one complex type, as CPython has: gpython gives
// its big integers a type of their own ("bigint", so type(2**64) is not int and isinstance
// fails) and names complex "complex64". (*py.BigInt).Type returns the variable py.BigIntType,
// so pointing it at int makes every big integer an int to type(), isinstance and messages.
func unifyTypes() {
	py.BigIntType = py.IntType
	py.ComplexType.Name = "complex"
}
