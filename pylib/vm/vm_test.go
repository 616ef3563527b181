package vm

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExpressions(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"int add", "print(1 + 2)", "3"},
		{"int overflow promotes", "print(9223372036854775807 + 1)", "9223372036854775808"},
		{"int sub overflow", "print(-9223372036854775807 - 10)", "-9223372036854775817"},
		{"str concat", "print('a' + 'b' * 2)", "abb"},
		{"bool arithmetic", "print(True + 1, False - 1, True * True)", "2 -1 1"},
		{"tuple order", "print((1, 2) < (1, 3), (2,) > (1, 5), () < (0,))", "True True True"},
		{"list order", "print([1, 2] < [1, 2, 3], [3] >= [2, 9])", "True True"},
		{"chained compare", "print(1 < 2 < 3, 1 < 3 < 2)", "True False"},
		{"is", "a = [1]\nprint(a is a, a is [1], None is None, a is not None)", "True False True True"},
		{"in", "print(2 in (1, 2), 'b' in 'abc', 3 not in [1])", "True True True"},
		{"slices", "x = [0, 1, 2, 3, 4]\nprint(x[1:3], x[::2], x[-1])", "[1, 2] [0, 2, 4] 4"},
		{"del subscr", "x = [0, 1, 2]\ndel x[0]\nprint(x)", "[1, 2]"},
		{"dict", "d = {'a': 1}\nd['b'] = 2\nprint(d['a'] + d['b'], 'a' in d)", "3 True"},
		{"augmented", "x = 5\nx -= 2\nx *= 3\nx //= 2\nx %= 3\nx **= 3\nprint(x)", "1"},
		{"conditional", "print(1 if 0 else 2, 0 or 5, 3 and 4)", "2 5 4"},
		{"lambda default", "f = lambda x, y=10: x * y\nprint(f(2), f(2, 3))", "20 6"},
		{"star call", "def f(*a, **k):\n    return len(a) * 10 + len(k)\nprint(f(1, *(2, 3), x=1, **{'y': 2}))", "32"},
		{"nested function", "def f():\n    x = 1\n    def g():\n        return x + 1\n    return g()\nprint(f())", "2"},
		{"captured argument", "def f(a):\n    def g():\n        return a * 2\n    return g\nprint(f(21)())", "42"},
		{"class attr inherited", "class A:\n    k = 7\n    def m(self):\n        return self.k\nclass B(A):\n    pass\nprint(B().m(), B.k)", "7 7"},
		{"staticmethod inherited", "class A:\n    @staticmethod\n    def s(x):\n        return x + 1\nclass B(A):\n    pass\nprint(B.s(1), B().s(2))", "2 3"},
		{"while else break", "i = 0\nwhile i < 10:\n    i += 1\n    if i == 4:\n        break\nelse:\n    i = -1\nprint(i)", "4"},
		{"unpack star", "a, *b, c = 1, 2, 3, 4\nprint(a, b, c)", "1 [2, 3] 4"},
		{"global", "g = 1\ndef f():\n    global g\n    g += 1\nf()\nprint(g)", "2"},
		{"exception in except", "try:\n    try:\n        1/0\n    except ZeroDivisionError:\n        {}['k']\nexcept KeyError:\n    print('key')", "key"},
		{"finally return overrides", "def f():\n    try:\n        return 1\n    finally:\n        return 2\nprint(f())", "2"},
		{"class body reads enclosing variable", "def f():\n    x = 1\n    class A:\n        y = x + 1\n    return A.y\nprint(f())", "2"},
		{"decorator with captured argument", "def deco(fn):\n    def wrapper(*a):\n        return fn(*a) * 10\n    return wrapper\n@deco\ndef one(x):\n    return x\nprint(one(4))", "40"},
		{"import star", "from math import *\nprint(floor(2.5))", "2"},
		{"del nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n    g()\n    try:\n        return x\n    except NameError as e:\n        return 'unbound'\nprint(f())", "unbound"},
		{"assert", "try:\n    assert 1 == 2, 'nope'\nexcept AssertionError as e:\n    print(str(e))", "nope"},
		{"raise class", "try:\n    raise ValueError\nexcept ValueError:\n    print('class raised')", "class raised"},
		{"bad raise", "try:\n    raise 5\nexcept TypeError as e:\n    print(str(e))", "exceptions must derive from BaseException"},
		{"bad except clause", "try:\n    try:\n        1/0\n    except 5:\n        pass\nexcept TypeError as e:\n    print(str(e))", "catching classes that do not inherit from BaseException is not allowed"},
		{"bare raise without exception", "try:\n    raise\nexcept RuntimeError as e:\n    print(str(e))", "No active exception to reraise"},
		{"for over string", "out = ''\nfor ch in 'abc':\n    out = ch + out\nprint(out)", "cba"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCtx(t)
			_, err := c.run(t, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want+"\n", c.out.String())
		})
	}
}

