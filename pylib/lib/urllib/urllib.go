// Package urllib registers Python's urllib package for gowsgi's interpreter; its one
// submodule is urllib.parse (package gowsgi/pylib/lib/urllib/parse).
//
// The Python-visible surface:
//
//	import urllib.parse
//	from urllib import parse
package urllib

import (
	"github.com/go-python/gpython/py"

	_ "gowsgi/pylib/lib/urllib/parse" // registers urllib.parse
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "urllib", FileDesc: "<urllib>"},
		Globals: py.StringDict{"__path__": py.NewList()},
	})
}
