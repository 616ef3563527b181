package compiler

import (
	"strings"
)

// Reserved builtin names emitted by the lowering.
const (
	idBuiltin      = "__gowsgi_id__"
	fmtBuiltin     = "__gowsgi_fmt__"
	matmulBuiltin  = "__gowsgi_matmul__"
	imatmulBuiltin = "__gowsgi_imatmul__"
)

// lowerError is a SyntaxError found while lowering, at a 1-based line.
type lowerError struct {
	line int
	msg  string
}

func (e *lowerError) Error() string { return e.msg }

// scope kinds for annotation handling.
const (
	scopeModule = iota
	scopeClass
	scopeFunction
)

// logicalLine is the tokens [from, to) of one logical line, to included its NEWLINE.
type logicalLine struct {
	from, to int
	scope    int // index into lowerer.scopes
}

// scopeInfo is one module, class or function body.
type scopeInfo struct {
	kind      int
	async     bool   // an async def's body
	firstLine int    // index of the body's first logical line, -1 until seen
	firstAnn  int    // index of the first logical line holding an annotation, -1 if none
	parent    int    // the enclosing scope (the module's is 0)
	name      string // a class's name
}

type lowerer struct {
	src    string
	toks   []token
	lines  []logicalLine
	scopes []scopeInfo
	out    strings.Builder
	repl   map[int]replacement // token ranges lowerRange replaces, by first token

	markedDecos, markedDefs map[int]bool    // logical lines, see findMarkedDefs
	funcs                   map[int]funcSig // defs and lambdas with parameters, by keyword token
	line                    int             // the logical line being lowered
}

// lower rewrites Python 3.11 source into Python 3.4 source that gpython's parser accepts,
// without adding or removing line breaks outside of a lowered construct's own lines. In eval
// mode only expressions are lowered.
func lower(src string, statements bool) (string, error) {
	out, _, err := lowerSource(src, statements)
	return out, err
}

// lowerSource is lower, also returning the defs and lambdas that had positional-only
// parameters (for markPosonly).
func lowerSource(src string, statements bool) (string, []posonlyDef, error) {
	toks, err := tokenize(src)
	if err != nil {
		te := err.(*tokenError)
		return "", nil, &lowerError{te.line, te.msg}
	}
	if statements {
		if mangled, ok := mangleSource(src, toks); ok {
			src = mangled
			if toks, err = tokenize(src); err != nil {
				return "", nil, &lowerError{err.(*tokenError).line, err.(*tokenError).msg}
			}
		}
	}
	l := &lowerer{src: src, toks: toks}
	var out string
	if !statements {
		body, err := l.lowerRange(0, len(toks))
		out = src[:toks[0].start] + body
		if err != nil {
			return "", nil, err
		}
	} else {
		l.splitLines()
		if out, err = l.emit(); err != nil {
			return "", nil, err
		}
	}
	return out, l.posonlyDefs(), nil
}

// splitLines groups tokens into logical lines and assigns each line its enclosing scope.
func (l *lowerer) splitLines() {
	type block struct{ indent, scope int }
	l.scopes = []scopeInfo{{kind: scopeModule, firstLine: -1, firstAnn: -1}}
	stack := []block{{-1, 0}}
	from := 0
	for i, t := range l.toks {
		if t.kind != tkNewline && t.kind != tkEOF {
			continue
		}
		first := l.firstCode(from, i)
		if first < 0 {
			from = i + 1
			continue
		}
		ind := l.toks[first].indent
		for len(stack) > 1 && stack[len(stack)-1].indent >= ind {
			stack = stack[:len(stack)-1]
		}
		cur := stack[len(stack)-1].scope
		idx := len(l.lines)
		l.lines = append(l.lines, logicalLine{from: from, to: i + 1, scope: cur})
		if l.scopes[cur].firstLine < 0 {
			l.scopes[cur].firstLine = idx
		}
		if l.endsWithColon(first, i) {
			// Only def and class open a new scope; other blocks belong to the enclosing one.
			body := cur
			switch l.headerKeyword(first) {
			case "def":
				l.scopes = append(l.scopes, scopeInfo{kind: scopeFunction, firstLine: -1, firstAnn: -1,
					async: l.text(first) == "async", parent: cur})
				body = len(l.scopes) - 1
			case "class":
				l.scopes = append(l.scopes, scopeInfo{kind: scopeClass, firstLine: -1, firstAnn: -1,
					parent: cur, name: l.text(first + 1)})
				body = len(l.scopes) - 1
			}
			stack = append(stack, block{ind, body})
		}
		from = i + 1
	}
}

