package builtins

import (
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

func init() {
	register("len", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := oneArg("len", args, kwargs); err != nil {
			return nil, err
		}
		if b, ok := args[0].(py.Bytes); ok {
			return py.Int(len(b)), nil
		}
		n, err := vm.Len(args[0])
		return py.Int(n), err
	}, "len(obj, /)\n\nReturn the number of items in a container.")
	register("abs", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := oneArg("abs", args, kwargs); err != nil {
			return nil, err
		}
		x := args[0]
		if !isNum(x) && !isInstance(x) {
			if _, ok := x.(py.I__abs__); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "bad operand type for abs(): '%s'", typeName(x))
			}
		}
		return vm.Abs(x)
	}, "abs(x, /)\n\nReturn the absolute value of the argument.")
	register("hash", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := oneArg("hash", args, kwargs); err != nil {
			return nil, err
		}
		h, err := vm.Hash(args[0])
		return py.Int(h), err
	}, "hash(obj, /)\n\nReturn the hash value for the given object.")
	register("divmod", builtinDivmod, "divmod(x, y, /)\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.")
	register("pow", builtinPow, "pow(base, exp, mod=None)\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments")
	register("round", builtinRound, "round(number, ndigits=None)\n\nRound a number to a given precision in decimal digits.")
	register("chr", builtinChr, "chr(i, /)\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
	register("ord", builtinOrd, "ord(c, /)\n\nReturn the Unicode code point for a one-character string.")
	register("bin", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return radix("bin", 2, "0b", args, kwargs)
	},
		"bin(number, /)\n\nReturn the binary representation of an integer.")
	register("oct", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return radix("oct", 8, "0o", args, kwargs)
	},
		"oct(number, /)\n\nReturn the octal representation of an integer.")
	register("hex", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return radix("hex", 16, "0x", args, kwargs)
	},
		"hex(number, /)\n\nReturn the hexadecimal representation of an integer.")
}

// index converts o to an int through __index__ (CPython's operator.index).
func index(o py.Object) (*big.Int, error) {
	if b, ok := pynum.BigOf(o); ok {
		return b, nil
	}
	m, err := special(o, "__index__")
	if err != nil {
		return nil, err
	}
	if m != nil {
		res, err := vm.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if b, ok := pynum.BigOf(res); ok {
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", typeName(res))
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
}

func radix(name string, base int, prefix string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := oneArg(name, args, kwargs); err != nil {
		return nil, err
	}
	n, err := index(args[0])
	if err != nil {
		return nil, err
	}
	s := n.Text(base)
	if strings.HasPrefix(s, "-") {
		return py.String("-" + prefix + s[1:]), nil
	}
	return py.String(prefix + s), nil
}

func builtinChr(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := oneArg("chr", args, kwargs); err != nil {
		return nil, err
	}
	if _, ok := args[0].(py.Float); ok {
		return nil, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	n, err := index(args[0])
	if err != nil {
		return nil, err
	}
	if !n.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	if v := n.Int64(); v < 0 || v > 0x10ffff {
		if v < math.MinInt32 || v > math.MaxInt32 {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
	}
	return py.String(codecs.AppendRune(nil, rune(n.Int64()))), nil
}

func builtinOrd(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := oneArg("ord", args, kwargs); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case py.String:
		s := string(v)
		if n := codecs.CountRunes(s); n != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := codecs.DecodeRune(s, 0)
		return py.Int(r), nil
	case py.Bytes:
		if len(v) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(v))
		}
		return py.Int(v[0]), nil
	}
	if typeName(args[0]) == "bytearray" {
		n, err := vm.Len(args[0])
		if err != nil {
			return nil, err
		}
		if n != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", n)
		}
		return vm.GetItem(args[0], py.Int(0))
	}
	return nil, py.ExceptionNewf(py.TypeError, "ord() expected string of length 1, but %s found", typeName(args[0]))
}

func builtinDivmod(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("divmod", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if isInstance(a) || isInstance(b) {
		if m, err := special(a, "__divmod__"); err != nil || m != nil {
			if err != nil {
				return nil, err
			}
			if res, err := vm.Call(m, py.Tuple{b}, nil); err != nil || res != py.NotImplemented {
				return res, err
			}
		}
		if m, err := special(b, "__rdivmod__"); err != nil || m != nil {
			if err != nil {
				return nil, err
			}
			if res, err := vm.Call(m, py.Tuple{a}, nil); err != nil || res != py.NotImplemented {
				return res, err
			}
		}
	}
	res, err := pynum.DivMod(a, b)
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a), typeName(b))
}

