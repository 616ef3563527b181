package pyformat

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Percent is printf-style formatting, format % args, for str and bytes
// formats: mapping keys %(name)s, '*' width and precision, flags "-+ #0",
// and the conversions d i o u x X e E f F g G c r s a % (plus b for bytes).
func Percent(format py.Object, args py.Object) (py.Object, error) {
	switch f := format.(type) {
	case py.String:
		s, err := percent(string(f), args, false)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	case py.Bytes:
		s, err := percent(string(f), args, true)
		if err != nil {
			return nil, err
		}
		return py.Bytes(s), nil
	}
	return nil, typeErrorf("unsupported operand type(s) for %%: '%s' and '%s'", typeName(format), typeName(args))
}

// percentState walks the arguments of one % operation.
type percentState struct {
	format  string
	isBytes bool
	argv    py.Tuple  // the arguments still to be consumed from
	argi    int       // next index into argv
	dict    py.Object // the mapping for %(key) specifiers, if args is one
}

func (st *percentState) next() (py.Object, error) {
	if st.argi >= len(st.argv) {
		return nil, typeErrorf("not enough arguments for format string")
	}
	st.argi++
	return st.argv[st.argi-1], nil
}

// isMapping mirrors CPython's test for "args can be a mapping": anything
// subscriptable that is not a tuple or str.
func isMapping(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, py.String:
		return false
	case py.I__getitem__, py.Bytes, *py.List, *py.Range, py.StringDict, OrderedMapping:
		return true
	case *py.Type:
		return lookupSpecial(o, "__getitem__") != nil
	}
	return false
}

// isBytesLike reports whether o is bytes or bytearray, which a bytes format takes as a single
// argument although they are subscriptable.
func isBytesLike(o py.Object) bool {
	_, ok := o.(py.Bytes)
	return ok || o.Type().Name == "bytearray"
}

// percentConv is one parsed %-specifier.
type percentConv struct {
	left, plus, space, alt, zero bool
	width, prec                  int // -1 when absent
}

func percent(format string, args py.Object, isBytes bool) (string, error) {
	st := &percentState{format: format, isBytes: isBytes}
	if t, ok := args.(py.Tuple); ok {
		st.argv = t
	} else {
		st.argv = py.Tuple{args}
		if isMapping(args) && !(isBytes && isBytesLike(args)) {
			st.dict = args
		}
	}
	var sb strings.Builder
	sb.Grow(len(format) + 16)
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			sb.WriteString(format[i:])
			break
		}
		sb.WriteString(format[i : i+j])
		var err error
		if i, err = st.spec(&sb, i+j+1); err != nil {
			return "", err
		}
	}
	if st.dict == nil && st.argi < len(st.argv) {
		what := "string"
		if isBytes {
			what = "bytes"
		}
		return "", typeErrorf("not all arguments converted during %s formatting", what)
	}
	return sb.String(), nil
}

// spec handles the specifier after the '%' at format[i-1] and returns the
// index after it.
func (st *percentState) spec(sb *strings.Builder, i int) (int, error) {
	f := st.format
	if i >= len(f) {
		return i, valueErrorf("incomplete format")
	}
	if f[i] == '%' {
		sb.WriteByte('%')
		return i + 1, nil
	}
	if f[i] == '(' {
		var err error
		if i, err = st.key(i); err != nil {
			return i, err
		}
	}
	c := percentConv{width: -1, prec: -1}
	for ; i < len(f); i++ {
		switch f[i] {
		case '-':
			c.left = true
			continue
		case '+':
			c.plus = true
			continue
		case ' ':
			c.space = true
			continue
		case '#':
			c.alt = true
			continue
		case '0':
			c.zero = true
			continue
		}
		break
	}
	var err error
	var given bool
	if c.width, given, i, err = st.number(i, "width"); err != nil {
		return i, err
	}
	if !given {
		c.width = -1
	} else if c.width < 0 {
		c.left, c.width = true, -c.width
	}
	if i < len(f) && f[i] == '.' {
		if c.prec, _, i, err = st.number(i+1, "precision"); err != nil {
			return i, err
		}
		if c.prec < 0 {
			c.prec = 0
		}
	}
	if i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
		i++ // a C length modifier is accepted and ignored
	}
	if i >= len(f) {
		return i, valueErrorf("incomplete format")
	}
	pos := i
	conv, size := rune(f[i]), 1
	if !st.isBytes && conv >= utf8.RuneSelf {
		conv, size = utf8.DecodeRuneInString(f[i:])
	}
	arg, err := st.next()
	if err != nil {
		return i, err
	}
	return i + size, st.convert(sb, conv, arg, c, pos)
}

