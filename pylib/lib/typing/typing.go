// Package typing is Python's `typing` module, written in Python (see typing.py) and
// embedded in the binary.
//
// Type hints that evaluate: Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
// Callable, Iterable, Iterator, Generator, Mapping, Sequence, Type, TypeVar, Generic,
// Protocol, NamedTuple, TypedDict, Literal, ClassVar, Final, cast, overload, no_type_check,
// get_type_hints, TYPE_CHECKING.
package typing

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed typing.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "typing", FileDesc: "<frozen typing>"}, CodeSrc: src})
}
