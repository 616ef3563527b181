package pylib

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// FormatException renders err as CPython prints an uncaught exception: the traceback with each
// frame's source line, then "Type: message". A SyntaxError shows the offending line and a caret.
// A Go error that is not a Python exception is shown as it is.
func FormatException(err error) string {
	var b strings.Builder
	switch e := err.(type) {
	case py.ExceptionInfo:
		writeTraceback(&b, e.Traceback)
		b.WriteString(exceptionLine(e.Value))
	case *py.ExceptionInfo:
		writeTraceback(&b, e.Traceback)
		b.WriteString(exceptionLine(e.Value))
	case *py.Exception:
		b.WriteString(exceptionLine(e))
	default:
		b.WriteString(err.Error())
	}
	b.WriteByte('\n')
	return b.String()
}

// ExceptionSummary is the last line of FormatException: "Type: message".
func ExceptionSummary(err error) string {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return exceptionLine(e.Value)
	case *py.ExceptionInfo:
		return exceptionLine(e.Value)
	case *py.Exception:
		return exceptionLine(e)
	}
	return err.Error()
}

func writeTraceback(b *strings.Builder, tb *py.Traceback) {
	if tb == nil {
		return
	}
	b.WriteString("Traceback (most recent call last):\n")
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", code.Filename, tb.Lineno, code.Name)
		if line := sourceLine(code.Filename, int(tb.Lineno)); line != "" {
			fmt.Fprintf(b, "    %s\n", strings.TrimSpace(line))
		}
	}
}

func exceptionLine(v py.Object) string {
	exc, ok := v.(*py.Exception)
	if !ok {
		if v == nil {
			return "Exception"
		}
		return v.Type().Name
	}
	name := typeName(exc.Base)
	var b strings.Builder
	if exc.Base == py.SyntaxError || exc.Base.IsSubtype(py.SyntaxError) {
		writeSyntaxLocation(&b, exc)
	}
	b.WriteString(name)
	if msg := exceptionMessage(exc); msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	return b.String()
}

// typeName is the exception class name as CPython prints it: qualified by its module unless
// it is a builtin.
func typeName(t *py.Type) string {
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "" {
		return string(mod) + "." + t.Name
	}
	return t.Name
}

// exceptionMessage is str(exc): empty with no args, str(arg) with one, repr(args) otherwise;
// a KeyError shows the repr of its key.
func exceptionMessage(exc *py.Exception) string {
	args, _ := exc.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return ""
	case 1:
		conv := py.Str
		if exc.Base == py.KeyError || exc.Base.IsSubtype(py.KeyError) {
			conv = py.Repr
		}
		if s, err := conv(args[0]); err == nil {
			return string(s.(py.String))
		}
		return "<exception str() failed>"
	}
	if s, err := py.Repr(args); err == nil {
		return string(s.(py.String))
	}
	return "<exception str() failed>"
}

func writeSyntaxLocation(b *strings.Builder, exc *py.Exception) {
	file, _ := exc.Dict["filename"].(py.String)
	line, ok := exc.Dict["lineno"].(py.Int)
	if !ok {
		return
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", file, line)
	text, _ := exc.Dict["line"].(py.String)
	if text == "" {
		text = py.String(sourceLine(string(file), int(line)))
	}
	trimmed := strings.TrimLeft(strings.TrimRight(string(text), "\r\n"), " \t")
	if trimmed == "" {
		return
	}
	fmt.Fprintf(b, "    %s\n", trimmed)
	if off, ok := exc.Dict["offset"].(py.Int); ok && off > 0 {
		indent := len(strings.TrimRight(string(text), "\r\n")) - len(trimmed)
		col := int(off) - 1 - indent
		if col >= 0 && col <= len(trimmed) {
			fmt.Fprintf(b, "    %s^\n", strings.Repeat(" ", col))
		}
	}
}

// sourceLine reads line n (1-based) of file, or "" if it cannot.
func sourceLine(file string, n int) string {
	if n <= 0 {
		return ""
	}
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			return sc.Text()
		}
	}
	return ""
}
