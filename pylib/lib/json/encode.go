package json

import (
	"math"
	"math/big"
	"slices"
	"strconv"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/pycoll"
	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

// maxDepth bounds nesting while encoding or decoding, standing in for CPython's recursion limit.
const maxDepth = 1000

// encoder holds one dumps call's options and output.
type encoder struct {
	buf           []byte
	skipKeys      bool
	ensureASCII   bool
	checkCircular bool
	allowNaN      bool
	sortKeys      bool
	indent        string
	hasIndent     bool
	itemSep       string
	keySep        string
	def           py.Object // default= callable, or nil
	active        []py.Object
}

func (e *encoder) encode(o py.Object, depth int) error {
	switch v := o.(type) {
	case py.String:
		e.buf = appendString(e.buf, string(v), e.ensureASCII)
		return nil
	case py.NoneType:
		e.buf = append(e.buf, "null"...)
		return nil
	case py.Bool:
		if v {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case py.Int:
		e.buf = strconv.AppendInt(e.buf, int64(v), 10)
		return nil
	case *py.BigInt:
		e.buf = (*big.Int)(v).Append(e.buf, 10)
		return nil
	case py.Float:
		s, err := e.float(float64(v))
		e.buf = append(e.buf, s...)
		return err
	}
	if depth > maxDepth {
		return py.ExceptionNewf(vm.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
	switch v := o.(type) {
	case *py.List:
		return e.array(o, v.Items, depth)
	case py.Tuple:
		return e.array(nil, v, depth)
	case *pycoll.Dict:
		return e.object(o, v.Items(), depth)
	case py.StringDict:
		d := pycoll.NewDictFromStringDict(v)
		return e.object(o, d.Items(), depth)
	}
	return e.other(o, depth)
}

// other encodes an object JSON has no form for through default=.
func (e *encoder) other(o py.Object, depth int) error {
	if e.def == nil {
		return py.ExceptionNewf(py.TypeError, "Object of type %s is not JSON serializable", vm.TypeOf(o).Name)
	}
	if err := e.enter(o); err != nil {
		return err
	}
	r, err := vm.Call(e.def, py.Tuple{o}, nil)
	if err != nil {
		return err
	}
	// The replacement takes the original's place, at the same indentation.
	if err := e.encode(r, depth); err != nil {
		return err
	}
	e.leave()
	return nil
}

func (e *encoder) enter(o py.Object) error {
	if !e.checkCircular || o == nil {
		return nil
	}
	for _, a := range e.active {
		if vm.Is(a, o) {
			return py.ExceptionNewf(py.ValueError, "Circular reference detected")
		}
	}
	e.active = append(e.active, o)
	return nil
}

func (e *encoder) leave() {
	if e.checkCircular && len(e.active) > 0 {
		e.active = e.active[:len(e.active)-1]
	}
}

func (e *encoder) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return pyformat.Repr(py.Float(f))
}

func (e *encoder) newline(depth int) {
	e.buf = append(e.buf, '\n')
	for range depth {
		e.buf = append(e.buf, e.indent...)
	}
}

func (e *encoder) array(self py.Object, items []py.Object, depth int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	if err := e.enter(self); err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	for i, item := range items {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
		}
		if e.hasIndent {
			e.newline(depth + 1)
		}
		if err := e.encode(item, depth+1); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(depth)
	}
	e.buf = append(e.buf, ']')
	if self != nil {
		e.leave()
	}
	return nil
}

func (e *encoder) object(self py.Object, items [][2]py.Object, depth int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if err := e.enter(self); err != nil {
		return err
	}
	if e.sortKeys {
		if err := sortItems(items); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '{')
	first := true
	for _, kv := range items {
		key, ok, err := e.key(kv[0])
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
		}
		first = false
		if e.hasIndent {
			e.newline(depth + 1)
		}
		e.buf = appendString(e.buf, key, e.ensureASCII)
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(kv[1], depth+1); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(depth)
	}
	e.buf = append(e.buf, '}')
	e.leave()
	return nil
}

// key converts a dict key to its JSON string; ok is false for a key skipkeys drops.
func (e *encoder) key(k py.Object) (string, bool, error) {
	switch v := k.(type) {
	case py.String:
		return string(v), true, nil
	case py.Float:
		s, err := e.float(float64(v))
		return s, err == nil, err
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case py.NoneType:
		return "null", true, nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true, nil
	case *py.BigInt:
		return (*big.Int)(v).String(), true, nil
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "keys must be str, int, float, bool or None, not %s", vm.TypeOf(k).Name)
}

// sortItems sorts dict items by key with Python's <, as sorted(d.items()) does.
func sortItems(items [][2]py.Object) error {
	var err error
	slices.SortStableFunc(items, func(a, b [2]py.Object) int {
		if err != nil {
			return 0
		}
		lt, e := vm.Lt(a[0], b[0])
		if e != nil {
			err = e
			return 0
		}
		if lt {
			return -1
		}
		gt, e := vm.Lt(b[0], a[0])
		if e != nil {
			err = e
			return 0
		}
		if gt {
			return 1
		}
		return 0
	})
	return err
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string literal, escaping as CPython's encoder does.
func appendString(buf []byte, s string, ascii bool) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || (!ascii && c >= 0x7f)) {
			i++
			continue
		}
		buf = append(buf, s[start:i]...)
		if c >= 0x80 {
			r, size := codecs.DecodeRune(s, i)
			buf = appendUEscape(buf, r)
			i += size
			start = i
			continue
		}
		switch c {
		case '"':
			buf = append(buf, '\\', '"')
		case '\\':
			buf = append(buf, '\\', '\\')
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\r':
			buf = append(buf, '\\', 'r')
		case '\t':
			buf = append(buf, '\\', 't')
		case '\b':
			buf = append(buf, '\\', 'b')
		case '\f':
			buf = append(buf, '\\', 'f')
		default:
			buf = appendUEscape(buf, rune(c))
		}
		i++
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

func appendUEscape(buf []byte, r rune) []byte {
	if r > 0xFFFF {
		r -= 0x10000
		buf = appendU4(buf, 0xD800|(r>>10)&0x3FF)
		return appendU4(buf, 0xDC00|r&0x3FF)
	}
	return appendU4(buf, r)
}

func appendU4(buf []byte, r rune) []byte {
	return append(buf, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}
