// Package re is Python's `re` module for gowsgi, on top of github.com/dlclark/regexp2 (a
// backtracking engine with .NET syntax: backreferences, lookaround, atomic groups). Patterns
// are translated from Python's syntax (translate.go); the Python-visible surface is written in
// Python (re.py) over three private Go functions.
//
// Python surface:
//
//	compile(pattern, flags=0) -> Pattern      purge()      escape(pattern)
//	search/match/fullmatch(pattern, string, flags=0) -> Match | None
//	findall(pattern, string, flags=0)         finditer(pattern, string, flags=0)
//	sub(pattern, repl, string, count=0, flags=0)   subn(...)   split(pattern, string, maxsplit=0, flags=0)
//	A ASCII I IGNORECASE L LOCALE M MULTILINE S DOTALL U UNICODE X VERBOSE T TEMPLATE DEBUG NOFLAG
//	error(msg, pattern=None, pos=None): .msg .pattern .pos .lineno .colno
//	Pattern: .pattern .flags .groups .groupindex, search/match/fullmatch(string, pos=0, endpos=None),
//	         findall/finditer(string, pos=0, endpos=None), sub/subn(repl, string, count=0),
//	         split(string, maxsplit=0), == and hash by (pattern, flags)
//	Match:   group(*g) groups(default=None) groupdict(default=None) start(g) end(g) span(g)
//	         expand(template) m[g] .string .re .pos .endpos .lastindex .lastgroup .regs
//
// Private Go functions used by re.py:
//
//	_compile(pattern, flags) -> (handle, groups, names, flags)   raises re.error
//	_match(handle, string, pos, endpos, mode) -> spans | None    mode: 0 search, 1 match, 2 fullmatch
//	_scan(handle, string, pos, endpos, count) -> [spans, ...]    successive matches, as finditer
//
// spans is a tuple (start0, end0, start1, end1, ...) with -1 for a group that did not take part.
// Positions are code points for str and bytes offsets for bytes (which are matched as Latin-1).
package re

import (
	_ "embed"

	"github.com/dlclark/regexp2"
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

//go:embed re.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "re", Doc: "Support for regular expressions (RE).", FileDesc: "<re>"},
		Methods: []*py.Method{
			py.MustNewMethod("_compile", compileFn, 0, "compile a translated pattern"),
			py.MustNewMethod("_match", matchFn, 0, "match once"),
			py.MustNewMethod("_scan", scanFn, 0, "successive matches"),
		},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}

// regexType is the type of the handle _compile returns.
var regexType = py.NewType("_regex", "a compiled pattern (internal to re)")

// regex is a compiled pattern in its three forms (search, match at pos, full match).
type regex struct {
	src     string
	opts    regexp2.RegexOptions
	isBytes bool
	forms   [4]*regexp2.Regexp

	// The runes of the last str matched, so that iterating over one string does not
	// convert it again for every match.
	lastStr   string
	lastRunes []rune
}

// Type returns the handle's Python type.
func (r *regex) Type() *py.Type { return regexType }

func (r *regex) form(mode int) (*regexp2.Regexp, error) {
	if r.forms[mode] != nil {
		return r.forms[mode], nil
	}
	src := r.src
	switch mode {
	case 1:
		src = `\G(?:` + src + `)`
	case 2:
		src = `\G(?:` + src + `)\z`
	case 3: // a non-empty match at the start position
		src = `\G(?:` + src + `)(?!\G)`
	}
	re, err := regexp2.Compile(src, r.opts)
	if err != nil {
		return nil, py.ExceptionNewf(py.SystemError, "re: translated pattern %q rejected: %v", src, err)
	}
	r.forms[mode] = re
	return re, nil
}

func compileFn(self py.Object, args py.Tuple) (py.Object, error) {
	var pat, flagsObj py.Object
	if err := py.UnpackTuple(args, nil, "_compile", 2, 2, &pat, &flagsObj); err != nil {
		return nil, err
	}
	flags, err := py.GetInt(flagsObj)
	if err != nil {
		return nil, err
	}
	fl, _ := flags.GoInt()
	var runes []rune
	isBytes := false
	switch p := pat.(type) {
	case py.String:
		runes = []rune(string(p))
	case py.Bytes:
		isBytes = true
		runes = latin1(p)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
	}
	tr, err := translate(runes, fl, isBytes)
	if err != nil {
		return nil, raiseError(self, err.(*patternError), pat)
	}
	opts := regexp2.RegexOptions(0)
	if tr.flags&flagIgnoreCase != 0 {
		opts |= regexp2.IgnoreCase
	}
	if tr.flags&flagMultiline != 0 {
		opts |= regexp2.Multiline
	}
	if tr.flags&flagDotAll != 0 {
		opts |= regexp2.Singleline
	}
	r := &regex{src: tr.src, opts: opts, isBytes: isBytes}
	if _, err := r.form(0); err != nil {
		return nil, err
	}
	names := py.Tuple{}
	for i, n := range tr.names {
		if n != "" {
			names = append(names, py.Tuple{py.String(n), py.Int(i + 1)})
		}
	}
	return py.Tuple{r, py.Int(tr.groups), names, py.Int(tr.flags)}, nil
}

