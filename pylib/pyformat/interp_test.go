package pyformat

import (
	"regexp"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// userSrc defines the Python classes the tests below format. Expected
// values come from running the same code in CPython 3.11.
const userSrc = `
class Plain:
    pass

class WithRepr:
    def __repr__(self):
        return 'WithRepr<' + str(self.n) + '>'
    def __init__(self, n):
        self.n = n

class WithStr:
    def __str__(self):
        return 'str-of-WithStr'

class Money:
    def __format__(self, spec):
        if spec == '':
            return 'M'
        return 'M[' + spec + ']'

class BadRepr:
    def __repr__(self):
        return 42

class Child(WithRepr):
    pass

class Getter:
    def __getitem__(self, key):
        return key + '!'

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
`

// newInterp runs userSrc in a fresh gpython context with the Go builtins
// installed and returns the context and the module's globals.
func newInterp(t *testing.T) (func(src string) error, py.StringDict) {
	t.Helper()
	Install()
	ctx := stdlib.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { _ = ctx.Close() })
	AddBuiltins(ctx.Store().Builtins)
	mod, err := runPython(ctx, userSrc, nil)
	require.NoError(t, err)
	run := func(src string) error {
		_, err := runPython(ctx, src, mod)
		return err
	}
	return run, mod.Globals
}

// runPython compiles src as a module body and runs it in mod (a new
// __main__ module when nil).
func runPython(ctx py.Context, src string, mod *py.Module) (*py.Module, error) {
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		return nil, err
	}
	if mod == nil {
		return py.RunCode(ctx, code, "<test>", nil)
	}
	return py.RunCode(ctx, code, "<test>", mod)
}

func newInstance(t *testing.T, g py.StringDict, class string, args ...py.Object) py.Object {
	t.Helper()
	obj, err := py.Call(g[class], py.Tuple(args), nil)
	require.NoError(t, err)
	return obj
}

func TestUserClasses(t *testing.T) {
	_, g := newInterp(t)

	r, err := Repr(newInstance(t, g, "WithRepr", py.Int(3)))
	require.NoError(t, err)
	assert.Equal(t, "WithRepr<3>", r)

	r, err = Repr(newInstance(t, g, "Child", py.Int(4)))
	require.NoError(t, err)
	assert.Equal(t, "WithRepr<4>", r, "__repr__ is inherited through the MRO")

	s, err := Str(newInstance(t, g, "WithRepr", py.Int(5)))
	require.NoError(t, err)
	assert.Equal(t, "WithRepr<5>", s, "str falls back to __repr__")

	s, err = Str(newInstance(t, g, "WithStr"))
	require.NoError(t, err)
	assert.Equal(t, "str-of-WithStr", s)

	r, err = Repr(newInstance(t, g, "Plain"))
	require.NoError(t, err)
	assert.Regexp(t, regexp.MustCompile(`^<(__main__\.|<test>\.)?Plain object at 0x[0-9a-f]+>$`), r)

	r, err = Repr(g["Plain"])
	require.NoError(t, err)
	assert.Equal(t, "<class '__main__.Plain'>", r)

	_, err = Repr(newInstance(t, g, "BadRepr"))
	assert.EqualError(t, err, "TypeError: '__repr__ returned non-string (type int)'")

	list := py.NewListFromItems([]py.Object{newInstance(t, g, "WithRepr", py.Int(1)), py.Float(0.1)})
	r, err = Repr(list)
	require.NoError(t, err)
	assert.Equal(t, "[WithRepr<1>, 0.1]", r)

	out, err := Format(newInstance(t, g, "Money"), ">5")
	require.NoError(t, err)
	assert.Equal(t, py.String("M[>5]"), out)

	out, err = StrFormat("{:}|{:x}|{!r:>12}", py.Tuple{newInstance(t, g, "Money"), newInstance(t, g, "Money"), newInstance(t, g, "WithRepr", py.Int(2))}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.String("M|M[x]| WithRepr<2>"), out)

	out, err = Format(newInstance(t, g, "WithStr"), "")
	require.NoError(t, err)
	assert.Equal(t, py.String("str-of-WithStr"), out)

	_, err = Format(newInstance(t, g, "Plain"), "10")
	assert.EqualError(t, err, "TypeError: 'unsupported format string passed to Plain.__format__'")

	out, err = Percent(py.String("%(a)s and %(bc)r"), newInstance(t, g, "Getter"))
	require.NoError(t, err)
	assert.Equal(t, py.String("a! and 'bc!'"), out)

	out, err = FormatMap("{x}-{y}", newInstance(t, g, "Getter"))
	require.NoError(t, err)
	assert.Equal(t, py.String("x!-y!"), out)
}

