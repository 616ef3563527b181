package pyformat

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Format is the builtin format(value, spec): the Format Specification
// Mini-Language for str, int, bool, float and complex; a Python class's own
// __format__ when it defines one; object.__format__ otherwise.
func Format(value py.Object, spec string) (py.Object, error) {
	s, err := formatText(value, spec)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// formatText is Format returning a Go string.
func formatText(value py.Object, spec string) (string, error) {
	switch v := value.(type) {
	case py.String:
		return formatString(string(v), spec)
	case py.Bool:
		if spec == "" {
			return Str(v)
		}
		if v {
			return formatInt(py.Int(1), spec, "bool")
		}
		return formatInt(py.Int(0), spec, "bool")
	case py.Int, *py.BigInt:
		return formatInt(v, spec, "int")
	case py.Float:
		return formatFloat(float64(v), spec, "float")
	case py.Complex:
		return formatComplex(complex128(v), spec)
	case *py.Type:
		if isInstance(v) {
			if fn := lookupSpecial(v, "__format__"); fn != nil {
				return callFormat(fn, v, spec)
			}
		}
	case subclassInstance:
		if fn := v.PyOverride("__format__"); fn != nil {
			return callFormat(fn, v, spec)
		}
		switch v.BuiltinValue().(type) {
		case py.String, py.Int, *py.BigInt, py.Float, py.Complex:
			if spec != "" || (v.PyOverride("__str__") == nil && v.PyOverride("__repr__") == nil) {
				return formatText(v.BuiltinValue(), spec)
			}
		}
	}
	return objectFormat(value, spec)
}

// callFormat calls a Python-defined __format__(self, spec).
func callFormat(fn, self py.Object, spec string) (string, error) {
	res, err := py.Call(fn, py.Tuple{self, py.String(spec)}, nil)
	if err != nil {
		return "", err
	}
	s, ok := res.(py.String)
	if !ok {
		return "", typeErrorf("__format__ must return a str, not %s", typeName(res))
	}
	return string(s), nil
}

// objectFormat is object.__format__: str(value) for an empty spec, a
// TypeError for anything else.
func objectFormat(value py.Object, spec string) (string, error) {
	if spec != "" {
		name := typeName(value)
		if t, ok := value.(*py.Type); ok && isInstance(t) {
			name = t.ObjectType.Name
		}
		return "", typeErrorf("unsupported format string passed to %s.__format__", name)
	}
	return Str(value)
}

func formatString(v, spec string) (string, error) {
	if spec == "" {
		return v, nil
	}
	s, err := parseSpec(spec, "str", 's')
	if err != nil {
		return "", err
	}
	switch {
	case s.typ != 0 && s.typ != 's':
		return "", unknownCode(s.typ, "str")
	case s.sign == ' ':
		return "", valueErrorf("Space not allowed in string format specifier")
	case s.sign != 0:
		return "", valueErrorf("Sign not allowed in string format specifier")
	case s.z:
		return "", valueErrorf("Negative zero coercion (z) not allowed in string format specifier")
	case s.alt:
		return "", valueErrorf("Alternate form (#) not allowed in string format specifier")
	case s.align == '=':
		return "", valueErrorf("'=' alignment not allowed in string format specifier")
	}
	if s.precision >= 0 {
		v = truncateRunes(v, s.precision)
	}
	return s.pad("", v, '<'), nil
}

// truncateRunes keeps the first n code points of v.
func truncateRunes(v string, n int) string {
	if n >= len(v) {
		return v
	}
	i := 0
	for k := 0; k < n && i < len(v); k++ {
		_, size := utf8.DecodeRuneInString(v[i:])
		i += size
	}
	return v[:i]
}

// intParts returns the sign and the magnitude digits of an int in base.
func intParts(v py.Object, base int) (neg bool, digits string) {
	switch x := v.(type) {
	case py.Int:
		if x < 0 {
			return true, strconv.FormatUint(uint64(-x), base)
		}
		return false, strconv.FormatUint(uint64(x), base)
	case *py.BigInt:
		b := (*big.Int)(x)
		return b.Sign() < 0, new(big.Int).Abs(b).Text(base)
	}
	return false, "0"
}

// intToFloat converts an int for the float presentation types.
func intToFloat(v py.Object) (float64, error) {
	switch x := v.(type) {
	case py.Int:
		return float64(x), nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		if math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, typeErrorf("an integer is required")
}

func formatInt(v py.Object, spec, tname string) (string, error) {
	if spec == "" {
		return Str(v)
	}
	s, err := parseSpec(spec, tname, 'd')
	if err != nil {
		return "", err
	}
	base, prefix := 10, ""
	switch s.typ {
	case 0, 'd', 'n', 'c':
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := intToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(f, s, tname)
	default:
		return "", unknownCode(s.typ, tname)
	}
	if s.precision >= 0 {
		return "", valueErrorf("Precision not allowed in integer format specifier")
	}
	if s.z {
		return "", valueErrorf("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if s.typ == 'c' {
		return formatChar(v, &s)
	}
	neg, digits := intParts(v, base)
	if s.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	if !s.alt {
		prefix = ""
	}
	every := 3
	if base != 10 {
		every = 4
	}
	return s.number(neg, prefix, digits, "", every), nil
}

func formatChar(v py.Object, s *fmtSpec) (string, error) {
	if s.sign != 0 {
		return "", valueErrorf("Sign not allowed with integer format specifier 'c'")
	}
	if s.alt {
		return "", valueErrorf("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	n, ok := v.(py.Int)
	if !ok {
		return "", py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	if n < 0 || n > 0x10ffff {
		return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
	}
	return s.pad("", string(rune(n)), '>'), nil
}

// number lays out a formatted number: sign, base prefix, integer digits
// (grouped if asked), then rest (fraction, exponent, '%'), padded to width.
// With '0' fill and '=' alignment the padding zeros are grouped too.
func (s *fmtSpec) number(neg bool, prefix, digits, rest string, every int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case s.sign == '+':
		sign = "+"
	case s.sign == ' ':
		sign = " "
	}
	lead := sign + prefix
	align := s.align
	if align == 0 && s.zero {
		align = '='
	}
	if s.grouping != 0 && digits != "" {
		min := 0
		if align == '=' && s.fill == '0' && s.width > 0 {
			min = s.width - len(lead) - utf8.RuneCountInString(rest)
		}
		digits = group(digits, s.grouping, every, min)
	}
	t := *s
	t.align = align
	return t.pad(lead, digits+rest, '>')
}

// group inserts sep every `every` digits from the right, first padding with
// zeros until the result is at least min characters long.
func group(digits string, sep rune, every, min int) string {
	n := len(digits)
	for groupedLen(n, every) < min {
		n++
	}
	if n > len(digits) {
		digits = strings.Repeat("0", n-len(digits)) + digits
	}
	var sb strings.Builder
	sb.Grow(groupedLen(n, every))
	first := n % every
	if first == 0 {
		first = every
	}
	sb.WriteString(digits[:first])
	for i := first; i < n; i += every {
		sb.WriteRune(sep)
		sb.WriteString(digits[i : i+every])
	}
	return sb.String()
}

func groupedLen(n, every int) int {
	if n == 0 {
		return 0
	}
	return n + (n-1)/every
}

func formatFloat(f float64, spec, tname string) (string, error) {
	if spec == "" {
		return floatRepr(f), nil
	}
	s, err := parseSpec(spec, tname, 0)
	if err != nil {
		return "", err
	}
	return formatFloatSpec(f, s, tname)
}

func formatFloatSpec(f float64, s fmtSpec, tname string) (string, error) {
	switch s.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(s.typ, tname)
	}
	neg, body := floatBody(f, s.typ, s.precision, s.alt, s.z, true)
	digits, rest := splitDigits(body)
	return s.number(neg, "", digits, rest, 3), nil
}

// floatBody formats |f| for a presentation type and tells whether a minus
// sign is due. addDot0 selects the type-less rules of format() (as opposed
// to complex parts, which do not force ".0").
func floatBody(f float64, typ rune, prec int, alt, z, addDot0 bool) (bool, string) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	var body string
	if s, ok := nonFinite(a, upper); ok {
		body = s
		if typ == '%' {
			body += "%"
		}
		return neg, body
	}
	switch typ {
	case 'e', 'E':
		body = expFormat(a, defPrec(prec), alt)
	case 'f', 'F':
		body = fixedFormat(a, defPrec(prec), alt)
	case '%':
		if math.IsInf(a*100, 0) {
			return neg, "inf%"
		}
		body = fixedFormat(a*100, defPrec(prec), alt) + "%"
	case 'g', 'G', 'n':
		body = generalFormat(a, defPrec(prec), alt, false)
	default:
		if prec < 0 {
			body = formatShortest(a, alt, addDot0)
		} else {
			body = generalFormat(a, prec, alt, addDot0)
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if z && neg && isZeroText(body) {
		neg = false
	}
	return neg, body
}

func defPrec(p int) int {
	if p < 0 {
		return 6
	}
	return p
}

func expFormat(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	if alt && prec == 0 {
		i := strings.IndexByte(s, 'e')
		s = s[:i] + "." + s[i:]
	}
	return s
}

func fixedFormat(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'f', prec, 64)
	if alt && prec == 0 {
		s += "."
	}
	return s
}

// generalFormat is the 'g' type with prec significant digits. noneType
// gives format()'s rules when a precision but no type is given: exponent
// notation from exponent prec-1 on, and always a digit after the point.
func generalFormat(a float64, prec int, alt, noneType bool) string {
	if prec == 0 {
		prec = 1
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	exp := exponentOf(e)
	limit := prec
	if noneType {
		limit = prec - 1
	}
	var s string
	fixed := exp >= -4 && exp < limit
	if fixed {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
	} else {
		s = e
	}
	mant, expPart := s, ""
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant, expPart = s[:i], s[i:]
	}
	switch {
	case alt:
		if !strings.Contains(mant, ".") {
			mant += "."
		}
	case strings.Contains(mant, "."):
		mant = strings.TrimRight(mant, "0")
		mant = strings.TrimSuffix(mant, ".")
	}
	if noneType && fixed && !strings.Contains(mant, ".") {
		mant += ".0"
	}
	return mant + expPart
}

// isZeroText reports whether a formatted number's mantissa is all zeros.
func isZeroText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' || c == '%' {
			break
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

// splitDigits splits a formatted number into its leading integer digits
// and the rest.
func splitDigits(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

func formatComplex(c complex128, spec string) (string, error) {
	if spec == "" {
		return complexRepr(c), nil
	}
	s, err := parseSpec(spec, "complex", 0)
	if err != nil {
		return "", err
	}
	switch s.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownCode(s.typ, "complex")
	}
	if s.fill == '0' && s.fillSet {
		return "", valueErrorf("Zero padding is not allowed in complex format specifier")
	}
	if s.align == '=' {
		return "", valueErrorf("'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ, prec := s.typ, s.precision
	parens := typ == 0
	skipRe := typ == 0 && re == 0 && !math.Signbit(re)
	if typ == 0 && prec >= 0 {
		typ = 'g'
	}
	part := func(v float64, forceSign bool) string {
		neg, body := floatBody(v, typ, prec, s.alt, s.z, false)
		digits, rest := splitDigits(body)
		if s.grouping != 0 && digits != "" {
			digits = group(digits, s.grouping, 3, 0)
		}
		switch {
		case neg:
			return "-" + digits + rest
		case forceSign || s.sign == '+':
			return "+" + digits + rest
		case s.sign == ' ':
			return " " + digits + rest
		}
		return digits + rest
	}
	var out string
	if skipRe {
		out = part(im, false) + "j"
	} else {
		out = part(re, false) + part(im, true) + "j"
		if parens {
			out = "(" + out + ")"
		}
	}
	t := s
	t.align = s.align
	return t.pad("", out, '>'), nil
}
