package pybytes

// The bytearray type. Its Python-visible surface, beyond the bytes methods
// listed in the package comment (which bytearray shares, returning
// bytearray where bytes returns bytes):
//
//	bytearray(source=b'', encoding=None, errors=None)
//	    bytearray() bytearray(int) bytearray(iterable_of_ints)
//	    bytearray(bytes_or_bytearray) bytearray(str, encoding[, errors])
//	ba.append(item, /) extend(iterable_of_ints, /) insert(index, item, /)
//	ba.pop(index=-1, /) remove(value, /) clear() copy() reverse()
//	ba[i] ba[i:j:k] ba[i] = int ba[i:j:k] = bytes_or_iterable del ba[i:j:k]
//	ba + b  b + ba  ba += b  ba * n  n * ba  ba *= n  x in ba  iter(ba)  len(ba)
//	== != < <= > >= with bytes or bytearray; hash(ba) raises TypeError.

import (
	"bytes"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/pystr"
)

// ByteArray is CPython's bytearray: a mutable sequence of bytes.
type ByteArray struct {
	data []byte
}

// ByteArrayType is the Python type bytearray.
var ByteArrayType = py.NewTypeX("bytearray", `bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array

Construct a mutable bytearray object.`, byteArrayNew, nil)

// NewByteArray returns a bytearray holding a copy of b.
func NewByteArray(b []byte) *ByteArray {
	return &ByteArray{data: bytes.Clone(b)}
}

// Bytes returns the bytearray's current content. The slice is the live
// buffer: it changes with the bytearray and must not be kept.
func (a *ByteArray) Bytes() []byte { return a.data }

// Type returns bytearray.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }

var byteArrayArgs = []string{"source", "encoding", "errors"}