// TestPythonSide runs formatting from Python code through the installed
// str methods and builtins.
func TestPythonSide(t *testing.T) {
	run, g := newInterp(t)
	src := `
out = Out()
print('a', 1, 2.5, None, [0.1, 'x'], (1,), sep='|', end='!\n', file=out)
print(file=out, flush=True)
print('x', 'y', sep=None, end=None, file=out)
r1 = '{0:>8.3f}|{name!r}|{0:,}'.format(1234.5, name='it\'s')
r2 = 'Hi {who}'.format_map({'who': 'you'})
r3 = format(255, '#x') + format(1e16) + format(True) + format(-0.0, 'z.1f')
r4 = repr(1e16) + repr((1,)) + repr(set()) + ascii('caf\u00e9')
r5 = (1234).__format__(',') + 'ab'.__format__('^6') + (2.5).__format__('.0f')
`
	err := run(src)
	require.NoError(t, err)

	parts, err := Repr(g["out"].(*py.Type).Dict["parts"])
	require.NoError(t, err)
	assert.Equal(t, `['a', '|', '1', '|', '2.5', '|', 'None', '|', "[0.1, 'x']", '|', '(1,)', '!\n', '\n', '<flush>', 'x', ' ', 'y', '\n']`, parts)
	for name, want := range map[string]string{
		"r1": `1234.500|"it's"|1,234.5`,
		"r2": "Hi you",
		"r3": "0xff1e+16True0.0",
		"r4": `1e+16(1,)set()'caf\xe9'`,
		"r5": "1,234  ab  2",
	} {
		assert.Equal(t, py.String(want), g[name], name)
	}
}

func TestPrintToSysStdout(t *testing.T) {
	run, g := newInterp(t)
	err := run("import sys\nsys.stdout = Out()\nprint('to', 'stdout')\nparts = sys.stdout.parts\n")
	require.NoError(t, err)
	assert.Equal(t, "['to', ' ', 'stdout', '\\n']", mustRepr(t, g["parts"]))

	_, err = builtinPrint(nil, py.Tuple{py.String("x")}, nil)
	assert.EqualError(t, err, "RuntimeError: 'lost sys.stdout'")
	err = run("print('x', sep=1)")
	assert.ErrorContains(t, err, "sep must be None or a string, not int")
	err = run("print('x', bogus=1)")
	assert.ErrorContains(t, err, "'bogus' is an invalid keyword argument for print()")
}

func mustRepr(t *testing.T, o py.Object) string {
	t.Helper()
	s, err := Repr(o)
	require.NoError(t, err)
	return s
}

func TestDeepNesting(t *testing.T) {
	var o py.Object = py.Int(1)
	for i := 0; i < 100000; i++ {
		o = py.NewListFromItems([]py.Object{o})
	}
	_, err := Repr(o)
	assert.EqualError(t, err, "RuntimeError: 'maximum recursion depth exceeded while getting the repr of an object'")

	o = py.Int(1)
	for i := 0; i < 500; i++ {
		o = py.Tuple{o}
	}
	s, err := Repr(o)
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("(", 500)+"1"+strings.Repeat(",)", 500), s)
}

func TestBuiltinArguments(t *testing.T) {
	b := Builtins()
	for _, name := range []string{"format", "repr", "ascii", "print"} {
		require.Contains(t, b, name)
	}
	_, err := py.Call(b["format"], py.Tuple{}, nil)
	assert.EqualError(t, err, "TypeError: 'format expected at least 1 argument, got 0'")
	_, err = py.Call(b["format"], py.Tuple{py.Int(1), py.Int(2)}, nil)
	assert.EqualError(t, err, "TypeError: 'format() argument 2 must be str, not int'")
	got, err := py.Call(b["format"], py.Tuple{py.Float(0.5), py.String("%")}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.String("50.000000%"), got)
	got, err = py.Call(b["ascii"], py.Tuple{py.NewListFromItems([]py.Object{py.String("\u20ac")})}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.String(`['\u20ac']`), got)
}
