package pylib

// More of Python's standard library (pylib/lib): exact arithmetic.
import (
	_ "gowsgi/pylib/lib/decimal"
	_ "gowsgi/pylib/lib/fractions"
)
