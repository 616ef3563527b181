package compiler

import "strings"

// Reserved builtins (identities) that mark the parts of a decorated def statement for the
// decorator repair (see reorderDecorators).
const (
	decoMark   = "__gowsgi_deco__"   // wraps the first decorator
	defsMark   = "__gowsgi_defs__"   // wraps the first positional default or annotation
	kwdefsMark = "__gowsgi_kwdefs__" // wraps the first keyword-only default
)

// Parameter kinds.
const (
	paramPlain   = iota // name[: T][= v]
	paramSlash          // the positional-only marker /
	paramStar           // the bare * before keyword-only parameters
	paramVarargs        // *name[: T]
	paramKwargs         // **name[: T]
)

// param is one parameter of a def or lambda: tokens [from, to), the ':' and '=' at its
// depth (-1 when absent) and whether it is keyword-only.
type param struct {
	from, to  int
	kind      int
	colon, eq int
	kwonly    bool
}

// params splits the parameter tokens [from, to), at bracket depth d, at their commas.
func (l *lowerer) params(from, to, d int) []param {
	var out []param
	start := from
	afterStar := false
	add := func(end int) {
		first := l.firstCode(start, end)
		if first < 0 {
			return
		}
		last := l.lastCode(first, end)
		p := param{from: first, to: last + 1, colon: -1, eq: -1}
		switch {
		case l.isOp(first, "/"):
			p.kind = paramSlash
		case l.isOp(first, "**"):
			p.kind = paramKwargs
		case l.isOp(first, "*") && first == last:
			p.kind, afterStar = paramStar, true
		case l.isOp(first, "*"):
			p.kind, afterStar = paramVarargs, true
		default:
			p.kwonly = afterStar
		}
		for i := first; i <= last; i++ {
			if l.toks[i].depth != d || l.toks[i].kind != tkOp {
				continue
			}
			switch {
			case l.text(i) == ":" && p.colon < 0 && p.eq < 0:
				p.colon = i
			case l.text(i) == "=" && p.eq < 0:
				p.eq = i
			}
		}
		out = append(out, p)
	}
	for i := from; i < to; i++ {
		if l.toks[i].depth == d && l.toks[i].kind == tkName && l.text(i) == "lambda" {
			if c := l.lambdaColon(i, to); c > 0 {
				i = c // the commas of a lambda default's parameters
			}
			continue
		}
		if l.toks[i].depth == d && l.isOp(i, ",") {
			add(i)
			start = i + 1
		}
	}
	add(to)
	return out
}

// kwonlyOrder returns the keyword-only parameters (indices into ps) with those having a
// default first, each group in source order. gpython's compiler gives the n keyword-only
// defaults to the first n keyword-only parameters, so that is the order it needs.
func kwonlyOrder(ps []param) (order []int, moved bool) {
	var req []int
	for i, p := range ps {
		if p.kind != paramPlain || !p.kwonly {
			continue
		}
		if p.eq < 0 {
			req = append(req, i)
			continue
		}
		moved = moved || len(req) > 0
		order = append(order, i)
	}
	return append(order, req...), moved
}

// reorderKwonly makes lowerRange emit the keyword-only parameters of ps with the defaulted
// ones first ("*, c, d=4" becomes "*, d=4, c"); the commas and gaps stay where they were.
func (l *lowerer) reorderKwonly(ps []param) error {
	order, moved := kwonlyOrder(ps)
	if !moved {
		return nil
	}
	texts := make([]string, len(order))
	for k, pi := range order {
		s, err := l.lowerRange(ps[pi].from, ps[pi].to)
		if err != nil {
			return err
		}
		texts[k] = s
	}
	k := 0
	for _, p := range ps {
		if p.kind == paramPlain && p.kwonly {
			l.replace(p.from, p.to, texts[k])
			k++
		}
	}
	return nil
}

// replace makes lowerRange emit text instead of tokens [from, to) (not empty).
func (l *lowerer) replace(from, to int, text string) {
	if from >= to {
		return // nothing to replace: the parser reports the missing expression
	}
	if l.repl == nil {
		l.repl = map[int]replacement{}
	}
	l.repl[from] = replacement{to, text}
}

// replacement is lowered text standing for tokens up to end.
type replacement struct {
	end  int
	text string
}

// wrap makes lowerRange emit "name(<tokens [from, to)>)".
func (l *lowerer) wrap(from, to int, name string) error {
	s, err := l.lowerRange(from, to)
	if err != nil {
		return err
	}
	l.replace(from, to, name+"("+s+")")
	return nil
}

// defHeader finds the parameter list of the def header starting at token first ("def" or
// "async"): the '(' and ')' tokens, and the '->' and closing ':' (arrow -1 when absent).
func (l *lowerer) defHeader(first, to int) (open, closeIdx, arrow, colon int, ok bool) {
	open = first + 2
	if l.text(first) == "async" {
		open++
	}
	if open >= to || !l.isOp(open, "(") {
		return 0, 0, 0, 0, false
	}
	closeIdx = l.closingBracket(open)
	if closeIdx < 0 || closeIdx >= to {
		return 0, 0, 0, 0, false
	}
	arrow, colon = -1, -1
	for i := closeIdx + 1; i < to && colon < 0; i++ {
		switch {
		case l.toks[i].depth != l.toks[first].depth:
		case l.isOp(i, "->"):
			arrow = i
		case l.isOp(i, ":"):
			colon = i
		}
	}
	return open, closeIdx, arrow, colon, colon >= 0
}

