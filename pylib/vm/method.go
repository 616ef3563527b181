package vm

// Method calls without a bound method. `obj.name(args)` compiles to LOAD_ATTR then, after the
// arguments, CALL_FUNCTION; LOAD_ATTR would build a bound method per call. When decoding, the
// evaluator pairs such a LOAD_ATTR with its CALL_FUNCTION (straight-line code only) and turns
// them into opLOAD_METHOD and opCALL_METHOD, as CPython 3.7+ does: LOAD_METHOD pushes the
// function and obj when the attribute is a plain method (a Python function found on the class
// of an instance, or a Go method of a built-in type), else the attribute and nil; CALL_METHOD
// calls the function with obj first, or the attribute.

import (
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Evaluator-only opcodes, outside CPython 3.4's range.
const (
	opLOAD_METHOD = 200
	opCALL_METHOD = 201
)

// stackEffect returns how many values op pops and pushes, for the instructions that may stand
// between a method's LOAD_ATTR and its call; ok is false for any other (jumps, blocks ...).
func stackEffect(in instr) (pop, push int, ok bool) {
	switch in.op {
	case opNOP, opUNARY_POSITIVE, opUNARY_NEGATIVE, opUNARY_NOT, opUNARY_INVERT, opLOAD_ATTR, opGET_ITER:
		return 1, 1, true
	case opLOAD_CONST, opLOAD_FAST, opLOAD_GLOBAL, opLOAD_NAME, opLOAD_DEREF, opLOAD_CLOSURE, opLOAD_CLASSDEREF:
		return 0, 1, true
	case opBINARY_POWER, opBINARY_MULTIPLY, opBINARY_MODULO, opBINARY_ADD, opBINARY_SUBTRACT,
		opBINARY_SUBSCR, opBINARY_FLOOR_DIVIDE, opBINARY_TRUE_DIVIDE, opBINARY_LSHIFT, opBINARY_RSHIFT,
		opBINARY_AND, opBINARY_XOR, opBINARY_OR, opCOMPARE_OP:
		return 2, 1, true
	case opBUILD_TUPLE, opBUILD_LIST, opBUILD_SET:
		return int(in.arg), 1, true
	case opBUILD_MAP:
		return 0, 1, true
	case opSTORE_MAP:
		return 3, 1, true
	case opBUILD_SLICE:
		return int(in.arg), 1, true
	case opCALL_FUNCTION, opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW, opCALL_FUNCTION_VAR_KW:
		n := 1 + int(in.arg&0xff) + 2*int((in.arg>>8)&0xff)
		if in.op == opCALL_FUNCTION_VAR || in.op == opCALL_FUNCTION_VAR_KW {
			n++
		}
		if in.op == opCALL_FUNCTION_KW || in.op == opCALL_FUNCTION_VAR_KW {
			n++
		}
		return n, 1, true
	}
	return 0, 0, false
}

// fuseMethodCalls pairs LOAD_ATTR instructions with the CALL_FUNCTION calling their result
// and rewrites both; it sets p.extraStack to the stack room the extra values need.
func (p *program) fuseMethodCalls() {
	targets := make([]bool, len(p.instrs)+1)
	for _, in := range p.instrs {
		if isRelativeJump(in.op) || isAbsoluteJump(in.op) {
			targets[in.arg] = true
		}
	}
	var starts, ends []int
	for i, in := range p.instrs {
		if in.op != opLOAD_ATTR {
			continue
		}
		if c := p.methodCall(i, targets); c > 0 {
			p.instrs[i].op = opLOAD_METHOD
			p.instrs[c].op = opCALL_METHOD
			starts, ends = append(starts, i), append(ends, c)
		}
	}
	// The extra room is the largest number of pairs pending at once.
	open, k := 0, 0
	pending := []int{}
	for i := range p.instrs {
		for k < len(starts) && starts[k] == i {
			pending = append(pending, ends[k])
			k++
		}
		open = max(open, len(pending))
		kept := pending[:0]
		for _, e := range pending {
			if e != i {
				kept = append(kept, e)
			}
		}
		pending = kept
	}
	p.extraStack = open
}

// methodCall returns the index of the CALL_FUNCTION without keywords that calls the value LOAD_ATTR at i
// pushes, or -1 when it is not found in straight-line code.
func (p *program) methodCall(i int, targets []bool) int {
	depth := 1 // values above the attribute's slot, the attribute included
	for j := i + 1; j < len(p.instrs); j++ {
		if targets[j] {
			return -1
		}
		in := p.instrs[j]
		pop, push, ok := stackEffect(in)
		if !ok {
			return -1
		}
		if depth-pop < 1 {
			if depth-pop == 0 && in.op == opCALL_FUNCTION && in.arg>>8 == 0 {
				return j
			}
			return -1
		}
		depth += push - pop
	}
	return -1
}

// loadMethod implements LOAD_METHOD's fast case: the function to call with o first, or nil
// when o.name must be looked up as an attribute.
func (p *program) loadMethod(o py.Object, name string, pc int) py.Object {
	switch v := o.(type) {
	case *py.Type:
		c := instanceClass(v)
		if c == nil {
			return nil
		}
		var fn *py.Function
		if s := p.attrSiteFor(c, name, pc); s != nil {
			if !s.load {
				return nil
			}
			fn, _ = s.v.(*py.Function)
		} else if lookupPython(c, "__getattribute__") == nil {
			fn, _ = lookupMRO(c, name).(*py.Function)
		}
		if fn == nil {
			return nil
		}
		if _, shadowed := v.Dict[name]; shadowed {
			return nil
		}
		return fn
	case *py.Exception, *py.Function, *py.BoundMethod, *py.Method, *py.Module, py.I__getattribute__, py.IGetDict:
		return nil
	}
	t := o.Type()
	if t == nil || t.Flags&py.TPFLAGS_HEAPTYPE != 0 || t == SuperType {
		return nil
	}
	slot := &p.methods[pc]
	if c := slot.Load(); c != nil && c.t == t {
		return c.m
	}
	m := builtinMethod(t, name)
	if m == nil {
		return nil // not a typed nil in the interface
	}
	slot.Store(&methodCache{t: t, m: m})
	return m
}

// methodCache remembers, per LOAD_METHOD instruction, the Go method last found on a built-in
// type. Built-in types are not modified after setup, so an entry stays right.
type methodCache struct {
	t *py.Type
	m *py.Method
}

// builtinMethod returns the Go method t (a built-in type) has for name when o.name would bind
// it to o (gpython's GetAttrString: no __getattribute__, not a special name), else nil.
func builtinMethod(t *py.Type, name string) *py.Method {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return nil
	}
	if t.Lookup("__getattribute__") != nil {
		return nil
	}
	v, ok := t.Dict[name]
	if !ok {
		v = t.Lookup(name)
	}
	m, ok := v.(*py.Method)
	if !ok || m.Internal() != py.InternalMethodNone || m.Flags&(py.METH_CLASS|py.METH_STATIC) != 0 {
		return nil
	}
	return m
}

