package pybytes

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
)

// GetItem answers b[i] (an int) and b[slice] (bytes) for bytes, which gpython cannot subscript.
// ok is false for any other type.
func GetItem(x, key py.Object) (res py.Object, ok bool, err error) {
	b, isBytes := x.(py.Bytes)
	if !isBytes {
		return nil, false, nil
	}
	if _, isSlice := key.(*py.Slice); !isSlice && !isIndex(key) {
		return nil, true, py.ExceptionNewf(py.TypeError, "byte indices must be integers or slices, not %s", pystr.TypeName(key))
	}
	view := &ByteArray{data: []byte(b)}
	if _, isSlice := key.(*py.Slice); isSlice {
		got, err := view.M__getitem__(key)
		if err != nil {
			return nil, true, err
		}
		return py.Bytes(got.(*ByteArray).data), true, nil
	}
	i, inRange, err := view.index(key)
	if err != nil {
		return nil, true, err
	}
	if !inRange {
		return nil, true, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	return py.Int(b[i]), true, nil
}
