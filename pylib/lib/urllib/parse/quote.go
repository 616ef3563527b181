package parse

import (
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/lib/internal/libarg"
)

const upperHex = "0123456789ABCDEF"

// alwaysSafe are the bytes quote never escapes (RFC 3986 unreserved characters).
func alwaysSafe(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '~'
}

// safeSet turns quote's safe argument (str or bytes) into a table; non-ASCII is ignored.
func safeSet(safe py.Object) (*[128]bool, error) {
	var set [128]bool
	var s string
	switch v := safe.(type) {
	case nil:
		s = "/"
	case py.String:
		s = string(v)
	default:
		b, ok := libarg.Bytes(safe)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", libarg.TypeName(safe))
		}
		s = string(b)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 128 {
			set[s[i]] = true
		}
	}
	return &set, nil
}

// quoteBytes percent-escapes every byte of b that is neither always safe nor in safe.
func quoteBytes(b []byte, safe *[128]bool) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		if alwaysSafe(c) || (c < 128 && safe[c]) {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(upperHex[c>>4])
		sb.WriteByte(upperHex[c&15])
	}
	return sb.String()
}

// optStr reads an optional str argument such as encoding or errors.
func optStr(o py.Object, fn, name, def string) (string, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument '%s' must be str, not %s", fn, name, libarg.TypeName(o))
	}
	return string(s), nil
}

// quote implements quote(string, safe, encoding, errors) for str and bytes.
func quote(s, safe, encoding, errors py.Object) (string, error) {
	set, err := safeSet(safe)
	if err != nil {
		return "", err
	}
	if str, ok := s.(py.String); ok {
		if str == "" {
			return "", nil
		}
		enc, err := optStr(encoding, "encode", "encoding", "utf-8")
		if err != nil {
			return "", err
		}
		errs, err := optStr(errors, "encode", "errors", "strict")
		if err != nil {
			return "", err
		}
		b, err := codecs.Encode(string(str), enc, errs)
		if err != nil {
			return "", err
		}
		return quoteBytes(b, set), nil
	}
	if encoding != nil && encoding != py.None {
		return "", py.ExceptionNewf(py.TypeError, "quote() doesn't support 'encoding' for bytes")
	}
	if errors != nil && errors != py.None {
		return "", py.ExceptionNewf(py.TypeError, "quote() doesn't support 'errors' for bytes")
	}
	b, ok := libarg.Bytes(s)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "quote_from_bytes() expected bytes")
	}
	return quoteBytes(b, set), nil
}

// quotePlus is quote_plus: quote with ' ' safe, then ' ' written as '+'.
func quotePlus(s, safe, encoding, errors py.Object) (string, error) {
	hasSpace := false
	switch v := s.(type) {
	case py.String:
		hasSpace = strings.Contains(string(v), " ")
	default:
		if b, ok := libarg.Bytes(s); ok {
			hasSpace = strings.Contains(string(b), " ")
		}
	}
	if safe == nil {
		safe = py.String("")
	}
	if !hasSpace {
		return quote(s, safe, encoding, errors)
	}
	switch v := safe.(type) {
	case py.String:
		safe = v + " "
	default:
		b, ok := libarg.Bytes(safe)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "can only concatenate str (not \"%s\") to str", libarg.TypeName(safe))
		}
		safe = py.Bytes(append(append([]byte{}, b...), ' '))
	}
	q, err := quote(s, safe, encoding, errors)
	return strings.ReplaceAll(q, " ", "+"), err
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// unquoteBytes decodes %XX escapes; a '%' not followed by two hex digits stays as it is.
func unquoteBytes(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				out = append(out, hi<<4|lo)
				i += 2
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// unquote decodes %XX escapes in s: each run of ASCII characters is unescaped to bytes and
// decoded with encoding and errors; other characters stay as they are.
func unquote(s, encoding, errors string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < 0x80 {
			j++
		}
		if j > i {
			run := s[i:j]
			if strings.Contains(run, "%") {
				dec, err := codecs.Decode(unquoteBytes(run), encoding, errors)
				if err != nil {
					return "", err
				}
				sb.WriteString(dec)
			} else {
				sb.WriteString(run)
			}
			i = j
			continue
		}
		for j < len(s) && s[j] >= 0x80 {
			j++
		}
		sb.WriteString(s[i:j])
		i = j
	}
	return sb.String(), nil
}

var quoteSpec = libarg.Spec{Name: "quote", Params: []string{"string", "safe", "encoding", "errors"}, Required: 1}

func quoteFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := quoteSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	q, err := quote(a[0], a[1], a[2], a[3])
	return py.String(q), err
}

var quotePlusSpec = libarg.Spec{Name: "quote_plus", Params: []string{"string", "safe", "encoding", "errors"}, Required: 1}

func quotePlusFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := quotePlusSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	q, err := quotePlus(a[0], a[1], a[2], a[3])
	return py.String(q), err
}

var quoteFromBytesSpec = libarg.Spec{Name: "quote_from_bytes", Params: []string{"bs", "safe"}, Required: 1}

func quoteFromBytesFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := quoteFromBytesSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, ok := libarg.Bytes(a[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "quote_from_bytes() expected bytes")
	}
	set, err := safeSet(a[1])
	if err != nil {
		return nil, err
	}
	return py.String(quoteBytes(b, set)), nil
}

var unquoteSpec = libarg.Spec{Name: "unquote", Params: []string{"string", "encoding", "errors"}, Required: 1}

func unquoteArgs(name string, args py.Tuple, kwargs py.StringDict, plus bool) (py.Object, error) {
	spec := unquoteSpec
	spec.Name = name
	a, _, err := spec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	enc, err := optStr(a[1], "decode", "encoding", "utf-8")
	if err != nil {
		return nil, err
	}
	errs, err := optStr(a[2], "decode", "errors", "replace")
	if err != nil {
		return nil, err
	}
	var s string
	switch v := a[0].(type) {
	case py.String:
		s = string(v)
	default:
		b, ok := libarg.Bytes(a[0])
		if !ok || plus {
			if plus {
				return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not 'str'")
			}
			return nil, py.ExceptionNewf(py.TypeError, "Expected str, got %s", libarg.TypeName(a[0]))
		}
		r, err := codecs.Decode(unquoteBytes(string(b)), enc, errs)
		return py.String(r), err
	}
	if plus {
		s = strings.ReplaceAll(s, "+", " ")
	}
	r, err := unquote(s, enc, errs)
	return py.String(r), err
}

func unquoteFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return unquoteArgs("unquote", args, kwargs, false)
}

func unquotePlusFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return unquoteArgs("unquote_plus", args, kwargs, true)
}

func unquoteToBytesFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := (&libarg.Spec{Name: "unquote_to_bytes", Params: []string{"string"}, Required: 1}).Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	switch v := a[0].(type) {
	case py.String:
		b, err := codecs.Encode(string(v), "utf-8", "strict")
		if err != nil {
			return nil, err
		}
		return py.Bytes(unquoteBytes(string(b))), nil
	}
	b, ok := libarg.Bytes(a[0])
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'split'", libarg.TypeName(a[0]))
	}
	return py.Bytes(unquoteBytes(string(b))), nil
}
