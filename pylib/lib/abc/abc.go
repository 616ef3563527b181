// Package abc is Python's `abc` module, written in Python (see abc.py) and
// embedded in the binary.
//
// Abstract base classes: ABCMeta, ABC, abstractmethod, abstractproperty,
// abstractclassmethod, abstractstaticmethod, get_cache_token. Instantiating a class with
// abstract methods raises TypeError as CPython does.
package abc

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed abc.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "abc", FileDesc: "<frozen abc>"}, CodeSrc: src})
}
