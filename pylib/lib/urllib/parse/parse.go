// Package parse is Python's urllib.parse for gowsgi's interpreter, with CPython 3.11's results
// and errors; quoting, query strings and URL splitting run in Go.
//
// The Python-visible surface:
//
//	quote(string, safe='/', encoding=None, errors=None) -> str
//	quote_plus(string, safe='', encoding=None, errors=None) -> str
//	quote_from_bytes(bs, safe='/') -> str
//	unquote(string, encoding='utf-8', errors='replace') -> str
//	unquote_plus(string, encoding='utf-8', errors='replace') -> str
//	unquote_to_bytes(string) -> bytes
//	parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
//	         errors='replace', max_num_fields=None, separator='&') -> {name: [value, ...]}
//	parse_qsl(same) -> [(name, value), ...]
//	urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus) -> str
//	urlsplit(url, scheme='', allow_fragments=True) -> SplitResult
//	urlparse(url, scheme='', allow_fragments=True) -> ParseResult
//	urlunsplit(parts) / urlunparse(parts) -> str
//	urljoin(base, url, allow_fragments=True) -> str
//	urldefrag(url) -> DefragResult
//	SplitResult(scheme, netloc, path, query, fragment), ParseResult(scheme, netloc, path,
//	params, query, fragment), DefragResult(url, fragment) and their *Bytes twins: named-tuple
//	like, with .hostname .port .username .password, geturl(), _replace(), _asdict(), encode()
//	uses_relative, uses_netloc, uses_params, scheme_chars
//
// Every function that takes a URL or query string also takes bytes (ASCII) and then returns
// bytes. Differences from CPython: the result classes are not tuple subclasses
// (isinstance(r, tuple) is False), though they iterate, index, compare and hash like tuples.
package parse

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
)

//go:embed parse.py
var pySource string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "urllib.parse", Doc: "Parse (absolute and relative) URLs.", FileDesc: "<urllib.parse>"},
		Methods: []*py.Method{
			libarg.Func("quote", "quote('abc def') -> 'abc%20def'", quoteFn),
			libarg.Func("quote_plus", "Like quote(), but also replace ' ' with '+'.", quotePlusFn),
			libarg.Func("quote_from_bytes", "Like quote(), but accepts a bytes object rather than a str.", quoteFromBytesFn),
			libarg.Func("unquote", "Replace %xx escapes by their single-character equivalent.", unquoteFn),
			libarg.Func("unquote_plus", "Like unquote(), but also replace plus signs by spaces.", unquotePlusFn),
			libarg.Func("unquote_to_bytes", "unquote_to_bytes('abc%20def') -> b'abc def'.", unquoteToBytesFn),
			libarg.Func("parse_qs", "Parse a query given as a string argument into a dict of lists.", parseQSFn),
			libarg.Func("parse_qsl", "Parse a query given as a string argument into a list of pairs.", parseQSLFn),
			libarg.Func("urlencode", "Encode a dict or sequence of two-element tuples into a URL query string.", urlencodeFn),
			libarg.Func("urljoin", "Join a base URL and a possibly relative URL to form an absolute interpretation of the latter.", joinFn),
			libarg.Func("_urlsplit", "", splitFn),
			libarg.Func("_urlparse", "", parseFn),
			py.MustNewMethod("_unsplit", unsplitFn, 0, ""),
			py.MustNewMethod("_unparse", unparseFn, 0, ""),
			py.MustNewMethod("_defrag", defragFn, 0, ""),
		},
		CodeSrc: pySource,
	})
}
