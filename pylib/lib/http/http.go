// Package http is Python's `http` package for gowsgi with `http.cookies`, written in Python and
// embedded.
//
// Python surface:
//
//	http:          HTTPStatus (HTTPStatus.OK, HTTPStatus(404), HTTPStatus['OK'], iteration;
//	               members: .value .name .phrase .description, compare and hash as ints,
//	               str() is the number as in 3.11, is_success and friends), HTTPMethod
//	http.cookies:  CookieError, Morsel (key value coded_value set() OutputString() output()
//	               js_output(), attributes expires path comment domain max-age secure httponly
//	               version samesite), BaseCookie and SimpleCookie (mapping of name -> Morsel,
//	               load(header or mapping), output(), value_encode/value_decode)
//
// Differences from CPython: HTTPStatus is not an IntEnum (no enum module) and its members'
// description is empty; BaseCookie and Morsel are mappings, not dict subclasses.
package http

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

var (
	//go:embed http.py
	packageSource string
	//go:embed cookies.py
	cookiesSource string
)

func init() {
	for _, m := range []struct{ name, src string }{{"http", packageSource}, {"http.cookies", cookiesSource}} {
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: m.name, FileDesc: "<" + m.name + ">"},
			Globals: py.StringDict{},
			CodeSrc: m.src,
		})
	}
}
