package codecs

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/runenames"
)

// knownHandler reports whether name is an error handler this package knows.
func knownHandler(name string) bool {
	switch name {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace":
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
	case "namereplace":
		for _, r := range runes {
			if name := charName(r); name != "" {
				repl.WriteString("\\N{" + name + "}")
			} else {
				repl.WriteString(charRepr(r))
			}
		}
	case "surrogatepass":
		for _, r := range runes {
			if !isSurrogate(r) {
				return nil, encodeError(c.encName, runes, start, c.encReason)
			}
		}
		for _, r := range runes {
			out, ok := appendSurrogate(c.encName, dst, r)
			if !ok {
				return nil, encodeError(c.encName, runes, start, c.encReason)
			}
			dst = out
		}
		return dst, nil
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

// bad handles the undecodable bytes b[start:end] and returns where decoding
// resumes: end, except for surrogateescape and surrogatepass, which, as in
// CPython, consume only what they can convert from start on.
func (d *decoder) bad(b []byte, start, end int, reason string) (int, error) {
	switch d.errors {
	case "strict":
		return 0, decodeError(d.name, b[start:end], d.base+start, reason)
	case "ignore":
	case "replace":
		d.out.WriteRune(utf8.RuneError)
	case "backslashreplace":
		for _, x := range b[start:end] {
			fmt.Fprintf(&d.out, "\\x%02x", x)
		}
	case "surrogateescape":
		n := 0
		for n < 4 && start+n < end && b[start+n] >= 0x80 {
			n++
		}
		if n == 0 {
			return 0, decodeError(d.name, b[start:end], d.base+start, reason)
		}
		var buf []byte
		for _, x := range b[start : start+n] {
			buf = AppendRune(buf, 0xDC00+rune(x))
		}
		d.out.Write(buf)
		return start + n, nil
	case "surrogatepass":
		r, n := readSurrogate(d.name, b[start:])
		if n == 0 {
			return 0, decodeError(d.name, b[start:end], d.base+start, reason)
		}
		d.out.Write(AppendRune(nil, r))
		return start + n, nil
	case "xmlcharrefreplace", "namereplace":
		return 0, py.ExceptionNewf(py.TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	default:
		return 0, unknownHandler(d.errors)
	}
	return end, nil
}

// utfForm returns the code unit size and byte order of a UTF codec named as
// in error messages (CPython's surrogatepass knows only these); size 0 for
// any other codec.
func utfForm(name string) (size int, bo binary.ByteOrder) {
	switch name {
	case "utf-8":
		return 1, nil
	case "utf-16", "utf-16-le":
		return 2, binary.LittleEndian
	case "utf-16-be":
		return 2, binary.BigEndian
	case "utf-32", "utf-32-le":
		return 4, binary.LittleEndian
	case "utf-32-be":
		return 4, binary.BigEndian
	}
	return 0, nil
}

// appendSurrogate writes the surrogate r in the code units of the named UTF
// codec (surrogatepass while encoding).
func appendSurrogate(name string, dst []byte, r rune) ([]byte, bool) {
	switch size, bo := utfForm(name); size {
	case 1:
		return AppendRune(dst, r), true
	case 2:
		return bo.(binary.AppendByteOrder).AppendUint16(dst, uint16(r)), true
	case 4:
		return bo.(binary.AppendByteOrder).AppendUint32(dst, uint32(r)), true
	}
	return dst, false
}

// readSurrogate reads a surrogate code unit of the named UTF codec at the
// start of b (surrogatepass while decoding); n is 0 if there is none.
func readSurrogate(name string, b []byte) (r rune, n int) {
	switch size, bo := utfForm(name); {
	case size == 1 && len(b) >= 3 && b[0]&0xF0 == 0xE0 && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80:
		r, n = rune(b[0]&0x0F)<<12|rune(b[1]&0x3F)<<6|rune(b[2]&0x3F), 3
	case size == 2 && len(b) >= 2:
		r, n = rune(bo.Uint16(b)), 2
	case size == 4 && len(b) >= 4:
		r, n = rune(bo.Uint32(b)), 4
	}
	if n == 0 || !isSurrogate(r) {
		return 0, 0
	}
	return r, n
}

// charName is unicodedata.name(r) as CPython 3.11 knows it, or "".
func charName(r rune) string {
	i := sort.Search(len(namedRanges), func(i int) bool { return namedRanges[i][1] >= r })
	if i == len(namedRanges) || namedRanges[i][0] > r {
		return ""
	}
	name := runenames.Name(r)
	switch {
	case strings.HasPrefix(name, "<CJK Ideograph"):
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%04X", r)
	case name == "<Hangul Syllable>":
		return hangulName(r)
	case strings.HasPrefix(name, "<"): // <control>, <Private Use> ...: no name
		return ""
	}
	return name
}

// The short names of the conjoining jamo that spell a Hangul syllable's
// name (Unicode's Hangul Syllable Name Generation).
var (
	jamoL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
		"YU", "EU", "YI", "I"}
	jamoT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
		"BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func hangulName(r rune) string {
	s := int(r - 0xAC00)
	return "HANGUL SYLLABLE " + jamoL[s/588] + jamoV[s%588/28] + jamoT[s%28]
}
