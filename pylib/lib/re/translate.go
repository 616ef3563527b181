package re

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Python's flag bits (the values of re.IGNORECASE and friends).
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256
)

// patternError is a re.error: CPython's message and the position in the pattern it refers to
// (-1 for none).
type patternError struct {
	msg string
	pos int
}

func (e *patternError) Error() string { return fmt.Sprintf("%s at position %d", e.msg, e.pos) }

// translated is a Python pattern rewritten for regexp2: the .NET-syntax source, the flags the
// pattern ends up with (inline global flags included), its group count and names.
type translated struct {
	src    string
	flags  int
	groups int
	names  []string // names[i] is the name of group i+1, or ""
}

// translator rewrites one Python pattern. Named groups become plain numbered groups (regexp2,
// like .NET, numbers named groups after the unnamed ones), so group numbers stay Python's.
type translator struct {
	p       []rune
	i       int
	isBytes bool
	out     strings.Builder
	flags   int
	verbose bool
	ascii   bool
	groups  int
	names   []string
	open    []openGroup
	// lastAtom is the offset in out where the last repeatable item starts, or -1 when a
	// quantifier here has nothing to repeat.
	lastAtom int
	// lastQuant is true right after a quantifier (a second one is a "multiple repeat").
	lastQuant bool
	// classTail collects the negated categories of the class being read.
	classTail string
}

type openGroup struct {
	pos            int  // position of '(' in the pattern
	index          int  // group number, 0 for a non-capturing group
	verbose, ascii bool // the flags to restore at ')'
	atomStart      int  // offset in out of the group's '('
}

func translate(pattern []rune, flags int, isBytes bool) (*translated, error) {
	t := &translator{p: pattern, isBytes: isBytes, flags: flags, lastAtom: -1}
	if err := t.globalFlags(); err != nil {
		return nil, err
	}
	if err := t.checkFlags(); err != nil {
		return nil, err
	}
	t.verbose = t.flags&flagVerbose != 0
	t.ascii = t.flags&flagASCII != 0 || isBytes
	if !isBytes && t.flags&flagASCII == 0 {
		t.flags |= flagUnicode
	}
	for t.i < len(t.p) {
		if err := t.item(); err != nil {
			return nil, err
		}
	}
	if len(t.open) > 0 {
		return nil, &patternError{"missing ), unterminated subpattern", t.open[len(t.open)-1].pos}
	}
	return &translated{src: t.out.String(), flags: t.flags, groups: t.groups, names: t.names}, nil
}

// globalFlags consumes the (?aiLmsux) groups at the start of the pattern.
func (t *translator) globalFlags() error {
	for {
		if t.verboseSkip(); !t.hasPrefix("(?") {
			return nil
		}
		j := t.i + 2
		add := 0
		for j < len(t.p) {
			f := flagLetter(t.p[j])
			if f == 0 {
				break
			}
			add |= f
			j++
		}
		if j == t.i+2 || j >= len(t.p) || t.p[j] != ')' {
			return nil
		}
		t.flags |= add
		t.verbose = t.flags&flagVerbose != 0
		t.i = j + 1
	}
}

func (t *translator) checkFlags() error {
	switch {
	case t.isBytes && t.flags&flagUnicode != 0:
		return &patternError{"cannot use UNICODE flag with a bytes pattern", -1}
	case !t.isBytes && t.flags&flagLocale != 0:
		return &patternError{"cannot use LOCALE flag with a str pattern", -1}
	case t.flags&flagASCII != 0 && t.flags&flagUnicode != 0:
		return &patternError{"ASCII and UNICODE flags are incompatible", -1}
	case t.flags&flagASCII != 0 && t.flags&flagLocale != 0:
		return &patternError{"ASCII and LOCALE flags are incompatible", -1}
	}
	return nil
}

func flagLetter(r rune) int {
	switch r {
	case 'a':
		return flagASCII
	case 'i':
		return flagIgnoreCase
	case 'L':
		return flagLocale
	case 'm':
		return flagMultiline
	case 's':
		return flagDotAll
	case 'u':
		return flagUnicode
	case 'x':
		return flagVerbose
	}
	return 0
}

func (t *translator) hasPrefix(s string) bool {
	rs := []rune(s)
	if t.i+len(rs) > len(t.p) {
		return false
	}
	for k, r := range rs {
		if t.p[t.i+k] != r {
			return false
		}
	}
	return true
}

