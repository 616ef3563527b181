// Package pyformat formats Python values as CPython 3.11 does, for gpython
// interpreters: repr/str of builtin values, format() and the Format
// Specification Mini-Language, str.format, and printf-style % formatting.
//
// The Python-visible surface, once Install has run and AddBuiltins (or the
// map from Builtins) has been put into an interpreter's builtins:
//
//	format(value, format_spec='', /) -> str
//	repr(obj, /) -> str
//	ascii(obj, /) -> str
//	print(*objects, sep=' ', end='\n', file=None, flush=False) -> None
//	str.format(*args, **kwargs) -> str
//	str.format_map(mapping) -> str
//	str.__format__(format_spec) -> str
//	int.__format__(format_spec) -> str     # also bool, float, complex
//
// Go callers use Repr, Str, Format, StrFormat, FormatMap and Percent
// directly. gpython implements the % operator itself, so Percent is what a
// source rewrite of `fmt % args` should call.
//
// Differences from CPython that come from gpython's data model:
//   - gpython's dict (py.StringDict) has no order; its repr lists the keys
//     sorted. A dict type implementing OrderedMapping prints in its order.
//   - gpython's set has no order; sets print sorted (numbers by value, the
//     rest by repr), which is CPython's order only for small non-negative ints.
//   - Nesting deeper than 1000 containers raises RuntimeError ("maximum
//     recursion depth exceeded while getting the repr of an object"), where
//     CPython raises RecursionError. A user __repr__ that recurses through
//     repr() is bounded by the interpreter, not here.
//   - %-formatting and str.format take int() of floats for %d, but do not
//     call __int__, __index__ or __float__ of user classes.
package pyformat