// key reads "(name)" at format[i:], looks name up in the mapping and makes
// the value the argument for the rest of this specifier.
func (st *percentState) key(i int) (int, error) {
	if st.dict == nil {
		return i, typeErrorf("format requires a mapping")
	}
	f := st.format
	depth, start := 1, i+1
	for i++; i < len(f) && depth > 0; i++ {
		switch f[i] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	if depth > 0 {
		return i, valueErrorf("incomplete format key")
	}
	var k py.Object = py.String(f[start : i-1])
	if st.isBytes {
		k = py.Bytes(f[start : i-1])
	}
	v, err := getItem(st.dict, k)
	if err != nil {
		return i, err
	}
	st.argv, st.argi = py.Tuple{v}, 0
	return i, nil
}

// number reads a width or precision: digits, or '*' taking the value from
// the arguments (which may be negative); given is false when neither is there.
func (st *percentState) number(i int, what string) (n int, given bool, next int, err error) {
	f := st.format
	if i < len(f) && f[i] == '*' {
		v, err := st.next()
		if err != nil {
			return 0, false, i, err
		}
		n, ok := v.(py.Int)
		if b, isBool := v.(py.Bool); isBool {
			n, ok = boolInt(b), true
		}
		if !ok {
			if _, big := v.(*py.BigInt); big {
				return 0, false, i, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
			}
			return 0, false, i, typeErrorf("* wants int")
		}
		return int(n), true, i + 1, nil
	}
	for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
		given = true
		d := int(f[i] - '0')
		if n > (math.MaxInt32-d)/10 {
			return 0, false, i, valueErrorf("%s too big", what)
		}
		n = n*10 + d
	}
	if !given && what == "precision" {
		return 0, true, i, nil
	}
	return n, given, i, nil
}

func boolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

func (st *percentState) convert(sb *strings.Builder, conv rune, arg py.Object, c percentConv, pos int) error {
	if sub, ok := arg.(subclassInstance); ok && conv != 's' && conv != 'r' && conv != 'a' {
		arg = sub.BuiltinValue() // %d of an int subclass, %b of a bytes subclass ...
	}
	switch conv {
	case 's', 'r', 'a', 'b':
		if conv == 'b' && !st.isBytes {
			break
		}
		s, err := st.text(conv, arg)
		if err != nil {
			return err
		}
		if c.prec >= 0 {
			if st.isBytes {
				if c.prec < len(s) {
					s = s[:c.prec]
				}
			} else {
				s = truncateRunes(s, c.prec)
			}
		}
		st.padText(sb, s, c)
		return nil
	case 'c':
		s, err := st.char(arg)
		if err != nil {
			return err
		}
		st.padText(sb, s, c)
		return nil
	case 'd', 'i', 'u':
		return st.integer(sb, conv, arg, c, true)
	case 'o', 'x', 'X':
		return st.integer(sb, conv, arg, c, false)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return st.float(sb, conv, arg, c)
	}
	shown := '?'
	if conv >= 32 && conv < 127 {
		shown = conv
	}
	index := pos
	if !st.isBytes {
		index = utf8.RuneCountInString(st.format[:pos])
	}
	return valueErrorf("unsupported format character '%c' (0x%x) at index %d", shown, conv, index)
}

