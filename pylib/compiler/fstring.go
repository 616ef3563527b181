package compiler

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// fstringParser turns the body of one f-string literal into a '+' expression of literals and
// __gowsgi_fmt__(value, conversion, spec) calls.
type fstringParser struct {
	si   strInfo
	body string
	pos  int
	line int
	lit  strings.Builder // pending literal text, still in source form (escapes unprocessed)
	out  []string        // pieces of the '+' expression
}

// lowerFString lowers one f-string literal to a parenthesis-free '+' expression.
func lowerFString(si strInfo, line int) (string, error) {
	p := &fstringParser{si: si, body: si.body, line: line}
	pieces, err := p.parse(false)
	if err != nil {
		return "", err
	}
	if len(pieces) == 0 {
		return p.literal(""), nil
	}
	return strings.Join(pieces, " + "), nil
}

func (p *fstringParser) errorf(format string, a ...any) error {
	line := p.line + strings.Count(p.body[:min(p.pos, len(p.body))], "\n")
	return &lowerError{line, fmt.Sprintf(format, a...)}
}

// parse reads literal text and replacement fields until the end of the body, or, inside a
// format spec (inSpec), until the '}' closing the field (left unread).
func (p *fstringParser) parse(inSpec bool) ([]string, error) {
	var pieces []string
	var lit strings.Builder
	flush := func() error {
		if lit.Len() == 0 {
			return nil
		}
		s, err := p.literalChecked(lit.String())
		if err != nil {
			return err
		}
		pieces = append(pieces, s)
		lit.Reset()
		return nil
	}
	for p.pos < len(p.body) {
		c := p.body[p.pos]
		switch {
		case c == '\\' && !p.si.raw && p.pos+1 < len(p.body):
			n := 2
			if p.body[p.pos+1] == 'N' && p.pos+2 < len(p.body) && p.body[p.pos+2] == '{' {
				if e := strings.IndexByte(p.body[p.pos:], '}'); e > 0 {
					n = e + 1 // \N{NAME} is an escape, not a field
				}
			} else if p.body[p.pos+1] == '{' || p.body[p.pos+1] == '}' {
				n = 1
			}
			lit.WriteString(p.body[p.pos : p.pos+n])
			p.pos += n
		case c == '{' && !inSpec && strings.HasPrefix(p.body[p.pos:], "{{"):
			lit.WriteByte('{')
			p.pos += 2
		case c == '}' && !inSpec && strings.HasPrefix(p.body[p.pos:], "}}"):
			lit.WriteByte('}')
			p.pos += 2
		case c == '{':
			if err := flush(); err != nil {
				return nil, err
			}
			field, err := p.field()
			if err != nil {
				return nil, err
			}
			pieces = append(pieces, field...)
		case c == '}':
			if inSpec {
				return pieces, flush()
			}
			return nil, p.errorf("f-string: single '}' is not allowed")
		default:
			lit.WriteByte(c)
			p.pos++
		}
	}
	if inSpec {
		return nil, p.errorf("f-string: expecting '}'")
	}
	return pieces, flush()
}