func TestPanicBecomesSystemError(t *testing.T) {
	c := newTestCtx(t)
	_, err := c.run(t, `
def inner():
    return gopanic()
try:
    inner()
except SystemError as e:
    print("caught SystemError")
print("program continues")
gopanic()
`)
	assert.Equal(t, "caught SystemError\nprogram continues\n", c.out.String())
	require.Error(t, err)
	exc := toException(err)
	assert.Equal(t, py.SystemError, exc.Base)
	assert.Contains(t, exc.Error(), "assignment to entry in nil map")
	tb := tracebackOf(exc)
	require.NotNil(t, tb)
	assert.Equal(t, int32(9), tb.Lineno, "traceback points at the line that panicked")
}

func TestTracebackLines(t *testing.T) {
	c := newTestCtx(t)
	_, err := c.run(t, `x = 1

def g(n):
    y = n + 1
    return y / 0

def f():
    return g(1)

f()
`)
	require.Error(t, err)
	info, ok := err.(py.ExceptionInfo)
	require.True(t, ok, "EvalCode returns a py.ExceptionInfo")
	assert.Equal(t, py.ZeroDivisionError, info.Type)
	var got []string
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		got = append(got, tb.Frame.Code.Name+":"+itoa(int(tb.Lineno)))
	}
	assert.Equal(t, []string{"<module>:10", "f:8", "g:5"}, got)
}

func TestCauseAndContext(t *testing.T) {
	c := newTestCtx(t)
	g, err := c.run(t, `
def explicit():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
def implicit():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
def suppressed():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
res = []
for f in (explicit, implicit, suppressed):
    try:
        f()
    except ValueError as e:
        res.append(e)
`)
	require.NoError(t, err)
	res := g["res"].(*py.List).Items
	require.Len(t, res, 3)
	explicit, implicit, suppressed := res[0].(*py.Exception), res[1].(*py.Exception), res[2].(*py.Exception)
	assert.Equal(t, py.KeyError, explicit.Cause.(*py.Exception).Base)
	assert.True(t, explicit.SuppressContext)
	assert.Equal(t, py.KeyError, explicit.Context.(*py.Exception).Base)
	assert.Nil(t, implicit.Cause)
	assert.Equal(t, py.KeyError, implicit.Context.(*py.Exception).Base)
	assert.False(t, implicit.SuppressContext)
	assert.Equal(t, py.None, suppressed.Cause)
	assert.True(t, suppressed.SuppressContext)
}

func TestExcInfo(t *testing.T) {
	c := newTestCtx(t)
	typ, val, tb := c.thread.ExcInfo()
	assert.Equal(t, py.None, typ)
	assert.Equal(t, py.None, val)
	assert.Equal(t, py.None, tb)
	_, err := c.run(t, `
try:
    raise IndexError("i")
except IndexError:
    print(exc_info_name())
    try:
        raise KeyError("k")
    except KeyError:
        print(exc_info_name())
    print(exc_info_name())
print(exc_info_name())
`)
	require.NoError(t, err)
	assert.Equal(t, "IndexError\nKeyError\nIndexError\nNone\n", c.out.String())
}

func TestInterruptStopsBusyLoop(t *testing.T) {
	for _, body := range []string{"pass", "x = len('a')"} {
		t.Run(body, func(t *testing.T) {
			c := newTestCtx(t)
			done := make(chan error, 1)
			go func() {
				_, err := c.run(t, "try:\n    while True:\n        "+body+"\nfinally:\n    print('finally ran')\n")
				done <- err
			}()
			time.Sleep(20 * time.Millisecond)
			c.thread.Interrupt(py.ExceptionNewf(py.KeyboardInterrupt, "request timed out"))
			select {
			case err := <-done:
				require.Error(t, err)
				assert.True(t, py.IsException(py.KeyboardInterrupt, err))
				assert.Equal(t, "finally ran\n", c.out.String())
			case <-time.After(5 * time.Second):
				t.Fatal("Interrupt did not stop the loop")
			}
		})
	}
}

func TestInterruptCanBeWithdrawn(t *testing.T) {
	c := newTestCtx(t)
	c.thread.Interrupt(py.ExceptionNewf(py.KeyboardInterrupt, "stop"))
	c.thread.Interrupt(nil)
	_, err := c.run(t, "def f():\n    return 1\nprint(f())")
	require.NoError(t, err)
	assert.Equal(t, "1\n", c.out.String())
}

