// Package json is Python's json module for gowsgi's interpreter, with CPython 3.11's output,
// defaults and error messages; encoding and decoding run in Go.
//
// The Python-visible surface:
//
//	dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
//	      cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw) -> str
//	dump(obj, fp, **same) -> None                   # fp.write(dumps(obj, ...))
//	loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
//	      parse_constant=None, object_pairs_hook=None, **kw) -> object   # s: str, bytes, bytearray
//	load(fp, **same) -> object                      # loads(fp.read(), ...)
//	class JSONDecodeError(ValueError): msg, doc, pos, lineno, colno
//	class JSONEncoder(*, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
//	                  separators, default): encode(o), iterencode(o), default(o)
//	class JSONDecoder(*, object_hook, parse_float, parse_int, parse_constant, strict,
//	                  object_pairs_hook): decode(s), raw_decode(s, idx=0) -> (obj, end)
//
// Objects decode to dict (insertion-ordered, later duplicate keys win), list, str, int (any
// size), float, True, False and None. Encoding takes str, int, float, bool, None, list,
// tuple and dict; anything else goes to default= or raises TypeError.
package json

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/lib/internal/libarg"
)

//go:embed json.py
var pySource string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "json", Doc: "JSON (JavaScript Object Notation) encoder and decoder", FileDesc: "<json>"},
		Methods: []*py.Method{
			libarg.Func("dumps", "Serialize obj to a JSON formatted str.", dumps),
			libarg.Func("dump", "Serialize obj as a JSON formatted stream to fp.", dump),
			libarg.Func("loads", "Deserialize s (a str, bytes or bytearray containing a JSON document) to a Python object.", loads),
			libarg.Func("load", "Deserialize fp.read() to a Python object.", load),
			libarg.Func("_encode", "Encode with a JSONEncoder's settings.", encodeWith),
			libarg.Func("_decode", "Decode with a JSONDecoder's settings.", decodeWith),
			libarg.Func("_scan", "raw_decode with a JSONDecoder's settings.", scanWith),
		},
		CodeSrc: pySource,
	})
}

var dumpsSpec = libarg.Spec{Name: "dumps", Required: 1, KwOnly: 1, ExtraKw: true,
	Params: []string{"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"}}

var dumpSpec = libarg.Spec{Name: "dump", Required: 2, KwOnly: 2, ExtraKw: true,
	Params: []string{"obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"}}

var encoderKw = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"}

func dumps(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, extra, err := dumpsSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	return encodeArgs(a[0], a[1:], extra)
}

func dump(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, extra, err := dumpSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := encodeArgs(a[0], a[2:], extra)
	if err != nil {
		return nil, err
	}
	write, err := libarg.GetAttr(a[1], "write")
	if err != nil {
		return nil, err
	}
	if _, err := libarg.Call(write, s); err != nil {
		return nil, err
	}
	return py.None, nil
}

// encodeArgs runs dumps with its keyword arguments in encoderKw order; cls= or unknown keywords
// go through the encoder class, as CPython does.
func encodeArgs(obj py.Object, opts []py.Object, extra py.StringDict) (py.Object, error) {
	cls := opts[4]
	if (cls == nil || cls == py.None) && len(extra) == 0 {
		e, err := newEncoder(opts[0], opts[1], opts[2], opts[3], opts[8], opts[5], opts[6], opts[7])
		if err != nil {
			return nil, err
		}
		return e.run(obj)
	}
	kw := py.StringDict{}
	for k, v := range extra {
		kw[k] = v
	}
	defaults := []py.Object{py.False, py.True, py.True, py.True, nil, py.None, py.None, py.None, py.False}
	for i, name := range encoderKw {
		if i != 4 {
			kw[name] = libarg.Or(opts[i], defaults[i])
		}
	}
	if cls == nil || cls == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '%s'", firstKey(extra))
	}
	enc, err := libarg.CallKw(cls, nil, kw)
	if err != nil {
		return nil, err
	}
	return libarg.CallMethod(enc, "encode", obj)
}