// verboseSkip skips whitespace and comments when VERBOSE is on.
func (t *translator) verboseSkip() {
	for t.verbose && t.i < len(t.p) {
		switch c := t.p[t.i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t.i++
		case c == '#':
			for t.i < len(t.p) && t.p[t.i] != '\n' {
				t.i++
			}
		default:
			return
		}
	}
}

// item translates one element of the pattern.
func (t *translator) item() error {
	t.verboseSkip()
	if t.i >= len(t.p) {
		return nil
	}
	c := t.p[t.i]
	start := t.out.Len()
	switch c {
	case '(':
		return t.group()
	case ')':
		return t.closeGroup()
	case '[':
		if err := t.class(); err != nil {
			return err
		}
		t.atom(start)
		return nil
	case '*', '+', '?', '{':
		return t.quantifier()
	case '|':
		t.i++
		t.out.WriteByte('|')
		t.lastAtom, t.lastQuant = -1, false
		return nil
	case '^', '$':
		t.i++
		t.out.WriteRune(c)
		t.lastAtom, t.lastQuant = -1, false
		return nil
	case '.':
		t.i++
		t.out.WriteByte('.')
		t.atom(start)
		return nil
	case '\\':
		repeatable, err := t.escape()
		if err != nil {
			return err
		}
		if repeatable {
			t.atom(start)
		} else {
			t.lastAtom, t.lastQuant = -1, false
		}
		return nil
	}
	t.i++
	writeLiteral(&t.out, c)
	t.atom(start)
	return nil
}

func (t *translator) atom(start int) { t.lastAtom, t.lastQuant = start, false }

func (t *translator) quantifier() error {
	pos := t.i
	c := t.p[t.i]
	var q string
	if c == '{' {
		lo, hi, end, ok := t.braces()
		if !ok {
			t.i++
			start := t.out.Len()
			t.out.WriteString(`\{`)
			t.atom(start)
			return nil
		}
		if lo != "" && hi != "" && hi != "," {
			l, _ := strconv.Atoi(lo)
			h, _ := strconv.Atoi(hi[1:])
			if h < l {
				return &patternError{"min repeat greater than max repeat", t.i + 1}
			}
		}
		if lo == "" {
			lo = "0"
		}
		q = "{" + lo + hi + "}"
		t.i = end
	} else {
		q = string(c)
		t.i++
	}
	if t.lastQuant {
		return &patternError{"multiple repeat", pos}
	}
	if t.lastAtom < 0 {
		return &patternError{"nothing to repeat", pos}
	}
	switch {
	case t.i < len(t.p) && t.p[t.i] == '?':
		q += "?"
		t.i++
	case t.i < len(t.p) && t.p[t.i] == '+':
		// Possessive: regexp2 has atomic groups but not possessive quantifiers.
		t.i++
		s := t.out.String()
		t.out.Reset()
		t.out.WriteString(s[:t.lastAtom] + "(?>" + s[t.lastAtom:] + q + ")")
		t.lastQuant = true
		return nil
	}
	t.out.WriteString(q)
	t.lastQuant = true
	return nil
}

// braces parses {m}, {m,}, {,n}, {m,n} at t.i; ok is false when it is a literal '{'.
// hi is "" for {m}, "," for {m,} and ",n" otherwise.
func (t *translator) braces() (lo, hi string, end int, ok bool) {
	j := t.i + 1
	for j < len(t.p) && t.p[j] >= '0' && t.p[j] <= '9' {
		j++
	}
	lo = string(t.p[t.i+1 : j])
	if j < len(t.p) && t.p[j] == ',' {
		k := j + 1
		for k < len(t.p) && t.p[k] >= '0' && t.p[k] <= '9' {
			k++
		}
		hi = "," + string(t.p[j+1:k])
		j = k
	}
	if j >= len(t.p) || t.p[j] != '}' || (lo == "" && hi == "") {
		return "", "", 0, false
	}
	return lo, hi, j + 1, true
}

