// Package base64 is Python's base64 module for gowsgi's interpreter, with CPython 3.11's
// results and errors (binascii.Error for bad input).
//
// The Python-visible surface:
//
//	b64encode(s, altchars=None) -> bytes        b64decode(s, altchars=None, validate=False) -> bytes
//	standard_b64encode(s)  standard_b64decode(s)  urlsafe_b64encode(s)  urlsafe_b64decode(s)
//	b32encode(s)  b32decode(s, casefold=False, map01=None)  b32hexencode(s)  b32hexdecode(s, casefold=False)
//	b16encode(s)  b16decode(s, casefold=False)
//	encodebytes(s)  decodebytes(s)              # MIME: lines of 76 characters
//
// Decoders take bytes-like objects or ASCII str. Not provided: a85/b85, encode/decode on files.
package base64

import (
	"bytes"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/binascii"
	"gowsgi/pylib/lib/internal/libarg"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "base64", Doc: "Base16, Base32, Base64 (RFC 3548) data encodings", FileDesc: "<base64>"},
		Methods: []*py.Method{
			libarg.Func("b64encode", "Encode the bytes-like object s using Base64 and return a bytes object.", b64encode),
			libarg.Func("b64decode", "Decode the Base64 encoded bytes-like object or ASCII string s.", b64decode),
			libarg.Func("standard_b64encode", "Encode bytes-like object s using the standard Base64 alphabet.", oneArg("standard_b64encode", "s", func(m, s py.Object) (py.Object, error) { return encode64(s, "+/") })),
			libarg.Func("standard_b64decode", "Decode bytes encoded with the standard Base64 alphabet.", oneArg("standard_b64decode", "s", func(m, s py.Object) (py.Object, error) { return decode64(m, s, "+/", false) })),
			libarg.Func("urlsafe_b64encode", "Encode bytes using the URL- and filesystem-safe Base64 alphabet.", oneArg("urlsafe_b64encode", "s", func(m, s py.Object) (py.Object, error) { return encode64(s, "-_") })),
			libarg.Func("urlsafe_b64decode", "Decode bytes using the URL- and filesystem-safe Base64 alphabet.", oneArg("urlsafe_b64decode", "s", func(m, s py.Object) (py.Object, error) { return decode64(m, s, "-_", false) })),
			libarg.Func("b32encode", "Encode the bytes-like object s using Base32 and return a bytes object.", oneArg("b32encode", "s", func(m, s py.Object) (py.Object, error) { return encode32(s, b32Std) })),
			libarg.Func("b32hexencode", "Encode the bytes-like object s using Base32hex and return a bytes object.", oneArg("b32hexencode", "s", func(m, s py.Object) (py.Object, error) { return encode32(s, b32Hex) })),
			libarg.Func("b32decode", "Decode the Base32 encoded bytes-like object or ASCII string s.", b32decode),
			libarg.Func("b32hexdecode", "Decode the base32hex encoded bytes-like object or ASCII string s.", b32hexdecode),
			libarg.Func("b16encode", "Encode the bytes-like object s using Base16 and return a bytes object.", oneArg("b16encode", "s", b16encode)),
			libarg.Func("b16decode", "Decode the Base16 encoded bytes-like object or ASCII string s.", b16decode),
			libarg.Func("encodebytes", "Encode a bytestring into a bytes object containing multiple lines of base-64 data.", oneArg("encodebytes", "s", encodebytes)),
			libarg.Func("decodebytes", "Decode a bytestring of base-64 data into a bytes object.", oneArg("decodebytes", "s", decodebytes)),
		},
		Globals: py.StringDict{"bytes_types": py.Tuple{py.BytesType}},
	})
}

func oneArg(name, param string, f func(mod, s py.Object) (py.Object, error)) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	spec := libarg.Spec{Name: name, Params: []string{param}, Required: 1}
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, _, err := spec.Parse(args, kwargs)
		if err != nil {
			return nil, err
		}
		return f(self, a[0])
	}
}

// binasciiError raises binascii.Error, importing binascii into the caller's interpreter.
func binasciiError(mod py.Object, msg string) error {
	m, err := libarg.Import(mod, "binascii")
	if err != nil {
		return err
	}
	return binascii.Error(m, msg)
}

// decodeData reads a decoder's input: bytes-like, or str of ASCII characters.
func decodeData(s py.Object) ([]byte, error) {
	if str, ok := s.(py.String); ok {
		for i := 0; i < len(str); i++ {
			if str[i] >= 0x80 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(str), nil
	}
	if b, ok := libarg.Bytes(s); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", libarg.TypeName(s))
}

func encode64(s py.Object, alt string) (py.Object, error) {
	b, err := libarg.BytesArg(s)
	if err != nil {
		return nil, err
	}
	out := binascii.EncodeBase64(b)
	if alt != "+/" {
		out = translate(out, "+/", alt)
	}
	return py.Bytes(out), nil
}

func translate(b []byte, from, to string) []byte {
	out := bytes.Clone(b)
	for i, c := range out {
		if j := strings.IndexByte(from, c); j >= 0 {
			out[i] = to[j]
		}
	}
	return out
}

func decode64(mod, s py.Object, alt string, validate bool) (py.Object, error) {
	b, err := decodeData(s)
	if err != nil {
		return nil, err
	}
	if alt != "+/" {
		b = translate(b, alt, "+/")
	}
	out, msg := binascii.DecodeBase64(b, validate)
	if msg != "" {
		return nil, binasciiError(mod, msg)
	}
	return py.Bytes(out), nil
}

var b64encodeSpec = libarg.Spec{Name: "b64encode", Params: []string{"s", "altchars"}, Required: 1}

func b64encode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := b64encodeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	alt := "+/"
	if a[1] != nil && a[1] != py.None {
		ab, err := libarg.BytesArg(a[1])
		if err != nil {
			return nil, err
		}
		if len(ab) != 2 {
			return nil, py.ExceptionNewf(py.AssertionError, "%s", bytesRepr(ab))
		}
		alt = string(ab)
	}
	return encode64(a[0], alt)
}

