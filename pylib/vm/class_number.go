package vm

// The numeric conversion methods of int and float, as Python sees them:
//
//	int.__round__(ndigits=None)   int.__floor__()  int.__ceil__()  int.__int__()  int.__float__()
//	float.__round__(ndigits=None) float.__floor__() float.__ceil__() float.__int__()
//	float.__float__()
//
// (__trunc__ and __index__ are pylib/pynum's, with the other int and float methods.)
//
// They live in the types' dicts (as in CPython), so round(), math.floor(), int() and float()
// find them through the MRO of a Python subclass (class Money(float)) and call them on the
// value the instance carries.

import (
	"math"
	"math/big"
	"strconv"

	"github.com/go-python/gpython/py"
)

func init() {
	for _, t := range []*py.Type{py.IntType, py.BigIntType, py.BoolType} {
		addNumberSlots(t, intSlots())
	}
	addNumberSlots(py.FloatType, floatSlots())
}

type numberSlot struct {
	name string
	fn   func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error)
}

// addNumberSlots registers slots on t and enters them in its dict (gpython's Type.Lookup,
// which the builtins use to find special methods, reads only the dict).
func addNumberSlots(t *py.Type, slots []numberSlot) {
	for _, s := range slots {
		addSlot(t, s.name, slotMethod, s.fn)
		t.Dict[s.name] = builtinSlot(t, s.name)
	}
}

// noArgs wraps a method of no arguments.
func noArgs(name string, fn func(v py.Object) (py.Object, error)) numberSlot {
	return numberSlot{name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 0 || len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args)+len(kw))
		}
		return fn(Unwrap(self))
	}}
}

// roundArg reads the optional ndigits of __round__ (nil when absent or None).
func roundArg(args py.Tuple, kw py.StringDict) (*big.Int, error) {
	var nd py.Object = py.None
	if err := py.UnpackTuple(args, kw, "__round__", 0, 1, &nd); err != nil {
		return nil, err
	}
	if nd == py.None {
		return nil, nil
	}
	n, ok := intValue(Unwrap(nd))
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeOf(nd).Name)
	}
	return n, nil
}

// intValue is the value of an int (or bool) as a big.Int.
func intValue(v py.Object) (*big.Int, bool) {
	switch x := v.(type) {
	case py.Int:
		return big.NewInt(int64(x)), true
	case py.Bool:
		return big.NewInt(int64(boolInt(x))), true
	case *py.BigInt:
		return (*big.Int)(x), true
	}
	return nil, false
}

// intObject is b as a Python int: small values as py.Int.
func intObject(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(b))
}

func intSlots() []numberSlot {
	plain := func(v py.Object) (py.Object, error) {
		b, ok := intValue(v)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor requires an 'int' object but received a '%s'", TypeOf(v).Name)
		}
		return intObject(b), nil
	}
	slots := []numberSlot{
		{"__round__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			nd, err := roundArg(args, kw)
			if err != nil {
				return nil, err
			}
			b, ok := intValue(Unwrap(self))
			if !ok {
				return plain(Unwrap(self))
			}
			if nd == nil || nd.Sign() >= 0 {
				return intObject(b), nil
			}
			return intObject(roundIntDigits(b, new(big.Int).Neg(nd))), nil
		}},
		noArgs("__float__", func(v py.Object) (py.Object, error) {
			b, ok := intValue(v)
			if !ok {
				return plain(v)
			}
			f, _ := new(big.Float).SetInt(b).Float64()
			if math.IsInf(f, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
			}
			return py.Float(f), nil
		}),
	}
	for _, name := range []string{"__floor__", "__ceil__", "__int__"} {
		slots = append(slots, noArgs(name, plain))
	}
	return slots
}

// roundIntDigits rounds b to a multiple of 10**k, halves to even.
func roundIntDigits(b, k *big.Int) *big.Int {
	if k.Cmp(big.NewInt(int64(b.BitLen()))) > 0 {
		return new(big.Int) // 10**k is beyond twice |b|
	}
	scale := new(big.Int).Exp(big.NewInt(10), k, nil)
	q, r := new(big.Int).QuoRem(b, scale, new(big.Int))
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	if c := twice.Cmp(scale); c > 0 || c == 0 && q.Bit(0) == 1 {
		if b.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Mul(q, scale)
}

func floatSlots() []numberSlot {
	toInt := func(f func(float64) float64) func(v py.Object) (py.Object, error) {
		return func(v py.Object) (py.Object, error) {
			x, ok := v.(py.Float)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'float' object but received a '%s'", TypeOf(v).Name)
			}
			return floatToInt(f(float64(x)))
		}
	}
	return []numberSlot{
		{"__round__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			nd, err := roundArg(args, kw)
			if err != nil {
				return nil, err
			}
			x, ok := Unwrap(self).(py.Float)
			if !ok {
				return toInt(math.RoundToEven)(Unwrap(self))
			}
			if nd == nil {
				return floatToInt(math.RoundToEven(float64(x)))
			}
			return roundFloatDigits(float64(x), nd)
		}},
		noArgs("__floor__", toInt(math.Floor)),
		noArgs("__ceil__", toInt(math.Ceil)),
		noArgs("__int__", toInt(math.Trunc)),
		noArgs("__float__", func(v py.Object) (py.Object, error) {
			if _, ok := v.(py.Float); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'float' object but received a '%s'", TypeOf(v).Name)
			}
			return v, nil
		}),
	}
}

// floatToInt converts an integral float to a Python int.
func floatToInt(f float64) (py.Object, error) {
	switch {
	case math.IsNaN(f):
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	case math.IsInf(f, 0):
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	case f >= -(1<<63) && f < 1<<63:
		return py.Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return (*py.BigInt)(b), nil
}

// roundFloatDigits is round(x, nd): the float nearest to x rounded to nd decimal digits,
// exact halves to even, computed on x's exact binary value.
func roundFloatDigits(x float64, nd *big.Int) (py.Object, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 || nd.Cmp(big.NewInt(330)) > 0 {
		return py.Float(x), nil
	}
	if nd.Cmp(big.NewInt(-330)) < 0 {
		return py.Float(math.Copysign(0, x)), nil
	}
	n := int(nd.Int64())
	if n >= 0 {
		f, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
		if err != nil {
			return nil, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
		}
		return py.Float(f), nil
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
	q := new(big.Rat).SetFloat64(x)
	q.Quo(q, new(big.Rat).SetInt(scale))
	rounded := ratRoundHalfEven(q)
	r, _ := new(big.Float).SetInt(rounded.Mul(rounded, scale)).Float64()
	if math.IsInf(r, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, x)
	}
	return py.Float(r), nil
}

// ratRoundHalfEven is q rounded to the nearest integer, exact halves to even.
func ratRoundHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	if c := twice.Cmp(den); c > 0 || c == 0 && quo.Bit(0) == 1 {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}
