// Package pyclass holds the conformance tests of pylib's classes and exceptions, which are
// implemented in pylib/vm (class_*.go, exc_*.go, attr.go, except.go): the Python programs in
// testdata/ run under a full pylib interpreter and must print what CPython 3.11 prints.
//
// What they cover, in Python terms:
//
//	class C(B1, B2, metaclass=M, **kw)   C3 MRO, __init_subclass__, __set_name__, __prepare__
//	type(x), type(name, bases, ns)        cls.__name__ __qualname__ __module__ __doc__ __dict__
//	                                      __bases__ __base__ __mro__ mro() __class__
//	isinstance, issubclass                through the MRO, tuples, bool <: int
//	property, staticmethod, classmethod   and descriptors with __get__/__set__/__delete__
//	super(), super(C, obj)                also in classmethods, __new__ and metaclasses
//	__slots__, __getattr__, __getattribute__, __setattr__, __delattr__, __class_getitem__
//	str.x = 1                             TypeError: builtin types are immutable
//	class E(Exception)                    args, attributes, __cause__, __context__,
//	                                      __suppress_context__, __traceback__, with_traceback
//	raise X from Y, from None             and the chained tracebacks CPython prints
//	class D(dict), class P(str) ...       subclasses of dict list set frozenset tuple str bytes
//	                                      int float: storage, overrides, __missing__, __new__
//	repr of functions, bound methods,     modules, builtins, NotImplemented; C.__dict__ as a
//	                                      mappingproxy; __instancecheck__/__subclasscheck__
//
// Regenerate the expected output with testdata/gen.sh (it runs python3).
package pyclass
