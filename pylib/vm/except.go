package vm

import (
	"fmt"
	"runtime/debug"

	"github.com/go-python/gpython/py"
)

// toException turns any error a Go or Python call returned into the Python exception it stands
// for. A traceback carried by a py.ExceptionInfo is kept on the exception (its __traceback__).
func toException(err error) *py.Exception {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return infoException(&e)
	case *py.ExceptionInfo:
		return infoException(e)
	case *py.Exception:
		return e
	case *py.Type:
		if isExceptionClass(e) {
			return &py.Exception{Base: e, Args: py.Tuple{}, Dict: py.StringDict{}}
		}
	}
	return py.ExceptionNewf(py.SystemError, "%s", err.Error())
}

// ownException is toException for an error an instruction returned. A bare *py.Exception comes
// from Go code, which may hand out shared instances (gpython's division-by-zero errors are
// package variables): it is copied before its traceback and context are set, so that neither
// leaks into another raise or another interpreter.
func ownException(err error) *py.Exception {
	if e, ok := err.(*py.Exception); ok {
		c := *e
		c.Dict = make(py.StringDict, len(e.Dict))
		for k, v := range e.Dict {
			c.Dict[k] = v
		}
		return &c
	}
	return toException(err)
}

func infoException(e *py.ExceptionInfo) *py.Exception {
	exc, ok := e.Value.(*py.Exception)
	if !ok {
		if e.Type != nil && isExceptionClass(e.Type) {
			exc = &py.Exception{Base: e.Type, Args: py.Tuple{}, Dict: py.StringDict{}}
		} else {
			return py.ExceptionNewf(py.SystemError, "%s", e.Error())
		}
	}
	if e.Traceback != nil {
		exc.Traceback = e.Traceback
	}
	return exc
}

// asError wraps exc, with its traceback, as the error EvalCode returns.
func asError(exc *py.Exception) error {
	return py.ExceptionInfo{Type: exc.Base, Value: exc, Traceback: tracebackOf(exc)}
}

// tracebackOf returns exc.__traceback__, or nil.
func tracebackOf(exc *py.Exception) *py.Traceback {
	tb, _ := exc.Traceback.(*py.Traceback)
	return tb
}

// addTraceback records that exc passed through frame f at instruction i.
func addTraceback(exc *py.Exception, f *py.Frame, p *program, i int) {
	var off int32
	if i >= 0 && i < len(p.offset) {
		off = p.offset[i]
	}
	exc.Traceback = py.NewTraceback(tracebackOf(exc), f, off, p.line(i))
	f.Block = &tracedFrame
}

// isExceptionClass reports whether o is a class deriving from BaseException.
func isExceptionClass(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && t.Mro != nil && t.Flags&py.TPFLAGS_BASE_EXC_SUBCLASS != 0
}

// setContext makes handled the implicit __context__ of exc, as CPython does for an exception
// raised while another is being handled, without creating a cycle.
func setContext(exc, handled *py.Exception) {
	if handled == nil || handled == exc || exc.Context != nil {
		return
	}
	for o := handled; o != nil; {
		next, _ := o.Context.(*py.Exception)
		if next == exc {
			o.Context = nil
			break
		}
		o = next
	}
	exc.Context = handled
}

// makeRaisable turns the operand of `raise` (a class or an instance) into an exception instance.
func makeRaisable(o py.Object, what string) (*py.Exception, error) {
	if e, ok := o.(*py.Exception); ok {
		return e, nil
	}
	if isExceptionClass(o) {
		v, err := callObject(o, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := v.(*py.Exception)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "calling %s should have returned an instance of BaseException, not %s", o.(*py.Type).Name, v.Type().Name)
		}
		return e, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s must derive from BaseException", what)
}

// raise implements RAISE_VARARGS with an exception and an optional cause (nil when absent).
func raise(excObj, cause py.Object) *py.Exception {
	exc, err := makeRaisable(excObj, "exceptions")
	if err != nil {
		return toException(err)
	}
	if cause == nil {
		return exc
	}
	if cause == py.None {
		exc.Cause = py.None
	} else {
		c, err := makeRaisable(cause, "exception causes")
		if err != nil {
			return toException(err)
		}
		exc.Cause = c
	}
	exc.SuppressContext = true
	return exc
}

// exceptionMatches implements `except CLASS:` (CLASS may be a tuple of classes).
func exceptionMatches(exc py.Object, class py.Object) (bool, error) {
	if tup, ok := class.(py.Tuple); ok {
		for _, c := range tup {
			m, err := exceptionMatches(exc, c)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	if !isExceptionClass(class) {
		return false, py.ExceptionNewf(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
	}
	var t *py.Type
	switch e := exc.(type) {
	case *py.Exception:
		t = e.Base
	case *py.Type:
		t = e
	default:
		return false, nil
	}
	return t == class || t.IsSubtype(class.(*py.Type)), nil
}

// panicException turns a recovered Go panic into a SystemError carrying the panic message.
func panicException(r interface{}) *py.Exception {
	if e, ok := r.(*py.Exception); ok {
		// Some gpython helpers panic with a Python exception: raise it as such.
		return e
	}
	if e, ok := r.(py.ExceptionInfo); ok {
		return toException(e)
	}
	exc := py.ExceptionNewf(py.SystemError, "Go panic: %v", r)
	exc.Dict["__gostack__"] = py.String(fmt.Sprintf("%s", debug.Stack()))
	return exc
}
