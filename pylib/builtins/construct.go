package builtins

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/pylist"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

func installConstructors() {
	strNew, bytesNew := py.StringType.New, py.BytesType.New
	py.StringType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.StringType {
			return strNew(t, args, kwargs)
		}
		return newStr(args, kwargs)
	}
	py.BytesType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.BytesType {
			return bytesNew(t, args, kwargs)
		}
		return newBytes(args, kwargs)
	}
}

// stringArg reads an encoding or errors argument.
func stringArg(fn, name string, pos int, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument '%s' must be str, not %s", fn, name, typeName(o))
	}
	return string(s), nil
}

// newStr is str(object=”) and str(object=b”, encoding='utf-8', errors='strict').
func newStr(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := clinicArgs("str", []string{"object", "encoding", "errors"}, 0, args, kwargs)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return py.String(""), nil
	}
	if a[1] == nil && a[2] == nil {
		s, err := pyformat.Str(a[0])
		return py.String(s), err
	}
	enc, errs := "utf-8", "strict"
	if a[1] != nil {
		if enc, err = stringArg("str", "encoding", 2, a[1]); err != nil {
			return nil, err
		}
	}
	if a[2] != nil {
		if errs, err = stringArg("str", "errors", 3, a[2]); err != nil {
			return nil, err
		}
	}
	var b []byte
	switch v := a[0].(type) {
	case py.Bytes:
		b = v
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "decoding str is not supported")
	default:
		if typeName(v) != "bytearray" {
			return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", typeName(v))
		}
		if b, err = pynumBytes(v); err != nil {
			return nil, err
		}
	}
	s, err := codecs.Decode(b, enc, errs)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func pynumBytes(o py.Object) ([]byte, error) {
	items, err := pylist.Items(o)
	if err != nil {
		return nil, err
	}
	return intsToBytes(items)
}

func intsToBytes(items []py.Object) ([]byte, error) {
	out := make([]byte, len(items))
	for i, it := range items {
		n, err := index(it)
		if err != nil {
			return nil, err
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n.Int64())
	}
	return out, nil
}

// newBytes is bytes(), bytes(int), bytes(iterable_of_ints), bytes(bytes_or_buffer),
// bytes(string, encoding[, errors]) and bytes(obj) with __bytes__.
func newBytes(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := clinicArgs("bytes", []string{"source", "encoding", "errors"}, 0, args, kwargs)
	if err != nil {
		return nil, err
	}
	src := a[0]
	if src == nil {
		if a[1] != nil || a[2] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "encoding or errors without sequence argument")
		}
		return py.Bytes{}, nil
	}
	if s, ok := src.(py.String); ok {
		if a[1] == nil {
			if a[2] != nil {
				return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
			}
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		enc, err := stringArg("bytes", "encoding", 2, a[1])
		if err != nil {
			return nil, err
		}
		errs := "strict"
		if a[2] != nil {
			if errs, err = stringArg("bytes", "errors", 3, a[2]); err != nil {
				return nil, err
			}
		}
		b, err := codecs.Encode(string(s), enc, errs)
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	}
	if a[1] != nil {
		return nil, py.ExceptionNewf(py.TypeError, "encoding without a string argument")
	}
	if a[2] != nil {
		return nil, py.ExceptionNewf(py.TypeError, "errors without a string argument")
	}
	if m, err := special(src, "__bytes__"); err != nil || m != nil {
		if err != nil {
			return nil, err
		}
		res, err := vm.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := res.(py.Bytes); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__bytes__ returned non-bytes (type %s)", typeName(res))
		}
		return res, nil
	}
	switch v := src.(type) {
	case py.Bytes:
		return append(py.Bytes{}, v...), nil
	case py.Float, py.Complex:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", typeName(v))
	}
	if pynum.IsInt(src) || src.Type().Lookup("__index__") != nil {
		n, err := index(src)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		if n.Cmp(big.NewInt(1<<40)) > 0 {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return make(py.Bytes, n.Int64()), nil
	}
	it, err := pylist.Iter(src)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", typeName(src))
		}
		return nil, err
	}
	items, err := pylist.Items(it)
	if err != nil {
		return nil, err
	}
	b, err := intsToBytes(items)
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}
