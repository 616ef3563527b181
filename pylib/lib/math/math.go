// Package math completes gpython's math module with what CPython 3.11 has and gpython lacks:
//
//	inf, nan, tau
//	gcd(*integers) -> int          lcm(*integers) -> int
//	isqrt(n) -> int                comb(n, k) -> int          perm(n, k=None) -> int
//	factorial(n) -> int            (integers only, any size)
//	prod(iterable, /, *, start=1)  isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) -> bool
//	dist(p, q) -> float            ulp(x) -> float            nextafter(x, y) -> float
//	floor(x), ceil(x)              (also for bools and objects with __floor__/__ceil__)
//
// gpython registers math as a Go module; this package adds to that registration once, at
// program start, before any interpreter imports it.
package math

import (
	stdmath "math"
	"math/big"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/math" // the module being completed

	"gowsgi/pylib/pylist"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

func init() {
	impl := py.GetModuleImpl("math")
	if impl == nil {
		panic("math: gpython's math module is not registered")
	}
	impl.Globals["inf"] = py.Float(stdmath.Inf(1))
	impl.Globals["nan"] = py.Float(stdmath.NaN())
	impl.Globals["tau"] = py.Float(2 * stdmath.Pi)
	replace := map[string]*py.Method{}
	for _, m := range []*py.Method{
		py.MustNewMethod("gcd", gcd, 0, "gcd(*integers)\n\nGreatest Common Divisor."),
		py.MustNewMethod("lcm", lcm, 0, "lcm(*integers)\n\nLeast Common Multiple."),
		py.MustNewMethod("isqrt", isqrt, 0, "isqrt(n, /)\n\nReturn the integer part of the square root of the input."),
		py.MustNewMethod("comb", comb, 0, "comb(n, k, /)\n\nNumber of ways to choose k items from n items without repetition and without order."),
		py.MustNewMethod("perm", perm, 0, "perm(n, k=None, /)\n\nNumber of ways to choose k items from n items without repetition and with order."),
		py.MustNewMethod("factorial", factorial, 0, "factorial(n, /)\n\nFind n!."),
		py.MustNewMethod("prod", prod, 0, "prod(iterable, /, *, start=1)\n\nCalculate the product of all the elements in the input iterable."),
		py.MustNewMethod("isclose", isclose, 0, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)\n\nDetermine whether two floating point numbers are close in value."),
		py.MustNewMethod("dist", dist, 0, "dist(p, q, /)\n\nReturn the Euclidean distance between two points p and q."),
		py.MustNewMethod("ulp", ulp, 0, "ulp(x, /)\n\nReturn the value of the least significant bit of the float x."),
		py.MustNewMethod("nextafter", nextafter, 0, "nextafter(x, y, /)\n\nReturn the next floating-point value after x towards y."),
		py.MustNewMethod("floor", roundWith("floor", "__floor__", stdmath.Floor), 0, "floor(x, /)\n\nReturn the floor of x as an Integral."),
		py.MustNewMethod("ceil", roundWith("ceil", "__ceil__", stdmath.Ceil), 0, "ceil(x, /)\n\nReturn the ceiling of x as an Integral."),
	} {
		replace[m.Name] = m
	}
	methods := impl.Methods[:0:0]
	for _, m := range impl.Methods {
		if _, ours := replace[m.Name]; !ours {
			methods = append(methods, m)
		}
	}
	for _, m := range replace {
		methods = append(methods, m)
	}
	impl.Methods = methods
}

// integer returns x as a big.Int, or CPython's TypeError for a non-integer.
func integer(x py.Object) (*big.Int, error) {
	if b, ok := pynum.BigOf(x); ok {
		return b, nil
	}
	if f, err := py.GetAttrString(x, "__index__"); err == nil {
		v, err := py.Call(f, nil, nil)
		if err != nil {
			return nil, err
		}
		if b, ok := pynum.BigOf(v); ok {
			return b, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", x.Type().Name)
}

func integers(args py.Tuple) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := integer(a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func gcd(self py.Object, args py.Tuple) (py.Object, error) {
	ns, err := integers(args)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return pynum.FromBig(g), nil
}

func lcm(self py.Object, args py.Tuple) (py.Object, error) {
	ns, err := integers(args)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		a := new(big.Int).Abs(n)
		if a.Sign() == 0 {
			return py.Int(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return pynum.FromBig(l), nil
}

func oneInt(name string, args py.Tuple) (*big.Int, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return integer(args[0])
}

func isqrt(self py.Object, args py.Tuple) (py.Object, error) {
	n, err := oneInt("isqrt", args)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
	}
	return pynum.FromBig(new(big.Int).Sqrt(n)), nil
}

func factorial(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) == 1 {
		if _, isFloat := args[0].(py.Float); isFloat {
			return nil, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
	}
	n, err := oneInt("factorial", args)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<20 {
		return nil, py.ExceptionNewf(py.OverflowError, "factorial() argument should not exceed %d", int64(1<<20))
	}
	return pynum.FromBig(new(big.Int).MulRange(1, n.Int64())), nil
}

// nk reads the (n, k) arguments of comb and perm, with CPython's checks.
func nk(name string, args py.Tuple, kOptional bool) (*big.Int, *big.Int, error) {
	min := 2
	if kOptional {
		min = 1
	}
	if len(args) < min || len(args) > 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s expected %s arguments, got %d", name, map[bool]string{true: "at most 2", false: "2"}[kOptional], len(args))
	}
	n, err := integer(args[0])
	if err != nil {
		return nil, nil, err
	}
	k := new(big.Int).Set(n)
	if len(args) == 2 && args[1] != py.None {
		if k, err = integer(args[1]); err != nil {
			return nil, nil, err
		}
	}
	if n.Sign() < 0 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

func comb(self py.Object, args py.Tuple) (py.Object, error) {
	n, k, err := nk("comb", args, false)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return py.Int(0), nil
	}
	if !n.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "n too large")
	}
	return pynum.FromBig(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
}

func perm(self py.Object, args py.Tuple) (py.Object, error) {
	n, k, err := nk("perm", args, true)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return py.Int(0), nil
	}
	if !n.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "n too large")
	}
	lo := n.Int64() - k.Int64() + 1
	if lo > n.Int64() {
		return py.Int(1), nil
	}
	return pynum.FromBig(new(big.Int).MulRange(lo, n.Int64())), nil
}

