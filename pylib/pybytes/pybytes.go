// Package pybytes gives gpython's bytes type the methods of CPython 3.11's
// bytes and adds the bytearray type (ByteArrayType; see bytearray.go for its
// own surface). Install adds the methods to py.BytesType.Dict (gpython has
// only replace) and ByteArrayType.Dict. The Python-visible surface, shared
// by bytes and bytearray:
//
//	bytes.capitalize() center(width, fillbyte=b' ', /) count(sub[, start[, end]])
//	bytes.decode(encoding='utf-8', errors='strict') -> str
//	bytes.endswith(suffix[, start[, end]]) expandtabs(tabsize=8)
//	bytes.find(sub[, start[, end]])                     # sub: bytes or int 0..255
//	bytes.fromhex(string, /)                            # class method
//	bytes.hex(sep=<none>, bytes_per_sep=1) -> str
//	bytes.index(sub[, start[, end]])
//	bytes.isalnum() isalpha() isascii() isdigit() islower() isspace() istitle() isupper()
//	bytes.join(iterable_of_bytes, /) ljust(width, fillbyte=b' ', /) lower()
//	bytes.lstrip(bytes=None, /) maketrans(frm, to, /)  # maketrans: static method
//	bytes.partition(sep, /) removeprefix(prefix, /) removesuffix(suffix, /)
//	bytes.replace(old, new, count=-1, /) rfind(...) rindex(...)
//	bytes.rjust(width, fillbyte=b' ', /) rpartition(sep, /)
//	bytes.rsplit(sep=None, maxsplit=-1) rstrip(bytes=None, /)
//	bytes.split(sep=None, maxsplit=-1) splitlines(keepends=False)
//	bytes.startswith(prefix[, start[, end]]) strip(bytes=None, /) swapcase() title()
//	bytes.translate(table, /, delete=b'') upper() zfill(width, /)
//
// Semantics and error messages follow CPython: character classes and case
// mapping are ASCII-only, and bytes-like arguments may be bytes or bytearray
// (gpython has no memoryview). On a bytearray the methods return bytearray
// where CPython does. len(b) is a builtin and is not handled here.
package pybytes

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
)

// method is the Go implementation of one bytes method.
type method func(b string, a []py.Object) (py.Object, error)

type entry struct {
	sig pystr.Sig
	fn  method
	doc string
}

func sig(kind pystr.SigKind, name string, min, max int, kw ...string) pystr.Sig {
	return pystr.Sig{Type: "bytes", Name: name, Kind: kind, Min: min, Max: max, Kw: kw}
}