// raiseError makes the re.error defined by re.py (found through the module the Go function
// is bound to).
func raiseError(self py.Object, e *patternError, pat py.Object) error {
	var pos py.Object = py.None
	if e.pos >= 0 {
		pos = py.Int(e.pos)
	} else {
		pat = py.None
	}
	if m, ok := self.(*py.Module); ok {
		if cls, ok := m.Globals["error"]; ok {
			exc, err := vm.Call(cls, py.Tuple{py.String(e.msg), pat, pos}, nil)
			if err != nil {
				return err
			}
			if e, ok := exc.(*py.Exception); ok {
				return e
			}
		}
	}
	return py.ExceptionNewf(py.ValueError, "%s", e.Error())
}

func latin1(b []byte) []rune {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return rs
}

// subject returns the text to match as runes.
func (r *regex) subject(s py.Object) ([]rune, error) {
	switch v := s.(type) {
	case py.String:
		if r.isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		if string(v) != r.lastStr || r.lastRunes == nil {
			r.lastStr, r.lastRunes = string(v), []rune(string(v))
		}
		return r.lastRunes, nil
	case py.Bytes:
		if !r.isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		return latin1(v), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", s.Type().Name)
}

// matchArgs unpacks (handle, string, pos, endpos, n) and clamps pos and endpos as CPython does.
func matchArgs(name string, args py.Tuple) (*regex, []rune, int, int, int, error) {
	if len(args) != 5 {
		return nil, nil, 0, 0, 0, py.ExceptionNewf(py.TypeError, "%s() takes 5 arguments", name)
	}
	r, ok := args[0].(*regex)
	if !ok {
		return nil, nil, 0, 0, 0, py.ExceptionNewf(py.TypeError, "%s(): bad handle", name)
	}
	text, err := r.subject(args[1])
	if err != nil {
		return nil, nil, 0, 0, 0, err
	}
	nums := [3]int{}
	for i, o := range args[2:] {
		v, err := py.GetInt(o)
		if err != nil {
			return nil, nil, 0, 0, 0, err
		}
		nums[i], _ = v.GoInt()
	}
	pos, end := nums[0], nums[1]
	pos = max(0, min(pos, len(text)))
	end = max(0, min(end, len(text)))
	return r, text[:end], pos, end, nums[2], nil
}

func matchFn(self py.Object, args py.Tuple) (py.Object, error) {
	r, text, pos, end, mode, err := matchArgs("_match", args)
	if err != nil {
		return nil, err
	}
	if mode < 0 || mode > 2 {
		return nil, py.ExceptionNewf(py.ValueError, "_match(): bad mode")
	}
	if pos > end {
		return py.None, nil
	}
	re, err := r.form(mode)
	if err != nil {
		return nil, err
	}
	m, err := re.FindRunesMatchStartingAt(text, pos)
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "re: %v", err)
	}
	if m == nil {
		return py.None, nil
	}
	return spans(m), nil
}

func scanFn(self py.Object, args py.Tuple) (py.Object, error) {
	r, text, pos, end, count, err := matchArgs("_scan", args)
	if err != nil {
		return nil, err
	}
	re, err := r.form(0)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	mustAdvance := false
	for (count <= 0 || len(out.Items) < count) && pos <= end {
		m, err := re.FindRunesMatchStartingAt(text, pos)
		if err != nil {
			return nil, py.ExceptionNewf(py.RuntimeError, "re: %v", err)
		}
		if m != nil && mustAdvance && m.Index == pos && m.Length == 0 {
			// An empty match where the previous empty match ended is not allowed: look further.
			if m, err = r.nonEmptyFrom(text, pos, end); err != nil {
				return nil, err
			}
		}
		if m == nil {
			break
		}
		out.Append(spans(m))
		pos = m.Index + m.Length
		mustAdvance = m.Length == 0
	}
	return out, nil
}

func spans(m *regexp2.Match) py.Tuple {
	groups := m.Groups()
	t := make(py.Tuple, 0, 2*len(groups))
	for _, g := range groups {
		if len(g.Captures) == 0 {
			t = append(t, py.Int(-1), py.Int(-1))
			continue
		}
		t = append(t, py.Int(g.Index), py.Int(g.Index+g.Length))
	}
	return t
}

// nonEmptyFrom finds the match that CPython takes after an empty match at pos: a non-empty
// one at pos if the pattern has one, else the first match after pos.
func (r *regex) nonEmptyFrom(text []rune, pos, end int) (*regexp2.Match, error) {
	ne, err := r.form(3)
	if err != nil {
		return nil, err
	}
	m, err := ne.FindRunesMatchStartingAt(text, pos)
	if err == nil && m == nil && pos < end {
		m, err = r.forms[0].FindRunesMatchStartingAt(text, pos+1)
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "re: %v", err)
	}
	return m, nil
}
