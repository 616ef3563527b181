package compiler

import (
	"fmt"
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
)

// CPython 3.4 opcodes the closure repair reads or rewrites (the numbers gpython's VM uses).
const (
	opHaveArgument   = 90
	opLoadConst      = 100
	opBuildTuple     = 102
	opMakeClosure    = 134
	opLoadClosure    = 135
	opLoadDeref      = 136
	opStoreDeref     = 137
	opDeleteDeref    = 138
	opExtendedArg    = 144
	opLoadClassDeref = 148
)

// instr is one decoded instruction: its offset, opcode and argument (EXTENDED_ARG folded in).
type instr struct {
	start int // offset of the instruction, its EXTENDED_ARG prefix included
	off   int // offset of the opcode byte (after any EXTENDED_ARG)
	op    byte
	arg   int
	wide  bool // had an EXTENDED_ARG prefix
}

func decode(code string) []instr {
	var out []instr
	ext := 0
	wide := false
	start := 0
	for i := 0; i < len(code); {
		op := code[i]
		if !wide {
			start = i
		}
		if op < opHaveArgument {
			out = append(out, instr{start: start, off: i, op: op})
			wide = false
			i++
			continue
		}
		if i+2 >= len(code) {
			break
		}
		arg := int(code[i+1]) | int(code[i+2])<<8 | ext<<16
		if op == opExtendedArg {
			ext, wide = arg, true
			i += 3
			continue
		}
		out = append(out, instr{start: start, off: i, op: op, arg: arg, wide: wide})
		ext, wide = 0, false
		i += 3
	}
	return out
}

func isDeref(op byte) bool {
	return op == opLoadDeref || op == opStoreDeref || op == opDeleteDeref || op == opLoadClassDeref
}

// codeFix holds one code object under repair: its bytes and the DEREF instructions whose
// target (cell or free variable) the bytecode alone does not tell.
type codeFix struct {
	code      *py.Code
	buf       []byte
	ambiguous []int // indices into derefs
	derefs    []instr
}

// setArg rewrites the 16-bit argument of the instruction at off.
func (f *codeFix) setArg(in instr, arg int) error {
	if in.wide || arg > 0xFFFF {
		return fmt.Errorf("closure repair: argument %d of opcode %d in %s too wide", arg, in.op, f.code.Name)
	}
	f.buf[in.off+1] = byte(arg)
	f.buf[in.off+2] = byte(arg >> 8)
	return nil
}

