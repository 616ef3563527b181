package vm

// Fast paths the loop takes for the commonest operations on built-in values, each giving
// exactly what the general path gives.

import (
	"math"
	"strconv"

	"github.com/go-python/gpython/py"
)

// asciiChars holds the one-character strings of ASCII, so that s[i] allocates nothing.
var asciiChars = func() (out [128]py.Object) {
	for i := range out {
		out[i] = py.String(rune(i))
	}
	return out
}()

// asciiIndex returns s[i] when the characters up to it are ASCII (so byte and character
// offsets agree), else nil for the general path (which also raises IndexError).
func asciiIndex(s py.String, i int) py.Object {
	if i < 0 {
		// Counting from the end needs the length in characters: only for all-ASCII s.
		for k := 0; k < len(s); k++ {
			if s[k] >= 0x80 {
				return nil
			}
		}
		i += len(s)
		if i < 0 {
			return nil
		}
	}
	if i >= len(s) {
		return nil
	}
	for k := 0; k <= i; k++ {
		if s[k] >= 0x80 {
			return nil
		}
	}
	return asciiChars[s[i]]
}

// strOfBuiltin returns str(x) for str(x) calls on an int or a str, else nil.
func strOfBuiltin(t *py.Type, args []py.Object) py.Object {
	if t != py.StringType || len(args) != 1 {
		return nil
	}
	switch v := args[0].(type) {
	case py.String:
		return v
	case py.Int:
		return py.String(strconv.FormatInt(int64(v), 10))
	}
	return nil
}

// intArith computes a*b, a//b and a%b on small ints as Python does (floor division, a
// remainder with the divisor's sign); ok is false on overflow, division by zero or another
// operator, which the general path handles.
func intArith(op uint8, a, b py.Int) (py.Object, bool) {
	switch op {
	case opBINARY_MULTIPLY:
		if a == 0 || b == 0 {
			return py.Int(0), true
		}
		r := a * b
		if r/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
			return nil, false
		}
		return r, true
	case opBINARY_MODULO:
		if b == 0 || (b == -1 && a == math.MinInt64) {
			return nil, false
		}
		r := a % b
		if r != 0 && (r < 0) != (b < 0) {
			r += b
		}
		return r, true
	case opBINARY_FLOOR_DIVIDE:
		if b == 0 || (b == -1 && a == math.MinInt64) {
			return nil, false
		}
		q := a / b
		if (a%b != 0) && ((a < 0) != (b < 0)) {
			q--
		}
		return q, true
	}
	return nil, false
}
