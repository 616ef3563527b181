package vm

import (
	"github.com/go-python/gpython/py"
)

// why says why the loop is unwinding the block stack (ceval's why_code).
type why int

const (
	whyNot why = iota
	whyException
	whyReturn
	whyBreak
	whyContinue
	whyYield
	whySilenced
)

// unwindMarker is what a `finally` block finds on the value stack when it was entered by a
// return, break or continue rather than an exception or falling through (CPython pushes an int).
type unwindMarker struct{ why why }

var unwindMarkerType = py.NewType("unwind_marker", "internal: why a finally block runs")

func (*unwindMarker) Type() *py.Type { return unwindMarkerType }

var markers = [...]*unwindMarker{{whyNot}, {whyException}, {whyReturn}, {whyBreak}, {whyContinue}, {whyYield}, {whySilenced}}

// Block types on the frame's block stack.
const (
	blockLoop          = py.TryBlockSetupLoop
	blockExcept        = py.TryBlockSetupExcept
	blockFinally       = py.TryBlockSetupFinally
	blockExceptHandler = py.TryBlockExceptHandler
)

// EvalCode runs code with the given namespaces and arguments (the signature of py.VmEvalCode).
// A generator's code returns a generator object instead of running.
func EvalCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	t, err := threadOf(ctx)
	if err != nil {
		return nil, err
	}
	p, err := t.program(code)
	if err != nil {
		return nil, err
	}
	if p.optimized && len(locals) == 0 {
		locals = nil
	}
	f := t.newFrame(ctx, globals, locals, p, closure)
	if err := bindArgs(f, p, code.Name, nil, args, kws, defs, kwdefs); err != nil {
		return nil, err
	}
	if p.generator {
		return newGenerator(t, f, p), nil
	}
	return t.execute(f, p, nil)
}

// RunFrame resumes frame until it returns or yields (the signature of py.VmRunFrame, which
// gpython's own generator type uses). frame.Yielded tells which.
func RunFrame(frame *py.Frame) (py.Object, error) {
	t, err := threadOf(frame.Context)
	if err != nil {
		return nil, err
	}
	p, err := t.program(frame.Code)
	if err != nil {
		return nil, err
	}
	return t.execute(frame, p, nil)
}

// execute runs one frame under the recursion limit, raising a pending interrupt first.
func (t *Thread) execute(f *py.Frame, p *program, throw *py.Exception) (py.Object, error) {
	if t.depth >= t.limit {
		return nil, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
	}
	if throw == nil && t.interrupt.Load() != nil {
		if e := t.pendingInterrupt(); e != nil {
			throw = freshCopy(e)
		}
	}
	t.depth++
	res, err := t.run(f, p, throw)
	t.depth--
	return res, err
}

// freshCopy returns a copy of an interrupt exception, so each delivery has its own traceback.
func freshCopy(e *py.Exception) *py.Exception {
	c := *e
	c.Traceback = nil
	c.Context = nil
	c.Dict = py.StringDict{}
	return &c
}

