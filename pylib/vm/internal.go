package vm

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython marks the builtins that need the calling frame (globals, locals, __import__, eval,
// exec) as "internal" methods that only the evaluator can run. These are they.

// isInternal reports whether fn is one of gpython's frame-needing builtins.
func isInternal(fn py.Object) bool {
	m, ok := fn.(*py.Method)
	return ok && m.Internal() != py.InternalMethodNone
}

// callInternal runs a frame-needing builtin for frame f.
func callInternal(f *py.Frame, m *py.Method, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch m.Internal() {
	case py.InternalMethodGlobals:
		return f.Globals, nil
	case py.InternalMethodLocals:
		return frameLocals(f), nil
	case py.InternalMethodImport:
		return py.BuiltinImport(f.Context, nil, args, kwargs, f.Globals)
	case py.InternalMethodEval:
		return evalOrExec(f, args, kwargs, py.EvalMode)
	case py.InternalMethodExec:
		if _, err := evalOrExec(f, args, kwargs, py.ExecMode); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: unknown internal method %s", m.Name)
}

// frameLocals returns the local namespace of f (what locals() returns): a function's fast
// locals and cells copied into its locals dict, else its locals or, at module level, globals.
func frameLocals(f *py.Frame) py.StringDict {
	if f.Code.Flags&py.CO_OPTIMIZED != 0 {
		f.FastToLocals()
		unmarkPosonly(f.Code, f.Locals)
	}
	if f.Locals == nil {
		return f.Globals
	}
	return f.Locals
}

// unmarkPosonly gives positional-only parameters, which FastToLocals stored under their marked
// co_varnames entry ("a/"), their own name in locals.
func unmarkPosonly(code *py.Code, locals py.StringDict) {
	for j := 0; j < int(code.Argcount) && j < len(code.Varnames); j++ {
		v := code.Varnames[j]
		if !strings.HasSuffix(v, posonlySuffix) {
			return
		}
		name := v[:len(v)-len(posonlySuffix)]
		if x, ok := locals[v]; ok {
			delete(locals, v)
			locals[name] = x
		} else {
			delete(locals, name)
		}
	}
}

// isFrameBuiltin reports whether m, called with no arguments, is the builtin dir or vars of
// frame f, which then need the caller's namespace (the builtins package cannot see frames).
func isFrameBuiltin(f *py.Frame, m *py.Method) bool {
	if m.Name != "dir" && m.Name != "vars" {
		return false
	}
	b, ok := f.Builtins[m.Name]
	return ok && b == py.Object(m)
}

// callFrameBuiltin runs dir() or vars() without arguments for frame f: vars() is locals(),
// dir() the sorted names of the local namespace.
func callFrameBuiltin(f *py.Frame, m *py.Method) (py.Object, error) {
	locals := frameLocals(f)
	if m.Name == "vars" {
		return locals, nil
	}
	names := make([]string, 0, len(locals))
	for k := range locals {
		if k != OrderKey {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	return py.NewListFromStrings(names), nil
}

// evalOrExec implements eval(source, globals=None, locals=None) and exec(...): the code runs in
// the caller's namespaces unless others are given.
func evalOrExec(f *py.Frame, args py.Tuple, kwargs py.StringDict, mode py.CompileMode) (py.Object, error) {
	var source, globals, locals py.Object = nil, py.None, py.None
	if err := py.UnpackTuple(args, kwargs, string(mode), 1, 3, &source, &globals, &locals); err != nil {
		return nil, err
	}
	if globals == py.None {
		globals = f.Globals
		if locals == py.None {
			if f.Code.Flags&py.CO_OPTIMIZED != 0 {
				locals = frameLocals(f)
			} else if f.Locals != nil {
				locals = f.Locals
			}
		}
	}
	if locals == py.None {
		locals = globals
	}
	g, syncG, ok := namespaceOf(globals)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "globals must be a dict")
	}
	defer syncG()
	l := g
	if !Is(locals, globals) {
		var syncL func()
		if l, syncL, ok = namespaceOf(locals); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
		}
		defer syncL()
	}
	if _, ok := g["__builtins__"]; !ok {
		g["__builtins__"] = f.Builtins
	}
	var code *py.Code
	switch s := source.(type) {
	case *py.Code:
		code = s
	case py.String, py.Bytes:
		text := strings.TrimLeft(stringOf(s), " \t")
		c, err := py.Compile(text, "<string>", mode, 0, true)
		if err != nil {
			return nil, err
		}
		code = c
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	if len(code.Freevars) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "code object passed to %s() may not contain free variables", mode)
	}
	return EvalCode(f.Context, code, g, l, nil, nil, nil, nil, nil)
}

func stringOf(o py.Object) string {
	if s, ok := o.(py.String); ok {
		return string(s)
	}
	return string(o.(py.Bytes))
}