// threeArgs parses Argument Clinic's (a, b=..., c=...) with keyword names.
func clinicArgs(name string, names []string, required int, args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	if len(args) > len(names) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", name, len(names), len(args)+len(kwargs))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := -1
		for j, n := range names {
			if n == k {
				i = j
			}
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
		if out[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	return out, nil
}

func builtinPow(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := clinicArgs("pow", []string{"base", "exp", "mod"}, 2, args, kwargs)
	if err != nil {
		return nil, err
	}
	if a[2] == nil || a[2] == py.None {
		return vm.Pow(a[0], a[1])
	}
	return ternaryPow(a[0], a[1], a[2])
}

// ternaryPow is pow(base, exp, mod) with a mod: as CPython, the power of base's type is asked,
// then exp's, then mod's (each type once), until one does not return NotImplemented. int's
// needs three ints, float's refuses any mod, complex's refuses any mod once base and exp are
// numbers, and a class's __pow__ takes part only on base (three-argument pow never calls
// __rpow__).
func ternaryPow(v, w, z py.Object) (py.Object, error) {
	tried := map[*py.Type]bool{}
	for i, o := range []py.Object{v, w, z} {
		t := powType(o)
		if t == nil || tried[t] {
			continue
		}
		tried[t] = true
		res, err := powSlot(t, i == 0, v, w, z)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", typeName(v), typeName(w), typeName(z))
}

// powType returns the type whose power o's type uses: its own for a class defining __pow__,
// int, float or complex for those and their subclasses, nil when it has none.
func powType(o py.Object) *py.Type {
	if overridesPow(o) {
		return o.Type()
	}
	switch vm.Unwrap(o).(type) {
	case py.Int, py.Bool, *py.BigInt:
		return py.IntType
	case py.Float:
		return py.FloatType
	case py.Complex:
		return py.ComplexType
	}
	return nil
}

// overridesPow reports whether o's class is defined in Python with its own __pow__.
func overridesPow(o py.Object) bool {
	if inst, ok := o.(interface{ PyOverride(string) py.Object }); ok {
		return inst.PyOverride("__pow__") != nil
	}
	return isInstance(o) && o.Type().Lookup("__pow__") != nil
}

// powSlot is the three-argument power of type t (onBase: t is base's type).
func powSlot(t *py.Type, onBase bool, v, w, z py.Object) (py.Object, error) {
	switch t {
	case py.FloatType:
		return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	case py.ComplexType:
		if isComplexPart(v) && isComplexPart(w) {
			return nil, py.ExceptionNewf(py.ValueError, "complex modulo")
		}
		return py.NotImplemented, nil
	case py.IntType:
		base, ok1 := pynum.BigOf(vm.Unwrap(v))
		exp, ok2 := pynum.BigOf(vm.Unwrap(w))
		mod, ok3 := pynum.BigOf(vm.Unwrap(z))
		if !ok1 || !ok2 || !ok3 {
			return py.NotImplemented, nil
		}
		return intPowMod(base, exp, mod)
	}
	if !onBase || !overridesPow(v) {
		return py.NotImplemented, nil
	}
	m, err := vm.GetAttr(v, "__pow__")
	if err != nil {
		return nil, err
	}
	return vm.Call(m, py.Tuple{w, z}, nil)
}

// isComplexPart reports whether complex arithmetic takes o: an int, float or complex.
func isComplexPart(o py.Object) bool { return isNum(vm.Unwrap(o)) }

// intPowMod is pow(base, exp, mod) for ints.
func intPowMod(base, exp, mod *big.Int) (py.Object, error) {
	if mod.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	m := new(big.Int).Abs(mod)
	b := new(big.Int).Mod(base, m)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(b, m)
		if inv == nil {
			return nil, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
		}
		b = inv
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(b, exp, m)
	if m.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return pynum.FromBig(r), nil
}

func isNum(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	return false
}

func builtinRound(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := clinicArgs("round", []string{"number", "ndigits"}, 1, args, kwargs)
	if err != nil {
		return nil, err
	}
	x, nd := a[0], a[1]
	if nd == py.None {
		nd = nil
	}
	switch v := x.(type) {
	case py.Float:
		if nd == nil {
			return pynum.FloatToInt(math.RoundToEven(float64(v)))
		}
		n, err := index(nd)
		if err != nil {
			return nil, err
		}
		return roundFloat(float64(v), n)
	case py.Int, py.Bool, *py.BigInt:
		b, _ := pynum.BigOf(v)
		if nd == nil {
			return pynum.FromBig(b), nil
		}
		n, err := index(nd)
		if err != nil {
			return nil, err
		}
		return pynum.FromBig(roundInt(b, n)), nil
	}
	m, err := special(x, "__round__")
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", typeName(x))
	}
	if nd == nil {
		return vm.Call(m, nil, nil)
	}
	return vm.Call(m, py.Tuple{nd}, nil)
}

// roundInt rounds b to a multiple of 10**-n (half to even) when n < 0.
func roundInt(b, n *big.Int) *big.Int {
	if n.Sign() >= 0 {
		return b
	}
	if n.CmpAbs(big.NewInt(int64(b.BitLen()+1))) > 0 {
		return big.NewInt(0) // 10**-n is beyond twice |b|
	}
	pow := new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(n), nil)
	q, r := new(big.Int).QuoRem(b, pow, new(big.Int))
	// Round half to even on |r| vs pow/2.
	twice := new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2))
	c := twice.Cmp(pow)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		if b.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Mul(q, pow)
}

// roundFloat is round(x, n): the decimal value of x rounded half-even to n digits after the
// point (exactly, as CPython's dtoa does), converted back to the nearest float.
func roundFloat(x float64, n *big.Int) (py.Object, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return py.Float(x), nil
	}
	if n.Cmp(big.NewInt(323)) > 0 {
		return py.Float(x), nil
	}
	if n.Cmp(big.NewInt(-308)) < 0 {
		return py.Float(math.Copysign(0, x)), nil
	}
	nd := n.Int64()
	r := new(big.Rat).SetFloat64(x)
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt(nd)), nil))
	if nd >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	q := roundRat(r)
	out := new(big.Rat).SetInt(q)
	if nd >= 0 {
		out.Quo(out, scale)
	} else {
		out.Mul(out, scale)
	}
	f, _ := out.Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
	}
	if f == 0 {
		f = math.Copysign(0, x)
	}
	return py.Float(f), nil
}

func absInt(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// roundRat rounds r to the nearest integer, ties to even.
func roundRat(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
	c := twice.Cmp(den)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}
