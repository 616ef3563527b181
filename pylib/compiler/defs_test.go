package compiler

import (
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLowerDefs(t *testing.T) {
	checkLower(t, []lowerCase{
		// keyword-only parameters with defaults go first
		{"def f(*, c, d=4): pass\n", "def f(*, d=4, c): pass\n"},
		{"def f(a, *args, b=1, c, d=3, **kw): pass\n", "def f(a, *args, b=1, d=3, c, **kw): pass\n"},
		{"def f(*, c=1, d): pass\n", "def f(*, c=1, d): pass\n"},
		{"def f(*,\n    c,\n    d=[1,\n 2]):\n    pass\n", "def f(*,\n    d=[1,\n 2],\n    c):\n    pass\n"},
		{"g = lambda *, c, d=4: (c, d)\n", "g = lambda *, d=4, c: (c, d)\n"},
		{"g = lambda a, *, c, e=lambda x, y: 5: 1\n", "g = lambda a, *, e=lambda x, y: 5, c: 1\n"},
		{"def f(a=lambda x, *, y, z=1: 1, *, c, d=2): pass\n", "def f(a=lambda x, *, z=1, y: 1, *, d=2, c): pass\n"},
		// decorated defs with values get markers
		{"@deco\ndef g(a=1): pass\n", "@__gowsgi_deco__(deco)\ndef g(a=__gowsgi_defs__(1)): pass\n"},
		{"@a.b(1)\n@c\ndef g(x, y=f(2), *, z=3): pass\n",
			"@__gowsgi_deco__(a.b(1))\n@c\ndef g(x, y=__gowsgi_defs__(f(2)), *, z=3): pass\n"},
		{"@d\ndef g(*, c, d=4): pass\n", "@__gowsgi_deco__(d)\ndef g(*, d=__gowsgi_kwdefs__(4), c): pass\n"},
		{"@d\ndef g(a: int, b) -> str: pass\n", "@__gowsgi_deco__(d)\ndef g(a: __gowsgi_defs__(int), b) -> str: pass\n"},
		{"@d\ndef g(*a: int, **k: str): pass\n", "@__gowsgi_deco__(d)\ndef g(*a: __gowsgi_defs__(int), **k: str): pass\n"},
		{"@d\ndef g(a, /, *, k: int, j: str = 1): pass\n", "@__gowsgi_deco__(d)\ndef g(a,  *, j: str = __gowsgi_kwdefs__(1), k: int): pass\n"},
		{"@d\ndef g(*, k: int) -> None: pass\n", "@__gowsgi_deco__(d)\ndef g(*, k: __gowsgi_defs__(int)) -> None: pass\n"},
		{"@d\ndef g() -> None:\n    pass\n", "@__gowsgi_deco__(d)\ndef g() -> __gowsgi_defs__(None):\n    pass\n"},
		{"@d\n# c\n@e\ndef g(a=f\"{x}\"): pass\n", "@__gowsgi_deco__(d)\n# c\n@e\ndef g(a=__gowsgi_defs__((__gowsgi_fmt__((x), '', '')))): pass\n"},
		// no values, or not decorated: left alone
		{"@d\ndef g(a, *b, **c): pass\n", "@d\ndef g(a, *b, **c): pass\n"},
		{"def g(a=1) -> int: pass\n", "def g(a=1) -> int: pass\n"},
		{"@d\nclass C(B, x=1): pass\n", "@d\nclass C(B, x=1): pass\n"},
	})
}

// TestDecoratorOrder checks the repaired bytecode evaluates decorators, then defaults, then
// applies the decorators, and that gpython's own compiler gets it wrong.
func TestDecoratorOrder(t *testing.T) {
	src := `log = []
def mk(n):
    log.append("mk" + n)
    return lambda f: log.append("apply" + n) or f
def v(x):
    log.append("v%d" % x)
    return x
@mk("1")
@mk("2")
def f(a=v(1), *, b=v(2)) -> v(3):
    return a + b
print(log, f())
`
	want := "['mk1', 'mk2', 'v1', 'v2', 'v3', 'apply2', 'apply1'] 3\n"
	got, err := runPython(t, src, "t.py")
	require.NoError(t, err)
	assert.Equal(t, want, got)
	got, err = runWith(t, compile.Compile, src, "t.py")
	assert.True(t, err != nil || got != want, "gpython's compiler should get the order wrong")
}

// TestDecoratorJumps checks jumps inside moved decorator and default expressions and the
// line numbers after the move.
func TestDecoratorJumps(t *testing.T) {
	src := "def d(f):\n    return f\nc = 0\nfor i in range(2):\n    @(d if c else d)\n    @(c and d or d)\n    def f(a=1 if c else 2, b=c or 3, *, k=c and 4):\n        return a, b, k\n    c = 1\n    print(f())\n\n\n@d\ndef g(a=1):\n    return 1 / 0\ng()\n"
	code, err := Compile(src, "t.py", py.ExecMode, 0, true)
	require.NoError(t, err, disasm(code))
	got, err := runPython(t, src, "t.py")
	assert.Equal(t, "(2, 3, 0)\n(1, 1, 4)\n", got)
	require.Error(t, err)
	info, ok := err.(py.ExceptionInfo)
	require.True(t, ok, "%T", err)
	var lines []int32
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		lines = append(lines, tb.Lineno)
	}
	assert.Equal(t, []int32{16, 15}, lines)
}

