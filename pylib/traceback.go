package pylib

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// FormatException renders err as CPython prints an uncaught exception: the traceback with each
// frame's source line, then "Type: message". Chained exceptions (__cause__, or __context__
// unless suppressed) come first, as in CPython. A SyntaxError shows the offending line and a
// caret. A Go error that is not a Python exception is shown as it is.
func FormatException(err error) string {
	var b strings.Builder
	switch e := err.(type) {
	case py.ExceptionInfo:
		writeChained(&b, e.Value, e.Traceback, map[*py.Exception]bool{})
	case *py.ExceptionInfo:
		writeChained(&b, e.Value, e.Traceback, map[*py.Exception]bool{})
	case *py.Exception:
		writeChained(&b, e, nil, map[*py.Exception]bool{})
	default:
		b.WriteString(err.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

// Messages CPython prints between chained exceptions.
const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// writeChained writes v's cause or context (each once), then v's traceback and line.
func writeChained(b *strings.Builder, v py.Object, tb *py.Traceback, seen map[*py.Exception]bool) {
	exc, ok := v.(*py.Exception)
	if ok {
		seen[exc] = true
		if tb == nil {
			tb, _ = exc.Traceback.(*py.Traceback)
		}
		if cause, ok := exc.Cause.(*py.Exception); ok && !seen[cause] {
			writeChained(b, cause, nil, seen)
			b.WriteString(causeMessage)
		} else if ctx, ok := exc.Context.(*py.Exception); ok && !exc.SuppressContext && !seen[ctx] {
			writeChained(b, ctx, nil, seen)
			b.WriteString(contextMessage)
		}
	}
	writeTraceback(b, tb)
	b.WriteString(exceptionLine(v))
	b.WriteByte('\n')
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
	name := vm.ExceptionTypeName(exc)
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

// exceptionMessage is str(exc), as the class defines it.
func exceptionMessage(exc *py.Exception) string {
	msg, err := vm.ExceptionMessage(exc)
	if err != nil {
		return "<exception str() failed>"
	}
	return msg
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

// ExceptionOnly is the part of FormatException that names the exception: "Type: message", preceded
// for a SyntaxError by its file, line and caret. The traceback module's format_exception_only
// uses it (wired in modules_more.go), so both print exceptions alike.
func ExceptionOnly(v py.Object) string { return exceptionLine(v) + "\n" }

// SourceLine is line n (1-based) of file as FormatException shows it, or "" if it cannot be read.
func SourceLine(file string, n int) string { return sourceLine(file, n) }
