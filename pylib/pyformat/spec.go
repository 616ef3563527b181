package pyformat

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// fmtSpec is a parsed Format Specification Mini-Language string:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
type fmtSpec struct {
	fill      rune // padding character; ' ' unless given (or '0' from the 0 flag)
	fillSet   bool // fill came from the spec (explicitly or by the 0 flag)
	align     rune // '<', '>', '=', '^', or 0 when not given
	sign      rune // '+', '-', ' ', or 0
	z         bool // coerce negative zero to positive
	alt       bool // '#'
	zero      bool // the 0 flag before width
	width     int  // -1 when not given
	grouping  rune // ',', '_', or 0
	precision int  // -1 when not given
	typ       rune // the type letter, or 0
}

// maxSpecNumber bounds width and precision like CPython's Py_ssize_t parse.
const maxSpecNumber = 1<<63 - 1

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// parseSpec parses spec for a value of type typ (a CPython type name used in
// error messages); defType is the type letter assumed when none is given,
// for the grouping check.
func parseSpec(spec, typ string, defType rune) (fmtSpec, error) {
	s := fmtSpec{fill: ' ', width: -1, precision: -1}
	rs := []rune(spec)
	i := 0
	if len(rs) >= 2 && isAlign(rs[1]) {
		s.fill, s.fillSet, s.align = rs[0], true, rs[1]
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		s.align = rs[0]
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		s.sign = rs[i]
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		s.z = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		s.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		s.zero = true
		if !s.fillSet {
			s.fill, s.fillSet = '0', true
		}
		i++
	}
	var err error
	if s.width, i, err = parseNumber(rs, i); err != nil {
		return s, err
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		s.grouping = rs[i]
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			if rs[i] != s.grouping {
				return s, valueErrorf("Cannot specify both ',' and '_'.")
			}
			return s, valueErrorf("Cannot specify '%c' with '%c'.", s.grouping, rs[i])
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start := i
		if s.precision, i, err = parseNumber(rs, i); err != nil {
			return s, err
		}
		if i == start {
			return s, valueErrorf("Format specifier missing precision")
		}
	}
	if len(rs)-i > 1 {
		return s, valueErrorf("Invalid format specifier '%s' for object of type '%s'", spec, typ)
	}
	if i < len(rs) {
		s.typ = rs[i]
	}
	if s.grouping != 0 {
		if err := checkGrouping(s.grouping, s.typOr(defType)); err != nil {
			return s, err
		}
	}
	return s, nil
}

// parseNumber reads decimal digits at rs[i:]; it returns -1 when there are none.
func parseNumber(rs []rune, i int) (int, int, error) {
	n := -1
	for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
		d := int(rs[i] - '0')
		if n < 0 {
			n = 0
		}
		if n > (maxSpecNumber-d)/10 {
			return 0, i, valueErrorf("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, i, nil
}

func (s *fmtSpec) typOr(def rune) rune {
	if s.typ == 0 {
		return def
	}
	return s.typ
}

// checkGrouping rejects a thousands separator for presentation types that
// do not take one: ',' goes with decimal types, '_' also with b, o, x, X.
func checkGrouping(g, typ rune) error {
	switch typ {
	case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
		return nil
	case 'b', 'o', 'x', 'X':
		if g == '_' {
			return nil
		}
	}
	return valueErrorf("Cannot specify '%c' with %s.", g, quoteCode(typ))
}

// quoteCode renders a type letter as CPython's messages do: 'd' for
// printable ASCII and '\x..' for anything else.
func quoteCode(r rune) string {
	if r > 32 && r < 127 {
		return fmt.Sprintf("'%c'", r)
	}
	return fmt.Sprintf("'\\x%x'", r)
}

func unknownCode(r rune, typ string) error {
	return valueErrorf("Unknown format code %s for object of type '%s'", quoteCode(r), typ)
}

func valueErrorf(format string, a ...interface{}) error {
	return py.ExceptionNewf(py.ValueError, format, a...)
}

func typeErrorf(format string, a ...interface{}) error {
	return py.ExceptionNewf(py.TypeError, format, a...)
}

// pad aligns body (whose prefix is the sign and base prefix, kept left of
// '=' padding) to the spec's width. defAlign applies when none was given.
func (s *fmtSpec) pad(prefix, body string, defAlign rune) string {
	if s.width < 0 {
		return prefix + body
	}
	n := utf8.RuneCountInString(prefix) + utf8.RuneCountInString(body)
	if n >= s.width {
		return prefix + body
	}
	align := s.align
	if align == 0 {
		align = defAlign
	}
	fill := string(s.fill)
	padding := s.width - n
	switch align {
	case '<':
		return prefix + body + strings.Repeat(fill, padding)
	case '^':
		left := padding / 2
		return strings.Repeat(fill, left) + prefix + body + strings.Repeat(fill, padding-left)
	case '=':
		return prefix + strings.Repeat(fill, padding) + body
	}
	return strings.Repeat(fill, padding) + prefix + body
}
