package vm

// The instructions too large to sit inline in the loop of eval.go.

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// pushExc pushes an exception state as three stack values (traceback, value, type), as CPython 3.4.
func pushExc(stack []py.Object, sp int, value *py.Exception, tb *py.Traceback) int {
	if value == nil {
		stack[sp], stack[sp+1], stack[sp+2] = py.None, py.None, py.None
		return sp + 3
	}
	var tbo py.Object = py.None
	if tb != nil {
		tbo = tb
	}
	stack[sp], stack[sp+1], stack[sp+2] = tbo, value, value.Base
	return sp + 3
}

// unwindExceptHandler leaves an except handler: the stack goes back to level and the exception
// being handled before it is restored.
func (t *Thread) unwindExceptHandler(stack []py.Object, sp, level int) int {
	for sp > level+3 {
		sp--
		stack[sp] = nil
	}
	sp -= 3
	tbo, value := stack[sp], stack[sp+1]
	clear(stack[sp : sp+3])
	top := t.exc
	top.value, _ = value.(*py.Exception)
	top.tb, _ = tbo.(*py.Traceback)
	return sp
}

// compareOp implements COMPARE_OP.
func compareOp(op int, a, b py.Object) (py.Object, error) {
	switch op {
	case 6, 7: // in, not in
		in, err := Contains(b, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(in == (op == 6)), nil
	case 8:
		return py.NewBool(Is(a, b)), nil
	case 9:
		return py.NewBool(!Is(a, b)), nil
	case 10:
		m, err := exceptionMatches(a, b)
		if err != nil {
			return nil, err
		}
		return py.NewBool(m), nil
	}
	if op < LT || op > GE {
		return nil, py.ExceptionNewf(py.SystemError, "vm: bad comparison %d", op)
	}
	return Compare(op, a, b)
}

// specialMethod looks up a method the way CPython's special lookups do (on the type) and binds it.
func specialMethod(o py.Object, name string) (py.Object, error) {
	if c := instanceClass(o); c != nil {
		m := c.Lookup(name)
		if m == nil {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
		}
		if fn, ok := m.(*py.Function); ok {
			return py.NewBoundMethod(o, fn), nil
		}
		if d, ok := m.(py.I__get__); ok {
			return d.M__get__(o, c)
		}
		return m, nil
	}
	return py.GetAttrString(o, name)
}

// withCleanup implements WITH_CLEANUP (CPython 3.4): call __exit__ with the exception, if any,
// and mark it silenced when __exit__ returns true.
func (t *Thread) withCleanup(stack []py.Object, sp int, blocks []py.TryBlock) (int, error) {
	top := stack[sp-1]
	var exit py.Object
	var excType, excValue, excTb py.Object = py.None, py.None, py.None
	switch st := top.(type) {
	case py.NoneType:
		exit = stack[sp-2]
		stack[sp-2] = top
		sp--
		stack[sp] = nil
	case *unwindMarker:
		if st.why == whyReturn || st.why == whyContinue {
			exit = stack[sp-3]
			stack[sp-3] = stack[sp-2]
			stack[sp-2] = top
		} else {
			exit = stack[sp-2]
			stack[sp-2] = top
		}
		sp--
		stack[sp] = nil
	default:
		// [exit, tb2, val2, type2, tb, val, type]: the first four are the saved exception state
		// under the handler; drop exit and shift them down.
		excType, excValue, excTb = stack[sp-1], stack[sp-2], stack[sp-3]
		exit = stack[sp-7]
		stack[sp-7], stack[sp-6], stack[sp-5] = stack[sp-6], stack[sp-5], stack[sp-4]
		stack[sp-4] = nil
		blocks[len(blocks)-1].Level--
	}
	res, err := callObject(exit, py.Tuple{excType, excValue, excTb}, nil)
	if err != nil {
		return sp, err
	}
	if excType != py.None {
		silence, err := Truth(res)
		if err != nil {
			return sp, err
		}
		if silence {
			stack[sp] = markers[whySilenced]
			sp++
		}
	}
	return sp, nil
}

// callOp implements the CALL_FUNCTION family. The stack holds the function, the positional
// arguments, the keyword (name, value) pairs, then *args and **kwargs when the opcode has them.
func (t *Thread) callOp(f *py.Frame, stack []py.Object, sp int, op uint8, arg int) (int, error) {
	npos, nkw := arg&0xff, (arg>>8)&0xff
	top := sp
	var starKw, starArgs py.Object
	if op == opCALL_FUNCTION_KW || op == opCALL_FUNCTION_VAR_KW {
		top--
		starKw = stack[top]
	}
	if op == opCALL_FUNCTION_VAR || op == opCALL_FUNCTION_VAR_KW {
		top--
		starArgs = stack[top]
	}
	kwStart := top - 2*nkw
	posStart := kwStart - npos
	fn := stack[posStart-1]
	var res py.Object
	var err error
	if nkw == 0 && starKw == nil && starArgs == nil {
		args := stack[posStart:kwStart]
		switch fv := fn.(type) {
		case *py.Function:
			res, err = t.callFunction(fv, nil, args, nil)
		case *py.BoundMethod:
			if pf, ok := fv.Method.(*py.Function); ok {
				res, err = t.callFunction(pf, fv.Self, args, nil)
			} else if m, ok := fv.Method.(*py.Method); ok {
				res, err = m.Call(fv.Self, stackView(args))
			} else {
				res, err = callObject(fn, py.Tuple(append([]py.Object(nil), args...)), nil)
			}
		case *py.Method:
			if isInternal(fv) {
				res, err = callInternal(f, fv, py.Tuple(append([]py.Object(nil), args...)), nil)
			} else if len(args) == 0 && isFrameBuiltin(f, fv) {
				res, err = callFrameBuiltin(f, fv)
			} else {
				res, err = fv.M__call__(stackView(args), nil)
			}
		case *py.Type:
			if fv == SuperType && len(args) == 0 {
				res, err = zeroArgSuper(f)
			} else if s := strOfBuiltin(fv, args); s != nil {
				res = s
			} else if fv.Mro != nil && fv.Flags&py.TPFLAGS_HEAPTYPE == 0 {
				res, err = fv.M__call__(stackView(args), nil)
			} else {
				res, err = callObject(fn, py.Tuple(append([]py.Object(nil), args...)), nil)
			}
		default:
			res, err = callObject(fn, py.Tuple(append([]py.Object(nil), args...)), nil)
		}
	} else {
		var args py.Tuple
		var kwargs py.StringDict
		var order []string
		args, kwargs, order, err = callArgs(fn, stack[posStart:kwStart], stack[kwStart:top], starArgs, starKw)
		if err == nil {
			res, err = withKeywordOrder(kwargs, order, func() (py.Object, error) {
				if isInternal(fn) {
					return callInternal(f, fn.(*py.Method), args, kwargs)
				}
				return callObject(fn, args, kwargs)
			})
		}
	}
	clear(stack[posStart-1 : sp])
	sp = posStart - 1
	if err != nil {
		return sp, err
	}
	setCallerModule(res, f.Globals)
	stack[sp] = res
	return sp + 1, nil
}

// stackView passes positional arguments to a gpython builtin (a *py.Method or a built-in
// type) without copying them, as gpython's own VM does: the tuple is a capacity-limited view
// of the value stack, valid during the call. A builtin that keeps its argument tuple itself
// (rather than its items) must copy it.
func stackView(args []py.Object) py.Tuple {
	return py.Tuple(args[:len(args):len(args)])
}

// callArgs assembles the arguments of a call with keywords, *args or **kwargs; order lists
// the keyword names as the call passes them.
func callArgs(fn py.Object, pos, kwPairs []py.Object, starArgs, starKw py.Object) (args py.Tuple, kwargs py.StringDict, order []string, err error) {
	args = make(py.Tuple, len(pos), len(pos)+4)
	copy(args, pos)
	if starArgs != nil {
		if args, err = appendStarArgs(fn, args, starArgs); err != nil {
			return nil, nil, nil, err
		}
	}
	if len(kwPairs) == 0 && starKw == nil {
		return args, nil, nil, nil
	}
	kwargs = py.NewStringDictSized(len(kwPairs)/2 + 4)
	order = make([]string, 0, len(kwPairs)/2+4)
	for i := 0; i < len(kwPairs); i += 2 {
		key, ok := kwPairs[i].(py.String)
		if !ok {
			return nil, nil, nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		kwargs[string(key)] = kwPairs[i+1]
		order = append(order, string(key))
	}
	if starKw != nil {
		d, keys, err := kwargsFromMapping(fn, starKw)
		if err != nil {
			return nil, nil, nil, err
		}
		for _, k := range keys {
			if _, dup := kwargs[k]; dup {
				return nil, nil, nil, py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(fn), k)
			}
			kwargs[k] = d[k]
			order = append(order, k)
		}
	}
	return args, kwargs, order, nil
}

// appendStarArgs appends the items of the operand of f(*it) to args.
func appendStarArgs(fn py.Object, args py.Tuple, starArgs py.Object) (py.Tuple, error) {
	switch s := starArgs.(type) {
	case py.Tuple:
		return append(args, s...), nil
	case *py.List:
		return append(args, s.Items...), nil
	}
	it, err := Iter(starArgs)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s argument after * must be an iterable, not %s", funcDesc(fn), starArgs.Type().Name)
	}
	for {
		v, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return args, nil
			}
			return nil, err
		}
		args = append(args, v)
	}
}

