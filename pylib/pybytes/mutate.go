package pybytes

import (
	"slices"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
)

// mutator is a bytearray-only method; a holds the parsed arguments.
type mutator func(ba *ByteArray, a []py.Object) (py.Object, error)

func baSig(kind pystr.SigKind, name string, min, max int) pystr.Sig {
	return pystr.Sig{Type: "bytearray", Name: name, Kind: kind, Min: min, Max: max}
}

var mutators = []struct {
	sig pystr.Sig
	fn  mutator
	doc string
}{
	{baSig(pystr.OneArg, "append", 1, 1), baAppend, "Append a single item to the end of the bytearray."},
	{baSig(pystr.NoArgs, "clear", 0, 0), baClear, "Remove all items from the bytearray."},
	{baSig(pystr.NoArgs, "copy", 0, 0), baCopy, "Return a copy of B."},
	{baSig(pystr.OneArg, "extend", 1, 1), baExtend, "Append all the items from the iterator or sequence to the end of the bytearray."},
	{baSig(pystr.Positional, "insert", 2, 2), baInsert, "Insert a single item into the bytearray before the given index."},
	{baSig(pystr.Positional, "pop", 0, 1), baPop, "Remove and return a single item from B."},
	{baSig(pystr.OneArg, "remove", 1, 1), baRemove, "Remove the first occurrence of a value in the bytearray."},
	{baSig(pystr.NoArgs, "reverse", 0, 0), baReverse, "Reverse the order of the values in B in place."},
}

// installMutators adds the bytearray-only methods to ByteArrayType.Dict.
func installMutators() {
	for _, m := range mutators {
		name, sg, fn := m.sig.Name, m.sig, m.fn
		ByteArrayType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ba, ok := self.(*ByteArray)
			if !ok {
				if len(args) == 0 {
					return nil, py.ExceptionNewf(py.TypeError, "unbound method bytearray.%s() needs an argument", name)
				}
				if ba, ok = args[0].(*ByteArray); !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", name, pystr.TypeName(args[0]))
				}
				args = args[1:]
			}
			a, err := sg.Parse(args, kwargs)
			if err != nil {
				return nil, err
			}
			return fn(ba, a)
		}, 0, m.doc)
	}
}

func baAppend(ba *ByteArray, a []py.Object) (py.Object, error) {
	c, err := byteValue(a[0])
	if err != nil {
		return nil, err
	}
	ba.data = append(ba.data, c)
	return py.None, nil
}

func baClear(ba *ByteArray, _ []py.Object) (py.Object, error) {
	ba.data = nil
	return py.None, nil
}

func baCopy(ba *ByteArray, _ []py.Object) (py.Object, error) {
	return NewByteArray(ba.data), nil
}

func baExtend(ba *ByteArray, a []py.Object) (py.Object, error) {
	if b, ok := AsBytes(a[0]); ok {
		ba.data = append(ba.data, b...)
		return py.None, nil
	}
	data, err := iterBytes(a[0])
	if err == errNotIterable {
		return nil, py.ExceptionNewf(py.TypeError, "can't extend bytearray with %s", pystr.TypeName(a[0]))
	}
	if err != nil {
		return nil, err
	}
	ba.data = append(ba.data, data...)
	return py.None, nil
}

func baInsert(ba *ByteArray, a []py.Object) (py.Object, error) {
	i, err := pystr.AsInt(a[0])
	if err != nil {
		return nil, err
	}
	c, err := byteValue(a[1])
	if err != nil {
		return nil, err
	}
	n := len(ba.data)
	if i < 0 {
		i = max(i+n, 0)
	}
	ba.data = slices.Insert(ba.data, min(i, n), c)
	return py.None, nil
}

func baPop(ba *ByteArray, a []py.Object) (py.Object, error) {
	i := -1
	if a[0] != nil {
		var err error
		if i, err = pystr.AsInt(a[0]); err != nil {
			return nil, err
		}
	}
	n := len(ba.data)
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
	}
	c := ba.data[i]
	ba.data = append(ba.data[:i], ba.data[i+1:]...)
	return py.Int(c), nil
}

func baRemove(ba *ByteArray, a []py.Object) (py.Object, error) {
	c, err := byteValue(a[0])
	if err != nil {
		return nil, err
	}
	i := slices.Index(ba.data, c)
	if i < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "value not found in bytearray")
	}
	ba.data = append(ba.data[:i], ba.data[i+1:]...)
	return py.None, nil
}

func baReverse(ba *ByteArray, _ []py.Object) (py.Object, error) {
	slices.Reverse(ba.data)
	return py.None, nil
}
