// Package dataclasses is Python's `dataclasses` module, written in Python (see dataclasses.py) and
// embedded in the binary.
//
// Data classes: dataclass(init, repr, eq, order, frozen, unsafe_hash),
// field(default, default_factory, init, repr, compare, hash, metadata), fields, asdict,
// astuple, replace, is_dataclass, FrozenInstanceError, MISSING.
package dataclasses

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed dataclasses.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "dataclasses", FileDesc: "<frozen dataclasses>"}, CodeSrc: src})
}
