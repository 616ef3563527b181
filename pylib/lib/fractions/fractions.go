// Package fractions is Python's `fractions` module, written in Python (see fractions.py) and
// embedded in the binary.
//
// Fraction(numerator=0, denominator=None) from ints, Fractions, floats, Decimals and strings
// ('3/4', '-1.5e-3'); arithmetic + - * / // % ** divmod with int, float and complex operands,
// comparisons, hash (equal to the hash of an equal int/float), int/float/round/math.floor/
// math.ceil, str ('3/4'), repr ('Fraction(3, 4)'), numerator, denominator,
// limit_denominator(max_denominator=1000000), as_integer_ratio, from_float, from_decimal.
package fractions

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed fractions.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "fractions", FileDesc: "<frozen fractions>"}, CodeSrc: src})
}