// byteArrayNew implements bytearray(source, encoding, errors).
func byteArrayNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if n := len(args) + len(kwargs); n > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "bytearray() takes at most 3 arguments (%d given)", n)
	}
	var a [3]py.Object
	copy(a[:], args)
	for k, v := range kwargs {
		i := indexOf(byteArrayArgs, k)
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for bytearray()", k)
		}
		if a[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "argument for bytearray() given by name ('%s') and position (%d)", k, i+1)
		}
		a[i] = v
	}
	var enc [2]string
	for i := 1; i < 3; i++ {
		if a[i] == nil {
			continue
		}
		s, ok := a[i].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "bytearray() argument '%s' must be str, not %s", byteArrayArgs[i], pystr.ArgTypeName(a[i]))
		}
		enc[i-1] = string(s)
	}
	data, err := byteArraySource(a[0], a[1] != nil, a[2] != nil, enc[0], enc[1])
	if err != nil {
		return nil, err
	}
	return &ByteArray{data: data}, nil
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// byteArraySource computes the initial content of bytearray(source, ...).
func byteArraySource(src py.Object, hasEnc, hasErrors bool, encoding, errors string) ([]byte, error) {
	if s, ok := src.(py.String); ok {
		if !hasEnc {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		if !hasErrors {
			errors = "strict"
		}
		return codecs.Encode(string(s), encoding, errors)
	}
	if hasEnc {
		return nil, py.ExceptionNewf(py.TypeError, "encoding without a string argument")
	}
	if hasErrors {
		return nil, py.ExceptionNewf(py.TypeError, "errors without a string argument")
	}
	if src == nil {
		return []byte{}, nil
	}
	if b, ok := AsBytes(src); ok {
		return []byte(b), nil
	}
	switch src.(type) {
	case py.Int, py.Bool, *py.BigInt, py.I__index__:
		n, err := pystr.AsInt(src)
		if err != nil {
			if py.IsException(py.OverflowError, err) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
			}
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		return make([]byte, n), nil
	}
	data, err := iterBytes(src)
	if err == errNotIterable {
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytearray", pystr.TypeName(src))
	}
	return data, err
}

// errNotIterable is returned by iterBytes for an object that is not iterable.
var errNotIterable = py.ExceptionNewf(py.TypeError, "not iterable")

// iterBytes collects the byte values of an iterable of ints.
func iterBytes(o py.Object) ([]byte, error) {
	items, err := pystr.Items(o)
	if err != nil {
		if _, iterErr := py.Iter(o); iterErr != nil {
			return nil, errNotIterable
		}
		return nil, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		if out[i], err = byteValue(x); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// M__repr__ returns bytearray(b'...') with CPython's quoting: double quotes
// when the content has a single quote and no double quote, and a single
// quote escaped either way.
func (a *ByteArray) M__repr__() (py.Object, error) {
	quote := byte('\'')
	if bytes.IndexByte(a.data, '\'') >= 0 && bytes.IndexByte(a.data, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(a.data) + 14)
	sb.WriteString("bytearray(b")
	sb.WriteByte(quote)
	for _, c := range a.data {
		switch {
		case c == '\'' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteByte(hexDigits[c>>4])
			sb.WriteByte(hexDigits[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	sb.WriteByte(')')
	return py.String(sb.String()), nil
}

// M__str__ is the repr, as in CPython.
func (a *ByteArray) M__str__() (py.Object, error) { return a.M__repr__() }

// M__len__ returns the number of bytes.
func (a *ByteArray) M__len__() (py.Object, error) { return py.Int(len(a.data)), nil }

// M__bool__ reports whether the bytearray is non-empty.
func (a *ByteArray) M__bool__() (py.Object, error) { return py.NewBool(len(a.data) > 0), nil }

// M__hash__ raises TypeError: bytearray is mutable.
func (a *ByteArray) M__hash__() (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "unhashable type: 'bytearray'")
}

// index converts an item index, counting negative ones from the end.
func (a *ByteArray) index(key py.Object) (int, bool, error) {
	i, err := pystr.AsInt(key)
	if err != nil {
		if py.IsException(py.OverflowError, err) {
			return 0, false, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
		return 0, false, err
	}
	if i < 0 {
		i += len(a.data)
	}
	return i, i >= 0 && i < len(a.data), nil
}

func isIndex(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.I__index__:
		return true
	}
	return false
}

func badIndexType(key py.Object) error {
	return py.ExceptionNewf(py.TypeError, "bytearray indices must be integers or slices, not %s", pystr.TypeName(key))
}

func indexRange() error {
	return py.ExceptionNewf(py.IndexError, "bytearray index out of range")
}

// indices resolves a slice against the bytearray, with CPython's error for
// bounds that are not integers.
func (a *ByteArray) indices(sl *py.Slice) (start, stop, step, n int, err error) {
	for _, o := range []py.Object{sl.Start, sl.Stop, sl.Step} {
		if o != py.None && !isIndex(o) {
			return 0, 0, 0, 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
	}
	return clampSlice(sl).GetIndices(len(a.data))
}

// clampSlice returns sl with bools as ints and ints beyond the machine's range clamped, as
// CPython clamps slice bounds (b'abc'[1:2**70] is b'bc'; gpython would overflow).
func clampSlice(sl *py.Slice) *py.Slice {
	const limit = 1 << 62
	clamp := func(o py.Object) py.Object {
		switch v := o.(type) {
		case py.Bool:
			if v {
				return py.Int(1)
			}
			return py.Int(0)
		case *py.BigInt:
			b := (*big.Int)(v)
			if b.IsInt64() {
				return py.Int(b.Int64())
			}
			if b.Sign() < 0 {
				return py.Int(-limit)
			}
			return py.Int(limit)
		}
		return o
	}
	return &py.Slice{Start: clamp(sl.Start), Stop: clamp(sl.Stop), Step: clamp(sl.Step)}
}

// M__getitem__ returns ba[i] (an int) or ba[slice] (a new bytearray).
func (a *ByteArray) M__getitem__(key py.Object) (py.Object, error) {
	if sl, ok := key.(*py.Slice); ok {
		start, _, step, n, err := a.indices(sl)
		if err != nil {
			return nil, err
		}
		out := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = a.data[i]
		}
		return &ByteArray{data: out}, nil
	}
	if !isIndex(key) {
		return nil, badIndexType(key)
	}
	i, ok, err := a.index(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, indexRange()
	}
	return py.Int(a.data[i]), nil
}

// M__setitem__ does ba[i] = int and ba[slice] = bytes-like or iterable of
// ints; a slice with step 1 may change the length.
func (a *ByteArray) M__setitem__(key, value py.Object) (py.Object, error) {
	if sl, ok := key.(*py.Slice); ok {
		if _, _, _, _, err := a.indices(sl); err != nil {
			return nil, err
		}
		src, err := assignSource(value)
		if err != nil {
			return nil, err
		}
		return py.None, a.setSlice(sl, src)
	}
	if !isIndex(key) {
		return nil, badIndexType(key)
	}
	i, ok, err := a.index(key)
	if err != nil {
		return nil, err
	}
	c, err := byteValue(value)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, indexRange()
	}
	a.data[i] = c
	return py.None, nil
}

// assignSource converts the right-hand side of a slice assignment: numbers
// and str are refused, anything else goes through bytearray(value).
func assignSource(value py.Object) ([]byte, error) {
	if b, ok := AsBytes(value); ok {
		return []byte(b), nil // a copy, so ba[:] = ba is safe
	}
	switch value.(type) {
	case py.String, py.Int, py.Bool, *py.BigInt, py.Float, py.Complex, py.I__index__, py.I__int__, py.I__float__:
		return nil, py.ExceptionNewf(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return byteArraySource(value, false, false, "", "")
}

func (a *ByteArray) setSlice(sl *py.Slice, src []byte) error {
	start, stop, step, n, err := a.indices(sl)
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		a.data = append(a.data[:start], append(src, a.data[stop:]...)...)
		return nil
	}
	if len(src) == 0 { // CPython deletes the items of an extended slice assigned b''
		_, err := a.M__delitem__(sl)
		return err
	}
	if len(src) != n {
		return py.ExceptionNewf(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		a.data[i] = src[k]
	}
	return nil
}

// M__delitem__ does del ba[i] and del ba[slice].
func (a *ByteArray) M__delitem__(key py.Object) (py.Object, error) {
	if sl, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := a.indices(sl)
		if err != nil {
			return nil, err
		}
		if step < 0 { // delete the same positions walking forwards
			start, step = start+(n-1)*step, -step
			stop = start + n*step
		}
		if n == 0 {
			return py.None, nil
		}
		if step == 1 {
			a.data = append(a.data[:start], a.data[start+n:]...)
			return py.None, nil
		}
		out := a.data[:start]
		for i := start; i < len(a.data); i++ {
			if i < stop && (i-start)%step == 0 {
				continue
			}
			out = append(out, a.data[i])
		}
		a.data = out
		return py.None, nil
	}
	if !isIndex(key) {
		return nil, badIndexType(key)
	}
	i, ok, err := a.index(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, indexRange()
	}
	a.data = append(a.data[:i], a.data[i+1:]...)
	return py.None, nil
}

// M__contains__ implements x in ba for a byte value or a bytes-like x.
func (a *ByteArray) M__contains__(item py.Object) (py.Object, error) {
	if b, ok := AsBytes(item); ok {
		return py.NewBool(strings.Contains(string(a.data), b)), nil
	}
	if !isIndex(item) {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", pystr.TypeName(item))
	}
	c, err := byteValue(item)
	if err != nil {
		return nil, err
	}
	return py.NewBool(bytes.IndexByte(a.data, c) >= 0), nil
}

// M__iter__ returns an iterator over the byte values; like CPython's it
// reads the live bytearray, so it sees changes made while iterating.
func (a *ByteArray) M__iter__() (py.Object, error) { return &byteArrayIter{a: a}, nil }

var byteArrayIterType = py.NewType("bytearray_iterator", "")

type byteArrayIter struct {
	a *ByteArray
	i int
}

func (it *byteArrayIter) Type() *py.Type                { return byteArrayIterType }
func (it *byteArrayIter) M__iter__() (py.Object, error) { return it, nil }
func (it *byteArrayIter) M__next__() (py.Object, error) {
	if it.a == nil || it.i >= len(it.a.data) {
		it.a = nil
		return nil, py.StopIteration
	}
	it.i++
	return py.Int(it.a.data[it.i-1]), nil
}

// compare returns bytes.Compare of a and a bytes-like other.
func (a *ByteArray) compare(other py.Object) (int, bool) {
	b, ok := AsBytes(other)
	if !ok {
		return 0, false
	}
	return strings.Compare(string(a.data), b), true
}

func (a *ByteArray) cmp(other py.Object, ok func(int) bool) (py.Object, error) {
	c, isBytes := a.compare(other)
	if !isBytes {
		return py.NotImplemented, nil
	}
	return py.NewBool(ok(c)), nil
}

// M__eq__ compares with bytes or bytearray.
func (a *ByteArray) M__eq__(o py.Object) (py.Object, error) {
	return a.cmp(o, func(c int) bool { return c == 0 })
}

// M__ne__ compares with bytes or bytearray.
func (a *ByteArray) M__ne__(o py.Object) (py.Object, error) {
	return a.cmp(o, func(c int) bool { return c != 0 })
}

// M__lt__ compares with bytes or bytearray.
func (a *ByteArray) M__lt__(o py.Object) (py.Object, error) {
	return a.cmp(o, func(c int) bool { return c < 0 })
}

// M__le__ compares with bytes or bytearray.
func (a *ByteArray) M__le__(o py.Object) (py.Object, error) {
	return a.cmp(o, func(c int) bool { return c <= 0 })
}

// M__gt__ compares with bytes or bytearray.
func (a *ByteArray) M__gt__(o py.Object) (py.Object, error) {
	return a.cmp(o, func(c int) bool { return c > 0 })
}

// M__ge__ compares with bytes or bytearray.
func (a *ByteArray) M__ge__(o py.Object) (py.Object, error) {
	return a.cmp(o, func(c int) bool { return c >= 0 })
}

func cantConcat(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", pystr.TypeName(o))
}

// M__add__ returns ba + other as a new bytearray.
func (a *ByteArray) M__add__(other py.Object) (py.Object, error) {
	b, ok := AsBytes(other)
	if !ok {
		return nil, cantConcat(other)
	}
	out := make([]byte, 0, len(a.data)+len(b))
	return &ByteArray{data: append(append(out, a.data...), b...)}, nil
}

// M__radd__ returns bytes + ba, a bytes value as in CPython.
func (a *ByteArray) M__radd__(other py.Object) (py.Object, error) {
	b, ok := other.(py.Bytes)
	if !ok {
		return py.NotImplemented, nil
	}
	out := make([]byte, 0, len(a.data)+len(b))
	return py.Bytes(append(append(out, b...), a.data...)), nil
}

// M__iadd__ extends ba in place with a bytes-like object.
func (a *ByteArray) M__iadd__(other py.Object) (py.Object, error) {
	b, ok := AsBytes(other)
	if !ok {
		return nil, cantConcat(other)
	}
	a.data = append(a.data, b...)
	return a, nil
}

// maxSize bounds the size of a repeated bytearray (CPython raises
// MemoryError when the result cannot be allocated).
const maxSize = 1 << 40

// repeatCount converts the count of ba * n.
func repeatCount(n py.Object) (int, error) {
	if !isIndex(n) {
		return 0, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", pystr.TypeName(n))
	}
	k, err := pystr.AsInt(n)
	if err != nil {
		if py.IsException(py.OverflowError, err) {
			return 0, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	return max(k, 0), nil
}

func (a *ByteArray) repeat(n py.Object) ([]byte, error) {
	k, err := repeatCount(n)
	if err != nil {
		return nil, err
	}
	if k > 0 && len(a.data) > maxSize/k {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	return bytes.Repeat(a.data, k), nil
}

// M__mul__ returns ba * n.
func (a *ByteArray) M__mul__(n py.Object) (py.Object, error) {
	data, err := a.repeat(n)
	if err != nil {
		return nil, err
	}
	return &ByteArray{data: data}, nil
}

// M__rmul__ returns n * ba.
func (a *ByteArray) M__rmul__(n py.Object) (py.Object, error) {
	return a.M__mul__(n)
}

// M__imul__ repeats ba in place.
func (a *ByteArray) M__imul__(n py.Object) (py.Object, error) {
	data, err := a.repeat(n)
	if err != nil {
		return nil, err
	}
	a.data = data
	return a, nil
}

var (
	_ py.I__len__      = (*ByteArray)(nil)
	_ py.I__getitem__  = (*ByteArray)(nil)
	_ py.I__setitem__  = (*ByteArray)(nil)
	_ py.I__delitem__  = (*ByteArray)(nil)
	_ py.I__iter__     = (*ByteArray)(nil)
	_ py.I__contains__ = (*ByteArray)(nil)
	_ py.I__eq__       = (*ByteArray)(nil)
	_ py.I__lt__       = (*ByteArray)(nil)
	_ py.I__add__      = (*ByteArray)(nil)
	_ py.I__radd__     = (*ByteArray)(nil)
	_ py.I__iadd__     = (*ByteArray)(nil)
	_ py.I__mul__      = (*ByteArray)(nil)
	_ py.I__rmul__     = (*ByteArray)(nil)
	_ py.I__imul__     = (*ByteArray)(nil)
	_ py.I__hash__     = (*ByteArray)(nil)
)
