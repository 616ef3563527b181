// Package binascii is Python's binascii module for gowsgi's interpreter (replacing gpython's),
// with CPython 3.11's results and error messages.
//
// The Python-visible surface:
//
//	hexlify(data, sep=None, bytes_per_sep=1) -> bytes     # also b2a_hex
//	unhexlify(hexstr) -> bytes                           # also a2b_hex; bytes or ASCII str
//	b2a_base64(data, *, newline=True) -> bytes
//	a2b_base64(data, *, strict_mode=False) -> bytes      # bytes or ASCII str
//	crc32(data, crc=0) -> int
//	class Error(ValueError), class Incomplete(Exception)
package binascii

import (
	_ "embed"
	"encoding/hex"
	"hash/crc32"
	"strconv"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/binascii" // registered first, so this module replaces it

	"gowsgi/pylib/lib/internal/libarg"
)

//go:embed binascii.py
var pySource string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "binascii", Doc: "Conversion between binary data and ASCII", FileDesc: "<binascii>"},
		Methods: []*py.Method{
			libarg.Func("hexlify", "Hexadecimal representation of binary data.", hexlify),
			libarg.Func("b2a_hex", "Hexadecimal representation of binary data.", hexlify),
			libarg.Func("unhexlify", "Binary data of hexadecimal representation.", unhexlify),
			libarg.Func("a2b_hex", "Binary data of hexadecimal representation.", unhexlify),
			libarg.Func("b2a_base64", "Base64-code line of data.", b2aBase64),
			libarg.Func("a2b_base64", "Decode a line of base64 data.", a2bBase64),
			libarg.Func("crc32", "Compute CRC-32 incrementally.", crc32Fn),
		},
		CodeSrc: pySource,
	})
}

// Error raises binascii.Error (of the module self) with msg.
func Error(self py.Object, msg string) error {
	return libarg.Raise(libarg.Global(self, "Error"), py.String(msg))
}

// AsciiData reads an argument that may be bytes-like or a str of ASCII characters.
func AsciiData(o py.Object) ([]byte, error) {
	if s, ok := o.(py.String); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if b, ok := libarg.Bytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", libarg.TypeName(o))
}

var hexlifySpec = libarg.Spec{Name: "hexlify", Params: []string{"data", "sep", "bytes_per_sep"}, Required: 1}

func hexlify(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := hexlifySpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := libarg.BytesArg(a[0])
	if err != nil {
		return nil, err
	}
	out := hex.EncodeToString(b)
	if a[1] == nil || a[1] == py.None {
		return py.Bytes(out), nil
	}
	var sep string
	if s, ok := a[1].(py.String); ok {
		sep = string(s)
	} else if sb, ok := libarg.Bytes(a[1]); ok {
		sep = string(sb)
	}
	if len(sep) != 1 {
		return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
	}
	per := 1
	if a[2] != nil {
		if per, err = libarg.Int(a[2]); err != nil {
			return nil, err
		}
	}
	return py.Bytes(Separate(out, sep, per)), nil
}

// Separate puts sep between groups of per bytes (2*per hex digits) of hexdigits, counting from
// the right when per is positive and from the left when it is negative, as bytes.hex does.
func Separate(hexdigits, sep string, per int) string {
	if per == 0 || len(hexdigits) == 0 {
		return hexdigits
	}
	n := per
	if n < 0 {
		n = -n
	}
	n *= 2
	var out []byte
	if per > 0 {
		first := len(hexdigits) % n
		if first == 0 {
			first = n
		}
		out = append(out, hexdigits[:first]...)
		for i := first; i < len(hexdigits); i += n {
			out = append(out, sep...)
			out = append(out, hexdigits[i:i+n]...)
		}
		return string(out)
	}
	for i := 0; i < len(hexdigits); i += n {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, hexdigits[i:min(i+n, len(hexdigits))]...)
	}
	return string(out)
}

func unhexlify(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := (&libarg.Spec{Name: "unhexlify", Params: []string{"hexstr"}, Required: 1}).Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := AsciiData(a[0])
	if err != nil {
		return nil, err
	}
	out, err := Unhex(self, b)
	if err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

// Unhex decodes hex digits, raising binascii.Error as CPython does.
func Unhex(self py.Object, b []byte) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, Error(self, "Odd-length string")
	}
	out := make([]byte, len(b)/2)
	if _, err := hex.Decode(out, b); err != nil {
		return nil, Error(self, "Non-hexadecimal digit found")
	}
	return out, nil
}

