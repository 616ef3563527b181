package pybytes

import (
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/pystr"
)

func decodeString(b, encoding, errors string) (string, error) {
	return codecs.Decode([]byte(b), encoding, errors)
}

func findMethod(reverse, raise bool) method {
	return func(b string, a []py.Object) (py.Object, error) {
		sub, err := subArg(a[0])
		if err != nil {
			return nil, err
		}
		start, end, err := pystr.Bounds(a[1], a[2], len(b))
		if err != nil {
			return nil, err
		}
		i := -1
		if start <= len(b) && start <= end {
			if reverse {
				i = strings.LastIndex(b[start:end], sub)
			} else {
				i = strings.Index(b[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
		}
		return py.Int(i), nil
	}
}

func count(b string, a []py.Object) (py.Object, error) {
	sub, err := subArg(a[0])
	if err != nil {
		return nil, err
	}
	start, end, err := pystr.Bounds(a[1], a[2], len(b))
	if err != nil {
		return nil, err
	}
	if start > len(b) || start > end {
		return py.Int(0), nil
	}
	if sub == "" {
		return py.Int(end - start + 1), nil
	}
	return py.Int(strings.Count(b[start:end], sub)), nil
}

func tailMatch(prefix bool) method {
	name := "endswith"
	if prefix {
		name = "startswith"
	}
	return func(b string, a []py.Object) (py.Object, error) {
		var subs []string
		if x, ok := AsBytes(a[0]); ok {
			subs = []string{x}
		} else if v, ok := a[0].(py.Tuple); ok {
			for _, o := range v {
				x, err := bytesLike(o)
				if err != nil {
					return nil, err
				}
				subs = append(subs, x)
			}
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, pystr.TypeName(a[0]))
		}
		start, end, err := pystr.Bounds(a[1], a[2], len(b))
		if err != nil {
			return nil, err
		}
		if start > len(b) || start > end {
			return py.False, nil
		}
		hay := b[start:end]
		for _, sub := range subs {
			if prefix && strings.HasPrefix(hay, sub) || !prefix && strings.HasSuffix(hay, sub) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
}

func partition(reverse bool) method {
	return func(b string, a []py.Object) (py.Object, error) {
		sep, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		var i int
		if reverse {
			i = strings.LastIndex(b, sep)
		} else {
			i = strings.Index(b, sep)
		}
		if i < 0 {
			if reverse {
				return py.Tuple{py.Bytes(""), py.Bytes(""), py.Bytes(b)}, nil
			}
			return py.Tuple{py.Bytes(b), py.Bytes(""), py.Bytes("")}, nil
		}
		// CPython's bytes.partition hands back the separator object it was
		// given; a bytearray one is copied so the result owns its items.
		var sepObj py.Object = py.Bytes(sep)
		if _, ok := a[0].(*ByteArray); ok {
			sepObj = NewByteArray([]byte(sep))
		}
		return py.Tuple{py.Bytes(b[:i]), sepObj, py.Bytes(b[i+len(sep):])}, nil
	}
}

func removeAffix(prefix bool) method {
	return func(b string, a []py.Object) (py.Object, error) {
		x, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		if prefix {
			return py.Bytes(strings.TrimPrefix(b, x)), nil
		}
		return py.Bytes(strings.TrimSuffix(b, x)), nil
	}
}

func firstByte(s string) (rune, int) { return rune(s[0]), 1 }
func lastByte(s string) (rune, int)  { return rune(s[len(s)-1]), 1 }
func isSpaceRune(r rune) bool        { return r < 0x80 && isSpace(byte(r)) }

func split(reverse bool) method {
	return func(b string, a []py.Object) (py.Object, error) {
		maxsplit := -1
		if a[1] != nil {
			var err error
			if maxsplit, err = pystr.AsInt(a[1]); err != nil {
				return nil, err
			}
		}
		if a[0] == nil || a[0] == py.None {
			next := firstByte
			if reverse {
				next = lastByte
			}
			return bytesList(pystr.SplitSpaceFunc(b, maxsplit, reverse, next, isSpaceRune)), nil
		}
		sep, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		return bytesList(pystr.SplitSep(b, sep, maxsplit, reverse)), nil
	}
}

func splitLines(b string, a []py.Object) (py.Object, error) {
	keep := false
	if a[0] != nil {
		k, err := pystr.AsInt(a[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	return bytesList(pystr.SplitLines(b, keep, false)), nil
}

func strip(left, right bool) method {
	return func(b string, a []py.Object) (py.Object, error) {
		cut := func(c byte) bool { return isSpace(c) }
		if a[0] != nil && a[0] != py.None {
			chars, err := bytesLike(a[0])
			if err != nil {
				return nil, err
			}
			cut = func(c byte) bool { return strings.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(b)
		for left && i < j && cut(b[i]) {
			i++
		}
		for right && j > i && cut(b[j-1]) {
			j--
		}
		return py.Bytes(b[i:j]), nil
	}
}

func pad(name string, kind pystr.PadKind) method {
	return func(b string, a []py.Object) (py.Object, error) {
		width, err := pystr.AsInt(a[0])
		if err != nil {
			return nil, err
		}
		fill := " "
		if a[1] != nil {
			f, ok := AsBytes(a[1])
			if !ok || len(f) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, pystr.TypeName(a[1]))
			}
			fill = f
		}
		if width <= len(b) {
			return py.Bytes(b), nil
		}
		l, r := pystr.PadCounts(kind, len(b), width)
		return py.Bytes(strings.Repeat(fill, l) + b + strings.Repeat(fill, r)), nil
	}
}

func zfill(b string, a []py.Object) (py.Object, error) {
	width, err := pystr.AsInt(a[0])
	if err != nil {
		return nil, err
	}
	return py.Bytes(pystr.Zfill(b, len(b), width)), nil
}

func expandTabs(b string, a []py.Object) (py.Object, error) {
	tab := 8
	if a[0] != nil {
		var err error
		if tab, err = pystr.AsInt(a[0]); err != nil {
			return nil, err
		}
	}
	return py.Bytes(pystr.ExpandTabs(b, tab, false)), nil
}

func translate(b string, a []py.Object) (py.Object, error) {
	var table string
	if a[0] != py.None {
		t, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		if len(t) != 256 {
			return nil, py.ExceptionNewf(py.ValueError, "translation table must be 256 characters long")
		}
		table = t
	}
	var del [256]bool
	if a[1] != nil {
		d, err := bytesLike(a[1])
		if err != nil {
			return nil, err
		}
		for i := 0; i < len(d); i++ {
			del[d[i]] = true
		}
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if del[c] {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return py.Bytes(out), nil
}

func makeTrans(a []py.Object) (py.Object, error) {
	frm, err := bytesLike(a[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesLike(a[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, py.ExceptionNewf(py.ValueError, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		table[frm[i]] = to[i]
	}
	return py.Bytes(table), nil
}

const hexDigits = "0123456789abcdef"

func fromHex(o py.Object) (py.Object, error) {
	s, ok := o.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", pystr.ArgTypeName(o))
	}
	var out []byte
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			i++
			continue
		}
		hi := strings.IndexByte(hexDigits, s[i]|0x20)
		if hi < 0 || s[i] >= 0x80 {
			return nil, nonHex(s, i)
		}
		if i+1 >= len(s) {
			return nil, nonHex(s, i+1)
		}
		lo := strings.IndexByte(hexDigits, s[i+1]|0x20)
		if lo < 0 || s[i+1] >= 0x80 {
			return nil, nonHex(s, i+1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return py.Bytes(out), nil
}

// nonHex reports a bad digit at byte offset i, as a code point position.
func nonHex(s py.String, i int) error {
	pos := len([]rune(string(s[:i])))
	return py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
}

func hexMethod(b string, a []py.Object) (py.Object, error) {
	var sep byte
	if a[0] != nil {
		var s string
		switch v := a[0].(type) {
		case py.String:
			s = string(v)
		case py.Bytes:
			s = string(v)
		case *ByteArray:
			if len(v.data) != 1 {
				return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
			}
			return nil, py.ExceptionNewf(py.TypeError, "sep must be str or bytes.")
		default:
			return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", pystr.TypeName(a[0]))
		}
		if len([]rune(s)) != 1 {
			return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
		}
		if s[0] >= 0x80 {
			return nil, py.ExceptionNewf(py.ValueError, "sep must be ASCII.")
		}
		sep = s[0]
	}
	per := 1
	if a[1] != nil {
		var err error
		if per, err = pystr.AsInt(a[1]); err != nil {
			return nil, err
		}
	}
	return py.String(hexString(b, sep, per)), nil
}

// hexString formats b as hex, inserting sep between groups of |per| bytes
// counted from the right (per > 0) or from the left (per < 0).
func hexString(b string, sep byte, per int) string {
	var sb strings.Builder
	sb.Grow(len(b) * 3)
	n := per
	if n < 0 {
		n = -n
	}
	for i := 0; i < len(b); i++ {
		if sep != 0 && n > 0 && i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(b)-i)%n == 0
			} else {
				boundary = i%n == 0
			}
			if boundary {
				sb.WriteByte(sep)
			}
		}
		sb.WriteByte(hexDigits[b[i]>>4])
		sb.WriteByte(hexDigits[b[i]&15])
	}
	return sb.String()
}