var methods = []entry{
	{sig(pystr.NoArgs, "capitalize", 0, 0), mapBytes(capitalize), "Return a copy with the first byte capitalized and the rest lower-cased."},
	{sig(pystr.Positional, "center", 1, 2), pad("center", pystr.PadCenter), "Return a centered bytes of length width."},
	{sig(pystr.Varargs, "count", 1, 3), count, "Return the number of non-overlapping occurrences of subsection sub."},
	{sig(pystr.Keywords, "decode", 0, 2, "encoding", "errors"), decode, "Decode the bytes using the codec registered for encoding."},
	{sig(pystr.Varargs, "endswith", 1, 3), tailMatch(false), "Return True if the bytes ends with the specified suffix, False otherwise."},
	{sig(pystr.Keywords, "expandtabs", 0, 1, "tabsize"), expandTabs, "Return a copy where all tab characters are expanded using spaces."},
	{sig(pystr.Varargs, "find", 1, 3), findMethod(false, false), "Return the lowest index where subsection sub is found, or -1."},
	{sig(pystr.Keywords, "hex", 0, 2, "sep", "bytes_per_sep"), hexMethod, "Create a string of hexadecimal numbers from a bytes object."},
	{sig(pystr.Varargs, "index", 1, 3), findMethod(false, true), "Return the lowest index where subsection sub is found; raise ValueError if not found."},
	{sig(pystr.NoArgs, "isalnum", 0, 0), predicate(func(c byte) bool { return isAlpha(c) || isDigit(c) }, false), "Return True if all bytes are alphanumeric and there is at least one."},
	{sig(pystr.NoArgs, "isalpha", 0, 0), predicate(isAlpha, false), "Return True if all bytes are alphabetic and there is at least one."},
	{sig(pystr.NoArgs, "isascii", 0, 0), predicate(func(c byte) bool { return c < 0x80 }, true), "Return True if all bytes are ASCII."},
	{sig(pystr.NoArgs, "isdigit", 0, 0), predicate(isDigit, false), "Return True if all bytes are digits and there is at least one."},
	{sig(pystr.NoArgs, "islower", 0, 0), caseCheck(isLower, isUpper), "Return True if all cased bytes are lowercase and there is at least one cased byte."},
	{sig(pystr.NoArgs, "isspace", 0, 0), predicate(isSpace, false), "Return True if all bytes are whitespace and there is at least one."},
	{sig(pystr.NoArgs, "istitle", 0, 0), isTitle, "Return True if the bytes is title-cased."},
	{sig(pystr.NoArgs, "isupper", 0, 0), caseCheck(isUpper, isLower), "Return True if all cased bytes are uppercase and there is at least one cased byte."},
	{sig(pystr.OneArg, "join", 1, 1), join, "Concatenate any number of bytes objects."},
	{sig(pystr.Positional, "ljust", 1, 2), pad("ljust", pystr.PadLeft), "Return a left-justified bytes of length width."},
	{sig(pystr.NoArgs, "lower", 0, 0), mapBytes(lower), "Return a copy with all ASCII characters converted to lowercase."},
	{sig(pystr.Positional, "lstrip", 0, 1), strip(true, false), "Strip leading bytes contained in the argument."},
	{sig(pystr.OneArg, "partition", 1, 1), partition(false), "Partition the bytes into three parts using the given separator."},
	{sig(pystr.OneArg, "removeprefix", 1, 1), removeAffix(true), "Return a bytes object with the given prefix removed if present."},
	{sig(pystr.OneArg, "removesuffix", 1, 1), removeAffix(false), "Return a bytes object with the given suffix removed if present."},
	{sig(pystr.Positional, "replace", 2, 3), replace, "Return a copy with all occurrences of substring old replaced by new."},
	{sig(pystr.Varargs, "rfind", 1, 3), findMethod(true, false), "Return the highest index where subsection sub is found, or -1."},
	{sig(pystr.Varargs, "rindex", 1, 3), findMethod(true, true), "Return the highest index where subsection sub is found; raise ValueError if not found."},
	{sig(pystr.Positional, "rjust", 1, 2), pad("rjust", pystr.PadRight), "Return a right-justified bytes of length width."},
	{sig(pystr.OneArg, "rpartition", 1, 1), partition(true), "Partition the bytes into three parts using the given separator, from the right."},
	{sig(pystr.Keywords, "rsplit", 0, 2, "sep", "maxsplit"), split(true), "Return a list of the sections in the bytes, using sep as the delimiter, from the right."},
	{sig(pystr.Positional, "rstrip", 0, 1), strip(false, true), "Strip trailing bytes contained in the argument."},
	{sig(pystr.Keywords, "split", 0, 2, "sep", "maxsplit"), split(false), "Return a list of the sections in the bytes, using sep as the delimiter."},
	{sig(pystr.Keywords, "splitlines", 0, 1, "keepends"), splitLines, "Return a list of the lines in the bytes, breaking at line boundaries."},
	{sig(pystr.Varargs, "startswith", 1, 3), tailMatch(true), "Return True if the bytes starts with the specified prefix, False otherwise."},
	{sig(pystr.Positional, "strip", 0, 1), strip(true, true), "Strip leading and trailing bytes contained in the argument."},
	{sig(pystr.NoArgs, "swapcase", 0, 0), mapBytes(swapcase), "Return a copy with uppercase ASCII characters converted to lowercase and vice versa."},
	{sig(pystr.NoArgs, "title", 0, 0), mapBytes(title), "Return a titlecased version of the bytes."},
	{pystr.Sig{Type: "bytes", Name: "translate", Kind: pystr.Keywords, Min: 1, Max: 2, Kw: []string{"table", "delete"}, PosOnly: 1}, translate, "Return a copy with each byte mapped by the translation table."},
	{sig(pystr.NoArgs, "upper", 0, 0), mapBytes(upper), "Return a copy with all ASCII characters converted to uppercase."},
	{sig(pystr.OneArg, "zfill", 1, 1), zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
}

// Install puts the bytes methods into py.BytesType.Dict and the bytearray
// methods into ByteArrayType.Dict. Call it once at program start, before any
// interpreter runs.
func Install() {
	// gpython readies only the types made during its own initialisation.
	for _, t := range []*py.Type{ByteArrayType, byteArrayIterType} {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("pybytes: readying %s: %v", t.Name, err))
		}
	}
	for _, e := range methods {
		py.BytesType.Dict[e.sig.Name] = newMethod(e, bytesReceiver)
		ea := e
		ea.sig.Type = "bytearray"
		ByteArrayType.Dict[e.sig.Name] = newMethod(ea, byteArrayReceiver)
	}
	installMutators()
	// maketrans (static) and fromhex (class method) ignore the receiver:
	// gpython does not run descriptors for attributes looked up on a type,
	// so plain methods serve both bytes.fromhex(s) and b''.fromhex(s).
	for _, r := range []receiver{bytesReceiver, byteArrayReceiver} {
		r := r
		r.typ().Dict["maketrans"] = py.MustNewMethod("maketrans", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s := sig(pystr.Positional, "maketrans", 2, 2)
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.maketrans() takes no keyword arguments", r.name)
			}
			a, err := s.Parse(args, kwargs)
			if err != nil {
				return nil, err
			}
			return makeTrans(a)
		}, py.METH_STATIC, "Return a translation table usable for "+r.name+".translate().")
		r.typ().Dict["fromhex"] = py.MustNewMethod("fromhex", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s := sig(pystr.OneArg, "fromhex", 1, 1)
			s.Type = r.name
			a, err := s.Parse(args, kwargs)
			if err != nil {
				return nil, err
			}
			res, err := fromHex(a[0])
			if err != nil {
				return nil, err
			}
			return r.result(res), nil
		}, py.METH_CLASS, "Create a "+r.name+" object from a string of hexadecimal numbers.")
	}
}

