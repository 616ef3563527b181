package pynum

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// The text of int(), float() and complex() arguments: CPython first maps a str to ASCII (each
// non-ASCII whitespace character to a space, each decimal digit of any script to its ASCII
// digit, anything else non-ASCII to a character no parser accepts), removes the underscores
// allowed between digits, then parses ASCII with only ' \t\n\v\f\r' as whitespace. Bytes are
// parsed as they are.

// asciiNumber maps a str argument to the ASCII text the number parsers read.
func asciiNumber(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case isUnicodeSpace(r):
			sb.WriteByte(' ')
		default:
			if d, ok := decimalValue(r); ok {
				sb.WriteByte(byte('0' + d))
			} else {
				sb.WriteByte('?')
			}
		}
	}
	return sb.String()
}

// isUnicodeSpace reports whether a non-ASCII rune is whitespace to str.isspace (Unicode 14).
func isUnicodeSpace(r rune) bool {
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// decimalValue returns the value of a decimal digit (Unicode category Nd, as of Unicode 14,
// CPython 3.11's version). Nd characters come in runs of ten from a zero, so the value is the
// offset in the run.
func decimalValue(r rune) (int, bool) {
	if r >= 0x11f50 && r <= 0x11f59 || r >= 0x1e4f0 && r <= 0x1e4f9 {
		return 0, false // added in Unicode 15
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// isASCIISpace is CPython's Py_ISSPACE.
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func trimASCIISpace(s string) string {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// dropUnderscores removes the underscores of a float or complex argument, each of which must
// stand between two ASCII digits (ok false otherwise).
func dropUnderscores(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	var sb strings.Builder
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		isDigit := c >= '0' && c <= '9'
		if c == '_' && !(prev >= '0' && prev <= '9') || c != '_' && prev == '_' && !isDigit {
			return "", false
		}
		if c != '_' {
			sb.WriteByte(c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return sb.String(), true
}

// parseDouble reads the longest float literal at the start of s, as C's strtod does in the
// "C" locale without hexadecimal: [sign] (digits [. [digits]] | . digits) [e [sign] digits],
// or [sign] inf, infinity or nan in any case. n is the number of bytes read, 0 if none.
// Results beyond the float range are infinite.
func parseDouble(s string) (f float64, n int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	neg := i > 0 && s[0] == '-'
	lower := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(lower, "infinity"):
		return math.Copysign(math.Inf(1), signOf(neg)), i + 8
	case strings.HasPrefix(lower, "inf"):
		return math.Copysign(math.Inf(1), signOf(neg)), i + 3
	case strings.HasPrefix(lower, "nan"):
		return math.NaN(), i + 3
	}
	digits := func(j int) int {
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	}
	start := i
	i = digits(i)
	mantissa := i - start
	if i < len(s) && s[i] == '.' {
		j := digits(i + 1)
		mantissa += j - i - 1
		i = j
	}
	if mantissa == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if k := digits(j); k > j {
			i = k
		}
	}
	f, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, 0
		}
	}
	return f, i
}

func signOf(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}
