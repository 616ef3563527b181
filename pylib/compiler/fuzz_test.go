package compiler

import (
	"github.com/go-python/gpython/py"
	"strings"
	"testing"
)

// FuzzLower checks the lowering never panics and keeps the number of lines, and that the probe
// padding never panics on what the lowering produces.
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"x = 1\n",
		"@app.route('/x', methods=['GET'])\ndef f(a, /, b):\n    return f\"{a!r:>{b}} {a=}\"\n",
		"class C:\n    x: int = 1_000\n    '''doc'''\n",
		"s = f'''\n{x:{w}.{p}f}\n''' \"\\N{BULLET}\"\n",
		"def f(n):\n    return [lambda: n for _ in range(n)]\n",
		"from __future__ import annotations\nx: 'T'\n",
		"f'{'\nf'}'\nf'{x!'\n",
		"x = (1,\n# c\n2) \\\n+ 3\r\n",
		"@a.b\nclass K(A): pass\n",
		"x = [*a, *b]; f(*a, 1, k=2, **c, **d)\ny = {**a,\n 'k': 1}\n",
		"@d(x if c else y)\n@e\ndef g(a=1, *, c, k: int = 2) -> str: pass\n",
		"f = lambda a, *, c, e=lambda x, y: 5, d=1: (c, d)\n",
		"def f(xs):\n    'doc'\n    while (c := g()):\n        pass\n    return [w for x in xs if (w := x)]\n",
		"print((y := 3) + y, [y := 1, y], f(z := 2))\ndef h(a): return (b := a)\n",
		"async def f(x):\n    return await x.y()[0] + await g\nasync def h(): return await f(1)\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, err := lower(src, true)
		if err != nil {
			return
		}
		if got, want := strings.Count(out, "\n"), strings.Count(src, "\n"); got != want {
			t.Fatalf("lowering changed the line count from %d to %d:\n%q\n%q", want, got, src, out)
		}
		_, _ = padForProbe(out)
		_, _ = lower(src, false)
	})
}

// FuzzCompile checks the whole pipeline (lowering, gpython's compiler, closure repair and the
// probe compile) never panics.
func FuzzCompile(f *testing.F) {
	f.Add("def a():\n    x = 1\n    def b():\n        y = 2\n        def c():\n            return x + y\n        return x + c()\n    return b\n")
	f.Add("def f(k):\n    return [lambda: i + k for i in range(3)]\n")
	f.Add("def m(v):\n    class K:\n        w = v\n        def g(self):\n            return __class__\n    return K\n")
	f.Add("@d(lambda q: q)\n@e[0]\ndef g(a=[i for i in x] or 1, *, c, k: int = (y and 2)) -> str:\n    return (w := a)\n")
	f.Add("class C:\n    def m(self, items, y):\n        return [(lambda: k)() + y for k in items]\n")
	f.Add("async def f():\n    if (r := await g()):\n        return r\n")
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = Compile(src, "fuzz.py", py.ExecMode, 0, true)
	})
}
