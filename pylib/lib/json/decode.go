package json

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/pycoll"
	"gowsgi/pylib/pynum"
	"gowsgi/pylib/vm"
)

// decoder holds one loads call's document and hooks.
type decoder struct {
	s                     string
	strict                bool
	objectHook, pairsHook py.Object
	parseFloat, parseInt  py.Object
	parseConstant         py.Object
}

// syntaxError is a decoding failure at byte offset pos, turned into JSONDecodeError by the caller
// (which knows the module and converts the offset to a character index).
type syntaxError struct {
	msg string
	pos int
}

func (e *syntaxError) Error() string { return e.msg }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skip(i int) int {
	for i < len(d.s) && isSpace(d.s[i]) {
		i++
	}
	return i
}

// value parses the value at s[i] and returns it with the offset after it.
func (d *decoder) value(i, depth int) (py.Object, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, i, &syntaxError{"Expecting value", i}
	}
	switch c := s[i]; c {
	case '"':
		str, end, err := d.str(i + 1)
		return py.String(str), end, err
	case '{':
		return d.object(i+1, depth+1)
	case '[':
		return d.array(i+1, depth+1)
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return py.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return py.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return py.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", math.NaN(), i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", math.Inf(1), i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", math.Inf(-1), i+9)
		}
	}
	return d.number(i)
}

