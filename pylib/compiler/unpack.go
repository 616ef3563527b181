package compiler

import (
	"strings"
)

// Reserved builtins for the unpacking generalizations of Python 3.5 (PEP 448).
const (
	starBuiltin  = "__gowsgi_star__"
	listBuiltin  = "__gowsgi_list__"
	tupleBuiltin = "__gowsgi_tuple__"
	setBuiltin   = "__gowsgi_set__"
	dictBuiltin  = "__gowsgi_dict__"
)

// element is one comma-separated item of a bracket group: its code tokens [from, to).
type element struct{ from, to int }

// lowerUnpacking rewrites the bracket group opened at token open when it uses unpacking that
// Python 3.4 lacks:
//
//	[a, *b]          → __gowsgi_list__(a, __gowsgi_star__(b))
//	(*a, 1)          → __gowsgi_tuple__(__gowsgi_star__(a), 1)
//	{*a, 1}          → __gowsgi_set__(__gowsgi_star__(a), 1)
//	{**a, 'k': 1}    → __gowsgi_dict__(__gowsgi_star__(a), ('k', 1))
//	f(*a, *b, **c, k=1, **d) → f(*__gowsgi_tuple__(...), **__gowsgi_dict__(...))
//
// It returns the text and the index of the closing bracket, or ok false to leave the group.
func (l *lowerer) lowerUnpacking(open, to int) (text string, closeIdx int, ok bool, err error) {
	closeIdx = l.closingBracket(open)
	if closeIdx < 0 || closeIdx >= to || l.isTarget(open, closeIdx) {
		return "", 0, false, nil
	}
	elems, comp := l.elements(open, closeIdx)
	if comp || len(elems) == 0 {
		return "", 0, false, nil
	}
	prev := l.prevCode(open)
	afterExpr := prev >= 0 && l.endsExpr(prev)
	switch br := l.text(open); {
	case br == "(" && afterExpr:
		if pp := l.prevCode(prev); (pp >= 0 && l.text(pp) == "def") || !l.callNeedsLowering(elems) {
			return "", 0, false, nil
		}
		text, err = l.lowerCallArgs(open, closeIdx, elems)
		return text, closeIdx, err == nil, err
	case br == "[" && afterExpr:
		return "", 0, false, nil // a subscript
	case br == "{" && l.isDict(elems):
		if !l.anyStarred(elems, "**") {
			return "", 0, false, nil
		}
		text, err = l.lowerDisplay(dictBuiltin, open, closeIdx, elems, true)
		return text, closeIdx, err == nil, err
	}
	if !l.anyStarred(elems, "*") {
		return "", 0, false, nil
	}
	name := map[string]string{"(": tupleBuiltin, "[": listBuiltin, "{": setBuiltin}[l.text(open)]
	text, err = l.lowerDisplay(name, open, closeIdx, elems, false)
	return text, closeIdx, err == nil, err
}

// isTarget reports whether the group is an assignment or for-loop target, where starred
// items are 3.0 syntax that must stay.
func (l *lowerer) isTarget(open, closeIdx int) bool {
	next := l.nextCode(closeIdx)
	if next < 0 {
		return false
	}
	if l.isOp(next, "=") {
		return true
	}
	prev := l.prevCode(open)
	return l.toks[next].kind == tkName && l.text(next) == "in" && prev >= 0 && l.text(prev) == "for"
}

// endsExpr reports whether token i can end an expression (so a following '(' is a call).
func (l *lowerer) endsExpr(i int) bool {
	t := l.toks[i]
	switch t.kind {
	case tkName:
		w := l.text(i)
		return !keywords[w] || w == "None" || w == "True" || w == "False"
	case tkNumber, tkString:
		return true
	case tkOp:
		w := l.text(i)
		return w == ")" || w == "]" || w == "}"
	}
	return false
}

