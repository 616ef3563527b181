package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codesNamed returns the code objects named name in code and its nested constants, in order.
func codesNamed(code *py.Code, name string) []*py.Code {
	var out []*py.Code
	if code.Name == name {
		out = append(out, code)
	}
	for _, k := range childCodes(code) {
		out = append(out, codesNamed(k, name)...)
	}
	return out
}

// TestPosonlyVarnames checks which co_varnames entries the compiler marks positional-only.
func TestPosonlyVarnames(t *testing.T) {
	cases := []struct {
		src, name string
		want      [][]string // argument names of each code object called name, in source order
	}{
		{"def f(a, b, /, c): pass\n", "f", [][]string{{"a/", "b/", "c"}}},
		{"def f(a, /): pass\n", "f", [][]string{{"a/"}}},
		{"def f(a, /, *, k, **kw): pass\n", "f", [][]string{{"a/", "k", "kw"}}},
		{"def f(a=1, /, b=2): pass\n", "f", [][]string{{"a/", "b"}}},
		{"def f(a, b): pass\n", "f", [][]string{{"a", "b"}}},
		{"g = lambda p, /, q: p\n", "<lambda>", [][]string{{"p/", "q"}}},
		{"g = (lambda x: x, lambda x, /: x)\n", "<lambda>", [][]string{{"x"}, {"x/"}}},
		{"def f(a):\n    return a\n\ndef f(a, /):\n    return a\n", "f", [][]string{{"a"}, {"a/"}}},
		{"class C:\n    def m(self, x, /, y): pass\n", "m", [][]string{{"self/", "x/", "y"}}},
		{"def outer(a, /):\n    def inner(b, /, c):\n        return a\n    return inner\n", "inner", [][]string{{"b/", "c"}}},
		{"@d\ndef f(a, /, *, k: int, j: str = 1): pass\n", "f", [][]string{{"a/", "j", "k"}}},
		{"async def f(a, /): pass\n", "f", [][]string{{"a/"}}},
		{"x = 6 / 2\ndef f(a, b): return a / b\n", "f", [][]string{{"a", "b"}}},
	}
	for _, c := range cases {
		code, err := Compile(c.src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, c.src)
		codes := codesNamed(code, c.name)
		require.Len(t, codes, len(c.want), c.src)
		for i, k := range codes {
			nargs := int(k.Argcount + k.Kwonlyargcount)
			if k.Flags&py.CO_VARKEYWORDS != 0 {
				nargs++
			}
			assert.Equal(t, c.want[i], k.Varnames[:nargs], c.src)
		}
	}
}

// TestPosonlyCellArg checks that a positional-only parameter captured by a closure still
// starts its cell with the argument (the closure repair runs before the renaming).
func TestPosonlyCellArg(t *testing.T) {
	code, err := Compile("def outer(a, /):\n    return lambda: a\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	outer := codesNamed(code, "outer")
	require.Len(t, outer, 1)
	assert.Equal(t, []string{"a"}, outer[0].Cellvars)
	assert.Equal(t, []byte{0}, outer[0].Cell2arg)
}
