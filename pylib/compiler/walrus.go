package compiler

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// Reserved builtins for assignment expressions (PEP 572).
const (
	walrusBuiltin = "__gowsgi_walrus__" // (value, lambda: name) -> value, binding name
	keepBuiltin   = "__gowsgi_keep__"   // (lambda: name) -> its value, or unboundMarker
	unsetBuiltin  = "__gowsgi_unset__"  // (lambda: name): unbinds name if it holds unboundMarker
)

// An assignment expression "name := value" becomes "__gowsgi_walrus__((value), lambda: name)".
// The lambda's closure cell is the variable itself, which the builtin sets (at module level,
// where the lambda reads a global, it sets the global). In a function the variable must be a
// local of that function, also when the ":=" stands in a comprehension (PEP 572), so some
// simple statement of the function body gets the prefix
//
//	name = __gowsgi_keep__(lambda: name); __gowsgi_unset__(lambda: name);
//
// a binding for the compiler that changes nothing when it runs: it stores the variable's own
// value, or a marker that the second call removes again.

// walrusEnd returns the end of the value of an assignment expression starting at token from,
// at bracket depth d: the first ',', ':', ';', '=' or 'for' at depth d, or the enclosing closing bracket.
func (l *lowerer) walrusEnd(from, to, d int) int {
	for j := from; j < to; j++ {
		t := l.toks[j]
		if t.depth < d || t.kind == tkNewline || t.kind == tkEOF {
			return j
		}
		if t.depth != d {
			continue
		}
		if t.kind == tkName && l.text(j) == "lambda" {
			if c := l.lambdaColon(j, to); c > 0 {
				j = c
			}
			continue
		}
		if t.kind == tkName && (l.text(j) == "for" || l.text(j) == "async") {
			return j
		}
		if t.kind == tkOp {
			switch l.text(j) {
			case ",", ":", ";", "=":
				return j
			}
		}
	}
	return to
}

// isWalrusTarget reports whether token i is the name of an assignment expression.
func (l *lowerer) isWalrusTarget(i, to int) bool {
	if l.toks[i].kind != tkName || keywords[l.text(i)] {
		return false
	}
	next := l.nextCode(i)
	return next > i && next < to && l.isOp(next, ":=")
}

// lowerWalrus lowers the assignment expression whose target is token i; it returns the text
// and the index of the last token consumed.
func (l *lowerer) lowerWalrus(i, to int) (string, int, error) {
	op := l.nextCode(i)
	start := l.nextCode(op)
	end := l.walrusEnd(start, to, l.toks[i].depth)
	if start >= end {
		return "", 0, &lowerError{l.toks[i].line, "invalid syntax"}
	}
	value, err := l.lowerRange(start, end)
	if err != nil {
		return "", 0, err
	}
	name := l.text(i)
	gaps := lineBreaks(l.src[l.toks[i].end:l.toks[op].start] + l.src[l.toks[op].end:l.toks[start].start])
	return walrusBuiltin + "((" + gaps + value + "), lambda: " + name + ")", end - 1, nil
}

// walrusBindings returns, for the logical lines that host them, the prefixes binding the
// targets of assignment expressions as locals of their function (see above). Names the
// function declares global or nonlocal need none.
func (l *lowerer) walrusBindings() map[int]string {
	targets := map[int]map[string]bool{}  // function scope -> names
	declared := map[int]map[string]bool{} // function scope -> global/nonlocal names
	for _, ln := range l.lines {
		if l.scopes[ln.scope].kind != scopeFunction {
			continue
		}
		first := l.firstCode(ln.from, ln.to)
		if w := l.text(first); w == "global" || w == "nonlocal" {
			if declared[ln.scope] == nil {
				declared[ln.scope] = map[string]bool{}
			}
			for i := first + 1; i < ln.to; i++ {
				if l.toks[i].kind == tkName {
					declared[ln.scope][l.text(i)] = true
				}
			}
		}
		for i := ln.from; i < ln.to; i++ {
			if l.isWalrusTarget(i, ln.to) {
				if targets[ln.scope] == nil {
					targets[ln.scope] = map[string]bool{}
				}
				targets[ln.scope][l.text(i)] = true
			}
		}
	}
	out := map[int]string{}
	for scope, names := range targets {
		if host := l.bindingHost(scope); host >= 0 {
			out[host] = localBindings(names, declared[scope])
		}
	}
	return out
}

