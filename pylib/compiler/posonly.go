package compiler

// Positional-only parameters (PEP 570). gpython's grammar has no "/" in parameter lists, so the
// lowering drops the marker, and markPosonly later renames the positional-only parameters of
// the function's code object in co_varnames to "name/" (PosonlySuffix): a keyword argument can
// no longer bind them, and the evaluator, seeing a keyword equal to such a name without the
// suffix, raises CPython's "got some positional-only arguments passed as keyword arguments"
// TypeError (or, when the function has **kwargs, puts the keyword there).
//
// Code objects carry no column and gpython sets no first line, so the lowering records every
// def and lambda with positional parameters: its signature (code object name and positional
// parameter names) and, for those with a "/", the rank among same-signature functions in source
// order. Visiting code objects parent first and siblings in order (as the compiler adds them
// to co_consts) meets same-signature functions in that same order.

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
)

// PosonlySuffix ends the co_varnames entry of a positional-only parameter.
const PosonlySuffix = "/"

// posonlyDef is a def or lambda with positional-only parameters, as the lowering saw it.
type posonlyDef struct {
	sig   string // code object name and positional parameter names
	rank  int    // how many functions with the same sig come before it in the source
	count int    // how many parameters come before the "/"
}

// funcSig is one def or lambda that has positional parameters.
type funcSig struct {
	sig   string
	count int // parameters before a "/", 0 when there is none
}

// signature identifies a code object for markPosonly.
func signature(name string, params []string) string {
	return name + "(" + strings.Join(params, ",") + ")"
}

// recordParams notes the def or lambda at token kw, whose parameters are ps; name is its code
// object's name.
func (l *lowerer) recordParams(kw int, name string, ps []param) {
	count := 0
	var names []string
	for _, p := range ps {
		switch {
		case p.kind == paramSlash:
			count = len(names)
		case p.kind == paramPlain && !p.kwonly:
			names = append(names, l.text(p.from))
		}
	}
	if len(names) == 0 {
		return
	}
	if l.funcs == nil {
		l.funcs = map[int]funcSig{}
	}
	l.funcs[kw] = funcSig{sig: signature(name, names), count: count}
}

// posonlyDefs returns the defs and lambdas that have positional-only parameters.
func (l *lowerer) posonlyDefs() []posonlyDef {
	keys := make([]int, 0, len(l.funcs))
	for k := range l.funcs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	seen := map[string]int{}
	var out []posonlyDef
	for _, k := range keys {
		f := l.funcs[k]
		if f.count > 0 {
			out = append(out, posonlyDef{sig: f.sig, rank: seen[f.sig], count: f.count})
		}
		seen[f.sig]++
	}
	return out
}

// markPosonly renames the positional-only parameters of the recorded functions in code and
// the code objects nested in it.
func markPosonly(code *py.Code, defs []posonlyDef) {
	if len(defs) == 0 {
		return
	}
	type key struct {
		sig  string
		rank int
	}
	want := make(map[key]int, len(defs))
	for _, d := range defs {
		want[key{d.sig, d.rank}] = d.count
	}
	seen := map[string]int{}
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		if c.Argcount > 0 && int(c.Argcount) <= len(c.Varnames) {
			sig := signature(c.Name, c.Varnames[:c.Argcount])
			if n, ok := want[key{sig, seen[sig]}]; ok {
				for j := 0; j < n; j++ {
					c.Varnames[j] += PosonlySuffix
				}
			}
			seen[sig]++
		}
		for _, k := range childCodes(c) {
			walk(k)
		}
	}
	walk(code)
}
