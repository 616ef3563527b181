package pyformat

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pystr"
	"gowsgi/pylib/vm"
)

// maxReprDepth bounds how deeply Repr descends into nested containers, so a
// deeply nested value raises an exception instead of exhausting the Go stack.
const maxReprDepth = 1000

// OrderedMapping is implemented by dict types that remember insertion order.
// Repr and Str print such a value as a dict literal, items in the order
// Items returns them; Percent and StrFormat look keys up through
// __getitem__ as for any other mapping.
type OrderedMapping interface {
	py.Object
	// Items returns the (key, value) pairs in insertion order.
	Items() [][2]py.Object
}

// Repr returns CPython 3.11's repr() of obj. Builtin values are formatted
// here; instances of Python classes use their own __repr__ (found through the
// class MRO), else the default "<module.Class object at 0x...>".
func Repr(obj py.Object) (string, error) {
	p := printer{}
	var sb strings.Builder
	if err := p.repr(&sb, obj); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// Str returns CPython 3.11's str() of obj: the text itself for str, the
// message for exceptions, a user class's __str__, and Repr otherwise.
func Str(obj py.Object) (string, error) {
	p := printer{}
	var sb strings.Builder
	if err := p.str(&sb, obj); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// ExceptionStr and ExceptionRepr, when set, give str() and repr() of exception instances
// (pylib sets them to pylib/vm's, which honour __str__/__repr__ defined in Python).
var ExceptionStr, ExceptionRepr func(*py.Exception) (string, error)

// printer carries the state of one Repr/Str call: the containers being
// printed (to print a self-reference as [...] or {...}) and the depth.
type printer struct {
	active map[uintptr]bool
	depth  int
}

func (p *printer) str(sb *strings.Builder, obj py.Object) error {
	if obj == py.NotImplemented {
		return p.repr(sb, obj)
	}
	switch v := obj.(type) {
	case py.String:
		sb.WriteString(string(v))
		return nil
	case *py.Exception:
		if ExceptionStr != nil {
			s, err := ExceptionStr(v)
			sb.WriteString(s)
			return err
		}
		return p.exceptionStr(sb, v)
	case *py.Type:
		if isInstance(v) {
			if fn := lookupSpecial(v, "__str__"); fn != nil {
				return callText(sb, fn, v, "__str__")
			}
		}
	case strer:
		res, err := v.PyStr()
		if err != nil {
			return err
		}
		s, ok := res.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", typeName(res))
		}
		sb.WriteString(string(s))
		return nil
	case subclassInstance:
		if fn := v.PyOverride("__str__"); fn != nil {
			return callText(sb, fn, v, "__str__")
		}
		if s, ok := v.BuiltinValue().(py.String); ok {
			sb.WriteString(string(s))
			return nil
		}
	}
	return p.repr(sb, obj)
}

// strer is implemented by objects whose str() differs from their repr() (pylib/vm's
// mappingproxy prints its mapping).
type strer interface {
	PyStr() (py.Object, error)
}

// subclassInstance is an instance of a Python class derived from a builtin type such as dict,
// str or int (pylib/vm.Instance): the builtin value it extends prints for it unless the class
// overrides __repr__/__str__/__format__.
type subclassInstance interface {
	py.Object
	// BuiltinValue returns the builtin value the instance extends.
	BuiltinValue() py.Object
	// PyOverride returns the class's method name when Python code defines it, else nil.
	PyOverride(name string) py.Object
}

// subclassRepr prints an instance of a subclass of a builtin type: its __repr__, else the
// value's repr, which for sets names the class as CPython does (Bag({1, 2}), Bag()).
func (p *printer) subclassRepr(sb *strings.Builder, v subclassInstance) error {
	if fn := v.PyOverride("__repr__"); fn != nil {
		if err := p.enter(); err != nil {
			return err
		}
		defer func() { p.depth-- }()
		return callText(sb, fn, v, "__repr__")
	}
	value := v.BuiltinValue()
	kind := typeName(value)
	if kind != "set" && kind != "frozenset" {
		return p.repr(sb, value)
	}
	var inner strings.Builder
	if err := p.repr(&inner, value); err != nil {
		return err
	}
	r := inner.String()
	name := v.Type().Name
	if r == kind+"()" {
		sb.WriteString(name + "()")
		return nil
	}
	if kind == "frozenset" {
		r = strings.TrimSuffix(strings.TrimPrefix(r, "frozenset("), ")")
	}
	sb.WriteString(name + "(" + r + ")")
	return nil
}

func (p *printer) repr(sb *strings.Builder, obj py.Object) error {
	if obj == py.NotImplemented { // gpython's NotImplemented is an exception instance
		sb.WriteString("NotImplemented")
		return nil
	}
	switch v := obj.(type) {
	case nil:
		sb.WriteString("<NULL>")
	case py.NoneType:
		sb.WriteString("None")
	case py.Bool:
		if v {
			sb.WriteString("True")
		} else {
			sb.WriteString("False")
		}
	case py.Int:
		sb.WriteString(strconv.FormatInt(int64(v), 10))
	case *py.BigInt:
		sb.WriteString((*big.Int)(v).String())
	case py.Float:
		sb.WriteString(floatRepr(float64(v)))
	case py.Complex:
		sb.WriteString(complexRepr(complex128(v)))
	case py.String:
		writeStringRepr(sb, string(v), false)
	case py.Bytes:
		writeBytesRepr(sb, []byte(v))
	case *py.Range:
		writeRangeRepr(sb, v)
	case *py.Exception:
		if ExceptionRepr != nil {
			s, err := ExceptionRepr(v)
			sb.WriteString(s)
			return err
		}
		return p.exceptionRepr(sb, v)
	case py.Tuple:
		return p.sequence(sb, "(", ")", []py.Object(v), len(v) == 1)
	case *py.List:
		return p.guarded(sb, v, "[...]", func() error {
			return p.sequence(sb, "[", "]", v.Items, false)
		})
	case py.StringDict:
		return p.guarded(sb, v, "{...}", func() error { return p.stringDict(sb, v) })
	case OrderedMapping:
		return p.guarded(sb, v, "{...}", func() error { return p.items(sb, v.Items()) })
	case *py.FrozenSet:
		return p.set(sb, v, "frozenset(", ")")
	case *py.Set:
		return p.set(sb, v, "", "")
	case *py.Type:
		return p.typeRepr(sb, v)
	case subclassInstance:
		return p.subclassRepr(sb, v)
	case *py.Function:
		fmt.Fprintf(sb, "<function %s at %p>", functionName(v), v)
	case *py.BoundMethod:
		return p.boundMethodRepr(sb, v)
	case *py.Method:
		fmt.Fprintf(sb, "<built-in function %s>", v.Name)
	case *py.Module:
		moduleRepr(sb, v)
	default:
		s, err := py.ReprAsString(obj)
		if err != nil {
			return err
		}
		sb.WriteString(s)
	}
	return nil
}

// enter counts one more level of nesting and fails past maxReprDepth.
func (p *printer) enter() error {
	p.depth++
	if p.depth > maxReprDepth {
		return py.ExceptionNewf(py.RuntimeError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	return nil
}

// guarded prints a mutable container through body unless it is already
// being printed further up, in which case it prints ellipsis.
func (p *printer) guarded(sb *strings.Builder, obj py.Object, ellipsis string, body func() error) error {
	id := identity(obj)
	if p.active[id] {
		sb.WriteString(ellipsis)
		return nil
	}
	if p.active == nil {
		p.active = map[uintptr]bool{}
	}
	p.active[id] = true
	err := body()
	delete(p.active, id)
	return err
}

// identity returns an address that is the same for the same container
// object (pointer or map) for as long as it is being printed.
func identity(obj py.Object) uintptr {
	return reflect.ValueOf(obj).Pointer()
}

func (p *printer) sequence(sb *strings.Builder, open, close string, items []py.Object, trailingComma bool) error {
	if err := p.enter(); err != nil {
		return err
	}
	defer func() { p.depth-- }()
	sb.WriteString(open)
	for i, item := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		if err := p.repr(sb, item); err != nil {
			return err
		}
	}
	if trailingComma {
		sb.WriteByte(',')
	}
	sb.WriteString(close)
	return nil
}

// stringDict prints a gpython dict: a namespace in binding order, other maps sorted (vm.NSKeys).
func (p *printer) stringDict(sb *strings.Builder, d py.StringDict) error {
	keys := vm.NSKeys(d)
	items := make([][2]py.Object, len(keys))
	for i, k := range keys {
		items[i] = [2]py.Object{py.String(k), d[k]}
	}
	return p.items(sb, items)
}

func (p *printer) items(sb *strings.Builder, items [][2]py.Object) error {
	if err := p.enter(); err != nil {
		return err
	}
	defer func() { p.depth-- }()
	sb.WriteByte('{')
	for i, kv := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		if err := p.repr(sb, kv[0]); err != nil {
			return err
		}
		sb.WriteString(": ")
		if err := p.repr(sb, kv[1]); err != nil {
			return err
		}
	}
	sb.WriteByte('}')
	return nil
}

// set prints set() / {a, b} or frozenset() / frozenset({a, b}). gpython's
// sets have no order, so elements are sorted: numbers by value (which is
// CPython's order for small non-negative ints), the rest by repr.
func (p *printer) set(sb *strings.Builder, s py.Object, open, close string) error {
	items, err := setItems(s)
	if err != nil {
		return err
	}
	name := "set"
	if open != "" {
		name = "frozenset"
	}
	if len(items) == 0 {
		sb.WriteString(name + "()")
		return nil
	}
	if err := p.enter(); err != nil {
		return err
	}
	defer func() { p.depth-- }()
	reprs := make([]string, len(items))
	for i, item := range items {
		var isb strings.Builder
		if err := p.repr(&isb, item); err != nil {
			return err
		}
		reprs[i] = isb.String()
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return setLess(items[idx[a]], items[idx[b]], reprs[idx[a]], reprs[idx[b]]) })
	sb.WriteString(open)
	sb.WriteByte('{')
	for i, j := range idx {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(reprs[j])
	}
	sb.WriteByte('}')
	sb.WriteString(close)
	return nil
}