func firstKey(d py.StringDict) string {
	best := ""
	for k := range d {
		if best == "" || k < best {
			best = k
		}
	}
	return best
}

// newEncoder checks dumps's options; nil means not given.
func newEncoder(skipkeys, ensureASCII, checkCircular, allowNaN, sortKeys, indent, separators, def py.Object) (*encoder, error) {
	e := &encoder{ensureASCII: true, checkCircular: true, allowNaN: true, itemSep: ", ", keySep: ": "}
	var err error
	flags := []struct {
		o   py.Object
		dst *bool
	}{{skipkeys, &e.skipKeys}, {ensureASCII, &e.ensureASCII}, {checkCircular, &e.checkCircular}, {allowNaN, &e.allowNaN}, {sortKeys, &e.sortKeys}}
	for _, f := range flags {
		if f.o != nil {
			if *f.dst, err = libarg.Truth(f.o); err != nil {
				return nil, err
			}
		}
	}
	if indent != nil && indent != py.None {
		e.hasIndent = true
		e.itemSep = ","
		if s, ok := indent.(py.String); ok {
			e.indent = string(s)
		} else {
			n, err := libarg.Int(indent)
			if err != nil {
				return nil, err
			}
			for range n {
				e.indent += " "
			}
		}
	}
	if separators != nil && separators != py.None {
		items, err := libarg.Sequence(separators)
		if err != nil {
			return nil, err
		}
		if len(items) != 2 {
			return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
		}
		is, ok1 := items[0].(py.String)
		ks, ok2 := items[1].(py.String)
		if !ok1 || !ok2 {
			return nil, py.ExceptionNewf(py.TypeError, "make_encoder() argument 6 must be str, not %s", libarg.TypeName(items[0]))
		}
		e.itemSep, e.keySep = string(is), string(ks)
	}
	if def != nil && def != py.None {
		e.def = def
	}
	return e, nil
}

func (e *encoder) run(obj py.Object) (py.Object, error) {
	if err := e.encode(obj, 0); err != nil {
		return nil, err
	}
	return py.String(e.buf), nil
}

// encodeWith is JSONEncoder.encode: _encode(o, skipkeys, ensure_ascii, check_circular,
// allow_nan, sort_keys, indent, item_separator, key_separator, default).
func encodeWith(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 10 {
		return nil, py.ExceptionNewf(py.TypeError, "_encode() takes 10 arguments")
	}
	e, err := newEncoder(args[1], args[2], args[3], args[4], args[5], args[6], py.Tuple{args[7], args[8]}, args[9])
	if err != nil {
		return nil, err
	}
	return e.run(args[0])
}