// repairClosures gives code and every code object nested in its constants CPython 3.4's
// closure layout: Cell2arg maps cells that are arguments, and every LOAD_CLOSURE and DEREF
// argument indexes cells then frees. probe compiles the padded source used to classify
// ambiguous DEREF instructions; it is called at most once, and only when needed.
func repairClosures(code *py.Code, probe func() (*py.Code, error)) error {
	var fixes []*codeFix
	byCode := map[*py.Code]*codeFix{}
	var walk func(c *py.Code) error
	walk = func(c *py.Code) error {
		if byCode[c] != nil {
			return nil
		}
		f, err := fixObvious(c)
		if err != nil {
			return err
		}
		fixes = append(fixes, f)
		byCode[c] = f
		for _, k := range childCodes(c) {
			if err := walk(k); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(code); err != nil {
		return err
	}
	needProbe := false
	for _, f := range fixes {
		needProbe = needProbe || len(f.ambiguous) > 0
	}
	if needProbe {
		if probed, err := probe(); err == nil {
			resolveWithProbe(code, probed, byCode)
		}
	}
	for _, f := range fixes {
		// Whatever stays ambiguous (no probe) keeps the cell reading the compiler gave it.
		f.code.Code = string(f.buf)
	}
	return nil
}

func childCodes(c *py.Code) []*py.Code {
	var out []*py.Code
	for _, k := range c.Consts {
		if kc, ok := k.(*py.Code); ok {
			out = append(out, kc)
		}
	}
	return out
}

// fixObvious sets Cell2arg, rewrites LOAD_CLOSURE runs from the child's free variable names,
// and DEREF arguments whose kind follows from their range; it records the ambiguous rest.
func fixObvious(c *py.Code) (*codeFix, error) {
	c.Cell2arg = cell2arg(c)
	f := &codeFix{code: c, buf: []byte(c.Code)}
	ins := decode(c.Code)
	nc, nf := len(c.Cellvars), len(c.Freevars)
	for i, in := range ins {
		if in.op == opMakeClosure {
			if err := f.fixClosureRun(ins, i); err != nil {
				return nil, err
			}
		}
		if !isDeref(in.op) {
			continue
		}
		k := len(f.derefs)
		f.derefs = append(f.derefs, in)
		switch {
		case nf == 0 || in.arg >= nf:
			// A cell: the index is already right.
		case nc == 0 || in.arg >= nc:
			if err := f.setArg(in, in.arg+nc); err != nil {
				return nil, err
			}
		default:
			f.ambiguous = append(f.ambiguous, k)
		}
	}
	return f, nil
}

// fixClosureRun rewrites the LOAD_CLOSURE instructions that build the closure tuple for the
// MAKE_CLOSURE at ins[i]: LOAD_CLOSURE*n, BUILD_TUPLE n, LOAD_CONST code, LOAD_CONST name.
func (f *codeFix) fixClosureRun(ins []instr, i int) error {
	if i < 3 || ins[i-1].op != opLoadConst || ins[i-2].op != opLoadConst || ins[i-3].op != opBuildTuple {
		return nil
	}
	child, ok := f.code.Consts[ins[i-2].arg].(*py.Code)
	n := ins[i-3].arg
	if !ok || n != len(child.Freevars) || i-3-n < 0 {
		return nil
	}
	for k := 0; k < n; k++ {
		in := ins[i-3-n+k]
		if in.op != opLoadClosure {
			return nil
		}
		name := child.Freevars[k]
		idx := slices.Index(f.code.Cellvars, name)
		if idx < 0 {
			if j := slices.Index(f.code.Freevars, name); j >= 0 {
				idx = len(f.code.Cellvars) + j
			}
		}
		if idx < 0 {
			return fmt.Errorf("closure repair: %s: free variable %q of %s not found", f.code.Name, name, child.Name)
		}
		if err := f.setArg(in, idx); err != nil {
			return err
		}
	}
	return nil
}

// cell2arg maps each cell variable that is also an argument to the argument's index, as
// CPython 3.4's PyCode_New does; nil when no cell is an argument.
func cell2arg(c *py.Code) []byte {
	nargs := int(c.Argcount + c.Kwonlyargcount)
	if c.Flags&py.CO_VARARGS != 0 {
		nargs++
	}
	if c.Flags&py.CO_VARKEYWORDS != 0 {
		nargs++
	}
	nargs = min(nargs, len(c.Varnames))
	var out []byte
	for i, cell := range c.Cellvars {
		j := slices.Index(c.Varnames[:nargs], cell)
		if j < 0 || j >= py.CO_CELL_NOT_AN_ARG {
			continue
		}
		if out == nil {
			out = make([]byte, len(c.Cellvars))
			for k := range out {
				out[k] = py.CO_CELL_NOT_AN_ARG
			}
		}
		out[i] = byte(j)
	}
	return out
}

// resolveWithProbe classifies ambiguous DEREF instructions by comparing each code object with
// its counterpart compiled from the padded source, where a dummy variable "A" sorting before
// every other name is added to the cells (functions, lambdas, comprehensions) or to the frees
// (class bodies): the same instruction then names one candidate and not the other.
func resolveWithProbe(a, b *py.Code, byCode map[*py.Code]*codeFix) {
	if unrename(b.Name) != a.Name {
		return
	}
	if f := byCode[a]; f != nil && len(f.ambiguous) > 0 {
		f.resolve(b)
	}
	ak, bk := childCodes(a), realChildren(b)
	if len(ak) != len(bk) {
		return
	}
	for i := range ak {
		resolveWithProbe(ak[i], bk[i], byCode)
	}
}

// realChildren returns the nested code objects of a probe code object, without the dummy
// "lambda: A" closures the padding added.
func realChildren(c *py.Code) []*py.Code {
	var out []*py.Code
	for _, k := range childCodes(c) {
		if isPadLambda(k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// storesPadVariable reports whether ins[i] is the STORE_DEREF of the loop variable "A" the
// padding adds to a comprehension: "for A in () if (lambda:A)" stores it and at once makes
// the lambda (LOAD_CLOSURE, BUILD_TUPLE 1, LOAD_CONST code).
func storesPadVariable(b *py.Code, ins []instr, i int) bool {
	if ins[i].op != opStoreDeref || i+3 >= len(ins) || ins[i+1].op != opLoadClosure ||
		ins[i+2].op != opBuildTuple || ins[i+3].op != opLoadConst {
		return false
	}
	k, ok := b.Consts[ins[i+3].arg].(*py.Code)
	return ok && isPadLambda(k)
}

// isPadLambda reports whether c is a "lambda: A" the padding added: A is its free variable
// inside a function, and a global name in a class body or comprehension at module level.
func isPadLambda(c *py.Code) bool {
	if c.Name != "<lambda>" || c.Argcount != 0 || len(c.Varnames) != 0 {
		return false
	}
	free := len(c.Freevars) == 1 && c.Freevars[0] == probeName && len(c.Names) == 0
	global := len(c.Freevars) == 0 && len(c.Names) == 1 && c.Names[0] == probeName
	return free || global
}

func (f *codeFix) resolve(b *py.Code) {
	var bd []instr
	ins := decode(b.Code)
	for i, in := range ins {
		if isDeref(in.op) && !storesPadVariable(b, ins, i) {
			bd = append(bd, in)
		}
	}
	if len(bd) != len(f.derefs) {
		return
	}
	c := f.code
	for _, k := range f.ambiguous {
		in, pin := f.derefs[k], bd[k]
		if in.op != pin.op {
			return
		}
		cellOK := pin.arg < len(b.Cellvars) && unrename(b.Cellvars[pin.arg]) == c.Cellvars[in.arg]
		freeOK := pin.arg < len(b.Freevars) && unrename(b.Freevars[pin.arg]) == c.Freevars[in.arg]
		if freeOK && !cellOK {
			_ = f.setArg(in, in.arg+len(c.Cellvars)) // width was checked for the cell reading
		}
	}
}

// probeName is the dummy variable of the probe compile. No identifier sorts before "A", and
// the user's identifiers starting with "A" are renamed "A0..." so it stays strictly first.
const probeName = "A"

// unrename maps a probe identifier back to the user's; the dummy maps to no identifier.
func unrename(s string) string {
	if s == probeName {
		return "\x00"
	}
	if strings.HasPrefix(s, "A0") {
		return "A" + s[2:]
	}
	return s
}
