// Package compiler compiles Python 3.11 source into code objects that gpython v0.2.0's VM runs
// correctly. Compile has the signature of py.Compile, which it is meant to replace.
//
// Compiling takes four steps.
//
// 1. A lowering pass rewrites the source, over this package's own tokenizer, into the Python
// 3.4 that gpython's parser reads. Every statement stays on its line, so tracebacks and syntax
// errors point at the user's line:
//
//   - "@a.b(...)", "@x.setter", any decorator but NAME or NAME(...) becomes
//     "@__gowsgi_id__(a.b(...))" (gpython reads a dotted decorator as one name 'a.b').
//
//   - f-strings of every prefix and quote become a parenthesized "+" of str literals and
//     __gowsgi_fmt__(value, conversion, spec) calls (f"a{x!r:>{w}}" becomes
//     ('a' + __gowsgi_fmt__((x), 'r', ('>' + __gowsgi_fmt__((w), "", ""))))). "{x=}" adds the
//     literal 'x=' and uses repr unless a spec is given; strings concatenated with an f-string
//     join the "+".
//
//   - Digit separators are dropped: 1_000 → 1000, 0x_ff → 0xff (misplaced ones are a
//     SyntaxError).
//
//   - "x: T = v" becomes "x = v" and "x: T" becomes "pass"; in a module or class body also
//     "__annotations__['x'] = T", with "__annotations__ = {}" on the body's first line (after a
//     docstring; on the first annotated line when the body starts with a compound statement).
//     Annotations of complex targets are evaluated there and not stored.
//
//   - \N{NAME} escapes in str literals become \u/\U escapes (Unicode names, any case; no
//     aliases or Hangul syllable names).
//
//   - The positional-only marker "/" is dropped, and the def or lambda recorded: after
//     compiling, its positional-only parameters are renamed "name/" in co_varnames so that no
//     keyword binds them (see posonly.go; the evaluator gives CPython's errors).
//
//   - "from __future__ import annotations" (and other features newer than 3.4) is dropped.
//
//   - Unpacking in displays and calls (PEP 448) becomes calls of reserved builtins, with
//     __gowsgi_star__(x) marking an unpacked operand:
//     [*a, 1] → __gowsgi_list__(__gowsgi_star__(a), 1), likewise __gowsgi_tuple__ and
//     __gowsgi_set__, and {**a, 'k': v} → __gowsgi_dict__(__gowsgi_star__(a), ('k', v)).
//     A call beyond 3.4's one *args and one trailing **kwargs, like f(*a, *b, x, k=1, **c),
//     becomes f(*__gowsgi_tuple__(...), **__gowsgi_dict__(...)); its positional arguments
//     are then all evaluated before the keyword ones.
//
//   - Keyword-only parameters with defaults are moved before those without ("*, c, d=4"
//     becomes "*, d=4, c"): gpython gives the n keyword-only defaults to the first n names.
//
//   - A decorated def with defaults or annotations gets markers for the decorator repair
//     (step 4): "@__gowsgi_deco__(first decorator)", and its first default or annotation
//     wrapped in __gowsgi_defs__(...) (__gowsgi_kwdefs__ for a keyword-only default).
//
//   - "name := value" becomes "__gowsgi_walrus__((value), lambda: name)", the builtin setting
//     the lambda's closure cell (or the global). In a function the name is made a local of the
//     function (also from a comprehension, as PEP 572 says) by a no-op binding put in front of
//     the body's first simple statement (see walrus.go).
//
//   - "async def" becomes a generator function ("await x" is
//     "(yield from __gowsgi_await__(x))"; see async.go): coroutines are driven with send().
//
// Not lowered: "async for", "async with" (a SyntaxError saying so), match, "except*",
// parenthesized context managers, ":=" binding in a class body or a lambda (it binds a global).
//
// 2. gpython's compiler (package compile) compiles the lowered source.
//
// 3. The closure repair gives every code object CPython 3.4's closure layout, which gpython's
// compiler gets wrong: it fills Cell2arg (an argument captured by an inner function otherwise
// starts as an empty cell), and rewrites LOAD_CLOSURE and LOAD/STORE/DELETE/LOAD_CLASS DEREF
// arguments to index cells then frees (the compiler indexes frees from 0). LOAD_CLOSURE is
// exact from the names of the child's free variables. A DEREF argument below both the number
// of cells and of frees is ambiguous; those are classified by a second, never-run compile of
// padded source (see padForProbe), and keep the cell reading if that fails.
//
// 4. The decorator repair (decorators.go) moves, for every marked def, the bytecode that
// evaluates the decorators before the one that evaluates defaults and annotations, fixing the
// jumps and the line table: gpython evaluates the decorators last, between the values and the
// function on the stack, so MAKE_FUNCTION took a decorator for a default.
//
// Builtins returns the reserved builtins the lowered code calls; they must be installed in the
// builtins of every context that runs the code.
package compiler

import (
	"errors"
	"strings"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// Compile compiles Python 3.11 source to a code object for gpython's VM; it has the signature
// of py.Compile. Errors in the source are SyntaxErrors naming filename and the line.
func Compile(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	return compileSource(src, filename, mode, flags, dontInherit, true)
}

// compileSource is Compile; withProbe false leaves ambiguous DEREF instructions unresolved
// (for tests that show the probe compile is needed).
func compileSource(src, filename string, mode py.CompileMode, flags int, dontInherit, withProbe bool) (*py.Code, error) {
	lowered, posonly, err := lowerSource(src, mode != py.EvalMode)
	if err != nil {
		var le *lowerError
		if errors.As(err, &le) {
			return nil, syntaxError(le.msg, filename, le.line, src)
		}
		return nil, err
	}
	code, err := compile.Compile(lowered, filename, mode, flags, dontInherit)
	if err != nil {
		return nil, err
	}
	probe := func() (*py.Code, error) {
		if !withProbe {
			return nil, errors.New("probe disabled")
		}
		padded, err := padForProbe(lowered)
		if err != nil {
			return nil, err
		}
		return compile.Compile(padded, filename, mode, flags, dontInherit)
	}
	if err := repairClosures(code, probe); err != nil {
		return nil, py.ExceptionNewf(py.SystemError, "%s: %v", filename, err)
	}
	if err := reorderDecorators(code); err != nil {
		return nil, py.ExceptionNewf(py.SystemError, "%s: %v", filename, err)
	}
	markPosonly(code, posonly)
	return code, nil
}

// syntaxError builds a SyntaxError like the parser's, with the offending line's text.
func syntaxError(msg, filename string, line int, src string) error {
	lines := strings.Split(src, "\n")
	text := ""
	if line >= 1 && line <= len(lines) {
		text = lines[line-1]
	}
	return py.MakeSyntaxError(py.ExceptionNewf(py.SyntaxError, "%s", msg), filename, line, 0, text)
}
