// Package traceback is Python's traceback module: a Python layer (traceback.py) over a small Go
// helper module, _traceback, that reads our runtime's traceback objects. The text is
// pylib.FormatException's, so printed and formatted exceptions look alike (and like CPython's,
// without 3.11's ^^^ column markers, which our code objects cannot place).
//
// The Python-visible surface:
//
//	format_exc(limit=None, chain=True) -> str          print_exc(limit=None, file=None, chain=True)
//	format_exception(exc, /, value=, tb=, limit=None, chain=True) -> [str]
//	print_exception(exc, /, value=, tb=, limit=None, file=None, chain=True)
//	format_exception_only(exc, /, value=) -> [str]     print_last(limit=None, file=None, chain=True)
//	extract_tb(tb, limit=None) -> StackSummary         format_tb(tb, limit=None) -> [str]
//	print_tb(tb, limit=None, file=None)                format_list(frames) -> [str]
//	StackSummary (list of FrameSummary; .format(), from_list())
//	FrameSummary(filename, lineno, name, line=None): .filename .lineno .name .line, unpacks to 4
//	TracebackException.from_exception(exc).format() / .format_exception_only() (basic)
//
// Not provided: extract_stack/format_stack/print_stack/walk_stack (no frame objects), locals.
package traceback

import (
	_ "embed"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
)

//go:embed traceback.py
var src string

// ExceptionOnly and SourceLine are lent by package pylib, which renders uncaught exceptions
// (pylib imports this package, so it sets them at init rather than being imported here).
var (
	ExceptionOnly func(v py.Object) string
	SourceLine    func(file string, n int) string
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_traceback", Doc: "Go helpers of the traceback module", FileDesc: "<_traceback>"},
		Methods: []*py.Method{
			libarg.Func("walk_tb", "walk_tb(tb) -> [(filename, lineno, name, line)], oldest frame first", walkTB),
			libarg.Func("getline", "getline(filename, lineno) -> str: the source line, or '' if unreadable", getline),
			libarg.Func("exception_only", "exception_only(value) -> str: the 'Type: message' lines", exceptionOnly),
		},
	})
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "traceback", FileDesc: "<frozen traceback>"}, CodeSrc: src})
}

var walkSpec = libarg.Spec{Name: "walk_tb", Params: []string{"tb"}, Required: 1}

func walkTB(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := walkSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	if a[0] == py.None {
		return out, nil
	}
	tb, ok := a[0].(*py.Traceback)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a traceback, not %s", libarg.TypeName(a[0]))
	}
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		line := ""
		if SourceLine != nil {
			line = strings.TrimSpace(SourceLine(code.Filename, int(tb.Lineno)))
		}
		out.Append(py.Tuple{py.String(code.Filename), py.Int(tb.Lineno), py.String(code.Name), py.String(line)})
	}
	return out, nil
}

var onlySpec = libarg.Spec{Name: "exception_only", Params: []string{"value"}, Required: 1}

func exceptionOnly(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := onlySpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	if ExceptionOnly == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "traceback: no exception renderer installed")
	}
	return py.String(ExceptionOnly(a[0])), nil
}

var getlineSpec = libarg.Spec{Name: "getline", Params: []string{"filename", "lineno"}, Required: 2}

func getline(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := getlineSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	file, ok := libarg.Str(a[0])
	if !ok {
		return py.String(""), nil
	}
	n, err := libarg.Int(a[1])
	if err != nil || SourceLine == nil {
		return py.String(""), err
	}
	return py.String(SourceLine(file, n)), nil
}
