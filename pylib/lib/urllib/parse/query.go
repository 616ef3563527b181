package parse

import (
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/lib/internal/libarg"
	"gowsgi/pylib/pycoll"
	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/vm"
)

var parseQSSpec = libarg.Spec{Params: []string{"qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"}, Required: 1}

// pair is one name=value field of a query string.
type pair struct{ name, value py.Object }

// parseQSL does the work of parse_qsl and parse_qs; name is the Python function's name.
func parseQSL(name string, args py.Tuple, kwargs py.StringDict) ([]pair, error) {
	spec := parseQSSpec
	spec.Name = name
	a, _, err := spec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	keepBlank, err := libarg.Truth(a[1])
	if err != nil {
		return nil, err
	}
	strict, err := libarg.Truth(a[2])
	if err != nil {
		return nil, err
	}
	enc, err := optStr(a[3], "decode", "encoding", "utf-8")
	if err != nil {
		return nil, err
	}
	errs, err := optStr(a[4], "decode", "errors", "replace")
	if err != nil {
		return nil, err
	}
	qs, isBytes, err := textArg(a[0])
	if err != nil {
		return nil, err
	}
	sep := "&"
	if a[6] != nil {
		s, _, err := textArg(a[6])
		if err != nil || a[6] == py.None || s == "" {
			return nil, py.ExceptionNewf(py.ValueError, "Separator must be of type string or bytes.")
		}
		sep = s
	}
	if a[5] != nil && a[5] != py.None {
		limit, err := libarg.Int(a[5])
		if err != nil {
			return nil, err
		}
		fields := 0
		if qs != "" {
			fields = 1 + strings.Count(qs, sep)
		}
		if limit < fields {
			return nil, py.ExceptionNewf(py.ValueError, "Max number of fields exceeded")
		}
	}
	if qs == "" {
		return nil, nil
	}
	var out []pair
	for _, field := range strings.Split(qs, sep) {
		if field == "" && !strict {
			continue
		}
		k, v, found := strings.Cut(field, "=")
		if !found {
			if strict {
				r, _ := pyformat.Repr(py.String(field))
				if isBytes {
					r, _ = pyformat.Repr(py.Bytes(field))
				}
				return nil, py.ExceptionNewf(py.ValueError, "bad query field: %s", r)
			}
			if !keepBlank {
				continue
			}
		}
		if v == "" && !keepBlank {
			continue
		}
		kn, err := decodeField(k, enc, errs, isBytes)
		if err != nil {
			return nil, err
		}
		vn, err := decodeField(v, enc, errs, isBytes)
		if err != nil {
			return nil, err
		}
		out = append(out, pair{kn, vn})
	}
	return out, nil
}

func decodeField(s, enc, errs string, isBytes bool) (py.Object, error) {
	s, err := unquote(strings.ReplaceAll(s, "+", " "), enc, errs)
	if err != nil {
		return nil, err
	}
	return result(s, isBytes)
}

// textArg reads a str or bytes argument the way urllib.parse does: bytes must be ASCII and
// make the function return bytes.
func textArg(o py.Object) (string, bool, error) {
	if s, ok := o.(py.String); ok {
		return string(s), false, nil
	}
	if o == py.None {
		return "", false, nil
	}
	b, ok := libarg.Bytes(o)
	if !ok {
		return "", false, py.ExceptionNewf(py.TypeError, "Cannot mix str and non-str arguments")
	}
	s, err := codecs.Decode(b, "ascii", "strict")
	return s, true, err
}

// result returns s as str, or encoded back to ASCII bytes when the input was bytes.
func result(s string, isBytes bool) (py.Object, error) {
	if !isBytes {
		return py.String(s), nil
	}
	b, err := codecs.Encode(s, "ascii", "strict")
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

func parseQSLFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	pairs, err := parseQSL("parse_qsl", args, kwargs)
	if err != nil {
		return nil, err
	}
	items := make([]py.Object, len(pairs))
	for i, p := range pairs {
		items[i] = py.Tuple{p.name, p.value}
	}
	return py.NewListFromItems(items), nil
}

func parseQSFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	pairs, err := parseQSL("parse_qs", args, kwargs)
	if err != nil {
		return nil, err
	}
	d := pycoll.NewDict()
	for _, p := range pairs {
		old, ok, err := d.Get(p.name)
		if err != nil {
			return nil, err
		}
		if ok {
			l := old.(*py.List)
			l.Items = append(l.Items, p.value)
			continue
		}
		if err := d.Set(p.name, py.NewListFromItems([]py.Object{p.value})); err != nil {
			return nil, err
		}
	}
	return d, nil
}

var urlencodeSpec = libarg.Spec{Name: "urlencode", Params: []string{"query", "doseq", "safe", "encoding", "errors", "quote_via"}, Required: 1}

// encoder quotes urlencode's keys and values with quote_via (quote_plus unless given).
type encoder struct {
	safe, encoding, errors, via py.Object
}

func (e *encoder) quote(o py.Object) (string, error) {
	_, isBytes := libarg.Bytes(o)
	if !isBytes {
		if _, ok := o.(py.String); !ok {
			s, err := pyformat.Str(o)
			if err != nil {
				return "", err
			}
			o = py.String(s)
		}
	}
	if e.via == nil {
		if isBytes {
			return quotePlus(o, e.safe, nil, nil)
		}
		return quotePlus(o, e.safe, e.encoding, e.errors)
	}
	var r py.Object
	var err error
	if isBytes {
		r, err = vm.Call(e.via, py.Tuple{o, e.safe}, nil)
	} else {
		r, err = vm.Call(e.via, py.Tuple{o, e.safe, e.encoding, e.errors}, nil)
	}
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "can only concatenate str (not \"%s\") to str", libarg.TypeName(r))
	}
	return string(s), nil
}

func urlencodeFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := urlencodeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	doseq, err := libarg.Truth(a[1])
	if err != nil {
		return nil, err
	}
	e := &encoder{safe: libarg.Or(a[2], py.String("")), encoding: libarg.Or(a[3], py.None), errors: libarg.Or(a[4], py.None)}
	if a[5] != nil && !isQuotePlus(a[5]) {
		e.via = a[5]
	}
	pairs, err := queryPairs(a[0])
	if err != nil {
		return nil, err
	}
	var parts []string
	for _, kv := range pairs {
		k, err := e.quote(kv[0])
		if err != nil {
			return nil, err
		}
		v := kv[1]
		if !doseq {
			q, err := e.quote(v)
			if err != nil {
				return nil, err
			}
			parts = append(parts, k+"="+q)
			continue
		}
		if _, ok := v.(py.String); ok {
			q, err := e.quote(v)
			if err != nil {
				return nil, err
			}
			parts = append(parts, k+"="+q)
			continue
		}
		if _, ok := libarg.Bytes(v); ok {
			q, err := e.quote(v)
			if err != nil {
				return nil, err
			}
			parts = append(parts, k+"="+q)
			continue
		}
		if _, err := vm.Len(v); err != nil {
			if !py.IsException(py.TypeError, err) {
				return nil, err
			}
			q, err := e.quote(v)
			if err != nil {
				return nil, err
			}
			parts = append(parts, k+"="+q)
			continue
		}
		elts, err := libarg.Sequence(v)
		if err != nil {
			return nil, err
		}
		for _, elt := range elts {
			q, err := e.quote(elt)
			if err != nil {
				return nil, err
			}
			parts = append(parts, k+"="+q)
		}
	}
	return py.String(strings.Join(parts, "&")), nil
}

func isQuotePlus(o py.Object) bool {
	m, ok := o.(*py.Method)
	return ok && m.Name == "quote_plus" && m.Module != nil && m.Module.Globals["__name__"] == py.String("urllib.parse")
}

// queryPairs reads urlencode's query: a mapping (anything with items()) or a sequence of pairs.
func queryPairs(q py.Object) ([][2]py.Object, error) {
	if d, ok := q.(*pycoll.Dict); ok {
		return d.Items(), nil
	}
	var seq []py.Object
	if items, err := vm.GetAttr(q, "items"); err == nil {
		r, err := vm.Call(items, nil, nil)
		if err != nil {
			return nil, err
		}
		if seq, err = libarg.Sequence(r); err != nil {
			return nil, err
		}
	} else {
		bad := py.ExceptionNewf(py.TypeError, "not a valid non-string sequence or mapping object")
		n, err := vm.Len(q)
		if err != nil {
			return nil, bad
		}
		if n > 0 {
			first, err := vm.GetItem(q, py.Int(0))
			if err != nil {
				return nil, bad
			}
			if _, ok := first.(py.Tuple); !ok {
				return nil, bad
			}
		}
		if seq, err = libarg.Sequence(q); err != nil {
			return nil, err
		}
	}
	out := make([][2]py.Object, 0, len(seq))
	for _, item := range seq {
		kv, err := libarg.Sequence(item)
		if err != nil {
			return nil, err
		}
		if len(kv) != 2 {
			if len(kv) > 2 {
				return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
			}
			return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected 2, got %d)", len(kv))
		}
		out = append(out, [2]py.Object{kv[0], kv[1]})
	}
	return out, nil
}