func setItems(s py.Object) ([]py.Object, error) {
	var items []py.Object
	err := py.Iterate(s, func(o py.Object) bool {
		items = append(items, o)
		return false
	})
	return items, err
}

func setLess(a, b py.Object, ra, rb string) bool {
	fa, aNum := numberValue(a)
	fb, bNum := numberValue(b)
	switch {
	case aNum && bNum:
		if fa != fb {
			return fa < fb
		}
	case aNum != bNum:
		return aNum
	}
	return ra < rb
}

func numberValue(o py.Object) (float64, bool) {
	switch v := o.(type) {
	case py.Int:
		return float64(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case py.Float:
		return float64(v), true
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		return f, true
	}
	return 0, false
}

func writeRangeRepr(sb *strings.Builder, r *py.Range) {
	fmt.Fprintf(sb, "range(%d, %d", int64(r.Start), int64(r.Stop))
	if r.Step != 1 {
		fmt.Fprintf(sb, ", %d", int64(r.Step))
	}
	sb.WriteByte(')')
}

func exceptionArgs(e *py.Exception) py.Tuple {
	if args, ok := e.Args.(py.Tuple); ok {
		return args
	}
	return nil
}

// exceptionRepr prints ValueError('x'), ValueError() or ValueError(1, 2).
func (p *printer) exceptionRepr(sb *strings.Builder, e *py.Exception) error {
	args := exceptionArgs(e)
	sb.WriteString(e.Base.Name)
	if len(args) == 1 {
		sb.WriteByte('(')
		if err := p.repr(sb, args[0]); err != nil {
			return err
		}
		sb.WriteByte(')')
		return nil
	}
	return p.sequence(sb, "(", ")", args, false)
}

// exceptionStr prints an exception's message: ” with no arguments, the
// argument's str (repr for KeyError) with one, the args tuple otherwise.
func (p *printer) exceptionStr(sb *strings.Builder, e *py.Exception) error {
	args := exceptionArgs(e)
	switch len(args) {
	case 0:
		return nil
	case 1:
		if e.Base.IsSubtype(py.KeyError) {
			return p.repr(sb, args[0])
		}
		return p.str(sb, args[0])
	}
	return p.repr(sb, args)
}

// isInstance tells an instance of a Python class from a class: gpython
// represents both as *py.Type, and only classes have a name.
func isInstance(t *py.Type) bool {
	return t.Name == "" && t.ObjectType != nil && t.ObjectType != py.TypeType
}

// lookupSpecial finds a special method defined in Python on obj's class or
// one of its bases. Methods that gpython's builtin object type provides are
// skipped, so the caller falls back to its own default.
func lookupSpecial(obj py.Object, name string) py.Object {
	cls := obj.Type()
	if cls == nil {
		return nil
	}
	if fn, ok := cls.Dict[name]; ok {
		return fn
	}
	for _, base := range cls.Mro {
		t, ok := base.(*py.Type)
		if !ok || t == cls || t == py.ObjectType {
			continue
		}
		if fn, ok := t.Dict[name]; ok {
			return fn
		}
	}
	return nil
}

// callText calls a user __str__/__repr__ and appends its result, which must
// be a str.
func callText(sb *strings.Builder, fn, self py.Object, name string) error {
	res, err := py.Call(fn, py.Tuple{self}, nil)
	if err != nil {
		return err
	}
	s, ok := res.(py.String)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "%s returned non-string (type %s)", name, typeName(res))
	}
	sb.WriteString(string(s))
	return nil
}