var loadsSpec = libarg.Spec{Name: "loads", Required: 1, KwOnly: 1, ExtraKw: true,
	Params: []string{"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}}

var loadSpec = libarg.Spec{Name: "load", Required: 1, KwOnly: 1, ExtraKw: true,
	Params: []string{"fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}}

var decoderKw = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}

func loads(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, extra, err := loadsSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	return decodeArgs(self, a[0], a[1:], extra)
}

func load(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, extra, err := loadSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := libarg.CallMethod(a[0], "read")
	if err != nil {
		return nil, err
	}
	return decodeArgs(self, s, a[1:], extra)
}

func decodeArgs(mod, s py.Object, opts []py.Object, extra py.StringDict) (py.Object, error) {
	text, err := docString(mod, s)
	if err != nil {
		return nil, err
	}
	cls := opts[0]
	if (cls == nil || cls == py.None) && len(extra) == 0 {
		d := &decoder{s: text, strict: true}
		d.setHooks(opts[1], opts[2], opts[3], opts[4], opts[5])
		return d.decodeAll(mod)
	}
	if cls == nil || cls == py.None {
		cls = libarg.Global(mod, "JSONDecoder")
	}
	kw := py.StringDict{}
	for k, v := range extra {
		kw[k] = v
	}
	for i, name := range decoderKw {
		if opts[i+1] != nil && opts[i+1] != py.None {
			kw[name] = opts[i+1]
		}
	}
	dec, err := libarg.CallKw(cls, nil, kw)
	if err != nil {
		return nil, err
	}
	return libarg.CallMethod(dec, "decode", py.String(text))
}

func (d *decoder) setHooks(objectHook, parseFloat, parseInt, parseConstant, pairsHook py.Object) {
	given := func(o py.Object) py.Object {
		if o == nil || o == py.None {
			return nil
		}
		return o
	}
	d.objectHook, d.parseFloat, d.parseInt = given(objectHook), given(parseFloat), given(parseInt)
	d.parseConstant, d.pairsHook = given(parseConstant), given(pairsHook)
}

// docString turns loads's argument into the document text, decoding bytes as CPython does.
func docString(mod, s py.Object) (string, error) {
	if str, ok := s.(py.String); ok {
		if len(str) >= 3 && str[:3] == "\ufeff" {
			return "", libarg.Raise(libarg.Global(mod, "JSONDecodeError"),
				py.String("Unexpected UTF-8 BOM (decode using utf-8-sig)"), str, py.Int(0))
		}
		return string(str), nil
	}
	b, ok := libarg.Bytes(s)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", libarg.TypeName(s))
	}
	return codecs.Decode(b, detectEncoding(b), "surrogatepass")
}

func (d *decoder) decodeAll(mod py.Object) (py.Object, error) {
	obj, end, err := d.value(d.skip(0), 0)
	if err == nil {
		end = d.skip(end)
		if end != len(d.s) {
			err = &syntaxError{"Extra data", end}
		}
	}
	if err != nil {
		return nil, d.pyError(mod, err)
	}
	return obj, nil
}

func (d *decoder) pyError(mod py.Object, err error) error {
	se, ok := err.(*syntaxError)
	if !ok {
		return err
	}
	return libarg.Raise(libarg.Global(mod, "JSONDecodeError"), py.String(se.msg), py.String(d.s), py.Int(charIndex(d.s, se.pos)))
}

// decodeWith is JSONDecoder.decode: _decode(s, object_hook, parse_float, parse_int,
// parse_constant, strict, object_pairs_hook).
func decodeWith(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 7 {
		return nil, py.ExceptionNewf(py.TypeError, "_decode() takes 7 arguments")
	}
	text, err := docString(self, args[0])
	if err != nil {
		return nil, err
	}
	d := &decoder{s: text}
	if d.strict, err = libarg.Truth(args[5]); err != nil {
		return nil, err
	}
	d.setHooks(args[1], args[2], args[3], args[4], args[6])
	return d.decodeAll(self)
}

// scanWith is JSONDecoder.raw_decode: _scan(s, idx, hooks..., strict, object_pairs_hook)
// returns (obj, end) and ignores what follows the value.
func scanWith(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 8 {
		return nil, py.ExceptionNewf(py.TypeError, "_scan() takes 8 arguments")
	}
	str, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", libarg.TypeName(args[0]))
	}
	idx, err := libarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	d := &decoder{s: string(str)}
	if d.strict, err = libarg.Truth(args[6]); err != nil {
		return nil, err
	}
	d.setHooks(args[2], args[3], args[4], args[5], args[7])
	if idx < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "idx cannot be negative")
	}
	start := byteOffset(d.s, idx)
	obj, end, err := d.value(start, 0)
	if err != nil {
		if se, ok := err.(*syntaxError); ok && se.msg == "Expecting value" {
			se.pos = end
		}
		return nil, d.pyError(self, err)
	}
	return py.Tuple{obj, py.Int(charIndex(d.s, end))}, nil
}

// byteOffset converts a character index in s to a byte offset.
func byteOffset(s string, idx int) int {
	i := 0
	for n := 0; n < idx && i < len(s); n++ {
		_, size := codecs.DecodeRune(s, i)
		i += size
	}
	return i
}
