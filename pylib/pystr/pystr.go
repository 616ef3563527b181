// Package pystr gives gpython's str type the methods of CPython 3.11's str.
//
// Install adds them to py.StringType.Dict (replacing gpython's own find,
// split, strip, replace, startswith ... whose results differ from CPython's).
// The Python-visible surface, with CPython's semantics, argument names and
// error messages:
//
//	str.capitalize() -> str
//	str.casefold() -> str
//	str.center(width, fillchar=' ', /) -> str
//	str.count(sub[, start[, end]]) -> int
//	str.encode(encoding='utf-8', errors='strict') -> bytes
//	str.endswith(suffix[, start[, end]]) -> bool       # suffix: str or tuple of str
//	str.expandtabs(tabsize=8) -> str
//	str.find(sub[, start[, end]]) -> int
//	str.index(sub[, start[, end]]) -> int              # ValueError: substring not found
//	str.isalnum() isalpha() isascii() isdecimal() isdigit() isidentifier()
//	str.islower() isnumeric() isprintable() isspace() istitle() isupper() -> bool
//	str.join(iterable, /) -> str
//	str.ljust(width, fillchar=' ', /) -> str
//	str.lower() -> str
//	str.lstrip(chars=None, /) -> str
//	str.maketrans(x[, y[, z]]) -> dict                 # static method
//	str.partition(sep, /) -> (head, sep, tail)
//	str.removeprefix(prefix, /) -> str
//	str.removesuffix(suffix, /) -> str
//	str.replace(old, new, count=-1, /) -> str
//	str.rfind(sub[, start[, end]]) -> int
//	str.rindex(sub[, start[, end]]) -> int
//	str.rjust(width, fillchar=' ', /) -> str
//	str.rpartition(sep, /) -> (head, sep, tail)
//	str.rsplit(sep=None, maxsplit=-1) -> list of str
//	str.rstrip(chars=None, /) -> str
//	str.split(sep=None, maxsplit=-1) -> list of str
//	str.splitlines(keepends=False) -> list of str
//	str.startswith(prefix[, start[, end]]) -> bool     # prefix: str or tuple of str
//	str.strip(chars=None, /) -> str
//	str.swapcase() -> str
//	str.title() -> str
//	str.translate(table, /) -> str
//	str.upper() -> str
//	str.zfill(width, /) -> str
//
// format, format_map and __format__ live elsewhere.
//
// Indices count code points. Case mapping and the is*() predicates use
// tables generated from CPython 3.11 (Unicode 14), so 'ß'.upper() == 'SS',
// 'ﬁ'.upper() == 'FI', final sigma is lowered to 'ς', and so on.
//
// gpython dicts only hold str keys, so str.maketrans returns a TransTable:
// a read-only mapping from int code points that prints and indexes like the
// dict CPython returns and that translate accepts. translate also accepts
// any object with __getitem__ (a str, list or tuple indexed by code point).
//
// Strings holding lone surrogates (see package codecs) are byte sequences
// that are not valid UTF-8; methods here pass such bytes through unchanged
// and count each of them as one position, as gpython's len() does.
package pystr

import (
	"github.com/go-python/gpython/py"

	"gowsgi/pylib/codecs"
)

// method is the Go implementation of one str method: s is the receiver and
// a holds the parsed arguments (nil for the ones not given).
type method func(s string, a []py.Object) (py.Object, error)

type entry struct {
	sig Sig
	fn  method
	doc string
}

func sig(kind SigKind, name string, min, max int, kw ...string) Sig {
	return Sig{Type: "str", Name: name, Kind: kind, Min: min, Max: max, Kw: kw}
}

