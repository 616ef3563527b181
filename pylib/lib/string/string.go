// Package string is Python's string module for gowsgi, written in Python (string.py); it
// replaces gpython's, which has only the constants.
//
// The Python-visible surface:
//
//	ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits punctuation
//	printable whitespace
//	capwords(s, sep=None)
//	Template(template): substitute(mapping={}, /, **kws) safe_substitute(mapping={}, /, **kws)
//	    is_valid() get_identifiers(); class attributes delimiter idpattern braceidpattern
//	    flags pattern, read again by subclasses
//
// Not provided: Formatter.
package string

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/string" // registers gpython's string first, so ours replaces it
)

//go:embed string.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "string", Doc: "A collection of string constants and the Template class.", FileDesc: "<string>"},
		CodeSrc: source,
	})
}