func prod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	var acc py.Object = py.Int(1)
	for k, v := range kwargs {
		if k != "start" {
			return nil, py.ExceptionNewf(py.TypeError, "prod() got an unexpected keyword argument '%s'", k)
		}
		acc = v
	}
	err := pylist.Each(args[0], func(item py.Object) (bool, error) {
		var err error
		acc, err = vm.Mul(acc, item)
		return false, err
	})
	return acc, err
}

func toFloat(x py.Object) (float64, error) {
	f, ok, err := pynum.ToFloat(x)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", x.Type().Name)
	}
	return f, nil
}

func isclose(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	a, err := toFloat(args[0])
	if err != nil {
		return nil, err
	}
	b, err := toFloat(args[1])
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-09, 0.0
	for k, v := range kwargs {
		f, err := toFloat(v)
		if err != nil {
			return nil, err
		}
		switch k {
		case "rel_tol":
			rel = f
		case "abs_tol":
			abs = f
		default:
			return nil, py.ExceptionNewf(py.TypeError, "isclose() got an unexpected keyword argument '%s'", k)
		}
	}
	if rel < 0 || abs < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if stdmath.IsInf(a, 0) || stdmath.IsInf(b, 0) {
		return py.False, nil
	}
	diff := stdmath.Abs(b - a)
	close := diff <= stdmath.Abs(rel*b) || diff <= stdmath.Abs(rel*a) || diff <= abs
	return py.NewBool(close), nil
}

func dist(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "dist expected 2 arguments, got %d", len(args))
	}
	p, err := pylist.Items(args[0])
	if err != nil {
		return nil, err
	}
	q, err := pylist.Items(args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
	}
	sum := 0.0
	for i := range p {
		a, err := toFloat(p[i])
		if err != nil {
			return nil, err
		}
		b, err := toFloat(q[i])
		if err != nil {
			return nil, err
		}
		sum = stdmath.Hypot(sum, a-b)
	}
	return py.Float(sum), nil
}

func ulp(self, x py.Object) (py.Object, error) {
	f, err := toFloat(x)
	if err != nil {
		return nil, err
	}
	switch {
	case stdmath.IsNaN(f):
		return py.Float(f), nil
	case stdmath.IsInf(f, 0):
		return py.Float(stdmath.Inf(1)), nil
	}
	f = stdmath.Abs(f)
	next := stdmath.Nextafter(f, stdmath.Inf(1))
	if stdmath.IsInf(next, 0) {
		return py.Float(f - stdmath.Nextafter(f, 0)), nil
	}
	return py.Float(next - f), nil
}

func nextafter(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "nextafter expected 2 arguments, got %d", len(args))
	}
	x, err := toFloat(args[0])
	if err != nil {
		return nil, err
	}
	y, err := toFloat(args[1])
	if err != nil {
		return nil, err
	}
	return py.Float(stdmath.Nextafter(x, y)), nil
}

// roundWith makes floor/ceil: ints (and bools) come back as ints, objects may define the
// dunder, floats are rounded and converted to an int of any size.
func roundWith(name, dunder string, f func(float64) float64) func(self, x py.Object) (py.Object, error) {
	return func(self, x py.Object) (py.Object, error) {
		if b, ok := pynum.BigOf(x); ok {
			return pynum.FromBig(b), nil
		}
		if _, isFloat := x.(py.Float); !isFloat {
			if m, err := py.GetAttrString(x, dunder); err == nil {
				return py.Call(m, nil, nil)
			}
		}
		v, err := toFloat(x)
		if err != nil {
			return nil, err
		}
		r := f(v)
		if stdmath.IsInf(r, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		if stdmath.IsNaN(r) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		}
		return pynum.FloatToInt(r)
	}
}