func bytesRepr(b []byte) string {
	r, _ := libarg.Repr(py.Bytes(b))
	return r
}

var b64decodeSpec = libarg.Spec{Name: "b64decode", Params: []string{"s", "altchars", "validate"}, Required: 1}

func b64decode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := b64decodeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	alt := "+/"
	if a[1] != nil && a[1] != py.None {
		ab, err := decodeData(a[1])
		if err != nil {
			return nil, err
		}
		if len(ab) != 2 {
			return nil, py.ExceptionNewf(py.AssertionError, "%s", bytesRepr(ab))
		}
		alt = string(ab)
	}
	validate, err := libarg.Truth(a[2])
	if err != nil {
		return nil, err
	}
	return decode64(self, a[0], alt, validate)
}

const (
	b32Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b32Hex = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
)

func encode32(s py.Object, alphabet string) (py.Object, error) {
	b, err := libarg.BytesArg(s)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, (len(b)+4)/5*8)
	for i := 0; i < len(b); i += 5 {
		n := min(5, len(b)-i)
		var v uint64
		for j := 0; j < 5; j++ {
			v <<= 8
			if j < n {
				v |= uint64(b[i+j])
			}
		}
		chars := [...]int{0, 2, 4, 5, 7, 8}[n]
		for j := 0; j < 8; j++ {
			if j < chars {
				out = append(out, alphabet[v>>(35-5*j)&31])
			} else {
				out = append(out, '=')
			}
		}
	}
	return py.Bytes(out), nil
}

func decode32(mod, s py.Object, alphabet string, casefold bool, map01 py.Object) (py.Object, error) {
	b, err := decodeData(s)
	if err != nil {
		return nil, err
	}
	b = bytes.Clone(b)
	if len(b)%8 != 0 {
		return nil, binasciiError(mod, "Incorrect padding")
	}
	if map01 != nil && map01 != py.None {
		m, err := decodeData(map01)
		if err != nil {
			return nil, err
		}
		if len(m) != 1 {
			return nil, py.ExceptionNewf(py.AssertionError, "%s", bytesRepr(m))
		}
		b = translate(b, "01", "O"+string(m))
	}
	if casefold {
		b = bytes.ToUpper(b)
	}
	l := len(b)
	b = bytes.TrimRight(b, "=")
	pad := l - len(b)
	out := make([]byte, 0, l/8*5)
	for i := 0; i < l; i += 8 {
		var v uint64
		for j := 0; j < 8; j++ {
			v <<= 5
			if i+j >= len(b) {
				continue
			}
			k := strings.IndexByte(alphabet, b[i+j])
			if k < 0 {
				return nil, binasciiError(mod, "Non-base32 digit found")
			}
			v |= uint64(k)
		}
		out = append(out, byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	if l > 0 && pad > 0 {
		keep := map[int]int{1: 4, 3: 3, 4: 2, 6: 1}
		k, ok := keep[pad]
		if !ok {
			return nil, binasciiError(mod, "Incorrect padding")
		}
		out = out[:len(out)-5+k]
	}
	return py.Bytes(out), nil
}

var b32decodeSpec = libarg.Spec{Name: "b32decode", Params: []string{"s", "casefold", "map01"}, Required: 1}

func b32decode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := b32decodeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	casefold, err := libarg.Truth(a[1])
	if err != nil {
		return nil, err
	}
	return decode32(self, a[0], b32Std, casefold, a[2])
}

var b32hexdecodeSpec = libarg.Spec{Name: "b32hexdecode", Params: []string{"s", "casefold"}, Required: 1}

func b32hexdecode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := b32hexdecodeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	casefold, err := libarg.Truth(a[1])
	if err != nil {
		return nil, err
	}
	return decode32(self, a[0], b32Hex, casefold, nil)
}

func b16encode(mod, s py.Object) (py.Object, error) {
	b, err := libarg.BytesArg(s)
	if err != nil {
		return nil, err
	}
	const digits = "0123456789ABCDEF"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return py.Bytes(out), nil
}

var b16decodeSpec = libarg.Spec{Name: "b16decode", Params: []string{"s", "casefold"}, Required: 1}

func b16decode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := b16decodeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := decodeData(a[0])
	if err != nil {
		return nil, err
	}
	casefold, err := libarg.Truth(a[1])
	if err != nil {
		return nil, err
	}
	if casefold {
		b = bytes.ToUpper(b)
	}
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return nil, binasciiError(self, "Non-base16 digit found")
		}
	}
	m, err := libarg.Import(self, "binascii")
	if err != nil {
		return nil, err
	}
	out, err := binascii.Unhex(m, b)
	if err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func encodebytes(mod, s py.Object) (py.Object, error) {
	b, err := libarg.BytesArg(s)
	if err != nil {
		return nil, err
	}
	var out []byte
	for i := 0; i < len(b); i += 57 {
		out = append(out, binascii.EncodeBase64(b[i:min(i+57, len(b))])...)
		out = append(out, '\n')
	}
	return py.Bytes(out), nil
}

func decodebytes(mod, s py.Object) (py.Object, error) {
	b, err := libarg.BytesArg(s)
	if err != nil {
		return nil, err
	}
	out, msg := binascii.DecodeBase64(b, false)
	if msg != "" {
		return nil, binasciiError(mod, msg)
	}
	return py.Bytes(out), nil
}
