// Package textwrap is Python's textwrap module, written in Python (see textwrap.py) and
// embedded in the binary; lines break where CPython's do (whitespace, hyphenated words, dashes).
//
//	wrap(text, width=70, **kw) -> [str]      fill(text, width=70, **kw) -> str
//	shorten(text, width, **kw) -> str        dedent(text)    indent(text, prefix, predicate=None)
//	TextWrapper(width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
//	    replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
//	    drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
//	    placeholder=' [...]')  with .wrap(text) and .fill(text)
package textwrap

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed textwrap.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "textwrap", FileDesc: "<frozen textwrap>"}, CodeSrc: src})
}
