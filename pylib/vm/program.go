package vm

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// CPython 3.4 opcode numbers, as gpython's compiler emits them.
const (
	opPOP_TOP              = 1
	opROT_TWO              = 2
	opROT_THREE            = 3
	opDUP_TOP              = 4
	opDUP_TOP_TWO          = 5
	opNOP                  = 9
	opUNARY_POSITIVE       = 10
	opUNARY_NEGATIVE       = 11
	opUNARY_NOT            = 12
	opUNARY_INVERT         = 15
	opBINARY_POWER         = 19
	opBINARY_MULTIPLY      = 20
	opBINARY_MODULO        = 22
	opBINARY_ADD           = 23
	opBINARY_SUBTRACT      = 24
	opBINARY_SUBSCR        = 25
	opBINARY_FLOOR_DIVIDE  = 26
	opBINARY_TRUE_DIVIDE   = 27
	opINPLACE_FLOOR_DIVIDE = 28
	opINPLACE_TRUE_DIVIDE  = 29
	opSTORE_MAP            = 54
	opINPLACE_ADD          = 55
	opINPLACE_SUBTRACT     = 56
	opINPLACE_MULTIPLY     = 57
	opINPLACE_MODULO       = 59
	opSTORE_SUBSCR         = 60
	opDELETE_SUBSCR        = 61
	opBINARY_LSHIFT        = 62
	opBINARY_RSHIFT        = 63
	opBINARY_AND           = 64
	opBINARY_XOR           = 65
	opBINARY_OR            = 66
	opINPLACE_POWER        = 67
	opGET_ITER             = 68
	opPRINT_EXPR           = 70
	opLOAD_BUILD_CLASS     = 71
	opYIELD_FROM           = 72
	opINPLACE_LSHIFT       = 75
	opINPLACE_RSHIFT       = 76
	opINPLACE_AND          = 77
	opINPLACE_XOR          = 78
	opINPLACE_OR           = 79
	opBREAK_LOOP           = 80
	opWITH_CLEANUP         = 81
	opRETURN_VALUE         = 83
	opIMPORT_STAR          = 84
	opYIELD_VALUE          = 86
	opPOP_BLOCK            = 87
	opEND_FINALLY          = 88
	opPOP_EXCEPT           = 89
	opHAVE_ARGUMENT        = 90
	opSTORE_NAME           = 90
	opDELETE_NAME          = 91
	opUNPACK_SEQUENCE      = 92
	opFOR_ITER             = 93
	opUNPACK_EX            = 94
	opSTORE_ATTR           = 95
	opDELETE_ATTR          = 96
	opSTORE_GLOBAL         = 97
	opDELETE_GLOBAL        = 98
	opLOAD_CONST           = 100
	opLOAD_NAME            = 101
	opBUILD_TUPLE          = 102
	opBUILD_LIST           = 103
	opBUILD_SET            = 104
	opBUILD_MAP            = 105
	opLOAD_ATTR            = 106
	opCOMPARE_OP           = 107
	opIMPORT_NAME          = 108
	opIMPORT_FROM          = 109
	opJUMP_FORWARD         = 110
	opJUMP_IF_FALSE_OR_POP = 111
	opJUMP_IF_TRUE_OR_POP  = 112
	opJUMP_ABSOLUTE        = 113
	opPOP_JUMP_IF_FALSE    = 114
	opPOP_JUMP_IF_TRUE     = 115
	opLOAD_GLOBAL          = 116
	opCONTINUE_LOOP        = 119
	opSETUP_LOOP           = 120
	opSETUP_EXCEPT         = 121
	opSETUP_FINALLY        = 122
	opLOAD_FAST            = 124
	opSTORE_FAST           = 125
	opDELETE_FAST          = 126
	opRAISE_VARARGS        = 130
	opCALL_FUNCTION        = 131
	opMAKE_FUNCTION        = 132
	opBUILD_SLICE          = 133
	opMAKE_CLOSURE         = 134
	opLOAD_CLOSURE         = 135
	opLOAD_DEREF           = 136
	opSTORE_DEREF          = 137
	opDELETE_DEREF         = 138
	opCALL_FUNCTION_VAR    = 140
	opCALL_FUNCTION_KW     = 141
	opCALL_FUNCTION_VAR_KW = 142
	opSETUP_WITH           = 143
	opEXTENDED_ARG         = 144
	opLIST_APPEND          = 145
	opSET_ADD              = 146
	opMAP_ADD              = 147
	opLOAD_CLASSDEREF      = 148
)