// firstCode returns the index of the first token in [from, to) that is not a comment or NL.
func (l *lowerer) firstCode(from, to int) int {
	for i := from; i < to; i++ {
		if k := l.toks[i].kind; k != tkComment && k != tkNL {
			return i
		}
	}
	return -1
}

// lastCode returns the index of the last token in [from, to) that is not a comment, NL or NEWLINE.
func (l *lowerer) lastCode(from, to int) int {
	for i := to - 1; i >= from; i-- {
		if k := l.toks[i].kind; k != tkComment && k != tkNL && k != tkNewline && k != tkEOF {
			return i
		}
	}
	return -1
}

func (l *lowerer) text(i int) string { return l.src[l.toks[i].start:l.toks[i].end] }

func (l *lowerer) isOp(i int, op string) bool {
	return l.toks[i].kind == tkOp && l.text(i) == op
}

func (l *lowerer) endsWithColon(first, nl int) bool {
	last := l.lastCode(first, nl)
	return last >= 0 && l.isOp(last, ":")
}

// headerKeyword returns "def", "class" or the first word of a compound statement header.
func (l *lowerer) headerKeyword(first int) string {
	w := l.text(first)
	if w == "async" && l.toks[first+1].kind == tkName {
		return l.text(first + 1)
	}
	return w
}

// emit writes the lowered source, line by line.
func (l *lowerer) emit() (string, error) {
	hosts := l.annotationHosts()
	l.markedDecos, l.markedDefs = l.findMarkedDefs()
	for idx, prefix := range l.asyncBodies() {
		h := hosts[idx]
		h.prefix += prefix
		hosts[idx] = h
	}
	for idx, prefix := range l.walrusBindings() {
		h := hosts[idx]
		h.prefix += prefix
		hosts[idx] = h
	}
	prevEnd := 0
	for idx, ln := range l.lines {
		l.line = idx
		first := l.firstCode(ln.from, ln.to)
		l.out.WriteString(l.src[prevEnd:l.toks[first].start])
		prefix, suffix := hosts[idx].prefix, hosts[idx].suffix
		last := l.lastCode(first, ln.to)
		l.out.WriteString(prefix)
		body, err := l.lowerLine(first, last+1, l.scopes[ln.scope].kind)
		if err != nil {
			return "", err
		}
		l.out.WriteString(body)
		l.out.WriteString(suffix)
		prevEnd = l.toks[last].end
	}
	l.out.WriteString(l.src[prevEnd:])
	return l.out.String(), nil
}

type hostEdit struct{ prefix, suffix string }

// annotationHosts picks, for every module or class body holding annotations, the line that
// creates its __annotations__ dict: the body's first statement when that is simple, after the
// docstring when there is one, else the first annotated statement.
func (l *lowerer) annotationHosts() map[int]hostEdit {
	for idx, ln := range l.lines {
		sc := &l.scopes[ln.scope]
		if sc.kind == scopeFunction || sc.firstAnn >= 0 {
			continue
		}
		if l.hasAnnotation(ln) {
			sc.firstAnn = idx
		}
	}
	const init = "__annotations__ = {}"
	hosts := map[int]hostEdit{}
	for _, sc := range l.scopes {
		if sc.firstAnn < 0 || sc.kind == scopeFunction {
			continue
		}
		ln := l.lines[sc.firstLine]
		first := l.firstCode(ln.from, ln.to)
		switch {
		case l.isDocstring(ln):
			hosts[sc.firstLine] = hostEdit{suffix: "; " + init}
		case l.isSimpleStatement(first):
			hosts[sc.firstLine] = hostEdit{prefix: init + "; "}
		default:
			hosts[sc.firstAnn] = hostEdit{prefix: init + "; "}
		}
	}
	return hosts
}

func (l *lowerer) isDocstring(ln logicalLine) bool {
	for i := ln.from; i < ln.to; i++ {
		switch l.toks[i].kind {
		case tkString, tkComment, tkNL, tkNewline, tkEOF:
		default:
			return false
		}
	}
	return true
}

// isSimpleStatement reports whether the logical line starting at first can follow "x; ".
func (l *lowerer) isSimpleStatement(first int) bool {
	if l.isOp(first, "@") {
		return false
	}
	switch l.text(first) {
	case "if", "while", "for", "try", "with", "def", "class", "async", "else", "elif",
		"except", "finally":
		return false
	case "from":
		return l.text(first+1) != "__future__"
	}
	return true
}

// hasAnnotation reports whether a logical line holds an annotated assignment statement.
func (l *lowerer) hasAnnotation(ln logicalLine) bool {
	first := l.firstCode(ln.from, ln.to)
	for _, st := range l.statements(first, l.lastCode(first, ln.to)+1) {
		if _, _, ok := l.annotation(st[0], st[1]); ok {
			return true
		}
	}
	return false
}

