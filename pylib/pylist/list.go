package pylist

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
	"gowsgi/pylib/vm"
)

var listMethods = map[string]entry{
	"append": {pystr.Sig{Kind: pystr.OneArg, Min: 1, Max: 1}, func(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
		l := self.(*py.List)
		l.Items = append(l.Items, a[0])
		return py.None, nil
	}, "Append object to the end of the list."},
	"clear": {pystr.Sig{Kind: pystr.NoArgs}, func(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
		self.(*py.List).Items = nil
		return py.None, nil
	}, "Remove all items from list."},
	"copy": {pystr.Sig{Kind: pystr.NoArgs}, func(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object(nil), self.(*py.List).Items...)), nil
	}, "Return a shallow copy of the list."},
	"count": {pystr.Sig{Kind: pystr.OneArg, Min: 1, Max: 1}, count, "Return number of occurrences of value."},
	"extend": {pystr.Sig{Kind: pystr.OneArg, Min: 1, Max: 1}, func(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
		items, err := Items(a[0])
		if err != nil {
			return nil, err
		}
		l := self.(*py.List)
		l.Items = append(l.Items, items...)
		return py.None, nil
	}, "Extend list by appending elements from the iterable."},
	"index": {pystr.Sig{Kind: pystr.Positional, Min: 1, Max: 3}, index,
		"Return first index of value.\n\nRaises ValueError if the value is not present."},
	"insert": {pystr.Sig{Kind: pystr.Positional, Min: 2, Max: 2}, insert, "Insert object before index."},
	"pop":    {pystr.Sig{Kind: pystr.Positional, Min: 0, Max: 1}, pop, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
	"remove": {pystr.Sig{Kind: pystr.OneArg, Min: 1, Max: 1}, remove, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
	"reverse": {pystr.Sig{Kind: pystr.NoArgs}, func(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
		items := self.(*py.List).Items
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return py.None, nil
	}, "Reverse *IN PLACE*."},
	"sort": {pystr.Sig{}, sortMethod, "Sort the list in ascending order and return None.\n\nThe sort is in-place and stable. If a key function is given, apply it once to each list item and sort them according to their function values. The reverse flag can be set to sort in descending order."},
}

func insert(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	i, err := pystr.AsInt(a[0])
	if err != nil {
		return nil, err
	}
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = a[1]
	return py.None, nil
}

func pop(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	i := -1
	if a[0] != nil {
		var err error
		if i, err = pystr.AsInt(a[0]); err != nil {
			return nil, err
		}
	}
	n := len(l.Items)
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
	}
	x := l.Items[i]
	l.Items = append(l.Items[:i], l.Items[i+1:]...)
	return x, nil
}

func remove(self py.Object, a []py.Object, _ py.StringDict) (py.Object, error) {
	l := self.(*py.List)
	for i, x := range l.Items {
		eq, err := vm.Eq(x, a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
			return py.None, nil
		}
	}
	return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
}

func sortMethod(self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sort() takes no positional arguments")
	}
	key, reverse, err := SortOptions("sort", kwargs)
	if err != nil {
		return nil, err
	}
	l := self.(*py.List)
	return py.None, Sort(l.Items, key, reverse)
}

// SortOptions reads the key= and reverse= keyword arguments of list.sort and sorted.
func SortOptions(name string, kwargs py.StringDict) (py.Object, bool, error) {
	var key py.Object = py.None
	reverse := false
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "reverse":
			if !isIntLike(v) {
				if _, ok := v.(py.Float); ok {
					return nil, false, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
				}
				return nil, false, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
			t, err := vm.Truth(v)
			if err != nil {
				return nil, false, err
			}
			reverse = t
		default:
			return nil, false, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	return key, reverse, nil
}

func isIntLike(v py.Object) bool {
	switch v.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}