// methodLayout mirrors py.Method, whose Go function is unexported: reading it lets a method
// taking keywords be called with none without gpython allocating an empty dict per call.
// TestMethodLayout checks the mirror against gpython's struct.
type methodLayout struct {
	Name   string
	Doc    string
	Flags  int
	method any
	Module *py.Module
}

type methodWithKwargs = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// callMethod calls a Go method with self and positional arguments (args is a stack view).
func callMethod(m *py.Method, self py.Object, args []py.Object) (py.Object, error) {
	if f, ok := (*methodLayout)(unsafe.Pointer(m)).method.(methodWithKwargs); ok {
		return f(self, stackView(args), nil)
	}
	return m.Call(self, stackView(args))
}

// callMethodOp implements CALL_METHOD with n positional arguments: the stack holds the
// function and self (or the attribute and nil) under the arguments.
func (t *Thread) callMethodOp(f *py.Frame, stack []py.Object, sp, n int) (int, error) {
	base := sp - n - 2
	fn, self := stack[base], stack[base+1]
	if self == nil {
		// An attribute: call it as CALL_FUNCTION would, then drop the empty slot.
		stack[base+1], stack[base] = fn, nil
		if _, err := t.callOp(f, stack, sp, opCALL_FUNCTION, n); err != nil {
			return base, err
		}
		stack[base], stack[base+1] = stack[base+1], nil
		return base + 1, nil
	}
	args := stack[base+2 : sp]
	var res py.Object
	var err error
	switch m := fn.(type) {
	case *py.Function:
		res, err = t.callFunction(m, self, args, nil)
	case *py.Method:
		res, err = callMethod(m, self, args)
	}
	clear(stack[base:sp])
	if err != nil {
		return base, err
	}
	stack[base] = res
	return base + 1, nil
}
