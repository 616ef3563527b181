package compiler

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// disasm renders a code object and the code objects nested in it, one instruction a line, for
// test failure messages and for tests that check the shape of repaired bytecode.
func disasm(c *py.Code) string {
	var b strings.Builder
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		fmt.Fprintf(&b, "code %s cells=%v frees=%v names=%v varnames=%v\n", c.Name, c.Cellvars, c.Freevars, c.Names, c.Varnames)
		for _, in := range decode(c.Code) {
			name := vm.OpCode(in.op).String()
			if in.op == opHaveArgument {
				name = "STORE_NAME" // the same number as HAVE_ARGUMENT
			}
			fmt.Fprintf(&b, "  %4d %-4d %s", in.off, c.Addr2Line(int32(in.off)), name)
			if in.op >= opHaveArgument {
				fmt.Fprintf(&b, " %d", in.arg)
				if in.op == opLoadConst {
					if _, ok := c.Consts[in.arg].(*py.Code); !ok {
						r, _ := py.Repr(c.Consts[in.arg])
						fmt.Fprintf(&b, " (%v)", r)
					}
				}
			}
			b.WriteString("\n")
		}
		for _, k := range childCodes(c) {
			walk(k)
		}
	}
	walk(c)
	return b.String()
}