// statements splits the tokens [from, to) of a simple-statement line at top-level semicolons.
func (l *lowerer) statements(from, to int) [][2]int {
	if l.toks[from].kind == tkName && keywords[l.text(from)] && !l.isSimpleStatement(from) {
		return nil
	}
	var out [][2]int
	start := from
	for i := from; i < to; i++ {
		if l.toks[i].depth == 0 && l.isOp(i, ";") {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	if start < to {
		out = append(out, [2]int{start, to})
	}
	return out
}

// annotation finds the ':' and the '=' (or -1) of an annotated assignment in [from, to).
func (l *lowerer) annotation(from, to int) (colon, eq int, ok bool) {
	if from >= to || (l.toks[from].kind == tkName && keywords[l.text(from)]) {
		return 0, 0, false
	}
	colon, eq = -1, -1
	for i := from; i < to; i++ {
		t := l.toks[i]
		if t.depth != 0 {
			continue
		}
		if t.kind == tkName && l.text(i) == "lambda" {
			return 0, 0, false
		}
		if t.kind != tkOp {
			continue
		}
		switch op := l.text(i); {
		case op == ":" && colon < 0:
			colon = i
		case op == "=" && colon >= 0:
			return colon, i, true
		case colon < 0 && (op == "=" || (strings.HasSuffix(op, "=") && len(op) >= 2 && op != "==" && op != "!=" && op != "<=" && op != ">=")):
			return 0, 0, false
		}
	}
	return colon, -1, colon > from && colon+1 < to
}

// lowerLine lowers one logical line [from, to) (comments and NEWLINE excluded).
func (l *lowerer) lowerLine(from, to int, scope int) (string, error) {
	if l.isOp(from, "@") {
		return l.lowerDecorator(from, to)
	}
	if l.text(from) == "async" && (l.text(from+1) == "for" || l.text(from+1) == "with") {
		return "", &lowerError{l.toks[from].line, "'async " + l.text(from+1) + "' is not supported"}
	}
	if l.headerKeyword(from) == "def" {
		return l.lowerDefHeader(from, to, l.markedDefs[l.line])
	}
	if l.text(from) == "from" && l.text(from+1) == "__future__" {
		return l.lowerFuture(from, to)
	}
	sts := l.statements(from, to)
	if sts == nil {
		return l.lowerRange(from, to)
	}
	var b strings.Builder
	prevEnd := 0
	for k, st := range sts {
		if k > 0 {
			b.WriteString(l.src[prevEnd:l.toks[st[0]].start]) // ";" and the gaps around it
		}
		s, err := l.lowerStatement(st[0], st[1], scope)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		prevEnd = l.toks[st[0]].start
		if st[1] > st[0] {
			prevEnd = l.toks[st[1]-1].end
		}
	}
	if last := sts[len(sts)-1][1]; last < to { // trailing ';'
		b.WriteString(l.src[prevEnd:l.toks[to-1].end])
	}
	return b.String(), nil
}

// lowerStatement lowers one simple statement, rewriting a variable annotation:
// "x: T = v" becomes "x = v" (plus "; __annotations__['x'] = T" in a module or class body),
// and "x: T" becomes "pass" (or the __annotations__ store).
func (l *lowerer) lowerStatement(from, to, scope int) (string, error) {
	colon, eq, ok := l.annotation(from, to)
	if !ok {
		return l.lowerRange(from, to)
	}
	target, err := l.lowerRange(from, colon)
	if err != nil {
		return "", err
	}
	annEnd := to
	if eq >= 0 {
		annEnd = eq
	}
	ann, err := l.lowerRange(colon+1, annEnd)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if eq >= 0 {
		value, err := l.lowerRange(eq+1, to)
		if err != nil {
			return "", err
		}
		b.WriteString(target + " = " + value)
	}
	simple := colon == from+1 && l.toks[from].kind == tkName
	switch {
	case scope != scopeFunction && simple:
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("__annotations__['" + l.text(from) + "'] = " + ann)
	case scope != scopeFunction:
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("(" + ann + ")")
	case strings.Contains(ann, "\n"):
		// A function never evaluates the annotation, but its line breaks must stay.
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("(lambda: " + ann + ")")
	case b.Len() == 0:
		b.WriteString("pass")
	}
	// Line breaks inside what was dropped (a target or annotation split over lines) stay.
	if missing := strings.Count(l.src[l.toks[from].start:l.toks[to-1].end], "\n") - strings.Count(b.String(), "\n"); missing > 0 {
		b.WriteString("; (None" + strings.Repeat("\n", missing) + ")")
	}
	return b.String(), nil
}

// lowerDecorator rewrites "@expr" into "@__gowsgi_id__(expr)" unless expr is a plain name or a
// call of a plain name, the only forms gpython's grammar reads correctly.
func (l *lowerer) lowerDecorator(from, to int) (string, error) {
	expr, err := l.lowerRange(from+1, to)
	if err != nil {
		return "", err
	}
	n := to - from - 1
	simple := n == 1 && l.toks[from+1].kind == tkName
	if n >= 3 && l.toks[from+1].kind == tkName && l.isOp(from+2, "(") && l.isOp(to-1, ")") {
		simple = l.closingBracket(from+2) == to-1
	}
	gap := l.src[l.toks[from].end:l.toks[from+1].start]
	if l.markedDecos[l.line] {
		return "@" + gap + decoMark + "(" + expr + ")", nil
	}
	if simple {
		return "@" + gap + expr, nil
	}
	return "@" + gap + idBuiltin + "(" + expr + ")", nil
}

// lowerFuture drops the __future__ features gpython does not know (those of 3.5 and later are
// defaults or no-ops here); a line left empty becomes "pass".
func (l *lowerer) lowerFuture(from, to int) (string, error) {
	known := map[string]bool{"nested_scopes": true, "generators": true, "division": true,
		"absolute_import": true, "with_statement": true, "print_function": true,
		"unicode_literals": true, "barry_as_FLUFL": true}
	var keep []string
	for i := from + 3; i < to; i++ {
		if l.toks[i].kind == tkName && known[l.text(i)] {
			keep = append(keep, l.text(i))
		}
	}
	nl := strings.Repeat("\n", strings.Count(l.src[l.toks[from].start:l.toks[to-1].end], "\n"))
	switch {
	case len(keep) == 0 && nl == "":
		return "pass", nil
	case len(keep) == 0:
		return "(None" + nl + ")", nil
	}
	return "from __future__ import (" + strings.Join(keep, ", ") + nl + ")", nil
}

// closingBracket returns the index of the token closing the bracket opened at open.
func (l *lowerer) closingBracket(open int) int {
	d := l.toks[open].depth
	for i := open + 1; i < len(l.toks); i++ {
		if l.toks[i].depth == d && l.toks[i].kind == tkOp && strings.Contains(")]}", l.text(i)) {
			return i
		}
	}
	return -1
}

// lowerRange lowers tokens [from, to) with the gaps between them (not the gap before from):
// strings (f-strings, \N escapes), numbers with underscores, positional-only markers.
func (l *lowerer) lowerRange(from, to int) (string, error) {
	var b strings.Builder
	for i := from; i < to; i++ {
		t := l.toks[i]
		if i > from {
			b.WriteString(l.src[l.toks[i-1].end:t.start])
		}
		if r, ok := l.repl[i]; ok && r.end > i && r.end <= to {
			b.WriteString(r.text)
			i = r.end - 1
			continue
		}
		if t.kind == tkName && l.text(i) == "lambda" {
			if err := l.lowerLambdaParams(i, to); err != nil {
				return "", err
			}
		}
		if t.kind == tkName && l.text(i) == "await" && i+1 < to {
			s, last, err := l.lowerAwait(i, to)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i = last
			continue
		}
		if l.isWalrusTarget(i, to) {
			s, last, err := l.lowerWalrus(i, to)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i = last
			continue
		}
		switch t.kind {
		case tkString:
			end := l.stringGroupEnd(i, to)
			s, err := l.lowerStrings(i, end)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i = end - 1
		case tkNumber:
			s, err := lowerNumber(l.text(i), t.line)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		case tkOp:
			if op := l.text(i); op == "(" || op == "[" || op == "{" {
				s, closeIdx, ok, err := l.lowerUnpacking(i, to)
				if err != nil {
					return "", err
				}
				if ok {
					b.WriteString(s)
					i = closeIdx
					continue
				}
			}
			switch l.text(i) {
			case "@": // a @ b: see vm/matmul.go
				b.WriteString("* " + matmulBuiltin + " *")
				continue
			case "@=":
				rest, err := l.lowerRange(i+1, to)
				if err != nil {
					return "", err
				}
				b.WriteString("*= " + imatmulBuiltin + "(" + l.src[t.end:l.toks[i+1].start] + rest + ")")
				i = to
				continue
			}
			if l.isPositionalOnlyMarker(i, to) {
				if l.isOp(i+1, ",") {
					i++ // the comma goes too; the gap after it stays
				}
				continue
			}
			b.WriteString(l.text(i))
		case tkNewline, tkEOF:
			// the line break itself is kept by the gaps' owner
			b.WriteString(l.text(i))
		default:
			b.WriteString(l.text(i))
		}
	}
	return b.String(), nil
}

// isPositionalOnlyMarker reports whether the '/' at i is the positional-only parameter marker:
// after a comma and before ',', ')' or ':' no binary '/' can stand.
func (l *lowerer) isPositionalOnlyMarker(i, to int) bool {
	if !l.isOp(i, "/") || i == 0 || i+1 >= to {
		return false
	}
	prev, next := l.prevCode(i), l.nextCode(i)
	if prev < 0 || next < 0 || !l.isOp(prev, ",") {
		return false
	}
	return l.isOp(next, ",") || l.isOp(next, ")") || l.isOp(next, ":")
}

func (l *lowerer) prevCode(i int) int {
	for i--; i >= 0; i-- {
		if k := l.toks[i].kind; k != tkComment && k != tkNL {
			return i
		}
	}
	return -1
}

func (l *lowerer) nextCode(i int) int {
	for i++; i < len(l.toks); i++ {
		if k := l.toks[i].kind; k != tkComment && k != tkNL {
			return i
		}
	}
	return -1
}

// stringGroupEnd returns the end of the run of implicitly concatenated strings starting at i.
func (l *lowerer) stringGroupEnd(i, to int) int {
	end := i + 1
	for j := i + 1; j < to; j++ {
		switch l.toks[j].kind {
		case tkString:
			end = j + 1
		case tkComment, tkNL:
		default:
			return end
		}
	}
	return end
}

// lowerStrings lowers the implicitly concatenated string tokens [from, to). A run holding an
// f-string becomes one parenthesized '+' expression; otherwise each literal is kept, with \N
// escapes expanded.
func (l *lowerer) lowerStrings(from, to int) (string, error) {
	hasF := false
	for i := from; i < to; i++ {
		if l.toks[i].kind == tkString && parseStringToken(l.text(i)).fstr {
			hasF = true
		}
	}
	var b strings.Builder
	if hasF {
		b.WriteString("(")
	}
	for i := from; i < to; i++ {
		t := l.toks[i]
		if t.kind != tkString {
			continue // comments and line breaks between the literals are in the gaps
		}
		if i > from {
			if hasF {
				b.WriteString(" +")
			}
			b.WriteString(l.src[l.prevTok(i).end:t.start])
		}
		si := parseStringToken(l.text(i))
		var s string
		var err error
		if si.fstr {
			s, err = lowerFString(si, t.line)
		} else {
			s, err = lowerPlainString(si, t.line)
		}
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if hasF {
		b.WriteString(")")
	}
	return b.String(), nil
}

// prevTok returns the token before i that is a string or code (comments inside a string run
// are copied as text by the gap).
func (l *lowerer) prevTok(i int) token {
	for j := i - 1; j >= 0; j-- {
		if l.toks[j].kind == tkString {
			return l.toks[j]
		}
	}
	return l.toks[i-1]
}

// lowerPlainString expands \N{NAME} escapes in a non-raw str literal.
func lowerPlainString(si strInfo, line int) (string, error) {
	if si.raw || si.bytes || !strings.Contains(si.body, `\N`) {
		return si.prefix + si.quote + si.body + si.quote, nil
	}
	body, err := expandNamedEscapes(si.body, line)
	if err != nil {
		return "", err
	}
	return si.prefix + si.quote + body + si.quote, nil
}

// lowerNumber removes digit separators, rejecting misplaced ones like CPython.
func lowerNumber(s string, line int) (string, error) {
	if !strings.Contains(s, "_") {
		return s, nil
	}
	hex := len(s) > 2 && s[0] == '0' && (s[1]|0x20 == 'x')
	based := len(s) > 2 && s[0] == '0' && strings.IndexByte("xXoObB", s[1]) >= 0
	isD := func(c byte) bool {
		if hex {
			return isHexDigit(c)
		}
		return isDigit(c)
	}
	for k := 0; k < len(s); k++ {
		if s[k] != '_' {
			continue
		}
		prevOK := k > 0 && (isD(s[k-1]) || (based && k == 2))
		nextOK := k+1 < len(s) && isD(s[k+1])
		if !prevOK || !nextOK {
			kind := "decimal"
			if based {
				kind = map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[s[1]|0x20]
			}
			return "", &lowerError{line, "invalid " + kind + " literal"}
		}
	}
	return strings.ReplaceAll(s, "_", ""), nil
}