// elements splits the group between open and closeIdx at its top-level commas; comp reports a
// comprehension.
func (l *lowerer) elements(open, closeIdx int) (elems []element, comp bool) {
	d := l.toks[open].depth + 1
	start := -1
	for i := open + 1; i < closeIdx; i++ {
		t := l.toks[i]
		if t.kind == tkComment || t.kind == tkNL {
			continue
		}
		if t.depth == d && t.kind == tkName && l.text(i) == "for" {
			return nil, true
		}
		if t.depth == d && l.isOp(i, ",") {
			if start >= 0 {
				elems = append(elems, element{start, l.lastCode(start, i) + 1})
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		elems = append(elems, element{start, l.lastCode(start, closeIdx) + 1})
	}
	return elems, false
}

func (l *lowerer) anyStarred(elems []element, star string) bool {
	for _, e := range elems {
		if l.isOp(e.from, star) {
			return true
		}
	}
	return false
}

// isDict reports whether a brace group's items are key: value pairs or ** items.
func (l *lowerer) isDict(elems []element) bool {
	e := elems[0]
	return l.isOp(e.from, "**") || l.topColon(e) >= 0
}

// topColon returns the element's top-level ':' or -1.
func (l *lowerer) topColon(e element) int {
	d := l.toks[e.from].depth
	for i := e.from; i < e.to; i++ {
		if l.toks[i].depth == d && l.isOp(i, ":") {
			return i
		}
	}
	return -1
}

// callNeedsLowering reports whether call arguments go beyond 3.4's grammar: one *args after
// the positional arguments, one **kwargs last.
func (l *lowerer) callNeedsLowering(elems []element) bool {
	stars, dstars := 0, 0
	for _, e := range elems {
		switch {
		case dstars > 0:
			return true
		case l.isOp(e.from, "**"):
			dstars++
		case l.isOp(e.from, "*"):
			stars++
		case stars > 0 && !l.isKeywordArg(e):
			return true
		}
	}
	return stars > 1
}

func (l *lowerer) isKeywordArg(e element) bool {
	return e.to-e.from >= 3 && l.toks[e.from].kind == tkName && l.isOp(e.from+1, "=")
}

// lowerItem lowers one display item or argument: *x and **x become __gowsgi_star__(x),
// k: v (dict) and k=v (keyword argument) become ('k', v) pairs.
func (l *lowerer) lowerItem(e element, dict bool) (string, error) {
	if l.isOp(e.from, "*") || l.isOp(e.from, "**") {
		inner, err := l.lowerRange(e.from+1, e.to)
		return starBuiltin + "(" + inner + ")", err
	}
	if colon := l.topColon(e); dict && colon > e.from {
		key, err := l.lowerRange(e.from, colon)
		if err != nil {
			return "", err
		}
		value, err := l.lowerRange(colon+1, e.to)
		gap1 := l.src[l.toks[colon-1].end:l.toks[colon].start]
		gap2 := l.src[l.toks[colon].end:l.toks[colon+1].start]
		return "(" + key + gap1 + "," + gap2 + value + ")", err
	}
	if l.isKeywordArg(e) {
		value, err := l.lowerRange(e.from+2, e.to)
		return "(" + pyQuote(l.text(e.from)) + ", " + value + ")", err
	}
	return l.lowerRange(e.from, e.to)
}

// lowerDisplay writes name(items) in place of the bracket group, keeping every gap.
func (l *lowerer) lowerDisplay(name string, open, closeIdx int, elems []element, dict bool) (string, error) {
	var b strings.Builder
	b.WriteString(name + "(")
	prevEnd := l.toks[open].end
	for _, e := range elems {
		b.WriteString(l.src[prevEnd:l.toks[e.from].start])
		s, err := l.lowerItem(e, dict)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		prevEnd = l.toks[e.to-1].end
	}
	b.WriteString(l.src[prevEnd:l.toks[closeIdx].start])
	b.WriteString(")")
	return b.String(), nil
}

// lowerCallArgs regroups call arguments into one *tuple and one **dict. Arguments keep their
// order within each group; the line breaks between them move to the end.
func (l *lowerer) lowerCallArgs(open, closeIdx int, elems []element) (string, error) {
	var pos, kw []string
	lines := 0
	prevEnd := l.toks[open].end
	for _, e := range elems {
		lines += strings.Count(l.src[prevEnd:l.toks[e.from].start], "\n")
		s, err := l.lowerItem(e, false)
		if err != nil {
			return "", err
		}
		if l.isOp(e.from, "**") || l.isKeywordArg(e) {
			kw = append(kw, s)
		} else {
			pos = append(pos, s)
		}
		prevEnd = l.toks[e.to-1].end
	}
	lines += strings.Count(l.src[prevEnd:l.toks[closeIdx].start], "\n")
	var parts []string
	if len(pos) > 0 {
		parts = append(parts, "*"+tupleBuiltin+"("+strings.Join(pos, ", ")+")")
	}
	if len(kw) > 0 {
		parts = append(parts, "**"+dictBuiltin+"("+strings.Join(kw, ", ")+")")
	}
	return "(" + strings.Join(parts, ", ") + strings.Repeat("\n", lines) + ")", nil
}