// run is the instruction loop. It starts at frame.Lasti (0, or where a generator yielded), with
// throw raised at that point when not nil.
func (t *Thread) run(f *py.Frame, p *program, throw *py.Exception) (result py.Object, err error) {
	code := p.instrs
	pc := 0
	if f.Lasti != 0 {
		pc = int(p.index[f.Lasti])
	}
	stack := f.Stack[:cap(f.Stack)]
	sp := len(f.Stack)
	fast := f.LocalVars
	cells := f.CellAndFreeVars
	names := f.Code.Names
	consts := f.Code.Consts
	blocks := f.Blockstack

	var (
		reason why
		retval py.Object
		exc    *py.Exception
		in     instr
		a, b   py.Object
		x      py.Object
	)

	defer func() {
		if r := recover(); r != nil {
			e := panicException(r)
			addTraceback(e, f, p, pc-1)
			result, err = nil, asError(e)
		}
	}()

	if throw != nil {
		exc = throw
		addTraceback(exc, f, p, pc-1)
		reason = whyException
	}

loop:
	for {
		if reason != whyNot {
			for reason != whyNot && len(blocks) > 0 {
				bl := blocks[len(blocks)-1]
				if bl.Type == blockLoop && reason == whyContinue {
					reason = whyNot
					pc = int(retval.(py.Int))
					retval = nil
					break
				}
				blocks = blocks[:len(blocks)-1]
				if bl.Type == blockExceptHandler {
					sp = t.unwindExceptHandler(stack, sp, bl.Level)
					continue
				}
				for sp > bl.Level {
					sp--
					stack[sp] = nil
				}
				if bl.Type == blockLoop && reason == whyBreak {
					reason = whyNot
					pc = int(bl.Handler)
					break
				}
				if reason == whyException && (bl.Type == blockExcept || bl.Type == blockFinally) {
					// Enter the handler: save the exception being handled, make exc the new one.
					blocks = append(blocks, py.TryBlock{Type: blockExceptHandler, Handler: -1, Level: sp})
					top := t.exc
					sp = pushExc(stack, sp, top.value, top.tb)
					top.value, top.tb = exc, tracebackOf(exc)
					sp = pushExc(stack, sp, exc, tracebackOf(exc))
					exc = nil
					reason = whyNot
					pc = int(bl.Handler)
					break
				}
				if bl.Type == blockFinally {
					if reason == whyReturn || reason == whyContinue {
						stack[sp] = retval
						sp++
					}
					stack[sp] = markers[reason]
					sp++
					reason = whyNot
					pc = int(bl.Handler)
					break
				}
			}
			if reason != whyNot {
				break loop
			}
		}
		in = code[pc]
		pc++
		switch in.op {
		case opNOP:
		case opLOAD_FAST:
			x = fast[in.arg]
			if x == nil {
				err = py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", varName(f.Code, int(in.arg)))
				goto fail
			}
			stack[sp] = x
			sp++
		case opSTORE_FAST:
			sp--
			fast[in.arg] = stack[sp]
			stack[sp] = nil
		case opLOAD_CONST:
			stack[sp] = consts[in.arg]
			sp++
		case opLOAD_GLOBAL:
			name := names[in.arg]
			if x, ok := f.Globals[name]; ok {
				stack[sp] = x
				sp++
				continue
			}
			if x, ok := f.Builtins[name]; ok {
				stack[sp] = x
				sp++
				continue
			}
			err = py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
			goto fail
		case opPOP_TOP:
			sp--
			stack[sp] = nil
		case opROT_TWO:
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
		case opROT_THREE:
			stack[sp-1], stack[sp-2], stack[sp-3] = stack[sp-2], stack[sp-3], stack[sp-1]
		case opDUP_TOP:
			stack[sp] = stack[sp-1]
			sp++
		case opDUP_TOP_TWO:
			stack[sp] = stack[sp-2]
			stack[sp+1] = stack[sp-1]
			sp += 2

		case opBINARY_ADD, opINPLACE_ADD:
			a, b = stack[sp-2], stack[sp-1]
			if ia, ok := a.(py.Int); ok {
				if ib, ok := b.(py.Int); ok {
					if r := ia + ib; (r > ia) == (ib > 0) {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
				}
			} else if sa, ok := a.(py.String); ok {
				if sb, ok := b.(py.String); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = sa + sb
					continue
				}
			}
			if in.op == opINPLACE_ADD {
				x, err = inplace(opAdd, a, b)
			} else {
				x, err = binary(opAdd, a, b)
			}
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x
		case opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
			a, b = stack[sp-2], stack[sp-1]
			if ia, ok := a.(py.Int); ok {
				if ib, ok := b.(py.Int); ok {
					if r := ia - ib; (r < ia) == (ib > 0) {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
				}
			}
			if in.op == opINPLACE_SUBTRACT {
				x, err = inplace(opSub, a, b)
			} else {
				x, err = binary(opSub, a, b)
			}
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x
		case opBINARY_MULTIPLY, opBINARY_TRUE_DIVIDE, opBINARY_FLOOR_DIVIDE, opBINARY_MODULO,
			opBINARY_POWER, opBINARY_LSHIFT, opBINARY_RSHIFT, opBINARY_AND, opBINARY_OR, opBINARY_XOR:
			a, b = stack[sp-2], stack[sp-1]
			if ia, ok := a.(py.Int); ok {
				if ib, ok := b.(py.Int); ok {
					if r, ok := intArith(in.op, ia, ib); ok {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
				}
			}
			x, err = binary(binops[in.op], a, b)
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x
		case opINPLACE_MULTIPLY, opINPLACE_TRUE_DIVIDE, opINPLACE_FLOOR_DIVIDE, opINPLACE_MODULO,
			opINPLACE_POWER, opINPLACE_LSHIFT, opINPLACE_RSHIFT, opINPLACE_AND, opINPLACE_OR, opINPLACE_XOR:
			a, b = stack[sp-2], stack[sp-1]
			x, err = inplace(binops[in.op], a, b)
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x

		case opCOMPARE_OP:
			a, b = stack[sp-2], stack[sp-1]
			if ia, ok := a.(py.Int); ok && in.arg <= GE {
				if ib, ok := b.(py.Int); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = py.NewBool(intCompare(int(in.arg), ia, ib))
					continue
				}
			}
			if sa, ok := a.(py.String); ok && in.arg <= GE {
				if sb, ok := b.(py.String); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = py.NewBool(stringCompare(int(in.arg), sa, sb))
					continue
				}
			}
			x, err = compareOp(int(in.arg), a, b)
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x

		case opUNARY_NOT:
			var truth bool
			truth, err = Truth(stack[sp-1])
			if err != nil {
				goto fail
			}
			stack[sp-1] = py.NewBool(!truth)
		case opUNARY_NEGATIVE, opUNARY_POSITIVE, opUNARY_INVERT:
			switch in.op {
			case opUNARY_NEGATIVE:
				x, err = Neg(stack[sp-1])
			case opUNARY_POSITIVE:
				x, err = Pos(stack[sp-1])
			default:
				x, err = Invert(stack[sp-1])
			}
			if err != nil {
				goto fail
			}
			stack[sp-1] = x

		case opBINARY_SUBSCR:
			a, b = stack[sp-2], stack[sp-1]
			if l, ok := a.(*py.List); ok {
				if i, ok := b.(py.Int); ok && i >= 0 && int(i) < len(l.Items) {
					sp--
					stack[sp] = nil
					stack[sp-1] = l.Items[i]
					continue
				}
			} else if s, ok := a.(py.String); ok {
				if i, ok := b.(py.Int); ok {
					if x = asciiIndex(s, int(i)); x != nil {
						sp--
						stack[sp] = nil
						stack[sp-1] = x
						continue
					}
				}
			}
			x, err = GetItem(a, b)
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x
		case opSTORE_SUBSCR:
			// TOS1[TOS] = TOS2
			err = SetItem(stack[sp-2], stack[sp-1], stack[sp-3])
			if err != nil {
				goto fail
			}
			sp -= 3
			clear(stack[sp : sp+3])
		case opDELETE_SUBSCR:
			err = DelItem(stack[sp-2], stack[sp-1])
			if err != nil {
				goto fail
			}
			sp -= 2
			clear(stack[sp : sp+2])

		case opLOAD_ATTR:
			if x = p.loadAttr(stack[sp-1], names[in.arg], pc-1); x != nil {
				stack[sp-1] = x
				continue
			}
			x, err = GetAttr(stack[sp-1], names[in.arg])
			if err != nil {
				goto fail
			}
			stack[sp-1] = x
		case opLOAD_METHOD:
			a = stack[sp-1]
			if x = p.loadMethod(a, names[in.arg], pc-1); x != nil {
				stack[sp-1] = x
				stack[sp] = a
				sp++
				continue
			}
			x, err = GetAttr(a, names[in.arg])
			if err != nil {
				goto fail
			}
			stack[sp-1] = x
			stack[sp] = nil
			sp++
		case opCALL_METHOD:
			if t.interrupt.Load() != nil {
				if e := t.pendingInterrupt(); e != nil {
					err = freshCopy(e)
					goto fail
				}
			}
			sp, err = t.callMethodOp(f, stack, sp, int(in.arg))
			if err != nil {
				goto fail
			}
		case opSTORE_ATTR:
			// TOS.name = TOS1
			if !p.storeAttr(stack[sp-1], names[in.arg], stack[sp-2], pc-1) {
				err = SetAttr(stack[sp-1], names[in.arg], stack[sp-2])
			}
			if err != nil {
				goto fail
			}
			sp -= 2
			clear(stack[sp : sp+2])
		case opDELETE_ATTR:
			err = DelAttr(stack[sp-1], names[in.arg])
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil

		case opJUMP_FORWARD:
			pc = int(in.arg)
		case opJUMP_ABSOLUTE:
			if int(in.arg) < pc && t.interrupt.Load() != nil {
				if e := t.pendingInterrupt(); e != nil {
					err = freshCopy(e)
					goto fail
				}
			}
			pc = int(in.arg)
		case opPOP_JUMP_IF_FALSE, opPOP_JUMP_IF_TRUE:
			x = stack[sp-1]
			sp--
			stack[sp] = nil
			var truth bool
			if bv, ok := x.(py.Bool); ok {
				truth = bool(bv)
			} else if truth, err = Truth(x); err != nil {
				goto fail
			}
			if truth == (in.op == opPOP_JUMP_IF_TRUE) {
				if int(in.arg) < pc && t.interrupt.Load() != nil {
					if e := t.pendingInterrupt(); e != nil {
						err = freshCopy(e)
						goto fail
					}
				}
				pc = int(in.arg)
			}
		case opJUMP_IF_FALSE_OR_POP, opJUMP_IF_TRUE_OR_POP:
			var truth bool
			truth, err = Truth(stack[sp-1])
			if err != nil {
				goto fail
			}
			if truth == (in.op == opJUMP_IF_TRUE_OR_POP) {
				pc = int(in.arg)
			} else {
				sp--
				stack[sp] = nil
			}

		case opGET_ITER:
			x = stack[sp-1]
			switch x.(type) {
			case *Generator:
				continue
			}
			x, err = Iter(x)
			if err != nil {
				goto fail
			}
			stack[sp-1] = x
		case opFOR_ITER:
			it := stack[sp-1]
			var v py.Object
			switch g := it.(type) {
			case *Generator:
				v, err = g.send(py.None)
			case py.I__next__:
				v, err = g.M__next__()
			default:
				v, err = Next(it)
			}
			if err == nil {
				stack[sp] = v
				sp++
				continue
			}
			if !isStopIteration(err) {
				goto fail
			}
			err = nil
			sp--
			stack[sp] = nil
			pc = int(in.arg)

		case opCALL_FUNCTION, opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW, opCALL_FUNCTION_VAR_KW:
			if t.interrupt.Load() != nil {
				if e := t.pendingInterrupt(); e != nil {
					err = freshCopy(e)
					goto fail
				}
			}
			sp, err = t.callOp(f, stack, sp, in.op, int(in.arg))
			if err != nil {
				goto fail
			}

		case opRETURN_VALUE:
			sp--
			retval = stack[sp]
			stack[sp] = nil
			reason = whyReturn
			continue
		case opYIELD_VALUE:
			sp--
			retval = stack[sp]
			stack[sp] = nil
			reason = whyYield
			break loop
		case opYIELD_FROM:
			sp--
			v := stack[sp]
			stack[sp] = nil
			x, err = yieldFrom(stack[sp-1], v)
			if err == nil {
				retval = x
				pc-- // resume here with the sent value pushed
				reason = whyYield
				break loop
			}
			if !isStopIteration(err) {
				goto fail
			}
			stack[sp-1] = stopValue(err)
			err = nil

		case opSETUP_LOOP, opSETUP_EXCEPT, opSETUP_FINALLY:
			blocks = append(blocks, py.TryBlock{Type: setupBlock(in.op), Handler: in.arg, Level: sp})
		case opPOP_BLOCK:
			bl := blocks[len(blocks)-1]
			blocks = blocks[:len(blocks)-1]
			for sp > bl.Level {
				sp--
				stack[sp] = nil
			}
		case opPOP_EXCEPT:
			bl := blocks[len(blocks)-1]
			blocks = blocks[:len(blocks)-1]
			if bl.Type != blockExceptHandler {
				err = py.ExceptionNewf(py.SystemError, "popped block is not an except handler")
				goto fail
			}
			sp = t.unwindExceptHandler(stack, sp, bl.Level)
		case opBREAK_LOOP:
			reason = whyBreak
			continue
		case opCONTINUE_LOOP:
			if t.interrupt.Load() != nil {
				if e := t.pendingInterrupt(); e != nil {
					err = freshCopy(e)
					goto fail
				}
			}
			retval = py.Int(in.arg)
			reason = whyContinue
			continue
		case opEND_FINALLY:
			sp--
			x = stack[sp]
			stack[sp] = nil
			switch st := x.(type) {
			case *unwindMarker:
				reason = st.why
				if reason == whyReturn || reason == whyContinue {
					sp--
					retval = stack[sp]
					stack[sp] = nil
				}
				if reason == whySilenced {
					bl := blocks[len(blocks)-1]
					blocks = blocks[:len(blocks)-1]
					sp = t.unwindExceptHandler(stack, sp, bl.Level)
					reason = whyNot
					continue
				}
				continue
			case py.NoneType:
			default:
				if isExceptionClass(x) {
					sp--
					e, _ := stack[sp].(*py.Exception)
					stack[sp] = nil
					sp--
					stack[sp] = nil
					if e == nil {
						e = toException(x.(*py.Type))
					}
					exc = e
					reason = whyException
					continue
				}
				err = py.ExceptionNewf(py.SystemError, "'finally' pops bad exception")
				goto fail
			}
		case opSETUP_WITH:
			mgr := stack[sp-1]
			var enter, exit py.Object
			exit, err = specialMethod(mgr, "__exit__")
			if err != nil {
				goto fail
			}
			enter, err = specialMethod(mgr, "__enter__")
			if err != nil {
				goto fail
			}
			stack[sp-1] = exit
			x, err = callObject(enter, nil, nil)
			if err != nil {
				goto fail
			}
			blocks = append(blocks, py.TryBlock{Type: blockFinally, Handler: in.arg, Level: sp})
			stack[sp] = x
			sp++
		case opWITH_CLEANUP:
			sp, err = t.withCleanup(stack, sp, blocks)
			if err != nil {
				goto fail
			}

		case opRAISE_VARARGS:
			switch in.arg {
			case 0:
				exc = t.handled()
				if exc == nil {
					err = py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
					goto fail
				}
				reason = whyException
				continue
			case 1:
				exc = raise(stack[sp-1], nil)
				sp--
				stack[sp] = nil
			default:
				exc = raise(stack[sp-2], stack[sp-1])
				sp -= 2
				clear(stack[sp : sp+2])
			}
			goto raised

		case opLOAD_NAME:
			name := names[in.arg]
			if f.Locals != nil {
				if x, ok := f.Locals[name]; ok {
					stack[sp] = x
					sp++
					continue
				}
			}
			if x, ok := f.Globals[name]; ok {
				stack[sp] = x
				sp++
				continue
			}
			if x, ok := f.Builtins[name]; ok {
				stack[sp] = x
				sp++
				continue
			}
			err = py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
			goto fail
		case opSTORE_NAME:
			sp--
			if f.Locals == nil {
				err = py.ExceptionNewf(py.SystemError, "no locals found when storing '%s'", names[in.arg])
				goto fail
			}
			NSStore(f.Locals, names[in.arg], stack[sp])
			stack[sp] = nil
		case opDELETE_NAME:
			name := names[in.arg]
			if _, ok := f.Locals[name]; !ok {
				err = py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
				goto fail
			}
			NSDelete(f.Locals, name)
		case opSTORE_GLOBAL:
			sp--
			NSStore(f.Globals, names[in.arg], stack[sp])
			stack[sp] = nil
		case opDELETE_GLOBAL:
			name := names[in.arg]
			if _, ok := f.Globals[name]; !ok {
				err = py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
				goto fail
			}
			NSDelete(f.Globals, name)
		case opDELETE_FAST:
			if fast[in.arg] == nil {
				err = py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", varName(f.Code, int(in.arg)))
				goto fail
			}
			fast[in.arg] = nil

		case opLOAD_CLOSURE:
			stack[sp] = cells[in.arg]
			sp++
		case opLOAD_DEREF:
			x = cells[in.arg].(*py.Cell).Get()
			if x == nil {
				err = unboundDeref(p, int(in.arg))
				goto fail
			}
			stack[sp] = x
			sp++
		case opLOAD_CLASSDEREF:
			name := derefName(p, int(in.arg))
			if v, ok := f.Locals[name]; ok {
				stack[sp] = v
				sp++
				continue
			}
			x = cells[in.arg].(*py.Cell).Get()
			if x == nil {
				err = unboundDeref(p, int(in.arg))
				goto fail
			}
			stack[sp] = x
			sp++
		case opSTORE_DEREF:
			sp--
			cells[in.arg].(*py.Cell).Set(stack[sp])
			stack[sp] = nil
		case opDELETE_DEREF:
			cell := cells[in.arg].(*py.Cell)
			if cell.Get() == nil {
				err = unboundDeref(p, int(in.arg))
				goto fail
			}
			cell.Delete()

		case opBUILD_TUPLE:
			n := int(in.arg)
			tup := make(py.Tuple, n)
			copy(tup, stack[sp-n:sp])
			clear(stack[sp-n : sp])
			sp -= n
			stack[sp] = tup
			sp++
		case opBUILD_LIST:
			n := int(in.arg)
			items := make([]py.Object, n)
			copy(items, stack[sp-n:sp])
			clear(stack[sp-n : sp])
			sp -= n
			stack[sp] = &py.List{Items: items}
			sp++
		case opBUILD_SET:
			n := int(in.arg)
			if NewSet != nil {
				x, err = NewSet(stack[sp-n:sp], n > 2 && constantDisplay(code, pc-1, n))
				if err != nil {
					goto fail
				}
			} else {
				x = py.NewSetFromItems(stack[sp-n : sp])
			}
			clear(stack[sp-n : sp])
			sp -= n
			stack[sp] = x
			sp++
		case opBUILD_MAP:
			if NewDict != nil {
				stack[sp] = NewDict(int(in.arg))
			} else {
				stack[sp] = py.NewStringDictSized(int(in.arg))
			}
			sp++
		case opSTORE_MAP:
			// TOS2[TOS] = TOS1, leaving the map
			err = SetItem(stack[sp-3], stack[sp-1], stack[sp-2])
			if err != nil {
				goto fail
			}
			sp -= 2
			clear(stack[sp : sp+2])
		case opMAP_ADD:
			err = SetItem(stack[sp-2-int(in.arg)], stack[sp-1], stack[sp-2])
			if err != nil {
				goto fail
			}
			sp -= 2
			clear(stack[sp : sp+2])
		case opLIST_APPEND:
			sp--
			l := stack[sp-int(in.arg)].(*py.List)
			l.Items = append(l.Items, stack[sp])
			stack[sp] = nil
		case opSET_ADD:
			sp--
			switch s := stack[sp-int(in.arg)].(type) {
			case *py.Set:
				s.Add(stack[sp])
			case interface{ Add(py.Object) error }:
				err = s.Add(stack[sp])
			}
			stack[sp] = nil
			if err != nil {
				goto fail
			}
		case opBUILD_SLICE:
			var step py.Object = py.None
			if in.arg == 3 {
				sp--
				step = stack[sp]
				stack[sp] = nil
			}
			sp--
			stop := stack[sp]
			stack[sp] = nil
			stack[sp-1] = py.NewSlice(stack[sp-1], stop, step)

		case opUNPACK_SEQUENCE:
			sp, err = unpack(stack, sp, int(in.arg), -1)
			if err != nil {
				goto fail
			}
		case opUNPACK_EX:
			sp, err = unpack(stack, sp, int(in.arg&0xff), int(in.arg>>8))
			if err != nil {
				goto fail
			}

		case opMAKE_FUNCTION, opMAKE_CLOSURE:
			sp, err = makeFunction(f, stack, sp, int(in.arg), in.op == opMAKE_CLOSURE)
			if err != nil {
				goto fail
			}
		case opLOAD_BUILD_CLASS:
			x = f.Builtins["__build_class__"]
			if x == nil {
				err = py.ExceptionNewf(py.NameError, "__build_class__ not found")
				goto fail
			}
			stack[sp] = x
			sp++
		case opIMPORT_NAME:
			x, err = importName(f, names[in.arg], stack[sp-2], stack[sp-1])
			if err != nil {
				goto fail
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = x
		case opIMPORT_FROM:
			x, err = GetAttr(stack[sp-1], names[in.arg])
			if err != nil {
				if py.IsException(py.AttributeError, err) {
					err = py.ExceptionNewf(py.ImportError, "cannot import name '%s'", names[in.arg])
				}
				goto fail
			}
			stack[sp] = x
			sp++
		case opIMPORT_STAR:
			sp--
			err = importStar(f, stack[sp])
			stack[sp] = nil
			if err != nil {
				goto fail
			}
		case opPRINT_EXPR:
			sp--
			err = printExpr(f, stack[sp])
			stack[sp] = nil
			if err != nil {
				goto fail
			}
		default:
			err = py.ExceptionNewf(py.SystemError, "vm: unknown opcode %d", in.op)
			goto fail
		}
		continue

	fail:
		// An instruction failed: record where, then look for a handler.
		exc = ownException(err)
		err = nil
	raised:
		setContext(exc, t.handled())
		addTraceback(exc, f, p, pc-1)
		reason = whyException
	}

	// Leaving the frame: return, yield or an exception.
	f.Blockstack = blocks
	if reason == whyYield {
		f.Stack = stack[:sp]
		f.Lasti = offsetOf(p, pc)
		f.Yielded = true
		return retval, nil
	}
	f.Yielded = false
	f.Stack = stack[:0]
	clear(stack[:sp])
	f.Lasti = offsetOf(p, pc)
	if reason == whyException {
		return nil, asError(exc)
	}
	return retval, nil
}

// offsetOf returns the byte offset of instruction pc (or the end of the code).
func offsetOf(p *program, pc int) int32 {
	if pc < len(p.offset) {
		return p.offset[pc]
	}
	return int32(len(p.code.Code))
}

func setupBlock(op uint8) py.TryBlockType {
	switch op {
	case opSETUP_LOOP:
		return blockLoop
	case opSETUP_EXCEPT:
		return blockExcept
	}
	return blockFinally
}

var binops = [256]*binop{
	opBINARY_MULTIPLY: opMul, opBINARY_TRUE_DIVIDE: opTrueDiv, opBINARY_FLOOR_DIVIDE: opFloorDiv,
	opBINARY_MODULO: opMod, opBINARY_POWER: opPow, opBINARY_LSHIFT: opLshift, opBINARY_RSHIFT: opRshift,
	opBINARY_AND: opAnd, opBINARY_OR: opOr, opBINARY_XOR: opXor,
	opINPLACE_MULTIPLY: opMul, opINPLACE_TRUE_DIVIDE: opTrueDiv, opINPLACE_FLOOR_DIVIDE: opFloorDiv,
	opINPLACE_MODULO: opMod, opINPLACE_POWER: opPow, opINPLACE_LSHIFT: opLshift, opINPLACE_RSHIFT: opRshift,
	opINPLACE_AND: opAnd, opINPLACE_OR: opOr, opINPLACE_XOR: opXor,
}
