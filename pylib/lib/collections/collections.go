// Package collections is Python's `collections` package and its `collections.abc` module,
// written in Python (collections.py, abc.py) and embedded in the binary.
//
//	collections: namedtuple(typename, field_names, *, rename=False, defaults=None, module=None),
//	    deque(iterable=(), maxlen=None), Counter, OrderedDict, defaultdict, ChainMap
//	collections.abc: Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
//	    Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping,
//	    MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Awaitable, Coroutine,
//	    AsyncIterable, AsyncIterator, ByteString
//
// Counter, OrderedDict and defaultdict subclass dict when the runtime can subclass builtin
// types, and otherwise a dict stand-in with every dict method; namedtuple classes likewise
// subclass tuple or a tuple stand-in.
package collections

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed collections.py
var src string

//go:embed abc.py
var abcSrc string

func init() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "collections", FileDesc: "<frozen collections>"}, CodeSrc: src})
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "collections.abc", FileDesc: "<frozen collections.abc>"}, CodeSrc: abcSrc})
}
