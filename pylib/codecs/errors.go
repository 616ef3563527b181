package codecs

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// knownHandler reports whether name is an error handler this package knows.
func knownHandler(name string) bool {
	switch name {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape":
		return true
	}
	return false
}

func unknownHandler(name string) error {
	return py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", name)
}

// charRepr formats a code point the way UnicodeEncodeError messages do.
func charRepr(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// encodeError builds CPython's UnicodeEncodeError for the code points
// runes, found at code point positions start..start+len(runes)-1.
func encodeError(name string, runes []rune, start int, reason string) error {
	var msg string
	if len(runes) == 1 {
		msg = fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", name, charRepr(runes[0]), start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", name, start, start+len(runes)-1, reason)
	}
	e := py.ExceptionNewf(py.UnicodeEncodeError, "%s", msg)
	e.Dict["encoding"] = py.String(name)
	e.Dict["start"] = py.Int(start)
	e.Dict["end"] = py.Int(start + len(runes))
	e.Dict["reason"] = py.String(reason)
	return e
}

// decodeError builds CPython's UnicodeDecodeError for bad = b[start:end].
func decodeError(name string, bad []byte, start int, reason string) error {
	var msg string
	if len(bad) == 1 {
		msg = fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", name, bad[0], start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", name, start, start+len(bad)-1, reason)
	}
	e := py.ExceptionNewf(py.UnicodeDecodeError, "%s", msg)
	e.Dict["encoding"] = py.String(name)
	e.Dict["start"] = py.Int(start)
	e.Dict["end"] = py.Int(start + len(bad))
	e.Dict["reason"] = py.String(reason)
	return e
}

// encode runs c over s, handing unencodable characters to the errors handler.
func (c *codec) encode(s string, errors string) ([]byte, error) {
	dst := make([]byte, 0, len(s)+len(c.bom)+8)
	dst = append(dst, c.bom...)
	var runes []rune
	pos, counted := 0, 0 // code point index of s[counted]
	for i := 0; ; {
		var n int
		dst, n = c.encodePrefix(dst, s[i:])
		i += n
		if i >= len(s) {
			return dst, nil
		}
		pos += CountRunes(s[counted:i])
		start := pos
		runes = runes[:0]
		for i < len(s) {
			r, size := DecodeRune(s, i)
			if (len(runes) > 0 && !c.groupErrors) || c.canEncode(r) {
				break
			}
			runes = append(runes, r)
			i += size
		}
		pos += len(runes)
		counted = i
		var err error
		dst, err = c.handleEncode(dst, errors, runes, start)
		if err != nil {
			return nil, err
		}
	}
}

// handleEncode applies the error handler to unencodable runes.
func (c *codec) handleEncode(dst []byte, errors string, runes []rune, start int) ([]byte, error) {
	var repl strings.Builder
	switch errors {
	case "strict":
		return nil, encodeError(c.encName, runes, start, c.encReason)
	case "ignore":
		return dst, nil
	case "replace":
		repl.WriteString(strings.Repeat("?", len(runes)))
	case "backslashreplace":
		for _, r := range runes {
			repl.WriteString(charRepr(r))
		}
	case "xmlcharrefreplace":
		for _, r := range runes {
			repl.WriteString("&#")
			repl.WriteString(strconv.Itoa(int(r)))
			repl.WriteByte(';')
		}
	case "surrogateescape":
		if !c.asciiCompat {
			return nil, encodeError(c.encName, runes[:1], start, c.encReason)
		}
		for _, r := range runes {
			if r < 0xDC80 || r > 0xDCFF {
				return nil, encodeError(c.encName, runes, start, c.encReason)
			}
		}
		for _, r := range runes {
			dst = append(dst, byte(r-0xDC00))
		}
		return dst, nil
	default:
		return nil, unknownHandler(errors)
	}
	dst, _ = c.encodePrefix(dst, repl.String())
	return dst, nil
}

// decoder collects decoded text and applies the error handler.
type decoder struct {
	c      *codec
	name   string // codec name for error messages (utf-16 reports its byte order)
	errors string
	base   int // position of b[0] in the caller's input (after a stripped BOM)
	out    strings.Builder
}

// bad handles the undecodable bytes b[start:end].
func (d *decoder) bad(b []byte, start, end int, reason string) error {
	switch d.errors {
	case "strict":
		return decodeError(d.name, b[start:end], d.base+start, reason)
	case "ignore":
	case "replace":
		d.out.WriteRune(utf8.RuneError)
	case "backslashreplace":
		for _, x := range b[start:end] {
			fmt.Fprintf(&d.out, "\\x%02x", x)
		}
	case "surrogateescape":
		for _, x := range b[start:end] {
			if x < 0x80 {
				return decodeError(d.name, b[start:end], d.base+start, reason)
			}
		}
		var buf []byte
		for _, x := range b[start:end] {
			buf = AppendRune(buf, 0xDC00+rune(x))
		}
		d.out.Write(buf)
	case "xmlcharrefreplace":
		return py.ExceptionNewf(py.TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	default:
		return unknownHandler(d.errors)
	}
	return nil
}