// defNeedsMarks reports whether a decorated def with this header would be miscompiled by
// gpython: it evaluates the decorators after the defaults and annotations, between them and
// the function on the stack, so MAKE_FUNCTION takes decorators for defaults.
func (l *lowerer) defNeedsMarks(first, to int) bool {
	open, closeIdx, arrow, _, ok := l.defHeader(first, to)
	if !ok {
		return false
	}
	if arrow >= 0 {
		return true
	}
	for _, p := range l.params(open+1, closeIdx, l.toks[open].depth+1) {
		if p.colon >= 0 || p.eq >= 0 {
			return true
		}
	}
	return false
}

// lowerDefHeader lowers a def header line [from, to): keyword-only parameters reordered for
// gpython, and, when marked (a decorated def needing the decorator repair), the first value
// gpython's compiler evaluates wrapped in a marker. "async def" loses its "async" (see
// async.go); a body on the header line gets the prefixes a body's first line would get.
func (l *lowerer) lowerDefHeader(from, to int, marked bool) (string, error) {
	open, closeIdx, arrow, colon, ok := l.defHeader(from, to)
	if !ok {
		return l.lowerRange(from, to)
	}
	ps := l.params(open+1, closeIdx, l.toks[open].depth+1)
	l.recordParams(open-2, l.text(open-1), ps)
	if marked {
		if err := l.markFirstValue(ps, arrow, colon); err != nil {
			return "", err
		}
	}
	if err := l.reorderKwonly(ps); err != nil {
		return "", err
	}
	async := l.text(from) == "async"
	start, keep := from, ""
	if async {
		start = l.nextCode(from)
		if gap := l.src[l.toks[from].end:l.toks[start].start]; strings.Contains(gap, "\n") {
			keep = gap // a continuation line
		}
	}
	if colon == to-1 {
		s, err := l.lowerRange(start, to)
		return keep + s, err
	}
	head, err := l.lowerRange(start, colon+1)
	if err != nil {
		return "", err
	}
	head = keep + head
	body, err := l.lowerRange(colon+1, to)
	if err != nil {
		return "", err
	}
	gap := l.src[l.toks[colon].end:l.toks[colon+1].start]
	return head + gap + l.oneLinePrefix(colon+1, to, async) + body, nil
}

// markFirstValue wraps the first value gpython's compiler emits for a def (positional
// defaults, then keyword-only defaults, then annotations of positional, *args, keyword-only
// and **kwargs parameters, then the return annotation) in defsMark or kwdefsMark.
func (l *lowerer) markFirstValue(ps []param, arrow, colon int) error {
	for _, p := range ps {
		if p.kind == paramPlain && !p.kwonly && p.eq >= 0 {
			return l.wrap(p.eq+1, p.to, defsMark)
		}
	}
	order, _ := kwonlyOrder(ps)
	if len(order) > 0 && ps[order[0]].eq >= 0 {
		p := ps[order[0]]
		return l.wrap(p.eq+1, p.to, kwdefsMark)
	}
	for _, keep := range []func(param) bool{
		func(p param) bool { return p.kind == paramPlain && !p.kwonly },
		func(p param) bool { return p.kind == paramVarargs },
		func(p param) bool { return p.kind == paramPlain && p.kwonly && p.eq >= 0 },
		func(p param) bool { return p.kind == paramPlain && p.kwonly && p.eq < 0 },
		func(p param) bool { return p.kind == paramKwargs },
	} {
		for _, p := range ps {
			if !keep(p) || p.colon < 0 {
				continue
			}
			end := p.to
			if p.eq >= 0 {
				end = p.eq
			}
			return l.wrap(p.colon+1, end, defsMark)
		}
	}
	if arrow >= 0 {
		return l.wrap(arrow+1, colon, defsMark)
	}
	return nil
}

// lowerLambdaParams reorders the keyword-only parameters of the lambda at token i.
func (l *lowerer) lowerLambdaParams(i, to int) error {
	colon := l.lambdaColon(i, to)
	if colon < 0 {
		return nil
	}
	ps := l.params(i+1, colon, l.toks[i].depth)
	l.recordParams(i, "<lambda>", ps)
	return l.reorderKwonly(ps)
}

// lambdaColon returns the ':' ending the parameters of the lambda at token i, or -1.
func (l *lowerer) lambdaColon(i, to int) int {
	d := l.toks[i].depth
	for j := i + 1; j < to; j++ {
		t := l.toks[j]
		if t.depth < d {
			return -1
		}
		if t.depth == d && l.isOp(j, ":") {
			return j
		}
		if t.depth == d && t.kind == tkName && l.text(j) == "lambda" {
			// a lambda default of a lambda: skip its parameters
			if j = l.lambdaColon(j, to); j < 0 {
				return -1
			}
		}
	}
	return -1
}

// findMarkedDefs finds the decorated def statements needing the decorator repair: it returns the
// logical line indices of their first decorators and of their def lines.
func (l *lowerer) findMarkedDefs() (decos, defs map[int]bool) {
	decos, defs = map[int]bool{}, map[int]bool{}
	for idx, ln := range l.lines {
		first := l.firstCode(ln.from, ln.to)
		if idx == 0 || l.headerKeyword(first) != "def" {
			continue
		}
		d := idx
		for d > 0 && l.isOp(l.firstCode(l.lines[d-1].from, l.lines[d-1].to), "@") {
			d--
		}
		if d == idx || !l.defNeedsMarks(first, l.lastCode(first, ln.to)+1) {
			continue
		}
		decos[d], defs[idx] = true, true
	}
	return decos, defs
}

// isIdentifier reports whether s is a Python identifier (ASCII check; a def's name, unlike
// the names of lambda and comprehension code objects).
func isIdentifier(s string) bool {
	return s != "" && !strings.ContainsAny(s, "<>. ")
}
