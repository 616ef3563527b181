// Package types is Python's `types` module, written in Python (see types.py) and
// embedded in the binary.
//
// Names of the interpreter's types: SimpleNamespace, FunctionType, LambdaType,
// MethodType, BuiltinFunctionType, ModuleType, GeneratorType, MappingProxyType, NoneType,
// new_class.
package types

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed types.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "types", FileDesc: "<frozen types>"}, CodeSrc: src})
}
