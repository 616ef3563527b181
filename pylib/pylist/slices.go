package pylist

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// SetItem is vm.BuiltinSetItem for lists: s[i] = v and s[i:j:k] = iterable with CPython's
// rules (a reversed simple slice inserts at its start, an extended slice takes exactly as many
// items as it selects) and messages. ok is false for anything but a list.
func SetItem(x, key, value py.Object) (ok bool, err error) {
	l, isList := x.(*py.List)
	if !isList {
		return false, nil
	}
	sl, isSlice := key.(*py.Slice)
	if !isSlice {
		i, err := listIndex(l, key)
		if err == nil {
			l.Items[i] = value
		}
		return true, err
	}
	start, stop, step, err := SliceIndices(sl, len(l.Items))
	if err != nil {
		return true, err
	}
	msg := "can only assign an iterable"
	if step != 1 {
		msg = "must assign iterable to extended slice"
	}
	items, err := assignedItems(value, msg)
	if err != nil {
		return true, err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		rest := append([]py.Object(nil), l.Items[stop:]...)
		l.Items = append(append(l.Items[:start], items...), rest...)
		return true, nil
	}
	n := sliceLength(start, stop, step)
	if len(items) != n {
		return true, py.ExceptionNewf(py.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for k, item := range items {
		l.Items[start+k*step] = item
	}
	return true, nil
}

// DelItem is vm.BuiltinDelItem for lists: del s[i] and del s[i:j:k]. ok is false for anything
// but a list.
func DelItem(x, key py.Object) (ok bool, err error) {
	l, isList := x.(*py.List)
	if !isList {
		return false, nil
	}
	sl, isSlice := key.(*py.Slice)
	if !isSlice {
		i, err := listIndex(l, key)
		if err == nil {
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
		}
		return true, err
	}
	start, stop, step, err := SliceIndices(sl, len(l.Items))
	if err != nil {
		return true, err
	}
	n := sliceLength(start, stop, step)
	if n == 0 {
		return true, nil
	}
	if step < 0 {
		// The same items, walked upwards.
		start, step = start+(n-1)*step, -step
	}
	drop := make(map[int]bool, n)
	for k := 0; k < n; k++ {
		drop[start+k*step] = true
	}
	kept := l.Items[:0]
	for i, item := range l.Items {
		if !drop[i] {
			kept = append(kept, item)
		}
	}
	for i := len(kept); i < len(l.Items); i++ {
		l.Items[i] = nil
	}
	l.Items = kept
	return true, nil
}

// assignedItems returns the items of the value assigned to a slice; a value that is not
// iterable is a TypeError with msg.
func assignedItems(value py.Object, msg string) ([]py.Object, error) {
	switch value.(type) {
	case py.Tuple, *py.List, py.Bytes:
	default:
		if _, err := Iter(value); err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, py.ExceptionNewf(py.TypeError, "%s", msg)
			}
			return nil, err
		}
	}
	return Items(value)
}

// listIndex resolves an integer subscript of l for assignment or deletion.
func listIndex(l *py.List, key py.Object) (int, error) {
	b, ok := indexValue(key)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "list indices must be integers or slices, not %s", key.Type().Name)
	}
	if !b.IsInt64() || b.Int64() > math.MaxInt || b.Int64() < math.MinInt {
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	i := int(b.Int64())
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		return 0, py.ExceptionNewf(py.IndexError, "list assignment index out of range")
	}
	return i, nil
}

// indexValue reads an int, bool or object with __index__ as a big integer.
func indexValue(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return (*big.Int)(v), true
	case py.I__index__:
		n, err := v.M__index__()
		if err != nil {
			return nil, false
		}
		return big.NewInt(int64(n)), true
	}
	return nil, false
}

// SliceIndices resolves a slice against a sequence of length n as CPython's
// PySlice_AdjustIndices: start and stop clamped into range, step never zero.
func SliceIndices(sl *py.Slice, n int) (start, stop, step int, err error) {
	step = 1
	if sl.Step != nil && sl.Step != py.None {
		if step, err = sliceBound(sl.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	resolve := func(o py.Object, def int) (int, error) {
		if o == nil || o == py.None {
			return def, nil
		}
		i, err := sliceBound(o)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step < 0 {
		start, err = resolve(sl.Start, upper)
		if err == nil {
			stop, err = resolve(sl.Stop, lower)
		}
		return
	}
	start, err = resolve(sl.Start, lower)
	if err == nil {
		stop, err = resolve(sl.Stop, upper)
	}
	return
}

// sliceBound reads a slice bound, clamping integers beyond any length as CPython does.
func sliceBound(o py.Object) (int, error) {
	b, ok := indexValue(o)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	const limit = 1 << 62
	switch {
	case b.Cmp(big.NewInt(limit)) > 0:
		return limit, nil
	case b.Cmp(big.NewInt(-limit)) < 0:
		return -limit, nil
	}
	return int(b.Int64()), nil
}

// sliceLength is the number of items start:stop:step selects.
func sliceLength(start, stop, step int) int {
	switch {
	case step > 0 && start < stop:
		return (stop-start-1)/step + 1
	case step < 0 && stop < start:
		return (start-stop-1)/(-step) + 1
	}
	return 0
}