func TestEncodeLnotab(t *testing.T) {
	for _, c := range []struct {
		first int32
		lines map[int]int32
		want  []byte
	}{
		{1, map[int]int32{0: 1, 3: 2, 6: 2, 9: 5}, []byte{3, 1, 6, 3}},
		{1, map[int]int32{0: 3, 3: 2, 300: 4}, []byte{0, 2, 255, 0, 45, 1}},
		{1, map[int]int32{0: 1, 10: 300}, []byte{10, 255, 0, 44}},
	} {
		assert.Equal(t, c.want, encodeLnotab(c.first, c.lines))
	}
}

func TestLowerWalrus(t *testing.T) {
	const k, u = "__gowsgi_keep__", "__gowsgi_unset__"
	bind := func(n string) string { return n + " = " + k + "(lambda: " + n + "); " + u + "(lambda: " + n + "); " }
	checkLower(t, []lowerCase{
		{"print((y := 3) + y)\n", "print((__gowsgi_walrus__((3), lambda: y)) + y)\n"},
		{"if n := len(a):\n    pass\n", "if __gowsgi_walrus__((len(a)), lambda: n):\n    pass\n"},
		{"[y := f(x), y ** 2]\n", "[__gowsgi_walrus__((f(x)), lambda: y), y ** 2]\n"},
		{"[y := 10 for x in r]\n", "[__gowsgi_walrus__((10), lambda: y) for x in r]\n"},
		{"(a := (b := 1))\n", "(__gowsgi_walrus__(((__gowsgi_walrus__((1), lambda: b))), lambda: a))\n"},
		{"x = (f := lambda: 1 if c else 2, 3)\n", "x = (__gowsgi_walrus__((lambda: 1 if c else 2), lambda: f), 3)\n"},
		{"d = {'k': 1}\n", "d = {'k': 1}\n"},
		// in a function the target is bound as a local on the first simple statement
		{"def f(xs):\n    '''doc'''\n    while (c := g()):\n        pass\n    return [w for x in xs if (w := x)]\n",
			"def f(xs):\n    '''doc'''\n    while (__gowsgi_walrus__((g()), lambda: c)):\n        " + bind("c") + bind("w") + "pass\n    return [w for x in xs if (__gowsgi_walrus__((x), lambda: w))]\n"},
		{"def f():\n    global g\n    (g := 1)\n", "def f():\n    global g\n    (__gowsgi_walrus__((1), lambda: g))\n"},
		{"def h(a): return (b := a)\n", "def h(a): " + bind("b") + "return (__gowsgi_walrus__((a), lambda: b))\n"},
		{"x = (y\n:=\n 2)\n", "x = (__gowsgi_walrus__((\n\n 2), lambda: y))\n"},
	})
}

func TestLowerAsync(t *testing.T) {
	const y = "0 and (yield); "
	checkLower(t, []lowerCase{
		{"async def f(): return 1\n", "def f(): " + y + "return 1\n"},
		{"async def f(x):\n    'doc'\n    return await x.y()[0] + await g\n",
			"def f(x):\n    'doc'\n    " + y + "return (yield from __gowsgi_await__(x.y()[0])) + (yield from __gowsgi_await__(g))\n"},
		{"@d\nasync def f(a=1):\n    if x:\n        r = await (a)\n",
			"@__gowsgi_deco__(d)\ndef f(a=__gowsgi_defs__(1)):\n    if x:\n        " + y + "r = (yield from __gowsgi_await__((a)))\n"},
		{"x = (await\n y)\n", "x = ((yield from __gowsgi_await__(\n y)))\n"},
		{"async \\\ndef f(): pass\n", " \\\ndef f(): " + y + "pass\n"},
	})
	_, err := lower("async for x in y:\n    pass\n", true)
	assert.ErrorContains(t, err, "'async for' is not supported")
}