func (t *translator) group() error {
	pos := t.i
	start := t.out.Len()
	g := openGroup{pos: pos, verbose: t.verbose, ascii: t.ascii, atomStart: start}
	if !t.hasPrefix("(?") {
		t.i++
		t.groups++
		t.names = append(t.names, "")
		g.index = t.groups
		t.out.WriteByte('(')
		t.open = append(t.open, g)
		t.lastAtom, t.lastQuant = -1, false
		return nil
	}
	t.i += 2
	if t.i >= len(t.p) {
		return &patternError{"unexpected end of pattern", t.i}
	}
	c := t.p[t.i]
	switch {
	case c == ':' || c == '>':
		t.i++
		t.out.WriteString("(?" + string(c))
	case c == '=' || c == '!':
		t.i++
		t.out.WriteString("(?" + string(c))
	case c == '<' && t.i+1 < len(t.p) && (t.p[t.i+1] == '=' || t.p[t.i+1] == '!'):
		t.out.WriteString("(?<" + string(t.p[t.i+1]))
		t.i += 2
	case c == '#':
		for t.i < len(t.p) && t.p[t.i] != ')' {
			t.i++
		}
		if t.i >= len(t.p) {
			return &patternError{"missing ), unterminated comment", pos}
		}
		t.i++
		return nil
	case c == 'P':
		return t.pGroup(pos, g)
	case c == '(':
		return t.conditional(pos, g)
	case flagLetter(c) != 0 || c == '-':
		return t.scopedFlags(pos, g)
	default:
		if c == '<' {
			return &patternError{"unknown extension ?<" + string(t.at(t.i+1)), pos + 1}
		}
		return &patternError{"unknown extension ?" + string(c), pos + 1}
	}
	t.open = append(t.open, g)
	t.lastAtom, t.lastQuant = -1, false
	return nil
}

func (t *translator) at(i int) string {
	if i < len(t.p) {
		return string(t.p[i])
	}
	return ""
}

func (t *translator) pGroup(pos int, g openGroup) error {
	t.i++ // past P
	switch {
	case t.i < len(t.p) && t.p[t.i] == '<':
		name, err := t.groupName('>', pos+4)
		if err != nil {
			return err
		}
		for k, n := range t.names {
			if n == name {
				return &patternError{fmt.Sprintf("redefinition of group name %s as group %d; was group %d",
					quoteName(name), t.groups+1, k+1), pos + 4}
			}
		}
		t.groups++
		t.names = append(t.names, name)
		g.index = t.groups
		t.out.WriteByte('(')
		t.open = append(t.open, g)
		t.lastAtom, t.lastQuant = -1, false
		return nil
	case t.i < len(t.p) && t.p[t.i] == '=':
		start := t.out.Len()
		name, err := t.groupName(')', pos+4)
		if err != nil {
			return err
		}
		n := t.nameIndex(name)
		if n == 0 {
			return &patternError{"unknown group name " + quoteName(name), pos + 4}
		}
		fmt.Fprintf(&t.out, `\%d(?:)`, n)
		t.atom(start)
		return nil
	}
	if t.i >= len(t.p) {
		return &patternError{"unexpected end of pattern", t.i}
	}
	return &patternError{"unknown extension ?P" + string(t.p[t.i]), pos + 1}
}

func (t *translator) nameIndex(name string) int {
	for k, n := range t.names {
		if n == name {
			return k + 1
		}
	}
	return 0
}

// groupName reads a name up to term, starting after the opening character.
func (t *translator) groupName(term rune, namePos int) (string, error) {
	t.i++
	j := t.i
	for j < len(t.p) && t.p[j] != term {
		j++
	}
	if j >= len(t.p) {
		if term == '>' {
			return "", &patternError{"missing >, unterminated name", namePos}
		}
		return "", &patternError{"missing ), unterminated name", namePos}
	}
	name := string(t.p[t.i:j])
	if name == "" {
		return "", &patternError{"missing group name", namePos}
	}
	if !isIdent(name) {
		return "", &patternError{"bad character in group name " + quoteName(name), namePos}
	}
	t.i = j + 1
	return name, nil
}

func (t *translator) conditional(pos int, g openGroup) error {
	t.i++
	j := t.i
	for j < len(t.p) && t.p[j] != ')' {
		j++
	}
	if j >= len(t.p) {
		return &patternError{"missing ), unterminated name", t.i}
	}
	ref := string(t.p[t.i:j])
	n, err := strconv.Atoi(ref)
	if err != nil {
		n = t.nameIndex(ref)
		if n == 0 {
			if !isIdent(ref) {
				return &patternError{"bad character in group name " + quoteName(ref), t.i}
			}
			return &patternError{"unknown group name " + quoteName(ref), t.i}
		}
	} else if n >= 100 || n > t.groups {
		return &patternError{fmt.Sprintf("invalid group reference %d", n), t.i}
	}
	t.i = j + 1
	fmt.Fprintf(&t.out, "(?(%d)", n)
	t.open = append(t.open, g)
	t.lastAtom, t.lastQuant = -1, false
	return nil
}