// text renders arg for %s, %r, %a (and %b for bytes).
func (st *percentState) text(conv rune, arg py.Object) (string, error) {
	switch conv {
	case 'r', 'a':
		if st.isBytes {
			return ascii(arg)
		}
		if conv == 'r' {
			return Repr(arg)
		}
		return ascii(arg)
	}
	if st.isBytes {
		if b, ok := arg.(py.Bytes); ok {
			return string(b), nil
		}
		return "", typeErrorf("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(arg))
	}
	return Str(arg)
}

func (st *percentState) char(arg py.Object) (string, error) {
	limit, rangeMsg := int64(0x110000), "%c arg not in range(0x110000)"
	typeMsg := "%c requires int or char"
	if st.isBytes {
		limit, rangeMsg = 256, "%c arg not in range(256)"
		typeMsg = "%c requires an integer in range(256) or a single byte"
	}
	switch v := arg.(type) {
	case py.Int, py.Bool, *py.BigInt:
		n, ok := smallInt(v)
		if !ok || n < 0 || n >= limit {
			return "", py.ExceptionNewf(py.OverflowError, "%s", rangeMsg)
		}
		if st.isBytes {
			return string([]byte{byte(n)}), nil
		}
		return string(rune(n)), nil
	case py.String:
		if !st.isBytes && utf8.RuneCountInString(string(v)) == 1 {
			return string(v), nil
		}
	case py.Bytes:
		if st.isBytes && len(v) == 1 {
			return string(v), nil
		}
	}
	if iv, err := intFromSpecial(arg, "__index__"); err != nil || iv != nil {
		if err != nil {
			return "", err
		}
		return st.char(iv)
	}
	return "", typeErrorf("%s", typeMsg)
}

// callSpecial calls a numeric special method (__index__, __int__, __float__) defined by the
// class of a Python instance; ok is false when the object has none.
func callSpecial(arg py.Object, name string) (res py.Object, ok bool, err error) {
	t, isType := arg.(*py.Type)
	if !isType || !isInstance(t) {
		return nil, false, nil
	}
	fn := lookupSpecial(t, name)
	if fn == nil {
		return nil, false, nil
	}
	res, err = py.Call(fn, py.Tuple{t}, nil)
	return res, true, err
}

// intFromSpecial converts a Python instance to an int through the first of names its class
// defines. As in CPython, a TypeError on the way (a method returning a non-int included)
// means "not a number", reported by the caller's own message: the result is then nil.
func intFromSpecial(arg py.Object, names ...string) (py.Object, error) {
	for _, name := range names {
		res, ok, err := callSpecial(arg, name)
		if !ok {
			continue
		}
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, nil
			}
			return nil, err
		}
		if sub, isSub := res.(subclassInstance); isSub {
			res = sub.BuiltinValue()
		}
		switch v := res.(type) {
		case py.Int, *py.BigInt:
			return v, nil
		case py.Bool:
			return boolInt(v), nil
		}
		return nil, nil
	}
	return nil, nil
}

// floatFromSpecial is float(arg) for %e %f %g of a Python instance: __float__, which must
// return a float, else __index__, which must return an int (errors here propagate as they are).
func floatFromSpecial(arg py.Object) (float64, error) {
	res, ok, err := callSpecial(arg, "__float__")
	if err != nil {
		return 0, err
	}
	if ok {
		if sub, isSub := res.(subclassInstance); isSub {
			res = sub.BuiltinValue()
		}
		if f, isFloat := res.(py.Float); isFloat {
			return float64(f), nil
		}
		return 0, typeErrorf("%s.__float__ returned non-float (type %s)", typeName(arg), typeName(res))
	}
	res, ok, err = callSpecial(arg, "__index__")
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, typeErrorf("must be real number, not %s", typeName(arg))
	}
	if sub, isSub := res.(subclassInstance); isSub {
		res = sub.BuiltinValue()
	}
	switch v := res.(type) {
	case py.Int, *py.BigInt:
		return intToFloat(v)
	case py.Bool:
		return float64(boolInt(v)), nil
	}
	return 0, typeErrorf("__index__ returned non-int (type %s)", typeName(res))
}

