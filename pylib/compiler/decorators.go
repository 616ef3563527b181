package compiler

import (
	"fmt"
	"slices"

	"github.com/go-python/gpython/py"
)

// More CPython 3.4 opcodes, for the decorator repair.
const (
	opForIter          = 93
	opLoadName         = 101
	opJumpForward      = 110
	opJumpIfFalseOrPop = 111
	opJumpIfTrueOrPop  = 112
	opJumpAbsolute     = 113
	opPopJumpIfFalse   = 114
	opPopJumpIfTrue    = 115
	opLoadGlobal       = 116
	opContinueLoop     = 119
	opSetupLoop        = 120
	opSetupExcept      = 121
	opSetupFinally     = 122
	opMakeFunction     = 132
	opSetupWith        = 143
)

// jumpKind tells whether op jumps, and whether its argument is relative to the next
// instruction (else absolute).
func jumpKind(op byte) (jump, relative bool) {
	switch op {
	case opJumpForward, opForIter, opSetupLoop, opSetupExcept, opSetupFinally, opSetupWith:
		return true, true
	case opJumpIfFalseOrPop, opJumpIfTrueOrPop, opJumpAbsolute, opPopJumpIfFalse, opPopJumpIfTrue, opContinueLoop:
		return true, false
	}
	return false, false
}

// decoratedDef is the bytecode of one marked, decorated def statement as gpython emits it:
// values (defaults, keyword-only defaults, annotations) from p, decorators from d, and the
// function from c (the closure tuple, code and qualname, then MAKE_FUNCTION).
type decoratedDef struct{ p, d, c int }

// reorderDecorators repairs every marked def statement in code and its nested code objects
// (see the lowering in defs.go): it moves the decorator expressions before the default and
// annotation values, which gives CPython's evaluation order and the stack layout that
// MAKE_FUNCTION expects (values right below the function, decorators below them).
func reorderDecorators(code *py.Code) error {
	if err := reorderIn(code); err != nil {
		return err
	}
	for _, k := range childCodes(code) {
		if err := reorderDecorators(k); err != nil {
			return err
		}
	}
	return nil
}

func reorderIn(c *py.Code) error {
	if !slices.Contains(c.Names, decoMark) {
		return nil
	}
	ins := decode(c.Code)
	defs, err := findDecoratedDefs(c, ins)
	if err != nil || len(defs) == 0 {
		return err
	}
	lines := map[int]int32{}
	for _, in := range ins {
		lines[in.start] = c.Addr2Line(int32(in.start))
	}
	buf := []byte(c.Code)
	for _, d := range defs {
		buf, lines, err = rotate(buf, lines, d)
		if err != nil {
			return fmt.Errorf("decorator repair: %s: %w", c.Name, err)
		}
	}
	c.Code = string(buf)
	c.Lnotab = string(encodeLnotab(c.Firstlineno, lines))
	return nil
}

// findDecoratedDefs locates the marked def statements of one code object.
func findDecoratedDefs(c *py.Code, ins []instr) ([]decoratedDef, error) {
	loads := func(in instr, name string) bool {
		return (in.op == opLoadName || in.op == opLoadGlobal) && in.arg < len(c.Names) && c.Names[in.arg] == name
	}
	var out []decoratedDef
	p := -1
	for i, in := range ins {
		switch {
		case loads(in, defsMark):
			p = in.start
		case loads(in, kwdefsMark):
			if i == 0 || ins[i-1].op != opLoadConst {
				return nil, fmt.Errorf("decorator repair: %s: no name before a keyword-only default", c.Name)
			}
			p = ins[i-1].start
		case loads(in, decoMark):
			start, ok := functionStart(c, ins, i)
			if p < 0 || !ok {
				return nil, fmt.Errorf("decorator repair: %s: decorated def at offset %d not understood", c.Name, in.off)
			}
			out = append(out, decoratedDef{p: p, d: in.start, c: start})
			p = -1
		}
	}
	return out, nil
}

