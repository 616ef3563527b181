package compiler

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type lowerCase struct{ in, want string }

// checkLower lowers each case as a module and checks the result and the line count.
func checkLower(t *testing.T, cases []lowerCase) {
	t.Helper()
	for _, c := range cases {
		got, err := lower(c.in, true)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, strings.Count(c.in, "\n"), strings.Count(got, "\n"), "line count: %q", c.in)
	}
}

func TestLowerDecorators(t *testing.T) {
	checkLower(t, []lowerCase{
		{"@deco\ndef f(): pass\n", "@deco\ndef f(): pass\n"},
		{"@deco(1, x=2)\ndef f(): pass\n", "@deco(1, x=2)\ndef f(): pass\n"},
		{"@app.route(\"/x\", methods=[\"GET\"])\ndef f(): pass\n",
			"@__gowsgi_id__(app.route(\"/x\", methods=[\"GET\"]))\ndef f(): pass\n"},
		{"class C:\n    @x.setter\n    def x(self, v): pass\n", "class C:\n    @__gowsgi_id__(x.setter)\n    def x(self, v): pass\n"},
		{"@a.b.c  # comment\ndef f(): pass\n", "@__gowsgi_id__(a.b.c)  # comment\ndef f(): pass\n"},
		{"@a.b(\n  1,\n)\ndef f(): pass\n", "@__gowsgi_id__(a.b(\n  1,\n))\ndef f(): pass\n"},
		{"@d[0]\ndef f(): pass\n", "@__gowsgi_id__(d[0])\ndef f(): pass\n"},
		{"@f(1)(2)\ndef f(): pass\n", "@__gowsgi_id__(f(1)(2))\ndef f(): pass\n"},
		{"x = a @ b\n", "x = a * __gowsgi_matmul__ * b\n"},
		{"@d\ndef f(m): return m @ m\n", "@d\ndef f(m): return m * __gowsgi_matmul__ * m\n"},
	})
}

func TestLowerMatmul(t *testing.T) {
	checkLower(t, []lowerCase{
		{"x = a @ b @ c\n", "x = a * __gowsgi_matmul__ * b * __gowsgi_matmul__ * c\n"},
		{"x @= y + 1\n", "x *= __gowsgi_imatmul__( y + 1)\n"},
		{"x[0] @= (y +\n  1); z = 2\n", "x[0] *= __gowsgi_imatmul__( (y +\n  1)); z = 2\n"},
	})
}

func TestLowerFStrings(t *testing.T) {
	checkLower(t, []lowerCase{
		{`x = f"a{b}c"` + "\n", `x = ("a" + __gowsgi_fmt__((b), '', '') + "c")` + "\n"},
		{`f'{x!r}' F"{x!s}" f"{x!a}"` + "\n", `(__gowsgi_fmt__((x), 'r', '') + __gowsgi_fmt__((x), 's', '') + __gowsgi_fmt__((x), 'a', ''))` + "\n"},
		{`f"{x:>10}"` + "\n", `(__gowsgi_fmt__((x), '', (">10")))` + "\n"},
		{`f"{x:{w}.{p}f}"` + "\n", `(__gowsgi_fmt__((x), '', (__gowsgi_fmt__((w), '', '') + "." + __gowsgi_fmt__((p), '', '') + "f")))` + "\n"},
		{`f"{x=}"` + "\n", `('x=' + __gowsgi_fmt__((x), 'r', ''))` + "\n"},
		{`f"{x = :.2f}"` + "\n", `('x = ' + __gowsgi_fmt__((x ), '', (".2f")))` + "\n"},
		{`f"{x=!s}"` + "\n", `('x=' + __gowsgi_fmt__((x), 's', ''))` + "\n"},
		{`f"{{a}} {{"` + "\n", `("{a} {")` + "\n"},
		{`f""` + "\n", `("")` + "\n"},
		{`rf"\d{x}" fR'\n'` + "\n", `(r"\d" + __gowsgi_fmt__((x), '', '') + R'\n')` + "\n"},
		{`"a" f"{x}" 'b'` + "\n", `("a" + __gowsgi_fmt__((x), '', '') + 'b')` + "\n"},
		{"f'''a\n{x}\nb'''\n", "('''a\n''' + __gowsgi_fmt__((x), '', '') + '''\nb''')\n"},
		{"f'''{\nx\n}'''\n", "(__gowsgi_fmt__((\nx\n), '', ''))\n"},
		{`f"{d['k']} {f(a, b=1)} {(lambda: 1)()}"` + "\n",
			`(__gowsgi_fmt__((d['k']), '', '') + " " + __gowsgi_fmt__((f(a, b=1)), '', '') + " " + __gowsgi_fmt__(((lambda: 1)()), '', ''))` + "\n"},
		{`f"{ {'a': 1}['a'] }"` + "\n", `(__gowsgi_fmt__(( {'a': 1}['a'] ), '', ''))` + "\n"},
		{`f"{a != b} {a == b} {a <= b}"` + "\n", `(__gowsgi_fmt__((a != b), '', '') + " " + __gowsgi_fmt__((a == b), '', '') + " " + __gowsgi_fmt__((a <= b), '', ''))` + "\n"},
		{`f"{f'{x}'}"` + "\n", `(__gowsgi_fmt__(((__gowsgi_fmt__((x), '', ''))), '', ''))` + "\n"},
		{`f"{1_000}"` + "\n", `(__gowsgi_fmt__((1000), '', ''))` + "\n"},
		{`f"\N{BULLET}{x}"` + "\n", `("\u2022" + __gowsgi_fmt__((x), '', ''))` + "\n"},
		{`f'''a"{x}'''` + "\n", `('''a"''' + __gowsgi_fmt__((x), '', ''))` + "\n"},
		{`f"""a"{x}"""` + "\n", `(("""a""" + '"') + __gowsgi_fmt__((x), '', ''))` + "\n"},
		{`rf"""a\"{x}"""` + "\n", `(r"""a\"""" + __gowsgi_fmt__((x), '', ''))` + "\n"},
		{`f"a\{x}"` + "\n", `("a\\" + __gowsgi_fmt__((x), '', ''))` + "\n"},
		{"(f'{a}'  # c\n f'{b}')\n", "((__gowsgi_fmt__((a), '', '') +  # c\n __gowsgi_fmt__((b), '', '')))\n"},
	})
}

