package compiler

// Private name mangling. Inside a class body, and in every function nested in it, an
// identifier "__x" that does not end in "__" means "_Class__x" (Class without its leading
// underscores; a class named only of underscores mangles nothing): names, attributes after a
// dot, def and parameter names; not the keywords of a call (f(__x=1) passes "__x"). gpython's compiler does not mangle, so the
// lowering rewrites such identifiers in the source before anything else.
//
// Not done: a def or class named "__x" in a class body gets "_Class__x" as its __name__ too
// (CPython keeps "__x" there), and f-string fields are left as written.

import "strings"

// mangleSource returns src with private names mangled, and whether anything changed.
func mangleSource(src string, toks []token) (string, bool) {
	if !strings.Contains(src, "__") || !strings.Contains(src, "class") {
		return src, false
	}
	l := &lowerer{src: src, toks: toks}
	l.splitLines()
	var b strings.Builder
	prev := 0
	for _, ln := range l.lines {
		owner := l.enclosingClass(ln.scope)
		if owner == "" {
			continue
		}
		for i := ln.from; i < ln.to; i++ {
			t := l.toks[i]
			if t.kind != tkName || !isPrivateName(l.text(i)) || l.isCallKeyword(i, ln) {
				continue
			}
			b.WriteString(src[prev:t.start])
			b.WriteString("_" + owner + l.text(i))
			prev = t.end
		}
	}
	if prev == 0 {
		return src, false
	}
	b.WriteString(src[prev:])
	return b.String(), true
}

// enclosingClass returns the name, without leading underscores, of the innermost class whose
// body holds scope (directly or through functions), or "".
func (l *lowerer) enclosingClass(scope int) string {
	for s := scope; s > 0; s = l.scopes[s].parent {
		if l.scopes[s].kind == scopeClass {
			return strings.TrimLeft(l.scopes[s].name, "_")
		}
	}
	return ""
}

// isPrivateName reports whether name is mangled inside a class: "__x", not "__x__".
func isPrivateName(name string) bool {
	return len(name) > 2 && strings.HasPrefix(name, "__") && !strings.HasSuffix(name, "__")
}

// isCallKeyword reports whether the name at i is a keyword argument of a call: "name=" after
// "(" or "," inside brackets, outside a def's parameter list.
func (l *lowerer) isCallKeyword(i int, ln logicalLine) bool {
	if l.toks[i].depth == 0 || !l.isOp(i+1, "=") || i == ln.from || !(l.isOp(i-1, "(") || l.isOp(i-1, ",")) {
		return false
	}
	first := l.firstCode(ln.from, ln.to)
	return !(l.headerKeyword(first) == "def" && l.toks[i].depth == 1)
}