// receiver is what newMethod needs to know about bytes or bytearray: how to
// read the receiver's content and how to give results that type.
type receiver struct {
	name string
	typ  func() *py.Type
	// content returns the receiver's bytes as a string snapshot.
	content func(self py.Object) (string, bool)
	// result turns the bytes values in a method result into this type.
	result func(py.Object) py.Object
}

var (
	bytesReceiver = receiver{
		name: "bytes",
		typ:  func() *py.Type { return py.BytesType },
		content: func(self py.Object) (string, bool) {
			b, ok := self.(py.Bytes)
			return string(b), ok
		},
		result: func(o py.Object) py.Object { return o },
	}
	byteArrayReceiver = receiver{
		name: "bytearray",
		typ:  func() *py.Type { return ByteArrayType },
		content: func(self py.Object) (string, bool) {
			b, ok := self.(*ByteArray)
			if !ok {
				return "", false
			}
			return string(b.data), true
		},
		result: asByteArrayResult,
	}
)

// asByteArrayResult converts the bytes in a shared method's result (a bytes
// value, or a list or tuple of them) to bytearray, as CPython's bytearray
// methods return bytearray wherever the bytes methods return bytes.
func asByteArrayResult(o py.Object) py.Object {
	switch v := o.(type) {
	case py.Bytes:
		return NewByteArray(v)
	case *py.List:
		for i, x := range v.Items {
			v.Items[i] = asByteArrayResult(x)
		}
	case py.Tuple:
		for i, x := range v {
			v[i] = asByteArrayResult(x)
		}
	}
	return o
}

func newMethod(e entry, r receiver) *py.Method {
	name, sg, fn := e.sig.Name, e.sig, e.fn
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		b, ok := r.content(self)
		if !ok {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", r.name, name)
			}
			if b, ok = r.content(args[0]); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, r.name, pystr.TypeName(args[0]))
			}
			args = args[1:]
		}
		a, err := sg.Parse(args, kwargs)
		if err != nil {
			return nil, err
		}
		res, err := fn(b, a)
		if err != nil {
			return nil, err
		}
		return r.result(res), nil
	}, 0, e.doc)
}

// AsBytes returns the content of a bytes-like object (bytes or bytearray);
// for a bytearray it is a copy, so later mutation does not show through.
func AsBytes(o py.Object) (string, bool) {
	switch v := o.(type) {
	case py.Bytes:
		return string(v), true
	case *ByteArray:
		return string(v.data), true
	}
	return "", false
}

// bytesLike returns the content of a bytes-like argument, or CPython's error.
func bytesLike(o py.Object) (string, error) {
	if b, ok := AsBytes(o); ok {
		return b, nil
	}
	return "", py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", pystr.TypeName(o))
}

