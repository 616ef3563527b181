// Package wsgiref is Python's `wsgiref` package for gowsgi, written in Python and embedded.
//
// Python surface:
//
//	wsgiref                  (a package)
//	wsgiref.util:            FileWrapper(filelike, blksize=8192) guess_scheme(environ)
//	                         application_uri(environ) request_uri(environ, include_query=True)
//	                         shift_path_info(environ) setup_testing_defaults(environ) is_hop_by_hop(name)
//	wsgiref.headers:         Headers(headers=None): [] get get_all keys values items setdefault
//	                         add_header(_name, _value, **params) str() bytes() len() in del
//	wsgiref.simple_server:   make_server() and WSGIServer() raise NotImplementedError (gowsgi
//	                         serves the app itself); demo_app
package wsgiref

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

var (
	//go:embed wsgiref.py
	packageSource string
	//go:embed util.py
	utilSource string
	//go:embed headers.py
	headersSource string
	//go:embed simple_server.py
	simpleServerSource string
)

func init() {
	for _, m := range []struct{ name, src string }{
		{"wsgiref", packageSource},
		{"wsgiref.util", utilSource},
		{"wsgiref.headers", headersSource},
		{"wsgiref.simple_server", simpleServerSource},
	} {
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: m.name, FileDesc: "<" + m.name + ">"},
			Globals: py.StringDict{},
			CodeSrc: m.src,
		})
	}
}