func TestRecursionLimit(t *testing.T) {
	c := newTestCtx(t)
	assert.Equal(t, DefaultRecursionLimit, c.thread.RecursionLimit())
	require.Error(t, c.thread.SetRecursionLimit(0))
	require.Error(t, c.thread.SetRecursionLimit(MaxRecursionLimit+1))
	require.NoError(t, c.thread.SetRecursionLimit(50))
	_, err := c.run(t, `
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
`)
	require.NoError(t, err)
	assert.Equal(t, "48\n", c.out.String(), "CPython 3.11 prints 48 too")
}

// The highest limit must still fit in Go's stack even when every level goes through Go code
// (repr -> __repr__) and generators.
func TestMaxRecursionDoesNotCrash(t *testing.T) {
	c := newTestCtx(t)
	require.NoError(t, c.thread.SetRecursionLimit(MaxRecursionLimit))
	_, err := c.run(t, `
class Loopy:
    def __repr__(self):
        return repr(self)
try:
    repr(Loopy())
except RecursionError:
    print("repr ok")
def gen_rec():
    yield from gen_rec()
try:
    next(gen_rec())
except RecursionError:
    print("gen ok")
`)
	require.NoError(t, err)
	assert.Equal(t, "repr ok\ngen ok\n", c.out.String())
}

func TestContextWithoutThread(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile("x = 1", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, py.NewStringDict(), py.NewStringDict(), nil, nil, nil, nil, nil)
	require.Error(t, err)
	assert.True(t, py.IsException(py.SystemError, err))
	assert.Contains(t, err.Error(), "vm.Threaded")
}

func TestFormatPercentHook(t *testing.T) {
	old := FormatPercent
	defer func() { FormatPercent = old }()
	FormatPercent = func(format, args py.Object) (py.Object, error) {
		return py.String("hooked:" + string(format.(py.String))), nil
	}
	c := newTestCtx(t)
	_, err := c.run(t, "s = 'x%s'\nprint(s % 1)\ns %= 2\nprint(s, 7 % 3)")
	require.NoError(t, err)
	assert.Equal(t, "hooked:x%s\nhooked:x%s 1\n", c.out.String())
}

func TestCompareAndTruthFromGo(t *testing.T) {
	res, err := Compare(LT, py.Tuple{py.Int(1), py.String("a")}, py.Tuple{py.Int(1), py.String("b")})
	require.NoError(t, err)
	assert.Equal(t, py.True, res)
	_, err = Compare(LT, py.Int(1), py.String("a"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "'<' not supported between instances of 'int' and 'str'")
	ok, err := Truth(&py.List{})
	require.NoError(t, err)
	assert.False(t, ok)
	sum, err := Add(py.True, py.Int(1))
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), sum)
	assert.True(t, Is(py.StringDict{}, py.StringDict{}) == false)
}

// Several interpreters run the script suite at once (run with -race).
func TestParallelInterpreters(t *testing.T) {
	scripts := []string{"testdata/control.py", "testdata/generators.py", "testdata/dunders.py", "testdata/iterexc.py"}
	srcs := make([]string, len(scripts))
	wants := make([]string, len(scripts))
	for i, s := range scripts {
		b, err := os.ReadFile(s)
		require.NoError(t, err)
		srcs[i] = string(b)
		w, err := os.ReadFile(strings.TrimSuffix(s, ".py") + ".out")
		require.NoError(t, err)
		wants[i] = string(w)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range srcs {
				j := (i + w) % len(srcs)
				c := newTestCtx(t)
				if _, err := c.run(t, srcs[j]); err != nil {
					errs <- scripts[j] + ": " + err.Error()
					continue
				}
				if c.out.String() != wants[j] {
					errs <- scripts[j] + ": output differs"
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestFrameBuiltins(t *testing.T) {
	c := newTestCtx(t)
	_, err := c.run(t, `
import math
from math import sqrt
print(int(sqrt(16.0)), math.floor(2.5))
g = 5
def f(a):
    b = a + 1
    loc = locals()
    return loc["a"] + loc["b"] + globals()["g"]
print(f(1))
print(eval("g * 2"))
exec("h = g + 1")
print(h)
def in_func():
    x = 3
    return eval("x + g")
print(in_func())
`)
	require.NoError(t, err)
	assert.Equal(t, "4 2\n8\n10\n6\n8\n", c.out.String())
}

func TestHashFromGo(t *testing.T) {
	c := newTestCtx(t)
	g, err := c.run(t, `
class H:
    def __hash__(self):
        return 42
class E:
    def __eq__(self, other):
        return True
class P:
    pass
h, e, p = H(), E(), P()
`)
	require.NoError(t, err)
	n, err := Hash(g["h"])
	require.NoError(t, err)
	assert.Equal(t, int64(42), n)
	_, err = Hash(g["e"])
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unhashable type: 'E'")
	_, err = Hash(g["p"])
	require.NoError(t, err, "identity hash")
	n, err = Hash(py.Int(7))
	require.NoError(t, err)
	assert.Equal(t, int64(7), n)
}