// instr is one decoded instruction. Jump arguments are instruction indices, not byte offsets.
type instr struct {
	op  uint8
	arg int32
}

// program is a code object decoded for the loop.
type program struct {
	code   *py.Code
	instrs []instr
	offset []int32 // byte offset of each instruction, for line numbers and frame.Lasti
	index  []int32 // instruction index of each byte offset (-1 inside an instruction)

	nlocals     int
	ncells      int
	cell2arg    []int // for each cell, the argument it starts with, or -1
	hasCellArgs bool

	generator bool
	optimized bool // CO_OPTIMIZED|CO_NEWLOCALS: locals live in fast slots, no dict
	nameLoads bool // body uses LOAD_NAME etc.

	extraStack int                           // value-stack room LOAD_METHOD needs (method.go)
	methods    []atomic.Pointer[methodCache] // per instruction, for LOAD_METHOD
	attrs      []atomic.Pointer[attrSite]    // per instruction, for attributes (class_cache.go)
}

// programs caches the decoded form of every code object run so far. It is keyed by *py.Code and
// only grows: code objects live as long as the functions and modules holding them, which for a
// server is the life of the process. Concurrent interpreters share it safely (sync.Map).
var programs sync.Map // *py.Code -> *program

// programOf returns the decoded form of code, decoding it on first use.
func programOf(code *py.Code) (*program, error) {
	if p, ok := programs.Load(code); ok {
		return p.(*program), nil
	}
	p, err := decode(code)
	if err != nil {
		return nil, err
	}
	actual, _ := programs.LoadOrStore(code, p)
	return actual.(*program), nil
}

// programCache is a Thread's direct-mapped cache in front of programs (a sync.Map lookup per
// call shows in profiles).
type programCache [256]*program

// program returns the decoded form of code through the Thread's cache.
func (t *Thread) program(code *py.Code) (*program, error) {
	slot := &t.programs[(uintptr(unsafe.Pointer(code))>>6)%uintptr(len(t.programs))]
	if p := *slot; p != nil && p.code == code {
		return p, nil
	}
	p, err := programOf(code)
	if err == nil {
		*slot = p
	}
	return p, err
}

func hasArg(op uint8) bool { return op >= opHAVE_ARGUMENT }

func isRelativeJump(op uint8) bool {
	switch op {
	case opJUMP_FORWARD, opSETUP_WITH, opFOR_ITER, opSETUP_LOOP, opSETUP_EXCEPT, opSETUP_FINALLY:
		return true
	}
	return false
}

func isAbsoluteJump(op uint8) bool {
	switch op {
	case opJUMP_IF_FALSE_OR_POP, opJUMP_IF_TRUE_OR_POP, opJUMP_ABSOLUTE, opPOP_JUMP_IF_FALSE,
		opPOP_JUMP_IF_TRUE, opCONTINUE_LOOP:
		return true
	}
	return false
}