// localBindings returns the statements binding names, but not the declared ones, as locals.
func localBindings(names, declared map[string]bool) string {
	var sorted []string
	for n := range names {
		if !declared[n] {
			sorted = append(sorted, n)
		}
	}
	sort.Strings(sorted)
	var b strings.Builder
	for _, n := range sorted {
		b.WriteString(n + " = " + keepBuiltin + "(lambda: " + n + "); " + unsetBuiltin + "(lambda: " + n + "); ")
	}
	return b.String()
}

// oneLinePrefix returns what the body [from, to) of a def on its header line needs in front:
// the local bindings of its assignment expressions' targets, and for an async def a yield.
func (l *lowerer) oneLinePrefix(from, to int, async bool) string {
	names, declared := map[string]bool{}, map[string]bool{}
	for i := from; i < to; i++ {
		if w := l.text(i); l.toks[i].depth == l.toks[from].depth && (w == "global" || w == "nonlocal") {
			for j := i + 1; j < to && !l.isOp(j, ";"); j++ {
				declared[l.text(j)] = true
			}
		}
		if l.isWalrusTarget(i, to) {
			names[l.text(i)] = true
		}
	}
	prefix := localBindings(names, declared)
	if async {
		prefix += asyncYield
	}
	return prefix
}

// bindingHost returns the first logical line of a function scope that a simple statement can
// be put in front of (not a docstring, global or nonlocal), or -1.
func (l *lowerer) bindingHost(scope int) int {
	for idx, ln := range l.lines {
		if ln.scope != scope || l.isDocstring(ln) {
			continue
		}
		first := l.firstCode(ln.from, ln.to)
		if w := l.text(first); w == "global" || w == "nonlocal" || w == "async" || keywords[w] && !l.isSimpleStatement(first) {
			continue
		}
		if l.isOp(first, "@") || l.endsWithColon(first, ln.to-1) {
			continue
		}
		return idx
	}
	return -1
}

// unboundMarker is what __gowsgi_keep__ returns for an unbound variable.
var unboundMarker = py.NewType("__gowsgi_unbound__", "marker of an unbound variable")

type unbound struct{}

func (unbound) Type() *py.Type { return unboundMarker }

// closureCell returns the one cell of a "lambda: name" closure, or nil (a global name).
func closureCell(fn py.Object, builtin string) (*py.Cell, *py.Function, error) {
	f, ok := fn.(*py.Function)
	if !ok {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s: expected a lambda", builtin)
	}
	if len(f.Closure) == 1 {
		if c, ok := f.Closure[0].(*py.Cell); ok {
			return c, f, nil
		}
	}
	if len(f.Closure) != 0 || len(f.Code.Names) != 1 {
		return nil, nil, py.ExceptionNewf(py.SystemError, "%s: unexpected lambda", builtin)
	}
	return nil, f, nil
}

func builtinWalrus(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 2 arguments (%d given)", walrusBuiltin, len(args))
	}
	cell, f, err := closureCell(args[1], walrusBuiltin)
	if err != nil {
		return nil, err
	}
	if cell != nil {
		cell.Set(args[0])
	} else {
		f.Globals[f.Code.Names[0]] = args[0]
	}
	return args[0], nil
}

func builtinKeep(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 argument (%d given)", keepBuiltin, len(args))
	}
	cell, f, err := closureCell(args[0], keepBuiltin)
	if err != nil {
		return nil, err
	}
	if cell != nil {
		if v := cell.Get(); v != nil {
			return v, nil
		}
		return unbound{}, nil
	}
	if v, ok := f.Globals[f.Code.Names[0]]; ok {
		return v, nil
	}
	return unbound{}, nil
}

func builtinUnset(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 argument (%d given)", unsetBuiltin, len(args))
	}
	cell, f, err := closureCell(args[0], unsetBuiltin)
	if err != nil {
		return nil, err
	}
	if cell != nil {
		if _, ok := cell.Get().(unbound); ok {
			cell.Delete()
		}
		return py.None, nil
	}
	if _, ok := f.Globals[f.Code.Names[0]].(unbound); ok {
		delete(f.Globals, f.Code.Names[0])
	}
	return py.None, nil
}

// lineBreaks returns the gap text dropped tokens stood in when it breaks lines (comments and
// line breaks kept), else "".
func lineBreaks(gap string) string {
	if strings.ContainsAny(gap, "\n\r") {
		return gap
	}
	return ""
}
