// Package html is Python's html module (and html.entities) for gowsgi's interpreter, with
// CPython 3.11's results.
//
// The Python-visible surface:
//
//	html.escape(s, quote=True) -> str     # & < > always; " and ' too when quote is true
//	html.unescape(s) -> str               # every HTML5 named and numeric character reference
//	html.entities.html5                   # {'amp;': '&', 'amp': '&', ...}
//	html.entities.name2codepoint          # {'amp': 38, ...} (HTML 4)
//	html.entities.codepoint2name          # {38: 'amp', ...}
//	html.entities.entitydefs              # {'amp': '&', ...}
//
// unescape follows the HTML5 rules: named references without their ';' are recognised when
// HTML5 allows it (the longest known prefix wins), numeric references to C1 controls map
// through windows-1252, references to surrogates or beyond U+10FFFF become U+FFFD and
// references to other disallowed code points disappear. entities.go is generated from
// python3's tables by gen_entities.py.
package html

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
	"gowsgi/pylib/lib/internal/libarg"
	"gowsgi/pylib/pycoll"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html", Doc: "General functions for HTML manipulation.", FileDesc: "<html>"},
		Methods: []*py.Method{
			libarg.Func("escape", "Replace special characters \"&\", \"<\" and \">\" to HTML-safe sequences.", escape),
			libarg.Func("unescape", "Convert all named and numeric character references in the string s to the corresponding unicode characters.", unescape),
		},
		Globals: py.StringDict{"__path__": py.NewList(), "__all__": py.NewListFromStrings([]string{"escape", "unescape"})},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "html.entities", Doc: "HTML character entity references.", FileDesc: "<html.entities>"},
		Methods: []*py.Method{py.MustNewMethod("_tables", tables, 0, "")},
		CodeSrc: "html5, name2codepoint, codepoint2name, entitydefs = _tables()\ndel _tables\n",
	})
}

var escapeSpec = libarg.Spec{Name: "escape", Params: []string{"s", "quote"}, Required: 1}

func escape(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := escapeSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, ok := a[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'replace'", libarg.TypeName(a[0]))
	}
	quote := true
	if a[1] != nil {
		if quote, err = libarg.Truth(a[1]); err != nil {
			return nil, err
		}
	}
	return py.String(Escape(string(s), quote)), nil
}

// Escape is html.escape.
func Escape(s string, quote bool) string {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&', '<', '>':
			n++
		case '"', '\'':
			if quote {
				n++
			}
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 5*n)
	start := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&quot;"
		case '\'':
			rep = "&#x27;"
		}
		if rep == "" || (!quote && (s[i] == '"' || s[i] == '\'')) {
			continue
		}
		b.WriteString(s[start:i])
		b.WriteString(rep)
		start = i + 1
	}
	b.WriteString(s[start:])
	return b.String()
}

func unescape(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := (&libarg.Spec{Name: "unescape", Params: []string{"s"}, Required: 1}).Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, ok := a[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", libarg.TypeName(a[0]))
	}
	return py.String(Unescape(string(s))), nil
}

// Unescape is html.unescape.
func Unescape(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		rep, n := reference(s[i+1:])
		if n == 0 {
			b.WriteByte('&')
			s = s[i+1:]
		} else {
			b.WriteString(rep)
			s = s[i+1+n:]
		}
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// reference decodes the character reference that follows an '&'; n is how many bytes of s
// it used, 0 when there is none.
func reference(s string) (string, int) {
	if strings.HasPrefix(s, "#") {
		return numeric(s)
	}
	return named(s)
}

func numeric(s string) (string, int) {
	i, base := 1, 10
	if len(s) > 1 && (s[1] == 'x' || s[1] == 'X') {
		i, base = 2, 16
	}
	start := i
	num := 0
	for i < len(s) {
		d := digitVal(s[i])
		if d >= base {
			break
		}
		if num <= 0x110000 {
			num = num*base + d
		}
		i++
	}
	if i == start {
		return "", 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	if rep, ok := charrefReplacements[num]; ok {
		return rep, i
	}
	if (num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF {
		return "\uFFFD", i
	}
	if droppedCodepoints[num] {
		return "", i
	}
	return string(rune(num)), i
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// named decodes a named reference: up to maxEntityLen characters other than tab, LF, FF,
// space, '<', '&', '#' and ';', then an optional ';'; the longest known name that is a prefix
// (of two characters or more) wins when the whole is not a name.
func named(s string) (string, int) {
	end, chars := 0, 0
	for end < len(s) && chars < 32 {
		c := s[end]
		if c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == '#' || c == ';' {
			break
		}
		_, size := codecs.DecodeRune(s, end)
		end += size
		chars++
	}
	if end == 0 {
		return "", 0
	}
	if end < len(s) && s[end] == ';' {
		end++
	}
	name := s[:end]
	if rep, ok := entities[name]; ok {
		return rep, end
	}
	for x := end - 1; x > 0; x-- {
		if !utf8.RuneStart(s[x]) {
			continue
		}
		if utf8.RuneCountInString(s[:x]) < 2 {
			break
		}
		if rep, ok := entities[s[:x]]; ok {
			return rep + s[x:end], end
		}
	}
	return "", 0
}

// tables builds html.entities' dicts.
func tables(self py.Object) (py.Object, error) {
	html5 := pycoll.NewDictSized(len(entities))
	for _, k := range sortedKeys(entities) {
		html5.SetStr(k, py.String(entities[k]))
	}
	n2c := pycoll.NewDictSized(len(name2codepoint))
	c2n := pycoll.NewDictSized(len(name2codepoint))
	defs := pycoll.NewDictSized(len(name2codepoint))
	for _, k := range sortedKeys(name2codepoint) {
		cp := name2codepoint[k]
		n2c.SetStr(k, py.Int(cp))
		if err := c2n.Set(py.Int(cp), py.String(k)); err != nil {
			return nil, err
		}
		defs.SetStr(k, py.String(string(rune(cp))))
	}
	return py.Tuple{html5, n2c, c2n, defs}, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