func (p *printer) typeRepr(sb *strings.Builder, t *py.Type) error {
	if isInstance(t) {
		if fn := lookupSpecial(t, "__repr__"); fn != nil {
			if err := p.enter(); err != nil {
				return err
			}
			defer func() { p.depth-- }()
			return callText(sb, fn, t, "__repr__")
		}
		fmt.Fprintf(sb, "<%s object at %p>", qualifiedName(t.ObjectType), t)
		return nil
	}
	fmt.Fprintf(sb, "<class '%s'>", qualifiedName(t))
	return nil
}

// qualifiedName returns "module.Name" for a Python class and the CPython
// spelling of a builtin type's name.
func qualifiedName(t *py.Type) string {
	name := t.Qualname
	if name == "" {
		name = builtinTypeName(t.Name)
	}
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" {
		return string(mod) + "." + name
	}
	return name
}

// builtinTypeName maps gpython's internal type names to CPython's.
func builtinTypeName(name string) string {
	switch name {
	case "complex64":
		return "complex"
	case "bigint":
		return "int"
	}
	return name
}

// typeName returns the CPython name of obj's type, as error messages use it.
func typeName(obj py.Object) string {
	if obj == nil || obj.Type() == nil {
		return "NoneType"
	}
	return builtinTypeName(obj.Type().Name)
}

