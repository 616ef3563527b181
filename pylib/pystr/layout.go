package pystr

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// PadKind selects ljust, rjust or center.
type PadKind int

// The justifications of ljust, rjust and center.
const (
	PadLeft   PadKind = iota // ljust: text on the left
	PadRight                 // rjust: text on the right
	PadCenter                // center
)

// PadCounts returns how many fill characters go left and right of a text
// of length n padded to width, as CPython's pad() computes them.
func PadCounts(kind PadKind, n, width int) (int, int) {
	marg := width - n
	switch kind {
	case PadLeft:
		return 0, marg
	case PadRight:
		return marg, 0
	}
	left := marg/2 + (marg & width & 1)
	return left, marg - left
}

func pad(kind PadKind) method {
	return func(s string, a []py.Object) (py.Object, error) {
		width, err := AsInt(a[0])
		if err != nil {
			return nil, err
		}
		fill := " "
		if a[1] != nil {
			f, ok := a[1].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "The fill character must be a unicode character, not %s", TypeName(a[1]))
			}
			if utf8.RuneCountInString(string(f)) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
			}
			fill = string(f)
		}
		n := runeLen(s)
		if width <= n {
			return py.String(s), nil
		}
		left, right := PadCounts(kind, n, width)
		return py.String(strings.Repeat(fill, left) + s + strings.Repeat(fill, right)), nil
	}
}

func zfill(s string, a []py.Object) (py.Object, error) {
	width, err := AsInt(a[0])
	if err != nil {
		return nil, err
	}
	return py.String(Zfill(s, runeLen(s), width)), nil
}

// Zfill pads s (of n characters) with zeros to width, keeping a leading sign
// in front; it serves bytes too.
func Zfill(s string, n, width int) string {
	if n >= width {
		return s
	}
	zeros := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

func expandTabs(s string, a []py.Object) (py.Object, error) {
	tab := 8
	if a[0] != nil {
		var err error
		if tab, err = AsInt(a[0]); err != nil {
			return nil, err
		}
	}
	return py.String(ExpandTabs(s, tab, true)), nil
}

// ExpandTabs replaces tabs with spaces up to the next multiple of tabsize;
// columns count code points when text is true, bytes otherwise.
func ExpandTabs(s string, tabsize int, text bool) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		if text && c >= utf8.RuneSelf {
			_, size = utf8.DecodeRuneInString(s[i:])
		}
		switch c {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteByte(c)
			col = 0
		default:
			b.WriteString(s[i : i+size])
			col++
		}
		i += size
	}
	return b.String()
}

func splitLines(s string, a []py.Object) (py.Object, error) {
	keep := false
	if a[0] != nil {
		k, err := AsInt(a[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	return stringList(SplitLines(s, keep, true)), nil
}

// SplitLines splits at line boundaries: \n, \r, \r\n, and for text also
// \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
func SplitLines(s string, keep, text bool) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		eol := 0
		switch {
		case c == '\n':
			eol = 1
		case c == '\r':
			eol = 1
			if i+1 < len(s) && s[i+1] == '\n' {
				eol = 2
			}
		case text && (c == '\v' || c == '\f' || c >= 0x1c && c <= 0x1e):
			eol = 1
		case text && c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == 0x85 || r == 0x2028 || r == 0x2029 {
				eol = size
			} else {
				i += size
				continue
			}
		}
		if eol == 0 {
			i++
			continue
		}
		end := i
		if keep {
			end = i + eol
		}
		lines = append(lines, s[start:end])
		i += eol
		start = i
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}
