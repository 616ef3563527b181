// Package codecs converts between Python str values (gpython's py.String, a Go
// string) and bytes, following CPython 3.11's codec machinery.
//
// It is the engine behind str.encode and bytes.decode (see pylib/pystr and
// pylib/pybytes); it adds no Python module of its own. The Python-visible
// behaviour it implements is:
//
//	str.encode(encoding='utf-8', errors='strict') -> bytes
//	bytes.decode(encoding='utf-8', errors='strict') -> str
//
// Encodings (any CPython alias or spelling, normalised as codecs.lookup does):
//
//	utf-8  utf-8-sig  ascii  latin-1 (iso8859-1)  cp1252
//	utf-16  utf-16-le  utf-16-be  utf-32  utf-32-le  utf-32-be
//	gbk  gb2312  gb18030  big5  shift_jis  euc_jp  euc_kr
//
// Error handlers: strict, ignore, replace, backslashreplace,
// xmlcharrefreplace and namereplace (encoding only, as in CPython),
// surrogateescape and surrogatepass (UTF codecs only, as in CPython).
// gb18030 and big5, and the two-byte forms of shift_jis and euc_jp, use
// tables generated from CPython (testdata/gen_tables.py); the other CJK
// codecs use x/text narrowed to CPython's byte ranges.
// Failures are Python exceptions with CPython's messages: UnicodeEncodeError,
// UnicodeDecodeError, LookupError("unknown encoding: x") and
// LookupError("unknown error handler name 'x'").
//
// Lone surrogates. CPython's str can hold lone surrogates (U+D800..U+DFFF);
// surrogateescape decodes an undecodable byte 0xNN to U+DCNN. A Go string
// cannot hold them as valid UTF-8, so this package stores a surrogate as its
// generalised UTF-8 form ("WTF-8": 0xED 0xA0..0xBF 0x80..0xBF), and Encode
// reads that form back as the surrogate, so
// Decode(b, enc, "surrogateescape") followed by Encode(s, enc,
// "surrogateescape") returns b for every ASCII-compatible encoding. Any other
// invalid UTF-8 byte 0xNN in a Go string is read as U+DCNN too. Positions in
// error messages count code points this way (one per surrogate). gpython's
// own len() and indexing count such a surrogate as 3 characters.
//
// The utf-16 and utf-32 codecs write a little-endian byte order mark (the
// byte order CPython uses on the x86 and arm64 hosts gowsgi runs on).
package codecs

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// codec is one encoding: how to encode a run of text, how to decode a run of
// bytes, and the names CPython uses for it.
type codec struct {
	name    string // codecs.lookup(x).name
	encName string // codec name in UnicodeEncodeError messages
	decName string // codec name in UnicodeDecodeError messages
	// asciiCompat is true when surrogateescape may emit raw bytes and
	// replacement text is plain ASCII bytes.
	asciiCompat bool
	// groupErrors is true when consecutive unencodable characters are
	// reported (and replaced) as one run, as CPython's ascii, latin-1,
	// charmap and utf codecs do; the CJK codecs report one at a time.
	groupErrors bool
	encReason   string
	// encodePrefix appends the encoding of the longest encodable prefix of
	// s to dst and returns the number of bytes of s consumed.
	encodePrefix func(dst []byte, s string) ([]byte, int)
	// canEncode reports whether r (possibly a surrogate) is encodable.
	canEncode func(r rune) bool
	// decode decodes b, calling onErr for each undecodable range.
	decode func(d *decoder, b []byte) error
	// bom is written before the encoded text.
	bom string
}

// Lookup returns CPython's canonical name of an encoding (codecs.lookup(name).name),
// or a LookupError for an encoding this package does not implement.
func Lookup(encoding string) (string, error) {
	c, err := lookup(encoding)
	if err != nil {
		return "", err
	}
	return c.name, nil
}

func lookup(encoding string) (*codec, error) {
	// Fast path for the spellings nearly every caller uses.
	switch encoding {
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8, nil
	}
	norm := normalize(strings.ReplaceAll(strings.ToLower(encoding), " ", "_"))
	mod, ok := aliases[norm]
	if !ok {
		mod, ok = aliases[strings.ReplaceAll(norm, ".", "_")]
	}
	if !ok {
		mod = norm
	}
	if c, ok := registry[mod]; ok {
		return c, nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", encoding)
}

// normalize is CPython's encodings.normalize_encoding: runs of characters
// other than letters, digits and '.' become one '_', trimmed at both ends.
func normalize(s string) string {
	var b strings.Builder
	punct := false
	for _, r := range s {
		if r == '.' || isAlnum(r) {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

func isAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f
}

// Encode encodes the Python str s with the named encoding and error handler,
// like CPython's s.encode(encoding, errors).
func Encode(s string, encoding, errors string) ([]byte, error) {
	c, err := lookup(encoding)
	if err != nil {
		return nil, err
	}
	b, err := c.encode(s, errors)
	if err != nil {
		return nil, wrap("encoding", encoding, err)
	}
	return b, nil
}

// fastPath holds the spellings (after normalize) that CPython encodes and
// decodes without its codec registry; for the other spellings it wraps a
// non-Unicode error from an error handler (see wrap).
var fastPath = map[string]bool{
	"utf_8": true, "utf8": true, "ascii": true, "us_ascii": true,
	"latin1": true, "latin_1": true, "iso_8859_1": true, "iso8859_1": true,
	"utf_16": true, "utf16": true, "utf_32": true, "utf32": true,
}

// wrap reproduces how CPython reports a non-Unicode error (an unknown error
// handler, xmlcharrefreplace while decoding) raised while a codec runs
// through the registry: "encoding with 'L1' codec failed (LookupError: ...)".
func wrap(op, encoding string, err error) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Base == py.UnicodeEncodeError || e.Base == py.UnicodeDecodeError {
		return err
	}
	norm := normalize(strings.ReplaceAll(strings.ToLower(encoding), " ", "_"))
	if fastPath[norm] {
		return err
	}
	msg := ""
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	return py.ExceptionNewf(e.Base, "%s with '%s' codec failed (%s: %s)", op, encoding, e.Base.Name, msg)
}

// Decode decodes b with the named encoding and error handler, like CPython's
// b.decode(encoding, errors).
func Decode(b []byte, encoding, errors string) (string, error) {
	if len(b) == 0 {
		// CPython returns '' for empty input without looking the encoding up.
		return "", nil
	}
	c, err := lookup(encoding)
	if err != nil {
		return "", err
	}
	d := &decoder{c: c, name: c.decName, errors: errors}
	d.out.Grow(len(b))
	if err := c.decode(d, b); err != nil {
		return "", wrap("decoding", encoding, err)
	}
	return d.out.String(), nil
}

// DecodeRune reads the code point at s[i] the way this package sees a Python
// str: valid UTF-8, a WTF-8 encoded surrogate, or (for any other invalid byte
// 0xNN) the escaped surrogate U+DCNN. It returns the code point and its width.
func DecodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r != utf8.RuneError || size > 1 {
		return r, size
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return 0xDC00 + rune(c), 1
}

// AppendRune appends the UTF-8 encoding of r to dst; a surrogate is written
// in WTF-8 form so that DecodeRune reads it back.
func AppendRune(dst []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(dst, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}

// CountRunes returns the number of code points in s as DecodeRune counts them.
func CountRunes(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(s, i)
		i += size
	}
	return n
}

func isSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }
