package pyformat

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// StrFormat is str.format(format, *args, **kwargs): replacement fields
// {}, {0}, {name}, {0.attr}, {0[key]}, conversions !r !s !a, nested fields
// in the format spec ({:{w}.{p}f}), and {{ / }} for literal braces.
func StrFormat(format string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f := strFormatter{args: args, kwargs: func(key string) (py.Object, error) {
		if v, ok := kwargs[key]; ok {
			return v, nil
		}
		return nil, keyError(py.String(key))
	}}
	return f.run(format)
}

// FormatMap is str.format_map(format, mapping): like StrFormat with the
// named fields looked up through mapping's __getitem__ and no positional
// arguments.
func FormatMap(format string, mapping py.Object) (py.Object, error) {
	f := strFormatter{noPositional: true, kwargs: func(key string) (py.Object, error) {
		return getItem(mapping, py.String(key))
	}}
	return f.run(format)
}

// getItem is mapping[key] for gpython dicts and any object with __getitem__,
// with CPython's messages for lists and tuples.
func getItem(mapping, key py.Object) (py.Object, error) {
	switch seq := mapping.(type) {
	case *py.List:
		return indexSequence("list", seq.Items, key)
	case py.Tuple:
		return indexSequence("tuple", seq, key)
	}
	if d, ok := mapping.(py.StringDict); ok {
		// gpython dicts hold only str keys, so any other key is missing.
		if k, ok := key.(py.String); ok {
			if v, ok := d[string(k)]; ok {
				return v, nil
			}
		}
		return nil, keyError(key)
	}
	return py.GetItem(mapping, key)
}

func indexSequence(kind string, items []py.Object, key py.Object) (py.Object, error) {
	i, ok := key.(py.Int)
	if !ok {
		return nil, typeErrorf("%s indices must be integers or slices, not %s", kind, typeName(key))
	}
	if i < 0 {
		i += py.Int(len(items))
	}
	if i < 0 || int(i) >= len(items) {
		return nil, py.ExceptionNewf(py.IndexError, "%s index out of range", kind)
	}
	return items[i], nil
}

// getAttr is getattr(obj, name) with CPython's message for a missing
// attribute.
func getAttr(obj py.Object, name string) (py.Object, error) {
	v, err := py.GetAttrString(obj, name)
	if e, ok := err.(*py.Exception); ok && e.Base == py.AttributeError {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(obj), name)
	}
	return v, err
}

func keyError(key py.Object) error {
	e, err := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// strFormatter holds the arguments and the field-numbering state of one
// str.format call.
type strFormatter struct {
	args         py.Tuple
	kwargs       func(string) (py.Object, error)
	noPositional bool
	auto         int // next automatic field number
	numbering    int // 0 undecided, 1 automatic, 2 manual
}

const (
	numberingAuto   = 1
	numberingManual = 2
)

func (f *strFormatter) run(format string) (py.Object, error) {
	var sb strings.Builder
	sb.Grow(len(format))
	if err := f.render(&sb, format, 2); err != nil {
		return nil, err
	}
	return py.String(sb.String()), nil
}

// render expands format into sb. depth limits how often format specs may
// themselves contain replacement fields.
func (f *strFormatter) render(sb *strings.Builder, format string, depth int) error {
	if depth <= 0 {
		return valueErrorf("Max string recursion exceeded")
	}
	for i := 0; i < len(format); {
		c := format[i]
		if c != '{' && c != '}' {
			j := i + 1
			for j < len(format) && format[j] != '{' && format[j] != '}' {
				j++
			}
			sb.WriteString(format[i:j])
			i = j
			continue
		}
		if i+1 < len(format) && format[i+1] == c {
			sb.WriteByte(c)
			i += 2
			continue
		}
		if c == '}' {
			return valueErrorf("Single '}' encountered in format string")
		}
		if i+1 == len(format) {
			return valueErrorf("Single '{' encountered in format string")
		}
		fld, next, err := scanField(format, i+1)
		if err != nil {
			return err
		}
		if err := f.field(sb, fld, depth); err != nil {
			return err
		}
		i = next
	}
	return nil
}

// field is one parsed replacement field.
type field struct {
	name       string // field name with its .attr and [key] accessors
	conversion byte   // 'r', 's', 'a' or 0
	hasConv    bool
	spec       string
}

// scanField parses the field starting after '{' at format[i:] and returns
// it and the index just past its closing '}'.
func scanField(format string, i int) (field, int, error) {
	var fld field
	start := i
	for {
		if i >= len(format) {
			return fld, i, valueErrorf("expected '}' before end of string")
		}
		c := format[i]
		if c == '[' {
			j := strings.IndexByte(format[i:], ']')
			if j < 0 {
				return fld, i, valueErrorf("expected '}' before end of string")
			}
			i += j + 1
			continue
		}
		if c == '{' {
			return fld, i, valueErrorf("unexpected '{' in field name")
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
		i++
	}
	fld.name = format[start:i]
	if format[i] == '}' {
		return fld, i + 1, nil
	}
	if format[i] == '!' {
		i++
		if i >= len(format) {
			return fld, i, valueErrorf("end of string while looking for conversion specifier")
		}
		fld.conversion, fld.hasConv = format[i], true
		i++
		if i >= len(format) {
			return fld, i, valueErrorf("unmatched '{' in format spec")
		}
		if format[i] == '}' {
			return fld, i + 1, nil
		}
		if format[i] != ':' {
			return fld, i, valueErrorf("expected ':' after conversion specifier")
		}
	}
	i++ // past ':'
	specStart, depth := i, 1
	for ; i < len(format); i++ {
		switch format[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				fld.spec = format[specStart:i]
				return fld, i + 1, nil
			}
		}
	}
	return fld, i, valueErrorf("unmatched '{' in format spec")
}

// field looks up, converts and formats one replacement field into sb.
func (f *strFormatter) field(sb *strings.Builder, fld field, depth int) error {
	obj, err := f.resolve(fld.name)
	if err != nil {
		return err
	}
	if fld.hasConv {
		var s string
		switch fld.conversion {
		case 'r':
			s, err = Repr(obj)
		case 's':
			s, err = Str(obj)
		case 'a':
			s, err = ascii(obj)
		default:
			return valueErrorf("Unknown conversion specifier %s", string(rune(fld.conversion)))
		}
		if err != nil {
			return err
		}
		obj = py.String(s)
	}
	spec := fld.spec
	if strings.ContainsAny(spec, "{}") {
		var ssb strings.Builder
		if err := f.render(&ssb, spec, depth-1); err != nil {
			return err
		}
		spec = ssb.String()
	}
	s, err := formatText(obj, spec)
	if err != nil {
		return err
	}
	sb.WriteString(s)
	return nil
}

// resolve evaluates a field name: the first part picks an argument, then
// each .attr or [key] is applied in turn.
func (f *strFormatter) resolve(name string) (py.Object, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	obj, err := f.argument(name[:end])
	if err != nil {
		return nil, err
	}
	rest := name[end:]
	for rest != "" {
		switch rest[0] {
		case '.':
			n := strings.IndexAny(rest[1:], ".[")
			if n < 0 {
				n = len(rest) - 1
			}
			attr := rest[1 : 1+n]
			if attr == "" {
				return nil, valueErrorf("Empty attribute in format string")
			}
			if obj, err = getAttr(obj, attr); err != nil {
				return nil, err
			}
			rest = rest[1+n:]
		case '[':
			n := strings.IndexByte(rest, ']')
			key := rest[1:n]
			if key == "" {
				return nil, valueErrorf("Empty attribute in format string")
			}
			var k py.Object = py.String(key)
			if idx, ok, err := parseIndex(key); err != nil {
				return nil, err
			} else if ok {
				k = py.Int(idx)
			}
			if obj, err = getItem(obj, k); err != nil {
				return nil, err
			}
			rest = rest[n+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, valueErrorf("Only '.' or '[' may follow ']' in format field specifier")
			}
		}
	}
	return obj, nil
}

// parseIndex reads an all-digit field name or key as a number.
func parseIndex(s string) (int, bool, error) {
	if s == "" {
		return 0, false, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, nil
		}
		if n > (maxSpecNumber-int(c-'0'))/10 {
			return 0, false, valueErrorf("Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
	}
	return n, true, nil
}

// argument picks the positional or keyword argument a field refers to,
// enforcing that automatic and manual numbering are not mixed.
func (f *strFormatter) argument(first string) (py.Object, error) {
	idx, isIndex, err := parseIndex(first)
	if err != nil {
		return nil, err
	}
	if first != "" && !isIndex {
		return f.kwargs(first)
	}
	if first == "" {
		if f.numbering == numberingManual {
			return nil, valueErrorf("cannot switch from manual field specification to automatic field numbering")
		}
		f.numbering = numberingAuto
		idx = f.auto
		f.auto++
	} else {
		if f.numbering == numberingAuto {
			return nil, valueErrorf("cannot switch from automatic field numbering to manual field specification")
		}
		f.numbering = numberingManual
	}
	if f.noPositional {
		return nil, valueErrorf("Format string contains positional fields")
	}
	if idx >= len(f.args) {
		return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", idx)
	}
	return f.args[idx], nil
}
