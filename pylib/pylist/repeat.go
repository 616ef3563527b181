package pylist

import (
	"math"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
)

// maxRepeatBytes bounds the memory one repetition may ask for. CPython would try (and fail
// with MemoryError on most machines); a Go allocation that large is a fatal, unrecoverable
// out-of-memory, so we raise MemoryError first.
const maxRepeatBytes = 1 << 32

// Repeat implements seq * n and n * seq for str, bytes, tuple and list (inplace: seq *= n,
// which keeps a list's identity) with CPython's rules: a negative count gives an empty
// sequence, a count that is not an int is a TypeError, a count beyond the index range an
// OverflowError, and a result too large an OverflowError (str, bytes) or MemoryError.
// It returns py.NotImplemented when neither operand is one of those sequences.
func Repeat(a, b py.Object, inplace bool) (py.Object, error) {
	seq, n := a, b
	if !isRepeatable(a) {
		// A left operand with a repetition of its own (bytearray) goes first, as in CPython.
		if _, ok := a.(py.I__mul__); ok && !isNumber(a) || !isRepeatable(b) {
			return py.NotImplemented, nil
		}
		if inplace && !isNumber(a) && a != py.None {
			// In-place, CPython tries the right operand's repetition only when the left is
			// no sequence or container at all.
			return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for *=: '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		seq, n, inplace = b, a, false
	}
	if !isIntLike(n) {
		if _, ok := n.(py.I__index__); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
		}
	}
	count, err := pystr.AsInt(n)
	if err != nil {
		if py.IsException(py.OverflowError, err) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return nil, err
	}
	count = max(count, 0)
	switch s := seq.(type) {
	case py.String:
		if err := checkSize(len(s), 1, count, "repeated string is too long"); err != nil {
			return nil, err
		}
		if count == 1 {
			return s, nil
		}
		return py.String(strings.Repeat(string(s), count)), nil
	case py.Bytes:
		if err := checkSize(len(s), 1, count, "repeated bytes are too long"); err != nil {
			return nil, err
		}
		if count == 1 {
			return s, nil
		}
		return py.Bytes(strings.Repeat(string(s), count)), nil
	case py.Tuple:
		if err := checkSize(len(s), 8, count, ""); err != nil {
			return nil, err
		}
		if count == 1 || len(s) == 0 {
			return s, nil
		}
		return py.Tuple(repeatItems(s, count)), nil
	case *py.List:
		if err := checkSize(len(s.Items), 8, count, ""); err != nil {
			return nil, err
		}
		items := repeatItems(s.Items, count)
		if inplace {
			s.Items = items
			return s, nil
		}
		return py.NewListFromItems(items), nil
	}
	return py.NotImplemented, nil
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	return false
}

func isRepeatable(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
		return true
	}
	return false
}

// checkSize fails when n copies of length items of size bytes each are too many: beyond the
// index range (OverflowError with msg, or MemoryError when msg is empty, as CPython) or beyond
// maxRepeatBytes (MemoryError).
func checkSize(length, size, n int, msg string) error {
	if length == 0 || n == 0 {
		return nil
	}
	if length > math.MaxInt/n {
		if msg == "" {
			return py.ExceptionNewf(py.MemoryError, "")
		}
		return py.ExceptionNewf(py.OverflowError, "%s", msg)
	}
	if length*n > maxRepeatBytes/size {
		return py.ExceptionNewf(py.MemoryError, "")
	}
	return nil
}

func repeatItems(items []py.Object, n int) []py.Object {
	if len(items) == 0 {
		return []py.Object{}
	}
	out := make([]py.Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}