var b2aSpec = libarg.Spec{Name: "b2a_base64", Params: []string{"data", "newline"}, Required: 1, KwOnly: 1}

func b2aBase64(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := b2aSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := libarg.BytesArg(a[0])
	if err != nil {
		return nil, err
	}
	newline := true
	if a[1] != nil {
		if newline, err = libarg.Truth(a[1]); err != nil {
			return nil, err
		}
	}
	out := EncodeBase64(b)
	if newline {
		out = append(out, '\n')
	}
	return py.Bytes(out), nil
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// EncodeBase64 is standard padded base64.
func EncodeBase64(b []byte) []byte {
	out := make([]byte, 0, (len(b)+2)/3*4)
	for i := 0; i < len(b); i += 3 {
		var v uint32
		n := min(3, len(b)-i)
		for j := 0; j < 3; j++ {
			v <<= 8
			if j < n {
				v |= uint32(b[i+j])
			}
		}
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63])
		if n > 1 {
			out = append(out, b64Alphabet[v>>6&63])
		} else {
			out = append(out, '=')
		}
		if n > 2 {
			out = append(out, b64Alphabet[v&63])
		} else {
			out = append(out, '=')
		}
	}
	return out
}

var b64Index = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < len(b64Alphabet); i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return t
}()

var a2bSpec = libarg.Spec{Name: "a2b_base64", Params: []string{"data", "strict_mode"}, Required: 1, KwOnly: 1}

func a2bBase64(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := a2bSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := AsciiData(a[0])
	if err != nil {
		return nil, err
	}
	strict, err := libarg.Truth(a[1])
	if err != nil {
		return nil, err
	}
	out, msg := DecodeBase64(b, strict)
	if msg != "" {
		return nil, Error(self, msg)
	}
	return py.Bytes(out), nil
}

// DecodeBase64 decodes base64 as binascii.a2b_base64 does: outside strict mode characters
// outside the alphabet are skipped and decoding stops at the padding that completes a group.
// A failure comes back as binascii.Error's message.
func DecodeBase64(b []byte, strict bool) ([]byte, string) {
	out := make([]byte, 0, len(b)/4*3+3)
	quad, pads := 0, 0
	var left byte
	padStarted := false
	for i, c := range b {
		if c == '=' {
			padStarted = true
			if strict && i == 0 {
				return nil, "Leading padding not allowed"
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(b) {
						return nil, "Excess data after padding"
					}
					return out, ""
				}
			}
			continue
		}
		v := b64Index[c]
		if v == 0xff {
			if strict {
				return nil, "Only base64 data is allowed"
			}
			continue
		}
		if strict && padStarted {
			return nil, "Discontinuous padding not allowed"
		}
		pads = 0
		switch quad {
		case 0:
			left, quad = v, 1
		case 1:
			out = append(out, left<<2|v>>4)
			left, quad = v&0x0f, 2
		case 2:
			out = append(out, left<<4|v>>2)
			left, quad = v&0x03, 3
		case 3:
			out = append(out, left<<6|v)
			left, quad = 0, 0
		}
	}
	switch quad {
	case 0:
		return out, ""
	case 1:
		return nil, "Invalid base64-encoded string: number of data characters (" + itoa(len(out)/3*4+1) + ") cannot be 1 more than a multiple of 4"
	}
	return nil, "Incorrect padding"
}

func itoa(n int) string { return strconv.Itoa(n) }

var crcSpec = libarg.Spec{Name: "crc32", Params: []string{"data", "crc"}, Required: 1}

func crc32Fn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := crcSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	return CRC32(a[0], a[1])
}

// CRC32 is crc32(data, value) for binascii and zlib.
func CRC32(data, start py.Object) (py.Object, error) {
	b, err := libarg.BytesArg(data)
	if err != nil {
		return nil, err
	}
	var crc uint32
	if start != nil {
		v, err := libarg.Uint32(start)
		if err != nil {
			return nil, err
		}
		crc = v
	}
	return py.Int(crc32.Update(crc, crc32.IEEETable, b)), nil
}