// floatRepr is CPython's repr(float): the shortest string that reads back
// as the same value, in fixed notation for 1e-4 <= |f| < 1e16 and in
// exponent notation otherwise.
func floatRepr(f float64) string {
	return formatShortest(f, false, true)
}

// formatShortest formats f with the fewest digits that round-trip. addDot0
// appends ".0" to a fixed-notation integer (as repr does); alt forces a
// decimal point (the '#' flag).
func formatShortest(f float64, alt, addDot0 bool) string {
	if s, ok := nonFinite(f, false); ok {
		return s
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp := exponentOf(e)
	var s string
	if exp < -4 || exp >= 16 {
		s = e
		if alt && !strings.Contains(s, ".") {
			i := strings.IndexByte(s, 'e')
			s = s[:i] + "." + s[i:]
		}
	} else {
		s = strconv.FormatFloat(f, 'f', -1, 64)
		if (addDot0 || alt) && !strings.Contains(s, ".") {
			if addDot0 {
				s += ".0"
			} else {
				s += "."
			}
		}
	}
	return s
}

// nonFinite returns inf, -inf or nan (upper-cased if asked) for non-finite f.
func nonFinite(f float64, upper bool) (string, bool) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "nan"
	case math.IsInf(f, 1):
		s = "inf"
	case math.IsInf(f, -1):
		s = "-inf"
	default:
		return "", false
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s, true
}

// exponentOf returns the decimal exponent of a string from strconv's 'e'
// format.
func exponentOf(e string) int {
	i := strings.LastIndexByte(e, 'e')
	n, _ := strconv.Atoi(e[i+1:])
	return n
}

// complexRepr is CPython's repr(complex): "1j" when the real part is +0.0,
// "(1+2j)" otherwise, parts printed shortest without a forced ".0".
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := formatShortest(im, false, false)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + formatShortest(re, false, false) + ims + "j)"
}

// writeStringRepr quotes s as CPython's str.__repr__ does (ascii() when
// asciiOnly): single quotes unless s holds ' and no ".
func writeStringRepr(sb *strings.Builder, s string, asciiOnly bool) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	sb.Grow(len(s) + 2)
	sb.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			writeASCIIEscaped(sb, c, quote)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !asciiOnly && isPrintable(r) {
			sb.WriteRune(r)
			continue
		}
		writeRuneEscape(sb, r)
	}
	sb.WriteByte(quote)
}

