package compiler

import (
	"os"
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpcodes checks this package's opcode numbers against gpython's VM.
func TestOpcodes(t *testing.T) {
	for got, want := range map[int]vm.OpCode{
		opHaveArgument: vm.HAVE_ARGUMENT, opLoadConst: vm.LOAD_CONST, opBuildTuple: vm.BUILD_TUPLE,
		opMakeClosure: vm.MAKE_CLOSURE, opLoadClosure: vm.LOAD_CLOSURE, opLoadDeref: vm.LOAD_DEREF,
		opStoreDeref: vm.STORE_DEREF, opDeleteDeref: vm.DELETE_DEREF, opExtendedArg: vm.EXTENDED_ARG,
		opLoadClassDeref: vm.LOAD_CLASSDEREF, opForIter: vm.FOR_ITER, opLoadName: vm.LOAD_NAME,
		opJumpForward: vm.JUMP_FORWARD, opJumpIfFalseOrPop: vm.JUMP_IF_FALSE_OR_POP,
		opJumpIfTrueOrPop: vm.JUMP_IF_TRUE_OR_POP, opJumpAbsolute: vm.JUMP_ABSOLUTE,
		opPopJumpIfFalse: vm.POP_JUMP_IF_FALSE, opPopJumpIfTrue: vm.POP_JUMP_IF_TRUE,
		opLoadGlobal: vm.LOAD_GLOBAL, opContinueLoop: vm.CONTINUE_LOOP, opSetupLoop: vm.SETUP_LOOP,
		opSetupExcept: vm.SETUP_EXCEPT, opSetupFinally: vm.SETUP_FINALLY,
		opMakeFunction: vm.MAKE_FUNCTION, opSetupWith: vm.SETUP_WITH,
	} {
		assert.Equal(t, int(want), got)
	}
}

// findCode returns the code object named name nested anywhere in c.
func findCode(c *py.Code, name string) *py.Code {
	if c.Name == name {
		return c
	}
	for _, k := range childCodes(c) {
		if f := findCode(k, name); f != nil {
			return f
		}
	}
	return nil
}

func TestCell2arg(t *testing.T) {
	code, err := Compile("def f(a, b, *c, d, **e):\n    x = 1\n    return lambda: (a, c, d, e, x)\n", "t.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	f := findCode(code, "f")
	require.NotNil(t, f)
	require.Equal(t, []string{"a", "c", "d", "e", "x"}, f.Cellvars)
	// Varnames: a b d c e x (keyword-only before *args' tuple, then **kwargs).
	nota := byte(py.CO_CELL_NOT_AN_ARG)
	assert.Equal(t, []byte{0, 3, 2, 4, nota}, f.Cell2arg)
	assert.Nil(t, findCode(code, "<lambda>").Cell2arg)
}

// TestFreeIndexOffset checks that a free variable is indexed after the cells.
func TestFreeIndexOffset(t *testing.T) {
	src := "def a():\n    x = 1\n    def b():\n        y = 2\n        def c():\n            return x + y\n        return c\n    return b\n"
	code, err := Compile(src, "t.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	b := findCode(code, "b")
	require.Equal(t, []string{"y"}, b.Cellvars)
	require.Equal(t, []string{"x"}, b.Freevars)
	var closures []int
	for _, in := range decode(b.Code) {
		if in.op == opLoadClosure {
			closures = append(closures, in.arg)
		}
	}
	assert.Equal(t, []int{1, 0}, closures, "c's freevars are [x y]: x is b's free 0 (index 1), y b's cell 0")
}

// TestRepairNeeded shows the closure programs fail with gpython's own compiler, so the
// closure tests can fail.
func TestRepairNeeded(t *testing.T) {
	src, err := os.ReadFile("testdata/closures.py")
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/closures.out")
	require.NoError(t, err)
	got, err := runWith(t, compile.Compile, string(src), "closures.py")
	assert.True(t, err != nil || got != string(want), "gpython's compiler should fail testdata/closures.py")
}

// TestProbeResolves shows the probe compile is what makes ambiguous DEREF instructions right:
// in b, cell y and free x both have index 0 and both are loaded directly.
func TestProbeResolves(t *testing.T) {
	cases := map[string]string{
		"function":      "def a():\n    x = 10\n    def b():\n        y = 20\n        def c():\n            return y\n        return x * 1000 + c() * 10 + y\n    return b\nprint(a()())\n",
		"lambda":        "def lam(y):\n    return (lambda x: (lambda: x) () * 100 + y)\nprint(lam(7)(3))\n",
		"comprehension": "def comp(z):\n    return [(lambda: x)() + z for x in range(3)]\nprint(comp(100))\n",
		"class":         "def mk(v):\n    class K:\n        w = v\n        def m(self):\n            return __class__\n    return K.w\nprint(mk(5))\n",
		"nonlocal":      "def o():\n    n = 1\n    def i(k):\n        nonlocal n\n        def j():\n            return k\n        n = n + j()\n        return n\n    return i\nprint(o()(5))\n",
		"renamed A":     "def o(A, Ab):\n    def i(B):\n        def j():\n            return B\n        return A * 100 + Ab * 10 + j() + B\n    return i\nprint(o(1, 2)(3))\n",
	}
	// In a class body at module level the padding's "lambda: A" reads a global A.
	cases["module class comprehension"] = "class C:\n    def m(self, items, y):\n        return [(lambda: k)() + y for k in items]\nprint(C().m([1, 2], 10))\n"
	cases["module class method"] = "class C:\n    def n(self, x):\n        k = 1\n        def i():\n            j = 2\n            def z(): return j\n            return k * 100 + z() * 10 + x\n        return i()\nprint(C().n(5))\n"
	cases["module comprehension"] = "print([[(lambda: j)() * 10 + k for j in range(1, 2)] for k in range(2)])\n"
	wants := map[string]string{"function": "10220\n", "lambda": "307\n", "comprehension": "[100, 101, 102]\n",
		"class": "5\n", "nonlocal": "6\n", "renamed A": "126\n", "module class comprehension": "[11, 12]\n",
		"module class method": "125\n", "module comprehension": "[[10], [11]]\n"}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := runPython(t, src, "t.py")
			require.NoError(t, err)
			assert.Equal(t, wants[name], got)
			noProbe := func(s, f string, m py.CompileMode, fl int, d bool) (*py.Code, error) {
				return compileSource(s, f, m, fl, d, false)
			}
			got, err = runWith(t, noProbe, src, "t.py")
			assert.True(t, err != nil || got != wants[name], "without the probe the result should be wrong")
		})
	}
}

func TestPadForProbe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"def f():\n    return 1\n", "def f(A):\n    (lambda:A)\n    return 1\n"},
		{"def f(x, *a): return x\n", "def f(A, x, *a):(lambda:A); return x\n"},
		{"class C(B):\n    x = 1\n", "class C(B):\n    (lambda:A)\n    x = 1\n"},
		{"f = lambda x=1: x\n", "f = lambda A, x=1: (lambda:A) if 0 else x\n"},
		{"g = lambda: 2\n", "g = lambda A: (lambda:A) if 0 else 2\n"},
		{"[x for x in y]\n", "[x for x in y for A in () if (lambda:A)]\n"},
		{"f(x for x in y)\n", "f(x for x in y for A in () if (lambda:A))\n"},
		{"A = Ab + b.A0\n", "A0 = A0b + b.A00\n"},
		{"def f() -> int:\n    '''doc'''\n", "def f(A) -> int:\n    (lambda:A)\n    '''doc'''\n"},
	} {
		got, err := padForProbe(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, c.in)
	}
}
