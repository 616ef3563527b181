package pystr

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// isASCII reports whether s holds only ASCII bytes, where byte and code
// point indices agree.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeLen is the length of s in code points.
func runeLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// byteOffset returns the byte offset of code point index cp (0 <= cp <= len).
func byteOffset(s string, cp int) int {
	i := 0
	for ; cp > 0 && i < len(s); cp-- {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// window returns the code point length of s and the byte offsets of the
// code point range [start, end) given as optional Python arguments.
func window(s string, start, end py.Object) (n, cs, ce, bs, be int, err error) {
	ascii := isASCII(s)
	n = len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	cs, ce, err = Bounds(start, end, n)
	if err != nil || cs > ce {
		return
	}
	if ascii {
		return n, cs, ce, cs, ce, nil
	}
	bs = byteOffset(s, cs)
	be = bs + byteOffset(s[bs:], ce-cs)
	return
}

func findMethod(reverse, raise bool) method {
	return func(s string, a []py.Object) (py.Object, error) {
		sub, err := argStr(a[0])
		if err != nil {
			return nil, err
		}
		i, err := find(s, sub, a[1], a[2], reverse)
		if err != nil {
			return nil, err
		}
		if i < 0 && raise {
			return nil, py.ExceptionNewf(py.ValueError, "substring not found")
		}
		return py.Int(i), nil
	}
}

// find returns the code point index of sub in s[start:end], or -1.
func find(s, sub string, start, end py.Object, reverse bool) (int, error) {
	n, cs, ce, bs, be, err := window(s, start, end)
	if err != nil {
		return 0, err
	}
	if cs > n || cs > ce {
		return -1, nil
	}
	hay := s[bs:be]
	var i int
	if reverse {
		i = strings.LastIndex(hay, sub)
	} else {
		i = strings.Index(hay, sub)
	}
	if i < 0 {
		return -1, nil
	}
	return cs + utf8.RuneCountInString(hay[:i]), nil
}

func strCount(s string, a []py.Object) (py.Object, error) {
	sub, err := argStr(a[0])
	if err != nil {
		return nil, err
	}
	n, cs, ce, bs, be, err := window(s, a[1], a[2])
	if err != nil {
		return nil, err
	}
	if cs > n || cs > ce {
		return py.Int(0), nil
	}
	if sub == "" {
		return py.Int(ce - cs + 1), nil
	}
	return py.Int(strings.Count(s[bs:be], sub)), nil
}

// tailMatch implements startswith (prefix) and endswith.
func tailMatch(prefix bool) method {
	name := "endswith"
	if prefix {
		name = "startswith"
	}
	return func(s string, a []py.Object) (py.Object, error) {
		var subs []string
		switch v := a[0].(type) {
		case py.String:
			subs = []string{string(v)}
		case py.Tuple:
			for _, o := range v {
				x, ok := o.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "tuple for %s must only contain str, not %s", name, TypeName(o))
				}
				subs = append(subs, string(x))
			}
		default:
			return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(a[0]))
		}
		n, cs, ce, bs, be, err := window(s, a[1], a[2])
		if err != nil {
			return nil, err
		}
		if cs > n || cs > ce {
			return py.False, nil
		}
		hay := s[bs:be]
		for _, sub := range subs {
			if prefix && strings.HasPrefix(hay, sub) || !prefix && strings.HasSuffix(hay, sub) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
}

func partition(reverse bool) method {
	return func(s string, a []py.Object) (py.Object, error) {
		sep, err := argStr(a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		var i int
		if reverse {
			i = strings.LastIndex(s, sep)
		} else {
			i = strings.Index(s, sep)
		}
		if i < 0 {
			if reverse {
				return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
			}
			return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
		}
		return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
	}
}

func removeAffix(name string, prefix bool) method {
	return func(s string, a []py.Object) (py.Object, error) {
		x, ok := a[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", name, ArgTypeName(a[0]))
		}
		if prefix {
			return py.String(strings.TrimPrefix(s, string(x))), nil
		}
		return py.String(strings.TrimSuffix(s, string(x))), nil
	}
}

func strReplace(s string, a []py.Object) (py.Object, error) {
	var parts [2]string
	for i := 0; i < 2; i++ {
		v, ok := a[i].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "replace() argument %d must be str, not %s", i+1, ArgTypeName(a[i]))
		}
		parts[i] = string(v)
	}
	count := -1
	if a[2] != nil {
		var err error
		if count, err = AsInt(a[2]); err != nil {
			return nil, err
		}
	}
	return py.String(strings.Replace(s, parts[0], parts[1], count)), nil
}

