package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Generator is the object a generator function returns (PEP 342 and PEP 380 semantics; a
// StopIteration escaping the body becomes RuntimeError as in PEP 479).
//
// An unfinished generator that becomes garbage is not closed (CPython would run its finally
// blocks then); call close() explicitly when that matters.
type Generator struct {
	t        *Thread
	frame    *py.Frame
	prog     *program
	exc      excState // the generator's own exception state, pushed on the thread while it runs
	started  bool
	running  bool
	finished bool
}

// GeneratorType is the Python type of Generator.
var GeneratorType = py.NewType("generator", "generator object")

func init() {
	GeneratorType.Dict["send"] = py.MustNewMethod("send", func(self, value py.Object) (py.Object, error) {
		return self.(*Generator).send(value)
	}, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
	GeneratorType.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*Generator).throwArgs(args)
	}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
	GeneratorType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		return self.(*Generator).Close()
	}, 0, "close() -> raise GeneratorExit inside generator.")
}

func newGenerator(t *Thread, f *py.Frame, p *program) *Generator {
	return &Generator{t: t, frame: f, prog: p}
}

// Type returns GeneratorType.
func (g *Generator) Type() *py.Type { return GeneratorType }

// M__iter__ returns the generator itself.
func (g *Generator) M__iter__() (py.Object, error) { return g, nil }

// M__next__ resumes the generator with None. The end is reported as the bare StopIteration
// class, which gpython's iteration helpers (py.Iterate) compare against by identity.
func (g *Generator) M__next__() (py.Object, error) {
	res, err := g.send(py.None)
	if err != nil && isStopIteration(err) {
		return nil, py.StopIteration
	}
	return res, err
}

// M__repr__ returns "<generator object NAME at 0x...>".
func (g *Generator) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<generator object %s at %p>", g.prog.code.Name, g)), nil
}

// Send resumes the generator with value as the result of the current yield.
func (g *Generator) Send(value py.Object) (py.Object, error) { return g.send(value) }

func (g *Generator) send(value py.Object) (py.Object, error) {
	if !g.started && value != py.None && !g.finished {
		return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started generator")
	}
	return g.resume(value, nil)
}

// resume runs the generator's frame until it yields, returns or raises. Exactly one of value
// (pushed as the result of the pending yield) and throw (raised at it) is used.
func (g *Generator) resume(value py.Object, throw *py.Exception) (py.Object, error) {
	if g.running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if g.finished {
		if throw != nil {
			return nil, asError(throw)
		}
		return nil, py.StopIteration
	}
	f := g.frame
	if g.started && throw == nil {
		f.Stack = append(f.Stack, value)
	}
	g.started = true
	g.running = true
	t := g.t
	g.exc.prev = t.exc
	t.exc = &g.exc
	res, err := t.execute(f, g.prog, throw)
	t.exc = g.exc.prev
	g.exc.prev = nil
	g.running = false
	if err == nil && f.Yielded {
		return res, nil
	}
	g.finish()
	if err != nil {
		exc := toException(err)
		if isStopIteration(exc) {
			// PEP 479
			re := py.ExceptionNewf(py.RuntimeError, "generator raised StopIteration")
			re.Cause, re.Context, re.SuppressContext = exc, exc, true
			return nil, asError(re)
		}
		return nil, err
	}
	if res == py.None {
		return nil, py.StopIteration
	}
	return nil, &py.Exception{Base: py.StopIteration, Args: py.Tuple{res}, Dict: py.StringDict{}}
}

// finish marks the generator exhausted and drops its frame's references.
func (g *Generator) finish() {
	g.finished = true
	g.exc = excState{}
}

// yieldingFrom returns the iterator a paused `yield from` delegates to, or nil.
func (g *Generator) yieldingFrom() py.Object {
	f := g.frame
	if !g.started || g.finished || len(f.Stack) == 0 {
		return nil
	}
	i := g.prog.index[f.Lasti]
	if i < 0 || int(i) >= len(g.prog.instrs) || g.prog.instrs[i].op != opYIELD_FROM {
		return nil
	}
	return f.Stack[len(f.Stack)-1]
}

