// Package decimal is Python's `decimal` module, written in Python (see decimal.py) on the
// interpreter's arbitrary-precision ints (math/big underneath) and embedded in the binary.
//
// Decimal(value='0', context=None) from str, int, float (exact), tuple or Decimal;
// arithmetic + - * / // % ** divmod, comparisons (also with int, float and Fraction), hash,
// int/float/round/math.floor/math.ceil, str/repr/format, quantize, to_integral_value,
// to_integral_exact, normalize, sqrt, exp, ln, log10, as_tuple, as_integer_ratio, adjusted,
// compare, max, min, fma, copy_abs, copy_negate, copy_sign, is_nan/is_zero/is_signed/...
// Context(prec, rounding, Emin, Emax, capitals, clamp, flags, traps), getcontext(),
// setcontext(ctx), localcontext(ctx=None, **kw), DefaultContext, BasicContext, ExtendedContext.
// Signals: DecimalException, InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow,
// Underflow, Subnormal, Clamped, FloatOperation; ROUND_* rounding modes; DecimalTuple.
//
// Each interpreter runs on one goroutine, so the current context is one per interpreter.
package decimal

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed decimal.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "decimal", FileDesc: "<frozen decimal>"}, CodeSrc: src})
}