// funcDesc names a callable in call errors as CPython does: module.qualname() for a Python
// function, type.method() for a method of a built-in type, name() for other builtins.
func funcDesc(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		return pyFuncDesc(f)
	case *py.BoundMethod:
		switch m := f.Method.(type) {
		case *py.Function:
			return pyFuncDesc(m)
		case *py.Method:
			return f.Self.Type().Name + "." + m.Name + "()"
		}
	case *py.Method:
		return f.Name + "()"
	case *py.Type:
		if f.Mro != nil {
			return f.Name + "()"
		}
	}
	return fn.Type().Name + " object"
}

func pyFuncDesc(f *py.Function) string {
	name := f.Qualname
	if name == "" {
		name = f.Name
	}
	mod, ok := f.Dict["__module__"].(py.String)
	if !ok {
		mod, ok = f.Globals["__name__"].(py.String)
	}
	if ok {
		return string(mod) + "." + name + "()"
	}
	return name + "()"
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX (before, a starred list, after).
func unpack(stack []py.Object, sp, before, after int) (int, error) {
	seq := stack[sp-1]
	var items []py.Object
	switch s := seq.(type) {
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		it, err := Iter(seq)
		if err != nil {
			return sp, py.ExceptionNewf(py.TypeError, "cannot unpack non-iterable %s object", seq.Type().Name)
		}
		for {
			v, err := Next(it)
			if err != nil {
				if isStopIteration(err) {
					break
				}
				return sp, err
			}
			items = append(items, v)
			if after < 0 && len(items) > before {
				return sp, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", before)
			}
		}
	}
	sp--
	if after < 0 {
		if len(items) < before {
			return sp + 1, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
		if len(items) > before {
			return sp + 1, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", before)
		}
		for i := len(items) - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
		return sp, nil
	}
	if len(items) < before+after {
		return sp + 1, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	for i := len(items) - 1; i >= len(items)-after; i-- {
		stack[sp] = items[i]
		sp++
	}
	middle := make([]py.Object, len(items)-after-before)
	copy(middle, items[before:len(items)-after])
	stack[sp] = &py.List{Items: middle}
	sp++
	for i := before - 1; i >= 0; i-- {
		stack[sp] = items[i]
		sp++
	}
	return sp, nil
}

// makeFunction implements MAKE_FUNCTION and MAKE_CLOSURE (CPython 3.4 stack layout).
func makeFunction(f *py.Frame, stack []py.Object, sp, arg int, closure bool) (int, error) {
	posDefaults, kwDefaults, numAnnotations := arg&0xff, (arg>>8)&0xff, (arg>>16)&0x7fff
	sp--
	qualname, _ := stack[sp].(py.String)
	sp--
	code, ok := stack[sp].(*py.Code)
	if !ok {
		return sp, py.ExceptionNewf(py.SystemError, "MAKE_FUNCTION: expected a code object")
	}
	fn := py.NewFunction(f.Context, code, f.Globals, string(qualname))
	if closure {
		sp--
		fn.Closure, _ = stack[sp].(py.Tuple)
	}
	if numAnnotations > 0 {
		sp--
		names, _ := stack[sp].(py.Tuple)
		fn.Annotations = py.NewStringDict()
		for i := len(names) - 1; i >= 0; i-- {
			sp--
			if n, ok := names[i].(py.String); ok {
				fn.Annotations[string(n)] = stack[sp]
			}
		}
	}
	if kwDefaults > 0 {
		fn.KwDefaults = py.NewStringDict()
		for i := 0; i < kwDefaults; i++ {
			sp -= 2
			if k, ok := stack[sp].(py.String); ok {
				fn.KwDefaults[string(k)] = stack[sp+1]
			}
		}
	}
	if posDefaults > 0 {
		sp -= posDefaults
		fn.Defaults = append(py.Tuple(nil), stack[sp:sp+posDefaults]...)
	}
	top := sp + 2 + posDefaults + 2*kwDefaults + numAnnotations
	if closure {
		top++
	}
	clear(stack[sp:top])
	stack[sp] = fn
	return sp + 1, nil
}

func derefName(p *program, i int) string {
	if i < p.ncells {
		return p.code.Cellvars[i]
	}
	return p.code.Freevars[i-p.ncells]
}

func unboundDeref(p *program, i int) error {
	name := derefName(p, i)
	if i < p.ncells {
		return py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return py.ExceptionNewf(py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// importName implements IMPORT_NAME by calling builtins.__import__.
func importName(f *py.Frame, name string, level, fromlist py.Object) (py.Object, error) {
	imp, ok := f.Builtins["__import__"]
	if !ok {
		return nil, py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	var locals py.Object = py.None
	if f.Locals != nil {
		locals = f.Locals
	}
	args := py.Tuple{py.String(name), f.Globals, locals, fromlist}
	if _, ok := level.(py.Int); ok {
		args = append(args, level)
	}
	if isInternal(imp) {
		return callInternal(f, imp.(*py.Method), args, nil)
	}
	return callObject(imp, args, nil)
}

// importStar implements `from module import *`.
func importStar(f *py.Frame, module py.Object) error {
	if f.Locals == nil {
		return py.ExceptionNewf(py.SystemError, "no locals found during 'import *'")
	}
	if all, err := GetAttr(module, "__all__"); err == nil {
		it, err := Iter(all)
		if err != nil {
			return err
		}
		for {
			n, err := Next(it)
			if err != nil {
				if isStopIteration(err) {
					return nil
				}
				return err
			}
			name, err := py.AttributeName(n)
			if err != nil {
				return err
			}
			v, err := GetAttr(module, name)
			if err != nil {
				return err
			}
			NSStore(f.Locals, name, v)
		}
	}
	m, ok := module.(*py.Module)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "from-import-* object has no __dict__ and no __all__")
	}
	for _, name := range NSKeys(m.Globals) {
		if !strings.HasPrefix(name, "_") {
			NSStore(f.Locals, name, m.Globals[name])
		}
	}
	return nil
}

// printExpr implements PRINT_EXPR (interactive mode): sys.displayhook if there is one, else
// print the repr.
func printExpr(f *py.Frame, v py.Object) error {
	if sys, err := f.Context.GetModule("sys"); err == nil {
		if hook, ok := sys.Globals["displayhook"]; ok {
			_, err := callObject(hook, py.Tuple{v}, nil)
			return err
		}
	}
	if v == py.None {
		return nil
	}
	s, err := py.ReprAsString(v)
	if err != nil {
		return err
	}
	fmt.Println(s)
	return nil
}