// smallInt returns an int argument as int64 when it fits.
func smallInt(v py.Object) (int64, bool) {
	switch x := v.(type) {
	case py.Int:
		return int64(x), true
	case py.Bool:
		return int64(boolInt(x)), true
	case *py.BigInt:
		b := (*big.Int)(x)
		return b.Int64(), b.IsInt64()
	}
	return 0, false
}

func (st *percentState) padText(sb *strings.Builder, s string, c percentConv) {
	n := len(s)
	if !st.isBytes {
		n = utf8.RuneCountInString(s)
	}
	if c.width <= n {
		sb.WriteString(s)
		return
	}
	pad := strings.Repeat(" ", c.width-n)
	if c.left {
		sb.WriteString(s)
		sb.WriteString(pad)
		return
	}
	sb.WriteString(pad)
	sb.WriteString(s)
}

// integer handles %d %i %u (real numbers, truncated) and %o %x %X (ints).
func (st *percentState) integer(sb *strings.Builder, conv rune, arg py.Object, c percentConv, real bool) error {
	var v py.Object
	switch x := arg.(type) {
	case py.Int, *py.BigInt:
		v = x
	case py.Bool:
		v = boolInt(x)
	case py.Float:
		if !real {
			return typeErrorf("%%%c format: an integer is required, not float", conv)
		}
		f := float64(x)
		if math.IsNaN(f) {
			return valueErrorf("cannot convert float NaN to integer")
		}
		if math.IsInf(f, 0) {
			return py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		b, _ := big.NewFloat(math.Trunc(f)).Int(nil)
		v = (*py.BigInt)(b)
	default:
		// %d takes what int() takes (__int__, then __index__); %o %x %X only __index__.
		names := []string{"__index__"}
		if real {
			names = []string{"__int__", "__index__"}
		}
		iv, err := intFromSpecial(arg, names...)
		if err != nil {
			return err
		}
		if iv != nil {
			v = iv
			break
		}
		if real {
			return typeErrorf("%%%c format: a real number is required, not %s", conv, typeName(arg))
		}
		return typeErrorf("%%%c format: an integer is required, not %s", conv, typeName(arg))
	}
	base, prefix := 10, ""
	switch conv {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !c.alt {
		prefix = ""
	}
	neg, digits := intParts(v, base)
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if c.prec > len(digits) {
		digits = strings.Repeat("0", c.prec-len(digits)) + digits
	}
	st.padNumber(sb, neg, prefix, digits, c)
	return nil
}

func (st *percentState) float(sb *strings.Builder, conv rune, arg py.Object, c percentConv) error {
	var f float64
	switch x := arg.(type) {
	case py.Float:
		f = float64(x)
	case py.Int, *py.BigInt:
		var err error
		if f, err = intToFloat(x); err != nil {
			return err
		}
	case py.Bool:
		f = float64(boolInt(x))
	default:
		var err error
		if f, err = floatFromSpecial(arg); err != nil {
			return err
		}
	}
	prec := c.prec
	if prec < 0 {
		prec = 6
	}
	neg, body := floatBody(f, conv, prec, c.alt, false, false)
	st.padNumber(sb, neg, "", body, c)
	return nil
}

// padNumber writes sign, prefix and body padded to the width: spaces on
// the left (or right with '-'), or zeros after the sign with '0'.
func (st *percentState) padNumber(sb *strings.Builder, neg bool, prefix, body string, c percentConv) {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case c.plus:
		sign = "+"
	case c.space:
		sign = " "
	}
	n := len(sign) + len(prefix) + len(body)
	if c.width <= n {
		sb.WriteString(sign)
		sb.WriteString(prefix)
		sb.WriteString(body)
		return
	}
	pad := c.width - n
	switch {
	case c.left:
		sb.WriteString(sign + prefix + body)
		sb.WriteString(strings.Repeat(" ", pad))
	case c.zero:
		sb.WriteString(sign + prefix)
		sb.WriteString(strings.Repeat("0", pad))
		sb.WriteString(body)
	default:
		sb.WriteString(strings.Repeat(" ", pad))
		sb.WriteString(sign + prefix + body)
	}
}
