package pynum

import (
	"math/big"
	"math/bits"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pylist"
	"gowsgi/pylib/pystr"
)

// intTypes are the gpython types that hold Python ints.
var intTypes = []*py.Type{py.IntType, py.BigIntType, py.BoolType}

func installInt() {
	methods := map[string]py.Object{
		"bit_length": noArgs("int", "bit_length", func(x *big.Int) py.Object {
			return py.Int(new(big.Int).Abs(x).BitLen())
		}, "Number of bits necessary to represent self in binary."),
		"bit_count": noArgs("int", "bit_count", func(x *big.Int) py.Object {
			n := 0
			for _, w := range new(big.Int).Abs(x).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return py.Int(n)
		}, "Number of ones in the binary representation of the absolute value of self."),
		"as_integer_ratio": noArgs("int", "as_integer_ratio", func(x *big.Int) py.Object {
			return py.Tuple{FromBig(x), py.Int(1)}
		}, "Return integer ratio."),
		"conjugate": noArgs("int", "conjugate", func(x *big.Int) py.Object { return FromBig(x) },
			"Returns self, the complex conjugate of any int."),
		"__index__": noArgs("int", "__index__", func(x *big.Int) py.Object { return FromBig(x) },
			"Return self converted to an integer, if self is suitable for use as an index into a list."),
		"__trunc__": noArgs("int", "__trunc__", func(x *big.Int) py.Object { return FromBig(x) },
			"Truncating an Integral returns itself."),
		"to_bytes": py.MustNewMethod("to_bytes", intToBytes, 0,
			"to_bytes(length=1, byteorder='big', *, signed=False)\n\nReturn an array of bytes representing an integer."),
		"from_bytes": py.MustNewMethod("from_bytes", intFromBytes, py.METH_CLASS,
			"from_bytes(bytes, byteorder='big', *, signed=False)\n\nReturn the integer represented by the given array of bytes."),
		"numerator":   intProperty(func(x *big.Int) py.Object { return FromBig(x) }, "the numerator of a rational number in lowest terms"),
		"real":        intProperty(func(x *big.Int) py.Object { return FromBig(x) }, "the real part of a complex number"),
		"denominator": intProperty(func(*big.Int) py.Object { return py.Int(1) }, "the denominator of a rational number in lowest terms"),
		"imag":        intProperty(func(*big.Int) py.Object { return py.Int(0) }, "the imaginary part of a complex number"),
	}
	for _, t := range intTypes {
		for name, m := range methods {
			t.Dict[name] = m
		}
	}
}

// selfInt reads the receiver of an int method.
func selfInt(typ, name string, self py.Object) (*big.Int, error) {
	x, ok := BigOf(self)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typ, typeName(self))
	}
	return x, nil
}

func noArgs(typ, name string, fn func(*big.Int) py.Object, doc string) *py.Method {
	sig := pystr.Sig{Type: typ, Name: name, Kind: pystr.NoArgs}
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if _, err := sig.Parse(args, kwargs); err != nil {
			return nil, err
		}
		x, err := selfInt(typ, name, self)
		if err != nil {
			return nil, err
		}
		return fn(x), nil
	}, 0, doc)
}

func intProperty(fn func(*big.Int) py.Object, doc string) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) {
		x, ok := BigOf(self)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor for 'int' objects doesn't apply to a '%s' object", typeName(self))
		}
		return fn(x), nil
	}, Doc: doc}
}

// bytesArgs parses (length-or-bytes, byteorder='big', *, signed=False) for to_bytes and
// from_bytes.
func bytesArgs(name, first string, args py.Tuple, kwargs py.StringDict) (py.Object, bool, bool, error) {
	if len(args) > 2 {
		return nil, false, false, py.ExceptionNewf(py.TypeError, "%s() takes at most 2 positional arguments (%d given)", name, len(args))
	}
	vals := []py.Object{nil, nil}
	copy(vals, args)
	var signed py.Object = py.False
	for k, v := range kwargs {
		switch k {
		case first, "byteorder":
			i := 0
			if k == "byteorder" {
				i = 1
			}
			if i < len(args) {
				return nil, false, false, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
			}
			vals[i] = v
		case "signed":
			signed = v
		default:
			return nil, false, false, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	little := false
	if vals[1] != nil {
		s, ok := vals[1].(py.String)
		if !ok {
			return nil, false, false, py.ExceptionNewf(py.TypeError, "%s() argument 'byteorder' must be str, not %s", name, pystr.ArgTypeName(vals[1]))
		}
		switch s {
		case "little":
			little = true
		case "big":
		default:
			return nil, false, false, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
		}
	}
	sg, err := py.MakeBool(signed)
	if err != nil {
		return nil, false, false, err
	}
	return vals[0], little, sg == py.True, nil
}

func intToBytes(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	x, err := selfInt("int", "to_bytes", self)
	if err != nil {
		return nil, err
	}
	lengthArg, little, signed, err := bytesArgs("to_bytes", "length", args, kwargs)
	if err != nil {
		return nil, err
	}
	length := 1
	if lengthArg != nil {
		if length, err = pystr.AsInt(lengthArg); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
		}
	}
	if x.Sign() < 0 && !signed {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	// Two's complement in length bytes: x mod 2**(8*length), checking the range first.
	nbits := 8 * length
	limit := new(big.Int).Lsh(big.NewInt(1), uint(nbits))
	lo, hi := big.NewInt(0), limit
	if signed {
		half := new(big.Int).Rsh(limit, 1)
		lo, hi = new(big.Int).Neg(half), half
	}
	if x.Cmp(lo) < 0 || x.Cmp(hi) >= 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	v := new(big.Int).Set(x)
	if v.Sign() < 0 {
		v.Add(v, limit)
	}
	out := make(py.Bytes, length)
	v.FillBytes(out)
	if little {
		reverse(out)
	}
	return out, nil
}

func reverse(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// bytesLike returns the bytes of a bytes object or of an iterable of ints in range(256).
func bytesLike(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.Bytes:
		return append([]byte(nil), v...), nil
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'str' object to bytes")
	}
	if _, ok := o.(py.I__iter__); !ok {
		if _, ok := o.(*py.Type); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", typeName(o))
		}
	}
	items, err := pylist.Items(o)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		if !IsInt(it) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(it))
		}
		n, _ := BigOf(it)
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n.Int64())
	}
	return out, nil
}

func intFromBytes(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	src, little, signed, err := bytesArgs("from_bytes", "bytes", args, kwargs)
	if err != nil {
		return nil, err
	}
	if src == nil {
		return nil, py.ExceptionNewf(py.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	b, err := bytesLike(src)
	if err != nil {
		return nil, err
	}
	if little {
		reverse(b)
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	if cls == py.BoolType {
		return py.NewBool(v.Sign() != 0), nil
	}
	return FromBig(v), nil
}
