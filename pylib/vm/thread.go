// Package vm is gowsgi's evaluator for the *py.Code objects gpython's compiler produces
// (CPython 3.4 opcodes), with CPython 3.11's meaning wherever gpython's own VM differs.
//
// The pieces:
//
//   - thread.go: Thread, the per-interpreter state (recursion depth and limit, the exception being
//     handled for sys.exc_info, the interrupt flag), and Install.
//   - program.go: each code object's bytecode decoded once into an instruction slice and cached.
//   - eval.go: EvalCode, RunFrame and the instruction loop with CPython's block-stack unwinding.
//   - instructions.go: the instructions too large for the loop (calls, with, unpacking, imports...).
//   - call.go: argument binding and the call fast paths.
//   - generator.go: generator objects (send, throw, close, yield from, PEP 479).
//   - ops.go: operators honouring dunders on Python classes, reused by builtins (Add, Compare, Truth...).
//   - attr.go: attribute lookup and storage on instances of Python classes.
//   - except.go: turning Go errors into Python exceptions, tracebacks, __context__ and __cause__.
//   - internal.go: the builtins that need the calling frame (globals, locals, dir(), vars(),
//     __import__, eval, exec).
//   - method.go: LOAD_METHOD/CALL_METHOD, obj.name(args) without a bound method per call.
//   - fastpath.go: the loop's shortcuts for ints and strs.
//   - kwargs.go: keyword-argument order across calls (KeywordOrder).
package vm

import (
	"fmt"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// DefaultRecursionLimit is the recursion limit of a new Thread, as in CPython.
const DefaultRecursionLimit = 1000

// MaxRecursionLimit is the highest limit SetRecursionLimit accepts. Each Python call uses a few
// kilobytes of Go stack, so this keeps the worst case far below Go's 1 GB stack maximum.
const MaxRecursionLimit = 20000

// RecursionError is raised when Python calls nest deeper than the Thread's recursion limit.
// It is created like gpython's own exceptions, minus the "ready" flag NewType would copy from
// RuntimeError (which would stop Ready from computing its MRO).
var RecursionError = py.RuntimeError.NewTypeFlags("RecursionError", "Recursion limit exceeded.", nil, nil,
	py.RuntimeError.Flags&^(py.TPFLAGS_READY|py.TPFLAGS_READYING))

// gpython readies the types created during its own initialisation only; ready ours (Ready is
// idempotent), so that RecursionError has an MRO and can be caught.
func init() {
	for _, t := range []*py.Type{RecursionError, GeneratorType, unwindMarkerType, seqIterType} {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("vm: readying %s: %v", t.Name, err))
		}
	}
}

// Threaded is implemented by the py.Context whose code this package runs; the evaluator finds the
// interpreter's Thread through it.
type Threaded interface {
	VMThread() *Thread
}

// Thread is the evaluator state of one interpreter. Only Interrupt may be called from another
// goroutine than the one running the interpreter.
type Thread struct {
	depth int // Python frames currently running
	limit int

	// exc is the innermost exception-state frame; its fields are the exception being handled
	// (what sys.exc_info returns). Generators push their own while they run, as in CPython 3.7+.
	exc *excState

	base excState // the bottom of the exc chain

	interrupt atomic.Pointer[py.Exception]

	// frames holds finished frames for reuse (see releaseFrame).
	frames []reusableFrame

	programs programCache // recently run code objects, decoded

	// builtins caches ctx.Store().Builtins.Globals for the context last seen.
	ctx      py.Context
	builtins py.StringDict
}

// excState is one level of the exception-being-handled stack.
type excState struct {
	value *py.Exception // nil when no exception is being handled
	tb    *py.Traceback
	prev  *excState
}

// NewThread returns the state for one interpreter, with the default recursion limit.
func NewThread() *Thread {
	t := &Thread{limit: DefaultRecursionLimit}
	t.exc = &t.base
	return t
}

// Interrupt asks the running code to raise exc at its next check (every call and backward jump),
// so that `finally` blocks and `with` exits run. It is delivered once. Interrupt(nil) withdraws a
// request not yet delivered. Safe to call from any goroutine.
func (t *Thread) Interrupt(exc error) {
	if exc == nil {
		t.interrupt.Store(nil)
		return
	}
	t.interrupt.Store(toException(exc))
}

// RecursionLimit returns the maximum depth of nested Python calls.
func (t *Thread) RecursionLimit() int { return t.limit }

// SetRecursionLimit changes the maximum depth of nested Python calls (sys.setrecursionlimit).
func (t *Thread) SetRecursionLimit(n int) error {
	if n < 1 {
		return py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	if n > MaxRecursionLimit {
		return py.ExceptionNewf(py.ValueError, "recursion limit must not exceed %d", MaxRecursionLimit)
	}
	if n <= t.depth {
		return py.ExceptionNewf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth)
	}
	t.limit = n
	return nil
}

// ExcInfo returns the exception currently being handled (sys.exc_info()), or three Nones.
func (t *Thread) ExcInfo() (typ, value, tb py.Object) {
	for s := t.exc; s != nil; s = s.prev {
		if s.value != nil {
			var tbo py.Object = py.None
			if s.tb != nil {
				tbo = s.tb
			}
			return s.value.Type(), s.value, tbo
		}
	}
	return py.None, py.None, py.None
}

// handled returns the exception being handled, or nil.
func (t *Thread) handled() *py.Exception {
	for s := t.exc; s != nil; s = s.prev {
		if s.value != nil {
			return s.value
		}
	}
	return nil
}

// pendingInterrupt takes the interrupt request, if any.
func (t *Thread) pendingInterrupt() *py.Exception {
	if t.interrupt.Load() == nil {
		return nil
	}
	return t.interrupt.Swap(nil)
}

// builtinsOf returns the builtins dict of ctx, cached per Thread.
func (t *Thread) builtinsOf(ctx py.Context) py.StringDict {
	if t.ctx != ctx || t.builtins == nil {
		t.ctx = ctx
		t.builtins = ctx.Store().Builtins.Globals
	}
	return t.builtins
}

// threadOf finds the Thread of ctx.
func threadOf(ctx py.Context) (*Thread, error) {
	if th, ok := ctx.(Threaded); ok {
		if t := th.VMThread(); t != nil {
			return t, nil
		}
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: the py.Context %T does not implement vm.Threaded", ctx)
}

// Install makes this package gpython's evaluator: every function call and generator resumption
// goes through EvalCode and RunFrame. Call it once at program start, before any context runs.
func Install() {
	py.VmEvalCode = EvalCode
	py.VmRunFrame = RunFrame
}
