// Package contextlib is Python's `contextlib` module, written in Python (see contextlib.py) and
// embedded in the binary.
//
// Context manager utilities: contextmanager, closing, suppress, nullcontext,
// redirect_stdout, redirect_stderr, ExitStack, AbstractContextManager, ContextDecorator.
package contextlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed contextlib.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "contextlib", FileDesc: "<frozen contextlib>"}, CodeSrc: src})
}
