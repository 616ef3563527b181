package compiler

import (
	"sort"
	"strings"
)

// padForProbe rewrites lowered source for the probe compile (never run) that classifies
// ambiguous DEREF instructions. Every function and lambda gets a first parameter "A" that an
// inner "lambda: A" captures, making "A" its first cell; every comprehension gets a loop
// variable "A" that a "lambda: A" captures, and every class body a "lambda: A", so "A" becomes
// its first free variable when an enclosing function exists. User identifiers starting with "A" become "A0..." so the dummy sorts strictly first
// while the order of all other names is unchanged. No DEREF instruction is added, so the
// instructions of the two compiles pair up one to one.
func padForProbe(src string) (string, error) {
	toks, err := tokenize(src)
	if err != nil {
		return "", err
	}
	p := &padder{src: src, toks: toks}
	for i, t := range toks {
		switch {
		case t.kind == tkName && strings.HasPrefix(p.text(i), "A"):
			p.edit(t.start, t.start+1, "A0")
		case t.kind == tkName && p.text(i) == "def":
			p.padDef(i)
		case t.kind == tkName && p.text(i) == "class":
			if colon := p.colonAt(i+1, t.depth); colon > 0 {
				p.padBody(colon)
			}
		case t.kind == tkName && p.text(i) == "lambda":
			p.padLambda(i)
		case t.kind == tkOp && strings.Contains("([{", p.text(i)):
			p.padComprehension(i)
		}
	}
	return p.apply(), nil
}

type padEdit struct {
	start, end int
	text       string
	seq        int
}

type padder struct {
	src   string
	toks  []token
	edits []padEdit
}

func (p *padder) text(i int) string { return p.src[p.toks[i].start:p.toks[i].end] }

func (p *padder) edit(start, end int, text string) {
	p.edits = append(p.edits, padEdit{start, end, text, len(p.edits)})
}

func (p *padder) apply() string {
	sort.SliceStable(p.edits, func(i, j int) bool {
		if p.edits[i].start != p.edits[j].start {
			return p.edits[i].start < p.edits[j].start
		}
		return p.edits[i].seq < p.edits[j].seq
	})
	var b strings.Builder
	pos := 0
	for _, e := range p.edits {
		if e.start < pos {
			continue
		}
		b.WriteString(p.src[pos:e.start])
		b.WriteString(e.text)
		pos = e.end
	}
	b.WriteString(p.src[pos:])
	return b.String()
}

// nextCode returns the next token after i that is not a comment or NL.
func (p *padder) nextCode(i int) int {
	for i++; i < len(p.toks); i++ {
		if k := p.toks[i].kind; k != tkComment && k != tkNL {
			return i
		}
	}
	return len(p.toks) - 1
}

// colonAt finds the ':' at bracket depth d ending a header or lambda parameter list that
// starts at token from, skipping the colons of lambdas met on the way.
func (p *padder) colonAt(from, d int) int {
	lambdas := 0
	for i := from; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.kind == tkNewline || t.kind == tkEOF || t.depth < d {
			return -1
		}
		if t.depth != d {
			continue
		}
		if t.kind == tkName && p.text(i) == "lambda" {
			lambdas++
		}
		if t.kind == tkOp && p.text(i) == ":" {
			if lambdas == 0 {
				return i
			}
			lambdas--
		}
	}
	return -1
}

func (p *padder) padDef(i int) {
	open := i + 2
	if open >= len(p.toks) || p.text(open) != "(" {
		return
	}
	if p.text(p.nextCode(open)) == ")" {
		p.edit(p.toks[open].end, p.toks[open].end, probeName)
	} else {
		p.edit(p.toks[open].end, p.toks[open].end, probeName+", ")
	}
	if colon := p.colonAt(open+1, p.toks[i].depth); colon > 0 {
		p.padBody(colon)
	}
}

// padBody adds "(lambda:A)" as the first statement of the body after the header colon.
func (p *padder) padBody(colon int) {
	next := p.nextCode(colon)
	if p.toks[next].kind != tkNewline {
		p.edit(p.toks[colon].end, p.toks[colon].end, "(lambda:"+probeName+");")
		return
	}
	first := p.nextCode(next)
	if p.toks[first].kind == tkEOF {
		return
	}
	ls := strings.LastIndexByte(p.src[:p.toks[first].start], '\n') + 1
	p.edit(ls, ls, p.src[ls:p.toks[first].start]+"(lambda:"+probeName+")\n")
}

func (p *padder) padLambda(i int) {
	end := p.toks[i].end
	if p.text(p.nextCode(i)) == ":" {
		p.edit(end, end, " "+probeName)
	} else {
		p.edit(end, end, " "+probeName+",")
	}
	if colon := p.colonAt(i+1, p.toks[i].depth); colon > 0 {
		p.edit(p.toks[colon].end, p.toks[colon].end, " (lambda:"+probeName+") if 0 else")
	}
}

// padComprehension adds "for A in () if (lambda:A)" at the end of a bracketed comprehension,
// making "A" its first cell (a comprehension at module level has no enclosing function whose
// "A" it could capture).
func (p *padder) padComprehension(open int) {
	d := p.toks[open].depth + 1
	isComp := false
	for i := open + 1; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.depth == d && t.kind == tkName && p.text(i) == "for" {
			isComp = true
		}
		if t.depth == d-1 && t.kind == tkOp && strings.Contains(")]}", p.text(i)) {
			if isComp {
				p.edit(t.start, t.start, " for "+probeName+" in () if (lambda:"+probeName+")")
			}
			return
		}
		if t.depth < d {
			return
		}
	}
}