func TestLowerNumbers(t *testing.T) {
	checkLower(t, []lowerCase{
		{"x = 1_000 + 0x_ff + 0b_1 + 0o7_7 + 1_0.5e1_0 + 1_2j + 1.5\n", "x = 1000 + 0xff + 0b1 + 0o77 + 10.5e10 + 12j + 1.5\n"},
		{"x = a_1 + _1\n", "x = a_1 + _1\n"},
	})
}

func TestLowerAnnotations(t *testing.T) {
	checkLower(t, []lowerCase{
		{"x: int = 5\n", "__annotations__ = {}; x = 5; __annotations__['x'] = int\n"},
		{"'''doc'''\nx: int\n", "'''doc'''; __annotations__ = {}\n__annotations__['x'] = int\n"},
		{"import os\nx: int\n", "__annotations__ = {}; import os\n__annotations__['x'] = int\n"},
		{"def f():\n    x: int = 1\n    y: int\n", "def f():\n    x = 1\n    pass\n"},
		{"class C:\n    x: int = 1\n    def m(self):\n        self.y: int = 2\n",
			"class C:\n    __annotations__ = {}; x = 1; __annotations__['x'] = int\n    def m(self):\n        self.y = 2\n"},
		{"def f():\n    pass\nx: int = 1\nif x:\n    y: str = 'a'\n",
			"def f():\n    pass\n__annotations__ = {}; x = 1; __annotations__['x'] = int\nif x:\n    y = 'a'; __annotations__['y'] = str\n"},
		{"x: Dict[\n  str, int] = {}\n", "__annotations__ = {}; x = {}; __annotations__['x'] = Dict[\n  str, int]\n"},
		{"def f():\n    x: Dict[\n      str] = {}\n", "def f():\n    x = {}; (lambda: Dict[\n      str])\n"},
		{"a = 1; b: int = 2; c = 3\n", "__annotations__ = {}; a = 1; b = 2; __annotations__['b'] = int; c = 3\n"},
		{"d['k']: int = 1\n", "__annotations__ = {}; d['k'] = 1; (int)\n"},
		{"x = {a: b}\nf = lambda y: y\nx[1:2] = 3\n", "x = {a: b}\nf = lambda y: y\nx[1:2] = 3\n"},
		{"if x: pass\nelse: y = 1\n", "if x: pass\nelse: y = 1\n"},
		{"from __future__ import annotations\nx = 1\n", "pass\nx = 1\n"},
		{"from __future__ import annotations, division\n", "from __future__ import (division)\n"},
	})
}

func TestLowerPositionalOnly(t *testing.T) {
	checkLower(t, []lowerCase{
		{"def f(a, b, /, c): pass\n", "def f(a, b,  c): pass\n"},
		{"def f(a, /): pass\n", "def f(a, ): pass\n"},
		{"g = lambda a, /, b: a\n", "g = lambda a,  b: a\n"},
		{"x = a / b, c / d\n", "x = a / b, c / d\n"},
	})
}