// leaveYieldFrom abandons the paused `yield from`: the delegate is popped and execution will
// continue after the YIELD_FROM instruction.
func (g *Generator) leaveYieldFrom() {
	f := g.frame
	f.Stack[len(f.Stack)-1] = nil
	f.Stack = f.Stack[:len(f.Stack)-1]
	i := g.prog.index[f.Lasti]
	f.Lasti = offsetOf(g.prog, int(i)+1)
}

// throwArgs implements generator.throw(type[, value[, tb]]).
func (g *Generator) throwArgs(args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	var value py.Object = py.None
	if len(args) > 1 {
		value = args[1]
	}
	exc, err := normalizeThrow(args[0], value)
	if err != nil {
		return nil, err
	}
	if len(args) > 2 {
		if tb, ok := args[2].(*py.Traceback); ok {
			exc.Traceback = tb
		}
	}
	return g.Throw(exc)
}

func normalizeThrow(typ, value py.Object) (*py.Exception, error) {
	if e, ok := typ.(*py.Exception); ok {
		if value != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "instance exception may not have a separate value")
		}
		return e, nil
	}
	if !isExceptionClass(typ) {
		return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if e, ok := value.(*py.Exception); ok && e.Base.IsSubtype(typ.(*py.Type)) {
		return e, nil
	}
	var args py.Tuple
	switch v := value.(type) {
	case py.NoneType:
	case py.Tuple:
		args = v
	default:
		args = py.Tuple{v}
	}
	res, err := callObject(typ, args, nil)
	if err != nil {
		return nil, err
	}
	e, ok := res.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "calling %s should have returned an instance of BaseException", typ.(*py.Type).Name)
	}
	return e, nil
}

// Throw raises exc inside the generator at the paused yield, delegating to a sub-iterator first
// when paused in `yield from`, and returns the next value it yields.
func (g *Generator) Throw(exc *py.Exception) (py.Object, error) {
	if yf := g.yieldingFrom(); yf != nil {
		if exc.Base == py.GeneratorExit || exc.Base.IsSubtype(py.GeneratorExit) {
			g.running = true
			err := closeIter(yf)
			g.running = false
			g.leaveYieldFrom()
			if err != nil {
				return g.resume(nil, toException(err))
			}
			return g.resume(nil, exc)
		}
		var res py.Object
		var err error
		g.running = true
		if sub, ok := yf.(*Generator); ok {
			res, err = sub.Throw(exc)
		} else {
			m, gerr := GetAttr(yf, "throw")
			if gerr != nil {
				g.running = false
				g.leaveYieldFrom()
				return g.resume(nil, exc)
			}
			res, err = callObject(m, py.Tuple{exc.Base, exc, py.None}, nil)
		}
		g.running = false
		if err == nil {
			return res, nil
		}
		g.leaveYieldFrom()
		if isStopIteration(err) {
			return g.resume(stopValue(err), nil)
		}
		return g.resume(nil, toException(err))
	}
	return g.resume(nil, exc)
}

// Close raises GeneratorExit inside the generator so its finally blocks run.
func (g *Generator) Close() (py.Object, error) {
	if !g.started || g.finished {
		g.finish()
		return py.None, nil
	}
	_, err := g.Throw(&py.Exception{Base: py.GeneratorExit, Args: py.Tuple{}, Dict: py.StringDict{}})
	if err == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
	}
	if py.IsException(py.GeneratorExit, err) || isStopIteration(err) {
		return py.None, nil
	}
	return nil, err
}

// closeIter closes a sub-iterator abandoned by `yield from`.
func closeIter(it py.Object) error {
	if g, ok := it.(*Generator); ok {
		_, err := g.Close()
		return err
	}
	m, err := GetAttr(it, "close")
	if err != nil {
		return nil
	}
	_, err = callObject(m, nil, nil)
	return err
}

// yieldFrom advances the iterator of a `yield from` with the sent value.
func yieldFrom(receiver, value py.Object) (py.Object, error) {
	if g, ok := receiver.(*Generator); ok {
		return g.send(value)
	}
	if value == py.None {
		return Next(receiver)
	}
	m, err := GetAttr(receiver, "send")
	if err != nil {
		return nil, err
	}
	return callObject(m, py.Tuple{value}, nil)
}

// stopValue returns StopIteration.value for a StopIteration error.
func stopValue(err error) py.Object {
	exc := toException(err)
	if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
		return args[0]
	}
	return py.None
}