// scopedFlags handles (?flags-flags:...) and a global flag group that is not at the start.
func (t *translator) scopedFlags(pos int, g openGroup) error {
	on, off := 0, 0
	minus := false
	for t.i < len(t.p) {
		c := t.p[t.i]
		if c == '-' && !minus {
			minus = true
			t.i++
			continue
		}
		f := flagLetter(c)
		if f == 0 {
			break
		}
		if minus {
			off |= f
		} else {
			on |= f
		}
		t.i++
	}
	if t.i >= len(t.p) {
		return &patternError{"missing -, : or )", t.i}
	}
	if t.p[t.i] == ')' {
		if minus {
			return &patternError{"missing :", t.i}
		}
		return &patternError{"global flags not at the start of the expression", pos}
	}
	if t.p[t.i] != ':' {
		return &patternError{"missing -, : or )", t.i}
	}
	t.i++
	if off&(flagASCII|flagUnicode|flagLocale) != 0 {
		return &patternError{"bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos + 2}
	}
	t.out.WriteString("(?")
	t.out.WriteString(netFlags(on))
	if off&(flagIgnoreCase|flagMultiline|flagDotAll) != 0 {
		t.out.WriteString("-" + netFlags(off))
	}
	t.out.WriteByte(':')
	if on&flagVerbose != 0 {
		t.verbose = true
	}
	if off&flagVerbose != 0 {
		t.verbose = false
	}
	if on&flagASCII != 0 {
		t.ascii = true
	}
	if on&flagUnicode != 0 {
		t.ascii = false
	}
	t.open = append(t.open, g)
	t.lastAtom, t.lastQuant = -1, false
	return nil
}

func netFlags(f int) string {
	s := ""
	if f&flagIgnoreCase != 0 {
		s += "i"
	}
	if f&flagMultiline != 0 {
		s += "m"
	}
	if f&flagDotAll != 0 {
		s += "s"
	}
	return s
}

func (t *translator) closeGroup() error {
	if len(t.open) == 0 {
		return &patternError{"unbalanced parenthesis", t.i}
	}
	g := t.open[len(t.open)-1]
	t.open = t.open[:len(t.open)-1]
	t.i++
	t.out.WriteByte(')')
	t.verbose, t.ascii = g.verbose, g.ascii
	t.atom(g.atomStart)
	return nil
}

// escape translates a backslash escape outside a class; repeatable is false for anchors.
func (t *translator) escape() (repeatable bool, err error) {
	pos := t.i
	if t.i+1 >= len(t.p) {
		return false, &patternError{"bad escape (end of pattern)", pos}
	}
	c := t.p[t.i+1]
	switch c {
	case 'A':
		t.i += 2
		t.out.WriteString(`\A`)
		return false, nil
	case 'Z':
		t.i += 2
		t.out.WriteString(`\z`)
		return false, nil
	case 'b', 'B':
		t.i += 2
		t.out.WriteString(t.wordBoundary(c == 'b'))
		return false, nil
	case 'd', 'D', 'w', 'W', 's', 'S':
		t.i += 2
		t.out.WriteString(t.category(c, false))
		return true, nil
	}
	if c >= '1' && c <= '9' {
		return true, t.backref(pos)
	}
	r, err := t.literalEscape(pos)
	if err != nil {
		return false, err
	}
	writeLiteral(&t.out, r)
	return true, nil
}

func (t *translator) backref(pos int) error {
	j := t.i + 1
	// Three octal digits make an octal escape; otherwise one or two digits are a group number.
	if j+2 < len(t.p) && isOct(t.p[j]) && isOct(t.p[j+1]) && isOct(t.p[j+2]) {
		v, _ := strconv.ParseInt(string(t.p[j:j+3]), 8, 32)
		if v > 0o377 {
			return &patternError{fmt.Sprintf(`octal escape value \%s outside of range 0-0o377`, string(t.p[j:j+3])), pos}
		}
		t.i = j + 3
		writeLiteral(&t.out, rune(v))
		return nil
	}
	k := j + 1
	if k < len(t.p) && t.p[k] >= '0' && t.p[k] <= '9' {
		k++
	}
	n, _ := strconv.Atoi(string(t.p[j:k]))
	if n > t.groups {
		return &patternError{fmt.Sprintf("invalid group reference %d", n), pos + 1}
	}
	for _, g := range t.open {
		if g.index == n {
			return &patternError{"cannot refer to an open group", pos}
		}
	}
	t.i = k
	fmt.Fprintf(&t.out, `\%d(?:)`, n)
	return nil
}

func isOct(r rune) bool { return r >= '0' && r <= '7' }

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

// literalEscape decodes an escape standing for one character (t.i is at the backslash).
func (t *translator) literalEscape(pos int) (rune, error) {
	c := t.p[t.i+1]
	t.i += 2
	switch c {
	case 'a':
		return '\a', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case '0':
		j := t.i
		for j < len(t.p) && j < t.i+2 && isOct(t.p[j]) {
			j++
		}
		v, _ := strconv.ParseInt("0"+string(t.p[t.i:j]), 8, 32)
		t.i = j
		return rune(v), nil
	case 'x':
		return t.hexEscape(pos, 2, 'x')
	case 'u', 'U':
		if !t.isBytes {
			n := 4
			if c == 'U' {
				n = 8
			}
			return t.hexEscape(pos, n, c)
		}
	case 'N':
		if !t.isBytes {
			return 0, &patternError{`\N{...} escapes are not supported`, pos}
		}
	}
	if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return 0, &patternError{`bad escape \` + string(c), pos}
	}
	return c, nil
}

func (t *translator) hexEscape(pos, n int, c rune) (rune, error) {
	j := t.i
	for j < len(t.p) && j < t.i+n && isHex(t.p[j]) {
		j++
	}
	if j-t.i != n {
		return 0, &patternError{`incomplete escape \` + string(c) + string(t.p[t.i:j]), pos}
	}
	v, _ := strconv.ParseInt(string(t.p[t.i:j]), 16, 64)
	if v > unicode.MaxRune {
		return 0, &patternError{`bad escape \` + string(t.p[pos+1:j]), pos}
	}
	t.i = j
	return rune(v), nil
}

// Class bodies for the ASCII forms of \d \w \s (without brackets, so they nest in a class).
const (
	asciiDigit = `0-9`
	asciiWord  = `a-zA-Z0-9_`
	asciiSpace = ` \t\n\r\f\v`
	// Unicode \s also has the separators U+001C..U+001F that Python's str.isspace counts.
	uniSpace = `\s\u001C-\u001F`
)

// category returns the translation of \d \D \w \W \s \S; inClass asks for a class body.
func (t *translator) category(c rune, inClass bool) string {
	var body string
	neg := unicode.IsUpper(c)
	switch unicode.ToLower(c) {
	case 'd':
		body = `\d`
		if t.ascii {
			body = asciiDigit
		}
	case 'w':
		body = `\w`
		if t.ascii {
			body = asciiWord
		}
	case 's':
		body = uniSpace
		if t.ascii {
			body = asciiSpace
		}
	}
	if !t.ascii && (c != 's' || inClass && c == 'S') {
		// regexp2's own \d \D \w \W are already Unicode-wide.
		return `\` + string(c)
	}
	if inClass {
		if neg {
			return negatedRanges(body)
		}
		return body
	}
	if neg {
		return "[^" + body + "]"
	}
	return "[" + body + "]"
}

// negatedRanges lists the complement of an ASCII class body as ranges usable inside a class.
func negatedRanges(body string) string {
	var in [128]bool
	rs := []rune(strings.NewReplacer(`\t`, "\t", `\n`, "\n", `\r`, "\r", `\f`, "\f", `\v`, "\v", `\s`, "").Replace(body))
	for k := 0; k < len(rs); k++ {
		if k+2 < len(rs) && rs[k+1] == '-' {
			for r := rs[k]; r <= rs[k+2]; r++ {
				in[r] = true
			}
			k += 2
			continue
		}
		if rs[k] < 128 {
			in[rs[k]] = true
		}
	}
	var b strings.Builder
	for r := 0; r < 128; {
		if in[r] {
			r++
			continue
		}
		s := r
		for r < 128 && !in[r] {
			r++
		}
		fmt.Fprintf(&b, `\u%04X-\u%04X`, s, r-1)
	}
	b.WriteString(`\u0080-` + string(rune(unicode.MaxRune)))
	return b.String()
}

func (t *translator) wordBoundary(b bool) string {
	if !t.ascii {
		if b {
			return `\b`
		}
		return `\B`
	}
	w := "[" + asciiWord + "]"
	if b {
		return "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
	}
	return "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))"
}

// class translates a character set [...].
func (t *translator) class() error {
	pos := t.i
	t.i++
	t.out.WriteByte('[')
	if t.i < len(t.p) && t.p[t.i] == '^' {
		t.out.WriteByte('^')
		t.i++
	}
	t.classTail = ""
	first := true
	for {
		if t.i >= len(t.p) {
			return &patternError{"unterminated character set", pos}
		}
		c := t.p[t.i]
		if c == ']' && !first {
			t.i++
			// regexp2 drops what follows \W, \D or \S in a class ([\W\d] misses digits), so
			// those come last.
			t.out.WriteString(t.classTail)
			t.out.WriteByte(']')
			return nil
		}
		first = false
		itemPos := t.i
		lo, isChar, err := t.classItem()
		if err != nil {
			return err
		}
		if !isChar {
			continue
		}
		if t.i+1 < len(t.p) && t.p[t.i] == '-' && t.p[t.i+1] != ']' {
			t.i++
			hiPos := t.i
			hi, hiChar, err := t.classItem()
			if err != nil {
				return err
			}
			if !hiChar {
				return &patternError{"bad character range " + string(t.p[itemPos:t.i]), itemPos}
			}
			if hi < lo {
				return &patternError{"bad character range " + string(t.p[itemPos:t.i]), itemPos}
			}
			_ = hiPos
			writeClassChar(&t.out, lo)
			t.out.WriteByte('-')
			writeClassChar(&t.out, hi)
			continue
		}
		writeClassChar(&t.out, lo)
	}
}

// classItem reads one member of a class: a character (isChar) or a category it writes itself.
func (t *translator) classItem() (r rune, isChar bool, err error) {
	c := t.p[t.i]
	if c != '\\' {
		t.i++
		return c, true, nil
	}
	pos := t.i
	if t.i+1 >= len(t.p) {
		return 0, false, &patternError{"bad escape (end of pattern)", pos}
	}
	e := t.p[t.i+1]
	switch e {
	case 'd', 'D', 'w', 'W', 's', 'S':
		t.i += 2
		if cat := t.category(e, true); unicode.IsUpper(e) && strings.HasPrefix(cat, `\`) {
			t.classTail += cat
		} else {
			t.out.WriteString(cat)
		}
		return 0, false, nil
	case 'b':
		t.i += 2
		return '\b', true, nil
	case 'A', 'Z', 'B':
		return 0, false, &patternError{`bad escape \` + string(e), pos}
	}
	if e >= '1' && e <= '9' {
		j := t.i + 1
		if j+2 < len(t.p) && isOct(t.p[j]) && isOct(t.p[j+1]) && isOct(t.p[j+2]) {
			v, _ := strconv.ParseInt(string(t.p[j:j+3]), 8, 32)
			t.i = j + 3
			return rune(v), true, nil
		}
		return 0, false, &patternError{`bad escape \` + string(e), pos}
	}
	r, err = t.literalEscape(pos)
	return r, err == nil, err
}

// writeLiteral writes r so that regexp2 matches exactly that character outside a class.
func writeLiteral(b *strings.Builder, r rune) {
	switch {
	case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'):
		b.WriteRune(r)
	case r < 0x20 || r == 0x7f || r == ' ' || r == '#':
		fmt.Fprintf(b, `\u%04X`, r)
	case r < 128:
		b.WriteByte('\\')
		b.WriteRune(r)
	case r <= 0xFFFF:
		fmt.Fprintf(b, `\u%04X`, r)
	default:
		b.WriteRune(r)
	}
}

// writeClassChar writes r inside a class.
func writeClassChar(b *strings.Builder, r rune) { writeLiteral(b, r) }

func isIdent(s string) bool {
	for k, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || k > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// quoteName quotes a group name as CPython's messages do (repr of a str).
func quoteName(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}
