package pystr

// ASCII fast paths: most strings a web app handles are ASCII, and for them
// CPython's Unicode case mapping and character classes reduce to byte
// arithmetic, so the case methods and predicates skip rune decoding and
// table lookups until they meet a non-ASCII byte.

// asciiMapper maps an ASCII string into dst (len(dst) == len(s)) and
// reports false, leaving dst unspecified, as soon as s has a non-ASCII byte.
type asciiMapper func(dst []byte, s string) bool

func isUpperByte(c byte) bool { return c-'A' < 26 }
func isLowerByte(c byte) bool { return c-'a' < 26 }

func asciiLower(dst []byte, s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if isUpperByte(c) {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return true
}

func asciiUpper(dst []byte, s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if isLowerByte(c) {
			c -= 'a' - 'A'
		}
		dst[i] = c
	}
	return true
}

func asciiSwapcase(dst []byte, s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if isUpperByte(c) || isLowerByte(c) {
			c ^= 0x20
		}
		dst[i] = c
	}
	return true
}

func asciiTitle(dst []byte, s string) bool {
	prevCased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		switch {
		case prevCased && isUpperByte(c):
			c += 'a' - 'A'
		case !prevCased && isLowerByte(c):
			c -= 'a' - 'A'
		}
		prevCased = isUpperByte(c) || isLowerByte(c)
		dst[i] = c
	}
	return true
}

func asciiCapitalize(dst []byte, s string) bool {
	if !asciiLower(dst, s) {
		return false
	}
	if len(dst) > 0 && isLowerByte(dst[0]) {
		dst[0] -= 'a' - 'A'
	}
	return true
}

// asciiTable is a character class over the ASCII range.
type asciiTable [128]bool

func newASCIITable(ok func(rune) bool) *asciiTable {
	var t asciiTable
	for i := range t {
		t[i] = ok(rune(i))
	}
	return &t
}

// scanASCII checks the ASCII prefix of s against t. It returns the length
// of that prefix and false if some byte in it failed.
func (t *asciiTable) scan(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return i, true
		}
		if !t[c] {
			return i, false
		}
	}
	return len(s), true
}