// splitMethod implements split and rsplit.
func splitMethod(reverse bool) method {
	return func(s string, a []py.Object) (py.Object, error) {
		maxsplit := -1
		if a[1] != nil {
			var err error
			if maxsplit, err = AsInt(a[1]); err != nil {
				return nil, err
			}
		}
		if a[0] == nil || a[0] == py.None {
			return stringList(splitSpace(s, maxsplit, reverse)), nil
		}
		sep, ok := a[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "must be str or None, not %s", TypeName(a[0]))
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		return stringList(SplitSep(s, string(sep), maxsplit, reverse)), nil
	}
}

// SplitSep splits s at sep like str.split/rsplit with maxsplit (negative
// for no limit). It works on bytes as well as text.
func SplitSep(s, sep string, maxsplit int, reverse bool) []string {
	if !reverse {
		return strings.SplitN(s, sep, maxsplit+1|(maxsplit>>63))
	}
	var parts []string
	for ; maxsplit != 0; maxsplit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
	}
	parts = append(parts, s)
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

// splitSpace splits at runs of whitespace as str.split() without sep does.
func splitSpace(s string, maxsplit int, reverse bool) []string {
	if reverse {
		return SplitSpaceFunc(s, maxsplit, true, lastRune, isSpace)
	}
	return SplitSpaceFunc(s, maxsplit, false, firstRune, isSpace)
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
func lastRune(s string) (rune, int)  { return utf8.DecodeLastRuneInString(s) }

// SplitSpaceFunc is the whitespace split shared with bytes: next decodes a
// character from the front (or, when reverse, the back) of a string.
func SplitSpaceFunc(s string, maxsplit int, reverse bool, next func(string) (rune, int), space func(rune) bool) []string {
	var parts []string
	for {
		// skip whitespace
		for len(s) > 0 {
			r, size := next(s)
			if !space(r) {
				break
			}
			if reverse {
				s = s[:len(s)-size]
			} else {
				s = s[size:]
			}
		}
		if s == "" {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s)
			break
		}
		// take a word
		i := 0
		for i < len(s) {
			var r rune
			var size int
			if reverse {
				r, size = next(s[:len(s)-i])
			} else {
				r, size = next(s[i:])
			}
			if space(r) {
				break
			}
			i += size
		}
		if reverse {
			parts = append(parts, s[len(s)-i:])
			s = s[:len(s)-i]
		} else {
			parts = append(parts, s[:i])
			s = s[i:]
		}
		maxsplit--
	}
	if reverse {
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	return parts
}

func stringList(parts []string) *py.List {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = py.String(p)
	}
	return py.NewListFromItems(items)
}

// Items returns the items of a list or tuple without copying, or iterates
// any other iterable; the error for a non-iterable is CPython's join error.
func Items(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case *py.List:
		return v.Items, nil
	case py.Tuple:
		return v, nil
	}
	it, err := py.Iter(o)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
	}
	var items []py.Object
	for {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return items, nil
			}
			return nil, err
		}
		items = append(items, x)
	}
}

func strJoin(sep string, a []py.Object) (py.Object, error) {
	items, err := Items(a[0])
	if err != nil {
		return nil, err
	}
	total := len(sep) * max(len(items)-1, 0)
	for i, o := range items {
		x, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(o))
		}
		total += len(x)
	}
	var b strings.Builder
	b.Grow(total)
	for i, o := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(o.(py.String)))
	}
	return py.String(b.String()), nil
}

func stripMethod(name string, left, right bool) method {
	return func(s string, a []py.Object) (py.Object, error) {
		cut := isSpace
		if a[0] != nil && a[0] != py.None {
			chars, ok := a[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
			}
			cut = func(r rune) bool { return strings.ContainsRune(string(chars), r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, cut)
		}
		if right {
			s = strings.TrimRightFunc(s, cut)
		}
		return py.String(s), nil
	}
}