// byteValue converts an int-like object to a byte, with CPython's errors.
func byteValue(o py.Object) (byte, error) {
	n, err := pystr.AsInt(o)
	if err != nil {
		if py.IsException(py.OverflowError, err) {
			return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// subArg converts the sub argument of find & co: bytes-like or a byte value.
func subArg(o py.Object) (string, error) {
	if b, ok := AsBytes(o); ok {
		return b, nil
	}
	switch v := o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		n, err := pystr.AsInt(v)
		if err != nil || n < 0 || n > 255 {
			return "", py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(n)}), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", pystr.TypeName(o))
}

func bytesList(parts []string) *py.List {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = py.Bytes(p)
	}
	return py.NewListFromItems(items)
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func predicate(ok func(byte) bool, empty bool) method {
	return func(b string, _ []py.Object) (py.Object, error) {
		if b == "" {
			return py.Bool(empty), nil
		}
		for i := 0; i < len(b); i++ {
			if !ok(b[i]) {
				return py.False, nil
			}
		}
		return py.True, nil
	}
}

// caseCheck builds islower/isupper: no byte of the other case and at
// least one of this case.
func caseCheck(this, other func(byte) bool) method {
	return func(b string, _ []py.Object) (py.Object, error) {
		cased := false
		for i := 0; i < len(b); i++ {
			if other(b[i]) {
				return py.False, nil
			}
			cased = cased || this(b[i])
		}
		return py.Bool(cased), nil
	}
}

func isTitle(b string, _ []py.Object) (py.Object, error) {
	cased, prev := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case isUpper(c):
			if prev {
				return py.False, nil
			}
			prev, cased = true, true
		case isLower(c):
			if !prev {
				return py.False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return py.Bool(cased), nil
}

// mapBytes applies a byte mapping that may look at the previous byte.
func mapBytes(f func(c byte, i int, prev byte) byte) method {
	return func(b string, _ []py.Object) (py.Object, error) {
		out := make([]byte, len(b))
		var prev byte
		for i := 0; i < len(b); i++ {
			out[i] = f(b[i], i, prev)
			prev = b[i]
		}
		return py.Bytes(out), nil
	}
}

func toLower(c byte) byte {
	if isUpper(c) {
		return c + 32
	}
	return c
}

func toUpper(c byte) byte {
	if isLower(c) {
		return c - 32
	}
	return c
}

func lower(c byte, _ int, _ byte) byte { return toLower(c) }
func upper(c byte, _ int, _ byte) byte { return toUpper(c) }
func swapcase(c byte, _ int, _ byte) byte {
	if isUpper(c) {
		return c + 32
	}
	return toUpper(c)
}

func capitalize(c byte, i int, _ byte) byte {
	if i == 0 {
		return toUpper(c)
	}
	return toLower(c)
}

func title(c byte, i int, prev byte) byte {
	if i > 0 && isAlpha(prev) {
		return toLower(c)
	}
	return toUpper(c)
}

func join(sep string, a []py.Object) (py.Object, error) {
	items, err := pystr.Items(a[0])
	if err != nil {
		return nil, err
	}
	total := len(sep) * max(len(items)-1, 0)
	parts := make([]string, len(items))
	for i, o := range items {
		x, ok := AsBytes(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, pystr.TypeName(o))
		}
		parts[i] = x
		total += len(x)
	}
	out := make([]byte, 0, total)
	for i, x := range parts {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, x...)
	}
	return py.Bytes(out), nil
}

func decode(b string, a []py.Object) (py.Object, error) {
	args := [2]string{"utf-8", "strict"}
	for i, name := range []string{"encoding", "errors"} {
		if a[i] == nil {
			continue
		}
		v, ok := a[i].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "decode() argument '%s' must be str, not %s", name, pystr.ArgTypeName(a[i]))
		}
		args[i] = string(v)
	}
	s, err := decodeString(b, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func replace(b string, a []py.Object) (py.Object, error) {
	old, err := bytesLike(a[0])
	if err != nil {
		return nil, err
	}
	repl, err := bytesLike(a[1])
	if err != nil {
		return nil, err
	}
	n := -1
	if a[2] != nil {
		if n, err = pystr.AsInt(a[2]); err != nil {
			return nil, err
		}
	}
	if old == "" {
		return py.Bytes(replaceEmpty(b, repl, n)), nil
	}
	return py.Bytes(strings.Replace(b, old, repl, n)), nil
}

// replaceEmpty inserts repl before every byte and at the end, at most n
// times (strings.Replace would step over UTF-8 sequences, not bytes).
func replaceEmpty(b, repl string, n int) string {
	if n < 0 || n > len(b)+1 {
		n = len(b) + 1
	}
	var sb strings.Builder
	sb.Grow(len(b) + n*len(repl))
	for i := 0; i < len(b); i++ {
		if i < n {
			sb.WriteString(repl)
		}
		sb.WriteByte(b[i])
	}
	if n > len(b) {
		sb.WriteString(repl)
	}
	return sb.String()
}