// field reads one replacement field starting at '{' and returns its pieces: the debug text
// (for "{x=}") and the __gowsgi_fmt__ call.
func (p *fstringParser) field() ([]string, error) {
	p.pos++ // '{'
	start := p.pos
	exprEnd, debugEnd, err := p.scanExpr()
	if err != nil {
		return nil, err
	}
	expr := p.body[start:exprEnd]
	if strings.TrimSpace(expr) == "" {
		return nil, p.errorf("f-string: empty expression not allowed")
	}
	var pieces []string
	if debugEnd > 0 {
		pieces = append(pieces, pyQuote(p.body[start:debugEnd]))
	}
	conv := ""
	if p.pos < len(p.body) && p.body[p.pos] == '!' {
		if p.pos+2 > len(p.body) || strings.IndexByte("rsa", p.body[p.pos+1]) < 0 {
			return nil, p.errorf("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		conv = p.body[p.pos+1 : p.pos+2]
		p.pos += 2
	}
	spec := "''"
	hasSpec := p.pos < len(p.body) && p.body[p.pos] == ':'
	if hasSpec {
		p.pos++
		specPieces, err := p.parse(true)
		if err != nil {
			return nil, err
		}
		if len(specPieces) > 0 {
			spec = "(" + strings.Join(specPieces, " + ") + ")"
		}
	}
	if debugEnd > 0 && conv == "" && !hasSpec {
		conv = "r" // "{x=}" shows repr(x); "{x=:spec}" formats x itself
	}
	if p.pos >= len(p.body) || p.body[p.pos] != '}' {
		return nil, p.errorf("f-string: expecting '}'")
	}
	p.pos++
	lowered, err := lowerExpr(expr, p.line+strings.Count(p.body[:start], "\n"))
	if err != nil {
		return nil, err
	}
	call := fmtBuiltin + "((" + lowered + "), '" + conv + "', " + spec + ")"
	return append(pieces, call), nil
}

// scanExpr advances over a field's expression, stopping at a top-level '!', ':', '=' or '}'.
// It returns where the expression ends and, for a debug '=', where the text to echo ends.
func (p *fstringParser) scanExpr() (exprEnd, debugEnd int, err error) {
	depth := 0
	b := p.body
	for p.pos < len(b) {
		c := b[p.pos]
		switch {
		case c == '\'' || c == '"':
			if err := p.skipQuoted(); err != nil {
				return 0, 0, err
			}
			continue
		case c == '\\':
			return 0, 0, p.errorf("f-string expression part cannot include a backslash")
		case c == '#':
			return 0, 0, p.errorf("f-string expression part cannot include '#'")
		case c == '(' || c == '[' || c == '{':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case c == '}' && depth > 0:
			depth--
		case depth > 0:
		case c == '}' || c == ':':
			return p.pos, 0, nil
		case (c == '!' || c == '<' || c == '>' || c == '=') && p.pos+1 < len(b) && b[p.pos+1] == '=':
			p.pos += 2
			continue
		case c == '!':
			return p.pos, 0, nil
		case c == '=':
			exprEnd = p.pos
			p.pos++
			for p.pos < len(b) && strings.IndexByte(" \t\n\r\f", b[p.pos]) >= 0 {
				p.pos++
			}
			return exprEnd, p.pos, nil
		}
		p.pos++
	}
	return 0, 0, p.errorf("f-string: expecting '}'")
}

// skipQuoted skips a string literal nested in a field expression.
func (p *fstringParser) skipQuoted() error {
	b := p.body
	q := b[p.pos : p.pos+1]
	if strings.HasPrefix(b[p.pos:], q+q+q) {
		q = q + q + q
	}
	p.pos += len(q)
	for p.pos < len(b) {
		if strings.HasPrefix(b[p.pos:], q) {
			p.pos += len(q)
			return nil
		}
		p.pos++
	}
	return p.errorf("f-string: unterminated string")
}

// literal renders literal text (source form) as a str literal with the f-string's quoting.
func (p *fstringParser) literal(text string) string {
	prefix := strings.Map(func(r rune) rune {
		if r == 'f' || r == 'F' {
			return -1
		}
		return r
	}, p.si.prefix)
	q := p.si.quote
	suffix := ""
	// A trailing quote character would merge with the closing quotes.
	for strings.HasSuffix(text, q[:1]) && !strings.HasSuffix(text, `\`+q[:1]) {
		text = text[:len(text)-1]
		suffix += " + " + pyQuote(q[:1])
	}
	// A trailing lone backslash would escape the closing quote.
	if n := len(text) - len(strings.TrimRight(text, `\`)); n%2 == 1 {
		if p.si.raw {
			text = text[:len(text)-1]
			suffix = " + '\\\\'" + suffix
		} else {
			text += `\`
		}
	}
	s := prefix + q + text + q + suffix
	if suffix != "" {
		s = "(" + s + ")"
	}
	return s
}

// literalChecked is literal with \N{NAME} escapes expanded (non-raw strings only).
func (p *fstringParser) literalChecked(text string) (string, error) {
	if !p.si.raw && strings.Contains(text, `\N`) {
		var err error
		text, err = expandNamedEscapes(text, p.line)
		if err != nil {
			return "", err
		}
	}
	return p.literal(text), nil
}

// lowerExpr lowers a field's expression text (nested f-strings, numbers, \N escapes).
func lowerExpr(expr string, line int) (string, error) {
	s, err := lower(expr, false)
	if err != nil {
		if le, ok := err.(*lowerError); ok {
			le.line += line - 1
		}
		return "", err
	}
	return s, nil
}

// pyQuote renders s as a single-quoted Python str literal on one line.
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// expandNamedEscapes replaces each \N{NAME} in a non-raw literal body by a \u or \U escape.
func expandNamedEscapes(body string, line int) (string, error) {
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			continue
		}
		if body[i+1] != 'N' {
			b.WriteString(body[i : i+2])
			i++
			continue
		}
		end := strings.IndexByte(body[i:], '}')
		if i+2 >= len(body) || body[i+2] != '{' || end < 0 {
			return "", &lowerError{line, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", i, i+1)}
		}
		r, ok := lookupRuneName(body[i+3 : i+end])
		if !ok {
			return "", &lowerError{line, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name", i, i+end)}
		}
		if r <= 0xFFFF {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += end
	}
	return b.String(), nil
}

var (
	runeNamesOnce sync.Once
	runeByName    map[string]rune
)

// lookupRuneName finds a character by its Unicode name, ignoring case like CPython. Aliases
// and Hangul syllable names are not known.
func lookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && (len(hex) == 4 || len(hex) == 5) && runenames.Name(rune(v)) == "<CJK Ideograph>" {
			return rune(v), true
		}
		return 0, false
	}
	runeNamesOnce.Do(func() {
		runeByName = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				runeByName[n] = r
			}
		}
	})
	r, ok := runeByName[name]
	return r, ok
}