// methods lists every str method this package installs, except maketrans.
var methods = []entry{
	{sig(NoArgs, "capitalize", 0, 0), caseMethod(capitalize, asciiCapitalize), "Return a capitalized version of the string."},
	{sig(NoArgs, "casefold", 0, 0), caseMethod(casefold, asciiLower), "Return a version of the string suitable for caseless comparisons."},
	{sig(Positional, "center", 1, 2), pad(PadCenter), "Return a centered string of length width."},
	{sig(Varargs, "count", 1, 3), strCount, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."},
	{sig(Keywords, "encode", 0, 2, "encoding", "errors"), strEncode, "Encode the string using the codec registered for encoding."},
	{sig(Varargs, "endswith", 1, 3), tailMatch(false), "Return True if S ends with the specified suffix, False otherwise."},
	{sig(Keywords, "expandtabs", 0, 1, "tabsize"), expandTabs, "Return a copy where all tab characters are expanded using spaces."},
	{sig(Varargs, "find", 1, 3), findMethod(false, false), "Return the lowest index in S where substring sub is found, or -1."},
	{sig(Varargs, "index", 1, 3), findMethod(false, true), "Return the lowest index in S where substring sub is found; raise ValueError if not found."},
	{sig(NoArgs, "isalnum", 0, 0), predicate(isAlnum, false), "Return True if the string is an alpha-numeric string, False otherwise."},
	{sig(NoArgs, "isalpha", 0, 0), predicate(isAlpha, false), "Return True if the string is an alphabetic string, False otherwise."},
	{sig(NoArgs, "isascii", 0, 0), predicate(func(r rune) bool { return r < 0x80 }, true), "Return True if all characters in the string are ASCII, False otherwise."},
	{sig(NoArgs, "isdecimal", 0, 0), predicate(isDecimal, false), "Return True if the string is a decimal string, False otherwise."},
	{sig(NoArgs, "isdigit", 0, 0), predicate(isDigit, false), "Return True if the string is a digit string, False otherwise."},
	{sig(NoArgs, "isidentifier", 0, 0), isIdentifier, "Return True if the string is a valid Python identifier, False otherwise."},
	{sig(NoArgs, "islower", 0, 0), isLowerStr, "Return True if the string is a lowercase string, False otherwise."},
	{sig(NoArgs, "isnumeric", 0, 0), predicate(isNumeric, false), "Return True if the string is a numeric string, False otherwise."},
	{sig(NoArgs, "isprintable", 0, 0), predicate(isPrintable, true), "Return True if the string is printable, False otherwise."},
	{sig(NoArgs, "isspace", 0, 0), predicate(isSpace, false), "Return True if the string is a whitespace string, False otherwise."},
	{sig(NoArgs, "istitle", 0, 0), isTitleStr, "Return True if the string is a title-cased string, False otherwise."},
	{sig(NoArgs, "isupper", 0, 0), isUpperStr, "Return True if the string is an uppercase string, False otherwise."},
	{sig(OneArg, "join", 1, 1), strJoin, "Concatenate any number of strings."},
	{sig(Positional, "ljust", 1, 2), pad(PadLeft), "Return a left-justified string of length width."},
	{sig(NoArgs, "lower", 0, 0), caseMethod(lower, asciiLower), "Return a copy of the string converted to lowercase."},
	{sig(Positional, "lstrip", 0, 1), stripMethod("lstrip", true, false), "Return a copy of the string with leading whitespace removed."},
	{sig(OneArg, "partition", 1, 1), partition(false), "Partition the string into three parts using the given separator."},
	{sig(OneArg, "removeprefix", 1, 1), removeAffix("removeprefix", true), "Return a str with the given prefix string removed if present."},
	{sig(OneArg, "removesuffix", 1, 1), removeAffix("removesuffix", false), "Return a str with the given suffix string removed if present."},
	{sig(Positional, "replace", 2, 3), strReplace, "Return a copy with all occurrences of substring old replaced by new."},
	{sig(Varargs, "rfind", 1, 3), findMethod(true, false), "Return the highest index in S where substring sub is found, or -1."},
	{sig(Varargs, "rindex", 1, 3), findMethod(true, true), "Return the highest index in S where substring sub is found; raise ValueError if not found."},
	{sig(Positional, "rjust", 1, 2), pad(PadRight), "Return a right-justified string of length width."},
	{sig(OneArg, "rpartition", 1, 1), partition(true), "Partition the string into three parts using the given separator, from the right."},
	{sig(Keywords, "rsplit", 0, 2, "sep", "maxsplit"), splitMethod(true), "Return a list of the substrings in the string, using sep as the separator string, from the right."},
	{sig(Positional, "rstrip", 0, 1), stripMethod("rstrip", false, true), "Return a copy of the string with trailing whitespace removed."},
	{sig(Keywords, "split", 0, 2, "sep", "maxsplit"), splitMethod(false), "Return a list of the substrings in the string, using sep as the separator string."},
	{sig(Keywords, "splitlines", 0, 1, "keepends"), splitLines, "Return a list of the lines in the string, breaking at line boundaries."},
	{sig(Varargs, "startswith", 1, 3), tailMatch(true), "Return True if S starts with the specified prefix, False otherwise."},
	{sig(Positional, "strip", 0, 1), stripMethod("strip", true, true), "Return a copy of the string with leading and trailing whitespace removed."},
	{sig(NoArgs, "swapcase", 0, 0), caseMethod(swapcase, asciiSwapcase), "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
	{sig(NoArgs, "title", 0, 0), caseMethod(title, asciiTitle), "Return a version of the string where each word is titlecased."},
	{sig(OneArg, "translate", 1, 1), strTranslate, "Replace each character in the string using the given translation table."},
	{sig(NoArgs, "upper", 0, 0), caseMethod(upper, asciiUpper), "Return a copy of the string converted to uppercase."},
	{sig(OneArg, "zfill", 1, 1), zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
}

// Install puts the str methods into py.StringType.Dict. Call it once at
// program start, before any interpreter runs: type dicts are shared by all
// contexts and are not safe to change while Python code runs.
func Install() {
	for _, e := range methods {
		py.StringType.Dict[e.sig.Name] = newMethod(e)
	}
	// A static method: the receiver (a str when called on an instance,
	// nothing when called on the type) is ignored. gpython does not run a
	// staticmethod's __get__ for attributes looked up on a type, so a plain
	// method is used.
	py.StringType.Dict["maketrans"] = py.MustNewMethod("maketrans", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s := Sig{Type: "str", Name: "maketrans", Kind: Positional, Min: 1, Max: 3}
		a, err := s.Parse(args, kwargs)
		if err != nil {
			return nil, err
		}
		return makeTrans(a)
	}, py.METH_STATIC, "Return a translation table usable for str.translate().")
}

// newMethod wraps e as a gpython method. Called through the type
// (str.upper('a')), gpython passes no receiver, so it is taken from args.
func newMethod(e entry) *py.Method {
	name := e.sig.Name
	sg := e.sig
	fn := e.fn
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s, ok := self.(py.String)
		if !ok {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "unbound method str.%s() needs an argument", name)
			}
			if s, ok = args[0].(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
			}
			args = args[1:]
		}
		a, err := sg.Parse(args, kwargs)
		if err != nil {
			return nil, err
		}
		return fn(string(s), a)
	}, 0, e.doc)
}

// argStr checks that an argument is a str, with CPython's "must be str" message.
func argStr(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "must be str, not %s", TypeName(o))
	}
	return string(s), nil
}

func strEncode(s string, a []py.Object) (py.Object, error) {
	enc, errs := "utf-8", "strict"
	for i, name := range []string{"encoding", "errors"} {
		if a[i] == nil {
			continue
		}
		v, ok := a[i].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "encode() argument '%s' must be str, not %s", name, ArgTypeName(a[i]))
		}
		if i == 0 {
			enc = string(v)
		} else {
			errs = string(v)
		}
	}
	b, err := codecs.Encode(s, enc, errs)
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}
