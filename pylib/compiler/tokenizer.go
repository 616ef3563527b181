package compiler

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind int

const (
	tkName    tokKind = iota // identifier or keyword
	tkNumber                 // numeric literal
	tkString                 // string or bytes literal with its prefix, f-strings included
	tkOp                     // operator or delimiter
	tkComment                // '#' up to the end of the line
	tkNewline                // end of a logical line
	tkNL                     // line break that does not end a logical line
	tkEOF                    // end of input
)

// token is one lexical token of Python source. Whitespace and backslash continuations are not
// tokens: they are the gap between the end of one token and the start of the next.
type token struct {
	kind       tokKind
	start, end int // byte offsets into the source
	line       int // 1-based line of start
	depth      int // bracket depth before the token
	lineStart  bool
	indent     int // indentation width when lineStart (tabs to multiples of 8)
}

// tokenError is a lexical error at a line.
type tokenError struct {
	line int
	msg  string
}

func (e *tokenError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// threeCharOps and twoCharOps are the multi-character operators, longest first.
var threeCharOps = []string{"**=", "//=", ">>=", "<<=", "..."}
var twoCharOps = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}

// tokenize splits src into tokens, ending with a tkEOF token. It reports unterminated strings
// and unbalanced closing brackets as errors; everything else is left to the parser.
func tokenize(src string) ([]token, error) {
	t := &tokenizer{src: src, line: 1}
	return t.run()
}

type tokenizer struct {
	src    string
	pos    int
	line   int
	depth  int
	toks   []token
	atBOL  bool // at the beginning of a logical line
	parens []byte
}

func (t *tokenizer) emit(kind tokKind, start int, line int) {
	tok := token{kind: kind, start: start, end: t.pos, line: line, depth: t.depth}
	if t.atBOL && kind != tkComment && kind != tkNL && kind != tkNewline && kind != tkEOF {
		tok.lineStart = true
		tok.indent = indentWidth(t.src, start)
		t.atBOL = false
	}
	t.toks = append(t.toks, tok)
}

// indentWidth measures the whitespace before offset start on its line.
func indentWidth(src string, start int) int {
	ls := strings.LastIndexByte(src[:start], '\n') + 1
	w := 0
	for _, c := range src[ls:start] {
		switch c {
		case '\t':
			w = (w/8 + 1) * 8
		case ' ':
			w++
		default:
			w = 0 // a continuation line: only the real indent matters, which this is not
		}
	}
	return w
}

func (t *tokenizer) run() ([]token, error) {
	t.atBOL = true
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		start, line := t.pos, t.line
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			t.pos++
		case c == '\\' && t.pos+1 < len(t.src) && (t.src[t.pos+1] == '\n' || t.src[t.pos+1] == '\r'):
			t.pos++
			t.newline()
		case c == '\n' || c == '\r':
			t.newline()
			if t.depth > 0 || t.atBOL {
				t.emit(tkNL, start, line)
			} else {
				t.emit(tkNewline, start, line)
				t.atBOL = true
			}
		case c == '#':
			for t.pos < len(t.src) && t.src[t.pos] != '\n' && t.src[t.pos] != '\r' {
				t.pos++
			}
			t.emit(tkComment, start, line)
		case isDigit(c) || (c == '.' && t.pos+1 < len(t.src) && isDigit(t.src[t.pos+1])):
			t.scanNumber()
			t.emit(tkNumber, start, line)
		case isIdentStart(t.src, t.pos):
			if n := stringPrefixLen(t.src[t.pos:]); n >= 0 {
				t.pos += n
				if err := t.scanString(); err != nil {
					return nil, err
				}
				t.emit(tkString, start, line)
				continue
			}
			t.scanName()
			t.emit(tkName, start, line)
		case c == '"' || c == '\'':
			if err := t.scanString(); err != nil {
				return nil, err
			}
			t.emit(tkString, start, line)
		default:
			if err := t.scanOp(); err != nil {
				return nil, err
			}
		}
	}
	if len(t.toks) > 0 && !t.atBOL {
		last := t.toks[len(t.toks)-1].kind
		if last != tkNewline {
			t.toks = append(t.toks, token{kind: tkNewline, start: t.pos, end: t.pos, line: t.line})
		}
	}
	t.toks = append(t.toks, token{kind: tkEOF, start: t.pos, end: t.pos, line: t.line})
	return t.toks, nil
}

// newline consumes one line break (\n, \r\n or \r).
func (t *tokenizer) newline() {
	if t.src[t.pos] == '\r' && t.pos+1 < len(t.src) && t.src[t.pos+1] == '\n' {
		t.pos++
	}
	t.pos++
	t.line++
}