// decode turns code's bytecode into instructions, folding EXTENDED_ARG into the instruction it
// prefixes and turning jump targets into instruction indices.
func decode(code *py.Code) (*program, error) {
	bc := code.Code
	p := &program{
		code:      code,
		index:     make([]int32, len(bc)+1),
		nlocals:   int(code.Nlocals),
		ncells:    len(code.Cellvars),
		generator: code.Flags&py.CO_GENERATOR != 0,
		optimized: code.Flags&(py.CO_OPTIMIZED|py.CO_NEWLOCALS) == py.CO_OPTIMIZED|py.CO_NEWLOCALS,
	}
	for i := range p.index {
		p.index[i] = -1
	}
	var ext int32
	start := -1 // byte offset of a pending EXTENDED_ARG
	for pc := 0; pc < len(bc); {
		here := pc
		op := bc[pc]
		pc++
		var arg int32
		if hasArg(op) {
			if pc+2 > len(bc) {
				return nil, fmt.Errorf("vm: %s: truncated instruction at %d", code.Name, here)
			}
			arg = int32(bc[pc]) | int32(bc[pc+1])<<8 | ext<<16
			pc += 2
		}
		if op == opEXTENDED_ARG {
			ext = arg
			if start < 0 {
				start = here
			}
			continue
		}
		ext = 0
		if start >= 0 {
			p.index[start] = int32(len(p.instrs))
			start = -1
		}
		p.index[here] = int32(len(p.instrs))
		if isRelativeJump(op) {
			arg += int32(pc) // relative to the next instruction; resolved to an index below
		}
		p.instrs = append(p.instrs, instr{op: op, arg: arg})
		p.offset = append(p.offset, int32(here))
		switch op {
		case opLOAD_NAME, opSTORE_NAME, opDELETE_NAME:
			p.nameLoads = true
		}
	}
	p.index[len(bc)] = int32(len(p.instrs))
	for i := range p.instrs {
		in := &p.instrs[i]
		if !isRelativeJump(in.op) && !isAbsoluteJump(in.op) {
			continue
		}
		if in.arg < 0 || int(in.arg) > len(bc) || p.index[in.arg] < 0 {
			return nil, fmt.Errorf("vm: %s: bad jump target %d", code.Name, in.arg)
		}
		in.arg = p.index[in.arg]
	}
	p.fuseMethodCalls()
	if p.extraStack > 0 {
		p.methods = make([]atomic.Pointer[methodCache], len(p.instrs))
	}
	for _, in := range p.instrs {
		if in.op == opLOAD_ATTR || in.op == opSTORE_ATTR || in.op == opLOAD_METHOD {
			p.attrs = make([]atomic.Pointer[attrSite], len(p.instrs))
			break
		}
	}
	p.cell2arg = cellArgs(code)
	for _, a := range p.cell2arg {
		if a >= 0 {
			p.hasCellArgs = true
		}
	}
	return p, nil
}

// cellArgs maps each cell variable to the argument it starts with, or -1. It honours
// code.Cell2arg when the compiler filled it, and otherwise derives it by CPython's rule (a cell
// whose name is an argument's name), since gpython v0.2.0's compiler leaves it empty.
func cellArgs(code *py.Code) []int {
	n := len(code.Cellvars)
	out := make([]int, n)
	if len(code.Cell2arg) == n && n > 0 {
		for i, a := range code.Cell2arg {
			out[i] = -1
			if a != py.CO_CELL_NOT_AN_ARG {
				out[i] = int(a)
			}
		}
		return out
	}
	nargs := int(code.Argcount + code.Kwonlyargcount)
	if code.Flags&py.CO_VARARGS != 0 {
		nargs++
	}
	if code.Flags&py.CO_VARKEYWORDS != 0 {
		nargs++
	}
	for i, name := range code.Cellvars {
		out[i] = -1
		for j := 0; j < nargs && j < len(code.Varnames); j++ {
			if code.Varnames[j] == name {
				out[i] = j
				break
			}
		}
	}
	return out
}

// line returns the source line of instruction i.
func (p *program) line(i int) int32 {
	if i < 0 {
		i = 0
	}
	if i >= len(p.offset) {
		if len(p.offset) == 0 {
			return p.code.Firstlineno
		}
		i = len(p.offset) - 1
	}
	return p.code.Addr2Line(p.offset[i])
}
