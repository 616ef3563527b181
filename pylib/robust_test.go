package pylib

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostileProgramsDoNotCrash runs programs that would kill a plain gpython process (fatal
// stack overflow, Go panics) in this test's own process: each must end with a Python exception
// or its normal output, and the process must live on to run the next.
func TestHostileProgramsDoNotCrash(t *testing.T) {
	tests := []struct {
		name, src      string
		code           int
		stdout, stderr string
	}{
		{"deep recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", 1, "", "RecursionError: maximum recursion depth exceeded"},
		{"recursion caught and survived", "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('caught')\nprint(f.__name__ if hasattr(f, '__name__') else 'f')\n", 0, "caught\nf\n", ""},
		{"mutual recursion", "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(1)\n", 1, "", "RecursionError"},
		{"recursion through __repr__", "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n", 1, "", "RecursionError"},
		{"recursion through __getattr__", "class A:\n    def __getattr__(self, name):\n        return self.missing\nA().x\n", 1, "", "RecursionError"},
		{"recursion through sorted key", "def k(x):\n    return sorted([1, 2], key=k)\nsorted([1, 2], key=k)\n", 1, "", "RecursionError"},
		{"recursion through yield from", "def g(n):\n    yield from g(n + 1)\nlist(g(0))\n", 1, "", "RecursionError"},
		{"recursion through __init__", "class A:\n    def __init__(self):\n        A()\nA()\n", 1, "", "RecursionError"},
		{"self-containing list", "l = [1]\nl.append(l)\nprint(repr(l))\nprint(l)\n", 0, "[1, [...]]\n[1, [...]]\n", ""},
		{"deeply nested list repr", "l = []\nfor i in range(200000):\n    l = [l]\ntry:\n    repr(l)\nexcept RecursionError:\n    print('deep')\nexcept RuntimeError:\n    print('deep')\n", 0, "deep\n", ""},
		{"str of an exception without args", "print(repr(str(ValueError())), repr(ValueError()))\n", 0, "'' ValueError()\n", ""},
		{"exception in a for loop's iterator", "def g():\n    yield 1\n    raise KeyError('k')\nfor x in g():\n    pass\n", 1, "", "KeyError: 'k'"},
		{"division by zero", "1 // 0\n", 1, "", "ZeroDivisionError"},
		{"recursion limit lowered", "import sys\nsys.setrecursionlimit(50)\ndef f(n):\n    return f(n+1)\ntry:\n    f(0)\nexcept RecursionError:\n    print(sys.getrecursionlimit())\n", 0, "50\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runProgram(t, tt.src, nil)
			assert.Equal(t, tt.code, code, stderr)
			assert.Equal(t, tt.stdout, stdout)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}

// TestInterruptStopsLoopWithoutCalls stops `while True: pass` from another goroutine, as the
// server will for a request past its deadline; the program's finally block runs.
func TestInterruptStopsLoopWithoutCalls(t *testing.T) {
	src := "try:\n    while True:\n        pass\nfinally:\n    print('finally ran')\n"
	code, stdout, stderr := runProgram(t, src, func(in *Interp) {
		time.AfterFunc(100*time.Millisecond, func() {
			in.Interrupt(py.ExceptionNewf(py.KeyboardInterrupt, "deadline"))
		})
	})
	assert.Equal(t, 1, code)
	assert.Equal(t, "finally ran\n", stdout)
	assert.Contains(t, stderr, "KeyboardInterrupt: deadline")
}

func runProgram(t *testing.T, src string, before func(*Interp)) (int, string, string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "prog.py")
	require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	var stdout, stderr bytes.Buffer
	in, err := New(Options{Path: []string{filepath.Dir(file)}, Stdout: &stdout, Stderr: &stderr})
	require.NoError(t, err)
	defer in.Close()
	if before != nil {
		before(in)
	}
	// A runtime bug that loops forever fails the test instead of hanging the suite.
	timer := time.AfterFunc(30*time.Second, func() {
		in.Interrupt(py.ExceptionNewf(py.TimeoutError, "test program still running after 30s"))
	})
	defer timer.Stop()
	code := in.RunMain(file)
	return code, stdout.String(), stderr.String()
}