func TestLowerNamedEscapes(t *testing.T) {
	checkLower(t, []lowerCase{
		{`s = "\N{BULLET} \N{em dash} \N{LATIN SMALL LETTER E WITH ACUTE}"` + "\n", `s = "\u2022 \u2014 \u00e9"` + "\n"},
		{`s = "\N{GRINNING FACE}\\N{x}"` + "\n", `s = "\U0001f600\\N{x}"` + "\n"},
		{`s = r"\N{BULLET}" + b"\N{BULLET}"` + "\n", `s = r"\N{BULLET}" + b"\N{BULLET}"` + "\n"},
	})
}

func TestLowerEvalMode(t *testing.T) {
	got, err := lower(` f"{x}" + 1_0 `, false)
	require.NoError(t, err)
	assert.Equal(t, ` (__gowsgi_fmt__((x), '', '')) + 10 `, got)
}

// TestSyntaxErrors checks errors found by the lowering and by gpython's parser after it
// carry the file name and the user's line.
func TestSyntaxErrors(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
		msg  string
	}{
		{"x = 1\ny = f\"{}\"\n", 2, "f-string: empty expression not allowed"},
		{"x = 1\ny = f\"{x\"\n", 2, "f-string: expecting '}'"},
		{"x = 1\ny = f\"}\"\n", 2, "f-string: single '}' is not allowed"},
		{"x = 1\ny = f\"{x!z}\"\n", 2, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"x = 1\n\ny = 1__0\n", 3, "invalid decimal literal"},
		{"x = '\\N{NO SUCH NAME}'\n", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name"},
		{"x = 'abc\n", 1, "unterminated string literal (detected at line 1)"},
		{"s = f'''\n{x}\n'''\n@a.b\ndef f(:\n    pass\n", 5, ""},
		{"x: int = 1\ny = f'{a}'\nz = (1,\n", 0, ""},
	} {
		_, err := Compile(c.src, "app.py", py.ExecMode, 0, true)
		require.Error(t, err, c.src)
		exc, ok := err.(*py.Exception)
		require.True(t, ok, "%T %v", err, err)
		assert.Equal(t, py.SyntaxError, exc.Type(), c.src)
		assert.Equal(t, py.String("app.py"), exc.Dict["filename"], c.src)
		if c.line > 0 {
			assert.Equal(t, py.Int(c.line), exc.Dict["lineno"], c.src)
		}
		if c.msg != "" {
			assert.Equal(t, py.Tuple{py.String(c.msg)}, exc.Args, c.src)
		}
	}
}

func TestLowerUnpacking(t *testing.T) {
	checkLower(t, []lowerCase{
		{"x = [*a, *b]\n", "x = __gowsgi_list__(__gowsgi_star__(a), __gowsgi_star__(b))\n"},
		{"x = (*a, 1)\n", "x = __gowsgi_tuple__(__gowsgi_star__(a), 1)\n"},
		{"x = {*a}\n", "x = __gowsgi_set__(__gowsgi_star__(a))\n"},
		{"x = {**a, 'k': 1}\n", "x = __gowsgi_dict__(__gowsgi_star__(a), ('k', 1))\n"},
		{"f(*a, *b, **c, **d)\n", "f(*__gowsgi_tuple__(__gowsgi_star__(a), __gowsgi_star__(b)), **__gowsgi_dict__(__gowsgi_star__(c), __gowsgi_star__(d)))\n"},
		{"f(*a, 1, k=2)\n", "f(*__gowsgi_tuple__(__gowsgi_star__(a), 1), **__gowsgi_dict__(('k', 2)))\n"},
		{"f(**a, k=1)\n", "f(**__gowsgi_dict__(__gowsgi_star__(a), ('k', 1)))\n"},
		{"f(*a,\n  # c\n  *b)\n", "f(*__gowsgi_tuple__(__gowsgi_star__(a), __gowsgi_star__(b))\n\n)\n"},
		{"x = [\n  *a,  # c\n  [*b, 1],\n]\n", "x = __gowsgi_list__(\n  __gowsgi_star__(a),  # c\n  __gowsgi_list__(__gowsgi_star__(b), 1),\n)\n"},
		{"x = {\n  **a,\n  'k':\n    1,\n}\n", "x = __gowsgi_dict__(\n  __gowsgi_star__(a),\n  ('k',\n    1),\n)\n"},
		// Left alone: what 3.4 reads, targets, comprehensions, subscripts, def parameters.
		{"print(*a, sep='-')\nf(a, *b, k=1, **c)\n", "print(*a, sep='-')\nf(a, *b, k=1, **c)\n"},
		{"a, *b = x\n[a, *b] = x\n(a, *b) = x\nfor (a, *b) in y: pass\n", "a, *b = x\n[a, *b] = x\n(a, *b) = x\nfor (a, *b) in y: pass\n"},
		{"x = [a for a in b]\ny = d[1, 2]\ndef f(*, k): pass\nx = {'a': 1}\n", "x = [a for a in b]\ny = d[1, 2]\ndef f(*, k): pass\nx = {'a': 1}\n"},
	})
}