func (t *tokenizer) scanOp() error {
	start, line := t.pos, t.line
	rest := t.src[t.pos:]
	for _, ops := range [][]string{threeCharOps, twoCharOps} {
		for _, op := range ops {
			if strings.HasPrefix(rest, op) {
				t.pos += len(op)
				t.emit(tkOp, start, line)
				return nil
			}
		}
	}
	c := t.src[t.pos]
	if c >= utf8.RuneSelf {
		_, n := utf8.DecodeRuneInString(rest)
		t.pos += n
		t.emit(tkOp, start, line)
		return nil
	}
	t.pos++
	switch c {
	case '(', '[', '{':
		t.emit(tkOp, start, line)
		t.depth++
		t.parens = append(t.parens, c)
	case ')', ']', '}':
		if t.depth == 0 {
			return &tokenError{line, fmt.Sprintf("unmatched '%c'", c)}
		}
		open := t.parens[len(t.parens)-1]
		if open != openerOf[c] {
			return &tokenError{line, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)}
		}
		t.depth--
		t.parens = t.parens[:len(t.parens)-1]
		t.emit(tkOp, start, line)
	default:
		t.emit(tkOp, start, line)
	}
	return nil
}

// openerOf maps each closing bracket to its opening one.
var openerOf = map[byte]byte{')': '(', ']': '[', '}': '{'}

func (t *tokenizer) scanName() {
	for t.pos < len(t.src) {
		r, n := utf8.DecodeRuneInString(t.src[t.pos:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			break
		}
		t.pos += n
	}
}

// scanNumber consumes a numeric literal, underscores included; validation is done by lowering.
func (t *tokenizer) scanNumber() {
	s := t.src
	if s[t.pos] == '0' && t.pos+1 < len(s) && strings.IndexByte("xXoObB", s[t.pos+1]) >= 0 {
		t.pos += 2
		for t.pos < len(s) && (isHexDigit(s[t.pos]) || s[t.pos] == '_') {
			t.pos++
		}
		return
	}
	digits := func() {
		for t.pos < len(s) && (isDigit(s[t.pos]) || s[t.pos] == '_') {
			t.pos++
		}
	}
	digits()
	if t.pos < len(s) && s[t.pos] == '.' {
		t.pos++
		digits()
	}
	if t.pos < len(s) && (s[t.pos] == 'e' || s[t.pos] == 'E') {
		p := t.pos + 1
		if p < len(s) && (s[p] == '+' || s[p] == '-') {
			p++
		}
		if p < len(s) && isDigit(s[p]) {
			t.pos = p
			digits()
		}
	}
	if t.pos < len(s) && (s[t.pos] == 'j' || s[t.pos] == 'J') {
		t.pos++
	}
}

// scanString consumes a quoted literal starting at t.pos (the prefix is already consumed).
func (t *tokenizer) scanString() error {
	startLine := t.line
	q := t.src[t.pos]
	triple := strings.HasPrefix(t.src[t.pos:], strings.Repeat(string(q), 3))
	if triple {
		t.pos += 3
	} else {
		t.pos++
	}
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		switch {
		case c == '\\':
			t.pos++
			if t.pos < len(t.src) && (t.src[t.pos] == '\n' || t.src[t.pos] == '\r') {
				t.newline()
			} else if t.pos < len(t.src) {
				t.pos++
			}
		case c == '\n' || c == '\r':
			if !triple {
				return &tokenError{startLine, "unterminated string literal (detected at line " + fmt.Sprint(startLine) + ")"}
			}
			t.newline()
		case c == q:
			if !triple {
				t.pos++
				return nil
			}
			if strings.HasPrefix(t.src[t.pos:], strings.Repeat(string(q), 3)) {
				t.pos += 3
				return nil
			}
			t.pos++
		default:
			t.pos++
		}
	}
	if triple {
		return &tokenError{startLine, "unterminated triple-quoted string literal (detected at line " + fmt.Sprint(t.line) + ")"}
	}
	return &tokenError{startLine, "unterminated string literal (detected at line " + fmt.Sprint(startLine) + ")"}
}

// stringPrefixLen returns the length of a string prefix (r, b, u, f, br, rb, fr, rf in any
// case) directly followed by a quote at the start of s, or -1.
func stringPrefixLen(s string) int {
	n := 0
	for n < len(s) && n < 3 && strings.IndexByte("rRbBuUfF", s[n]) >= 0 {
		n++
	}
	if n == 0 || n > 2 || n >= len(s) || (s[n] != '"' && s[n] != '\'') {
		return -1
	}
	p := strings.ToLower(s[:n])
	switch p {
	case "r", "b", "u", "f", "br", "rb", "fr", "rf":
		return n
	}
	return -1
}

// strInfo describes a string token: its prefix flags, quote and body.
type strInfo struct {
	raw, bytes, fstr bool
	prefix           string // original prefix text
	quote            string // ', ", ''' or """
	body             string // text between the quotes
}

func parseStringToken(text string) strInfo {
	var si strInfo
	i := 0
	for text[i] != '"' && text[i] != '\'' {
		switch text[i] {
		case 'r', 'R':
			si.raw = true
		case 'b', 'B':
			si.bytes = true
		case 'f', 'F':
			si.fstr = true
		}
		i++
	}
	si.prefix = text[:i]
	q := text[i : i+1]
	if strings.HasPrefix(text[i:], q+q+q) && len(text)-i >= 6 {
		q = q + q + q
	}
	si.quote = q
	si.body = text[i+len(q) : len(text)-len(q)]
	return si
}

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

func isIdentStart(s string, pos int) bool {
	r, _ := utf8.DecodeRuneInString(s[pos:])
	return r == '_' || unicode.IsLetter(r)
}

// keywords of Python 3.11 (soft keywords excluded).
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}