const hexDigits = "0123456789abcdef"

func writeASCIIEscaped(sb *strings.Builder, c, quote byte) {
	switch {
	case c == quote || c == '\\':
		sb.WriteByte('\\')
		sb.WriteByte(c)
	case c == '\t':
		sb.WriteString(`\t`)
	case c == '\n':
		sb.WriteString(`\n`)
	case c == '\r':
		sb.WriteString(`\r`)
	case c < ' ' || c >= 0x7f:
		sb.WriteString(`\x`)
		sb.WriteByte(hexDigits[c>>4])
		sb.WriteByte(hexDigits[c&15])
	default:
		sb.WriteByte(c)
	}
}

func writeRuneEscape(sb *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		fmt.Fprintf(sb, `\x%02x`, r)
	case r < 0x10000:
		fmt.Fprintf(sb, `\u%04x`, r)
	default:
		fmt.Fprintf(sb, `\U%08x`, r)
	}
}

// isPrintable is CPython's str.isprintable() for one code point.
func isPrintable(r rune) bool { return pystr.IsPrintable(r) }

// writeBytesRepr quotes b as CPython's bytes.__repr__ does.
func writeBytesRepr(sb *strings.Builder, b []byte) {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range b {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	sb.Grow(len(b) + 3)
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		writeASCIIEscaped(sb, c, quote)
	}
	sb.WriteByte(quote)
}

// ascii is CPython's ascii(): Repr with every non-ASCII character escaped.
func ascii(obj py.Object) (string, error) {
	if s, ok := obj.(py.String); ok {
		var sb strings.Builder
		writeStringRepr(&sb, string(s), true)
		return sb.String(), nil
	}
	r, err := Repr(obj)
	if err != nil {
		return "", err
	}
	return escapeNonASCII(r), nil
}

// escapeNonASCII escapes the non-ASCII characters of an already printed repr.
func escapeNonASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			var sb strings.Builder
			sb.WriteString(s[:i])
			for _, r := range s[i:] {
				if r < utf8.RuneSelf {
					sb.WriteRune(r)
				} else {
					writeRuneEscape(&sb, r)
				}
			}
			return sb.String()
		}
	}
	return s
}

// functionName is a function's __qualname__ (outer.<locals>.inner, C.m).
func functionName(f *py.Function) string {
	if f.Qualname != "" {
		return f.Qualname
	}
	return f.Name
}

// boundMethodRepr prints <bound method C.m of <__main__.C object at 0x...>> for a Python
// function and <built-in method append of list object at 0x...> for a Go one.
func (p *printer) boundMethodRepr(sb *strings.Builder, m *py.BoundMethod) error {
	switch fn := m.Method.(type) {
	case *py.Function:
		sb.WriteString("<bound method " + functionName(fn) + " of ")
		if err := p.enter(); err != nil {
			return err
		}
		defer func() { p.depth-- }()
		if err := p.repr(sb, m.Self); err != nil {
			return err
		}
		sb.WriteByte('>')
		return nil
	case *py.Method:
		owner := "type"
		if t, ok := m.Self.(*py.Type); !ok || isInstance(t) {
			owner = typeName(m.Self)
		}
		fmt.Fprintf(sb, "<built-in method %s of %s object at %p>", fn.Name, owner, objectAddress(m.Self))
		return nil
	}
	s, err := py.ReprAsString(m)
	sb.WriteString(s)
	return err
}

// objectAddress is what %p prints for o: its pointer when it has one, else o itself.
func objectAddress(o py.Object) any {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func:
		return o
	}
	return &o
}

// moduleRepr prints <module 'json' (built-in)> or <module 'app' from '/srv/app.py'>.
func moduleRepr(sb *strings.Builder, m *py.Module) {
	name := ""
	if n, ok := m.Globals["__name__"].(py.String); ok {
		name = string(n)
	} else if m.ModuleImpl != nil {
		name = m.ModuleImpl.Info.Name
	}
	sb.WriteString("<module ")
	writeStringRepr(sb, name, false)
	if f, ok := m.Globals["__file__"].(py.String); ok && !strings.HasPrefix(string(f), "<") {
		sb.WriteString(" from ")
		writeStringRepr(sb, string(f), false)
	} else {
		sb.WriteString(" (built-in)")
	}
	sb.WriteByte('>')
}