func (d *decoder) constant(name string, f float64, end int) (py.Object, int, error) {
	if d.parseConstant != nil {
		r, err := vm.Call(d.parseConstant, py.Tuple{py.String(name)}, nil)
		return r, end, err
	}
	return py.Float(f), end, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at s[i].
func (d *decoder) number(i int) (py.Object, int, error) {
	s, start := d.s, i
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return nil, start, &syntaxError{"Expecting value", start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := py.String(s[start:i])
	if isFloat {
		if d.parseFloat != nil {
			r, err := vm.Call(d.parseFloat, py.Tuple{text}, nil)
			return r, i, err
		}
		r, err := pynum.ParseFloat(string(text), text)
		return r, i, err
	}
	if d.parseInt != nil {
		r, err := vm.Call(d.parseInt, py.Tuple{text}, nil)
		return r, i, err
	}
	r, err := pynum.ParseInt(string(text), 10, text)
	return r, i, err
}

// str parses a string whose opening quote is at s[i-1].
func (d *decoder) str(i int) (string, int, error) {
	s, begin := d.s, i-1
	start := i
	for i < len(s) {
		c := s[i]
		if c == '"' {
			return s[start:i], i + 1, nil
		}
		if c == '\\' || (c < 0x20 && d.strict) {
			break
		}
		i++
	}
	var sb []byte
	sb = append(sb, s[start:i]...)
	for {
		if i >= len(s) {
			return "", i, &syntaxError{"Unterminated string starting at", begin}
		}
		c := s[i]
		switch {
		case c == '"':
			return string(sb), i + 1, nil
		case c < 0x20 && d.strict:
			return "", i, &syntaxError{"Invalid control character at", i}
		case c != '\\':
			sb = append(sb, c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return "", i, &syntaxError{"Unterminated string starting at", begin}
		}
		esc := s[i+1]
		switch esc {
		case '"', '\\', '/':
			sb = append(sb, esc)
		case 'b':
			sb = append(sb, '\b')
		case 'f':
			sb = append(sb, '\f')
		case 'n':
			sb = append(sb, '\n')
		case 'r':
			sb = append(sb, '\r')
		case 't':
			sb = append(sb, '\t')
		case 'u':
			r, end, err := d.uescape(i + 1)
			if err != nil {
				return "", i, err
			}
			sb = codecs.AppendRune(sb, r)
			i = end
			continue
		default:
			return "", i, &syntaxError{"Invalid \\escape", i}
		}
		i += 2
	}
}

// uescape reads \uXXXX whose 'u' is at s[u], joining a surrogate pair written as two escapes.
func (d *decoder) uescape(u int) (rune, int, error) {
	r, ok := d.hex4(u + 1)
	if !ok {
		return 0, u, &syntaxError{"Invalid \\uXXXX escape", u}
	}
	end := u + 5
	if r >= 0xD800 && r <= 0xDBFF && end+6 < len(d.s) && strings.HasPrefix(d.s[end:], "\\u") {
		lo, ok := d.hex4(end + 2)
		if !ok {
			return 0, end + 1, &syntaxError{"Invalid \\uXXXX escape", end + 1}
		}
		if lo >= 0xDC00 && lo <= 0xDFFF {
			return 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00), end + 6, nil
		}
	}
	return r, end, nil
}

// hex4 reads four hex digits at s[i]; like CPython it wants at least one more byte after them.
func (d *decoder) hex4(i int) (rune, bool) {
	if i+4 >= len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d.s[i : i+4]) {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

func (d *decoder) tooDeep(kind string) error {
	return py.ExceptionNewf(vm.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", kind)
}

// object parses an object whose '{' is at s[i-1].
func (d *decoder) object(i, depth int) (py.Object, int, error) {
	if depth > maxDepth {
		return nil, i, d.tooDeep("object")
	}
	s := d.s
	var dict *pycoll.Dict
	var pairs []py.Object
	if d.pairsHook != nil {
		pairs = []py.Object{}
	} else {
		dict = pycoll.NewDict()
	}
	i = d.skip(i)
	if i < len(s) && s[i] == '}' {
		return d.finishObject(dict, pairs, i+1)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, i, &syntaxError{"Expecting property name enclosed in double quotes", i}
		}
		key, end, err := d.str(i + 1)
		if err != nil {
			return nil, end, err
		}
		i = d.skip(end)
		if i >= len(s) || s[i] != ':' {
			return nil, i, &syntaxError{"Expecting ':' delimiter", i}
		}
		i = d.skip(i + 1)
		val, end, err := d.value(i, depth)
		if err != nil {
			return nil, end, err
		}
		if dict != nil {
			dict.SetStr(key, val)
		} else {
			pairs = append(pairs, py.Tuple{py.String(key), val})
		}
		i = d.skip(end)
		if i < len(s) && s[i] == '}' {
			return d.finishObject(dict, pairs, i+1)
		}
		if i >= len(s) || s[i] != ',' {
			return nil, i, &syntaxError{"Expecting ',' delimiter", i}
		}
		i = d.skip(i + 1)
	}
}

func (d *decoder) finishObject(dict *pycoll.Dict, pairs []py.Object, end int) (py.Object, int, error) {
	if d.pairsHook != nil {
		r, err := vm.Call(d.pairsHook, py.Tuple{py.NewListFromItems(pairs)}, nil)
		return r, end, err
	}
	if d.objectHook != nil {
		r, err := vm.Call(d.objectHook, py.Tuple{dict}, nil)
		return r, end, err
	}
	return dict, end, nil
}

// array parses an array whose '[' is at s[i-1].
func (d *decoder) array(i, depth int) (py.Object, int, error) {
	if depth > maxDepth {
		return nil, i, d.tooDeep("array")
	}
	s := d.s
	items := []py.Object{}
	i = d.skip(i)
	if i < len(s) && s[i] == ']' {
		return py.NewListFromItems(items), i + 1, nil
	}
	for {
		val, end, err := d.value(i, depth)
		if err != nil {
			return nil, end, err
		}
		items = append(items, val)
		i = d.skip(end)
		if i < len(s) && s[i] == ']' {
			return py.NewListFromItems(items), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return nil, i, &syntaxError{"Expecting ',' delimiter", i}
		}
		i = d.skip(i + 1)
	}
}

// charIndex converts a byte offset in s to the index of the character there.
func charIndex(s string, pos int) int {
	if pos > len(s) {
		pos = len(s)
	}
	if utf8.ValidString(s[:pos]) {
		return utf8.RuneCountInString(s[:pos])
	}
	return codecs.CountRunes(s[:pos])
}

// detectEncoding names the encoding of a JSON document given as bytes (RFC 8259 allows UTF-8,
// UTF-16 and UTF-32; the byte order mark or the zero bytes of the first ASCII characters tell).
func detectEncoding(b []byte) string {
	switch {
	case len(b) >= 4 && (string(b[:4]) == "\x00\x00\xfe\xff" || string(b[:4]) == "\xff\xfe\x00\x00"):
		return "utf-32"
	case len(b) >= 2 && (string(b[:2]) == "\xfe\xff" || string(b[:2]) == "\xff\xfe"):
		return "utf-16"
	case len(b) >= 3 && string(b[:3]) == "\xef\xbb\xbf":
		return "utf-8-sig"
	case len(b) >= 4:
		if b[0] == 0 {
			if b[1] != 0 {
				return "utf-16-be"
			}
			return "utf-32-be"
		}
		if b[1] == 0 {
			if b[2] != 0 || b[3] != 0 {
				return "utf-16-le"
			}
			return "utf-32-le"
		}
	case len(b) == 2:
		if b[0] == 0 {
			return "utf-16-be"
		}
		if b[1] == 0 {
			return "utf-16-le"
		}
	}
	return "utf-8"
}
