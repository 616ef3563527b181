// Package io is Python's `io` module, written in Python (see io.py) and
// embedded in the binary.
//
// In-memory streams: StringIO and BytesIO (read, readline, readlines, write,
// writelines, getvalue, seek, tell, truncate, iteration, close, closed, context manager),
// IOBase, UnsupportedOperation, SEEK_SET, SEEK_CUR, SEEK_END.
package io

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed io.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "io", FileDesc: "<frozen io>"}, CodeSrc: src})
}
