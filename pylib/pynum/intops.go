package pynum

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// maxShiftBits bounds the size of a left shift's result. CPython raises MemoryError when the
// allocation fails; a Go allocation that large is a fatal out-of-memory, so we raise first.
const maxShiftBits = 1 << 35

// intBinary does the int operators gpython gets wrong: any operator mixing a small int with a
// big one (gpython's dispatch never tries the reflected method between two objects of the same
// Python type, so 1 + 2**64 failed once both are int) and shifts, whose counts gpython limits
// to int64. It returns py.NotImplemented for everything else.
func intBinary(sym string, a, b py.Object) (py.Object, error) {
	if !IsInt(a) || !IsInt(b) {
		return py.NotImplemented, nil
	}
	_, ba := a.(*py.BigInt)
	_, bb := b.(*py.BigInt)
	if !ba && !bb && sym != "<<" && sym != ">>" {
		return py.NotImplemented, nil
	}
	x, _ := BigOf(a)
	y, _ := BigOf(b)
	switch sym {
	case "+":
		return FromBig(x.Add(x, y)), nil
	case "-":
		return FromBig(x.Sub(x, y)), nil
	case "*":
		return FromBig(x.Mul(x, y)), nil
	case "&":
		return FromBig(x.And(x, y)), nil
	case "|":
		return FromBig(x.Or(x, y)), nil
	case "^":
		return FromBig(x.Xor(x, y)), nil
	case "<<", ">>":
		return shift(sym, x, y)
	case "//", "%":
		if y.Sign() == 0 {
			return nil, zeroDivision(sym, false)
		}
		q, m := floorDivMod(x, y)
		if sym == "//" {
			return FromBig(q), nil
		}
		return FromBig(m), nil
	case "/":
		return trueDivide(x, y)
	case "** or pow()":
		if y.Sign() < 0 {
			return py.NotImplemented, nil
		}
		return FromBig(x.Exp(x, y, nil)), nil
	}
	return py.NotImplemented, nil
}

func shift(sym string, x, y *big.Int) (py.Object, error) {
	if y.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative shift count")
	}
	if x.Sign() == 0 {
		return py.Int(0), nil
	}
	if sym == ">>" {
		if !y.IsInt64() || y.Int64() >= int64(x.BitLen()) {
			if x.Sign() < 0 {
				return py.Int(-1), nil
			}
			return py.Int(0), nil
		}
		return FromBig(x.Rsh(x, uint(y.Int64()))), nil // Rsh rounds toward -inf, as Python
	}
	if !y.IsInt64() || y.Int64()+int64(x.BitLen()) > maxShiftBits {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	return FromBig(x.Lsh(x, uint(y.Int64()))), nil
}

// trueDivide is int / int, correctly rounded however large the operands.
func trueDivide(x, y *big.Int) (py.Object, error) {
	if y.Sign() == 0 {
		return nil, zeroDivision("/", false)
	}
	if x.Sign() == 0 {
		return py.Float(math.Copysign(0, float64(y.Sign()))), nil
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return py.Float(f), nil
}