// functionStart finds, after the first decorator's instruction ins[i], the instructions that
// make the decorated function: [LOAD_CLOSURE*n BUILD_TUPLE n] LOAD_CONST code LOAD_CONST
// qualname MAKE_FUNCTION/MAKE_CLOSURE, the code being a def's (lambdas and comprehensions
// made inside the decorators have names like "<lambda>").
func functionStart(c *py.Code, ins []instr, i int) (int, bool) {
	for k := i + 1; k < len(ins); k++ {
		if ins[k].op != opMakeFunction && ins[k].op != opMakeClosure || k < 2 || ins[k-2].op != opLoadConst {
			continue
		}
		fn, ok := c.Consts[ins[k-2].arg].(*py.Code)
		if !ok || !isIdentifier(fn.Name) {
			continue
		}
		if ins[k].op == opMakeFunction {
			return ins[k-2].start, true
		}
		n := len(fn.Freevars)
		first := k - 3 - n
		if first <= i || ins[k-3].op != opBuildTuple || ins[k-3].arg != n {
			return 0, false
		}
		return ins[first].start, true
	}
	return 0, false
}

// rotate moves the decorator instructions [d.d, d.c) before the value instructions
// [d.p, d.d), fixing every jump and carrying each instruction's line along.
func rotate(buf []byte, lines map[int]int32, d decoratedDef) ([]byte, map[int]int32, error) {
	lenP, lenD := d.d-d.p, d.c-d.d
	newOff := func(x int) int {
		switch {
		case x >= d.p && x < d.d:
			return x + lenD
		case x >= d.d && x < d.c:
			return x - lenP
		}
		return x
	}
	newTarget := func(src, t int) int {
		switch {
		case src >= d.p && src < d.d && t == d.d: // the end of the values
			return d.c
		case src >= d.d && src < d.c && t == d.c: // the end of the decorators
			return d.p + lenD
		}
		return newOff(t)
	}
	out := slices.Clone(buf)
	copy(out[d.p:], buf[d.d:d.c])
	copy(out[d.p+lenD:], buf[d.p:d.d])
	for _, in := range decode(string(buf)) {
		jump, relative := jumpKind(in.op)
		if !jump {
			continue
		}
		t := in.arg
		if relative {
			t += in.off + 3
		}
		src, nt := newOff(in.off), newTarget(in.off, t)
		if src == in.off && nt == t {
			continue
		}
		if in.wide {
			return nil, nil, fmt.Errorf("wide jump at %d", in.off)
		}
		arg := nt
		if relative {
			arg = nt - (src + 3)
		}
		if arg < 0 || arg > 0xFFFF {
			return nil, nil, fmt.Errorf("jump at %d out of range", in.off)
		}
		out[src+1], out[src+2] = byte(arg), byte(arg>>8)
	}
	moved := make(map[int]int32, len(lines))
	for off, line := range lines {
		moved[newOff(off)] = line
	}
	return out, moved, nil
}

// encodeLnotab builds a CPython 3.4 line number table from the line of every instruction
// offset, skipping decreases as gpython's compiler does.
func encodeLnotab(first int32, lines map[int]int32) []byte {
	offs := make([]int, 0, len(lines))
	for off := range lines {
		offs = append(offs, off)
	}
	slices.Sort(offs)
	var tab []byte
	lastOff, lastLine := 0, first
	for _, off := range offs {
		dLine := lines[off] - lastLine
		if dLine <= 0 {
			continue
		}
		dOff := off - lastOff
		for dOff > 255 {
			tab = append(tab, 255, 0)
			dOff -= 255
		}
		for dLine > 255 {
			tab = append(tab, byte(dOff), 255)
			dOff = 0
			dLine -= 255
		}
		tab = append(tab, byte(dOff), byte(dLine))
		lastOff, lastLine = off, lines[off]
	}
	return tab
}
