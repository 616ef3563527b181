package pystr

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// runeRange is an inclusive range of code points in a generated table.
type runeRange struct{ lo, hi rune }

func inRanges(t []runeRange, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

// caseMap maps code points (sorted keys) to their full case mapping.
type caseMap struct {
	keys []rune
	vals []string
}

func (m *caseMap) lookup(r rune) (string, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return m.keys[i] >= r })
	if i < len(m.keys) && m.keys[i] == r {
		return m.vals[i], true
	}
	return "", false
}

// The predicates below are CPython's per-character tests.

func isAlpha(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(alphaRanges, r)
}

func isDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(decimalRanges, r)
}

func isDigit(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(digitRanges, r)
}

func isNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(numericRanges, r)
}

func isAlnum(r rune) bool { return isAlpha(r) || isDecimal(r) || isDigit(r) || isNumeric(r) }

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f
	}
	return inRanges(spaceRanges, r)
}

// IsPrintable is CPython's str.isprintable() for one code point (repr escapes the others).
func IsPrintable(r rune) bool { return isPrintable(r) }

func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return inRanges(printableRanges, r)
}

func isLowerRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return inRanges(lowerRanges, r)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return inRanges(upperRanges, r)
}

func isTitleRune(r rune) bool { return r >= 0x80 && inRanges(titleRanges, r) }

func isCased(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(casedRanges, r)
}

func isCaseIgnorable(r rune) bool { return inRanges(caseIgnorableRanges, r) }

// predicate builds isalpha & co: every character passes, and the string is
// non-empty unless empty is true.
func predicate(ok func(rune) bool, empty bool) method {
	table := newASCIITable(ok)
	return func(s string, _ []py.Object) (py.Object, error) {
		if s == "" {
			return py.Bool(empty), nil
		}
		n, pass := table.scan(s)
		if !pass {
			return py.False, nil
		}
		for _, r := range s[n:] {
			if !ok(r) {
				return py.False, nil
			}
		}
		return py.True, nil
	}
}

func isIdentifier(s string, _ []py.Object) (py.Object, error) {
	if s == "" {
		return py.False, nil
	}
	for i, r := range s {
		if i == 0 && !inRanges(idStartRanges, r) || i > 0 && !inRanges(idContinueRanges, r) {
			return py.False, nil
		}
	}
	return py.True, nil
}

func isLowerStr(s string, _ []py.Object) (py.Object, error) {
	cased := false
	i := 0
	for ; i < len(s) && s[i] < 0x80; i++ {
		if isUpperByte(s[i]) {
			return py.False, nil
		}
		cased = cased || isLowerByte(s[i])
	}
	for _, r := range s[i:] {
		if isUpperRune(r) || isTitleRune(r) {
			return py.False, nil
		}
		if isLowerRune(r) {
			cased = true
		}
	}
	return py.Bool(cased), nil
}

func isUpperStr(s string, _ []py.Object) (py.Object, error) {
	cased := false
	i := 0
	for ; i < len(s) && s[i] < 0x80; i++ {
		if isLowerByte(s[i]) {
			return py.False, nil
		}
		cased = cased || isUpperByte(s[i])
	}
	for _, r := range s[i:] {
		if isLowerRune(r) || isTitleRune(r) {
			return py.False, nil
		}
		if isUpperRune(r) {
			cased = true
		}
	}
	return py.Bool(cased), nil
}

func isTitleStr(s string, _ []py.Object) (py.Object, error) {
	cased, prevCased := false, false
	i := 0
	for ; i < len(s) && s[i] < 0x80; i++ {
		c := s[i]
		switch {
		case isUpperByte(c):
			if prevCased {
				return py.False, nil
			}
			prevCased, cased = true, true
		case isLowerByte(c):
			if !prevCased {
				return py.False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	for _, r := range s[i:] {
		switch {
		case isUpperRune(r) || isTitleRune(r):
			if prevCased {
				return py.False, nil
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return py.False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return py.Bool(cased), nil
}

// caser writes the case mapping of a string into a builder. Invalid UTF-8
// bytes (lone surrogates) are copied unchanged.
type caser struct {
	b    strings.Builder
	rs   []rune // the string as runes, only when it holds a capital sigma
	s    string
	pos  int // byte offset of the current rune in s
	rpos int // rune index of the current rune
}

func (c *caser) mapped(r rune, ascii func(byte) byte, m *caseMap) {
	if r < 0x80 {
		c.b.WriteByte(ascii(byte(r)))
		return
	}
	if v, ok := m.lookup(r); ok {
		c.b.WriteString(v)
		return
	}
	c.b.WriteRune(r)
}

func toLowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 32
	}
	return b
}

func toUpperASCII(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 32
	}
	return b
}

// lowerAt writes the lower case of r, treating a capital sigma at the end
// of a word as final sigma the way CPython does.
func (c *caser) lowerAt(r rune) {
	if r == 0x3A3 {
		if c.rs == nil {
			c.rs = []rune(c.s)
		}
		if finalSigma(c.rs, c.rpos) {
			c.b.WriteRune(0x3C2)
		} else {
			c.b.WriteRune(0x3C3)
		}
		return
	}
	c.mapped(r, toLowerASCII, &lowerMap)
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && isCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

// caseMethod runs a per-character mapping over s, or ascii when s is all
// ASCII.
func caseMethod(each func(c *caser, r rune, first bool, prevCased *bool), ascii asciiMapper) method {
	return func(s string, _ []py.Object) (py.Object, error) {
		dst := make([]byte, len(s))
		if ascii(dst, s) {
			return py.String(dst), nil
		}
		return py.String(mapCase(s, each)), nil
	}
}

func mapCase(s string, each func(c *caser, r rune, first bool, prevCased *bool)) string {
	c := &caser{s: s}
	c.b.Grow(len(s) + len(s)/8)
	prevCased := false
	for c.pos < len(s) {
		r, size := rune(s[c.pos]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[c.pos:])
			if r == utf8.RuneError && size == 1 {
				c.b.WriteByte(s[c.pos])
				c.pos++
				c.rpos++
				prevCased = false
				continue
			}
		}
		each(c, r, c.pos == 0, &prevCased)
		c.pos += size
		c.rpos++
	}
	return c.b.String()
}

func lower(c *caser, r rune, _ bool, _ *bool) { c.lowerAt(r) }
func upper(c *caser, r rune, _ bool, _ *bool) { c.mapped(r, toUpperASCII, &upperMap) }
func casefold(c *caser, r rune, _ bool, _ *bool) {
	c.mapped(r, toLowerASCII, &foldMap)
}

func swapcase(c *caser, r rune, _ bool, _ *bool) {
	switch {
	case isUpperRune(r):
		c.lowerAt(r)
	case isLowerRune(r):
		c.mapped(r, toUpperASCII, &upperMap)
	default:
		c.b.WriteRune(r)
	}
}

func capitalize(c *caser, r rune, first bool, _ *bool) {
	if first {
		c.mapped(r, toUpperASCII, &titleMap)
		return
	}
	c.lowerAt(r)
}

func title(c *caser, r rune, _ bool, prevCased *bool) {
	if *prevCased {
		c.lowerAt(r)
	} else {
		c.mapped(r, toUpperASCII, &titleMap)
	}
	*prevCased = isCased(r)
}
