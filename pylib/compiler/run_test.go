package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/go-python/gpython/stdlib"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// captureType is the type of the test's sys.stdout: write() appends to a Go builder.
var captureType = py.NewType("CaptureStream", "test stdout")

type capture struct{ b strings.Builder }

func (c *capture) Type() *py.Type { return captureType }

func init() {
	captureType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := py.Str(args[0])
		if err != nil {
			return nil, err
		}
		self.(*capture).b.WriteString(string(s.(py.String)))
		return py.None, nil
	}, 0, "")
	captureType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, nil
	}, 0, "")
}

// runPython compiles src with Compile and runs it as __main__ in a fresh context, returning
// what it printed.
func runPython(t *testing.T, src, filename string) (string, error) {
	t.Helper()
	return runWith(t, Compile, src, filename)
}

// runWith is runPython with another compile function.
func runWith(t *testing.T, compileFn func(string, string, py.CompileMode, int, bool) (*py.Code, error), src, filename string) (string, error) {
	t.Helper()
	FormatValue = testFormat
	defer func() { FormatValue = nil }()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	for k, v := range Builtins() {
		ctx.Store().Builtins.Globals[k] = v
	}
	out := &capture{}
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	sys.Globals["stdout"] = out
	code, err := compileFn(src, filename, py.ExecMode, 0, true)
	if err != nil {
		return "", err
	}
	_, err = py.RunCode(ctx, code, "__main__", nil)
	return out.b.String(), err
}

// errText renders a Python exception as "Type: message".
func errText(err error) string {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return errText(e.Value.(*py.Exception))
	case *py.Exception:
		s, _ := py.Str(e.Args)
		return e.Type().Name + ": " + string(s.(py.String))
	}
	return err.Error()
}

// gpythonVMGaps lists the testdata programs gpython's own evaluator cannot run, and why.
var gpythonVMGaps = map[string]string{
	"async.py": "gpython's YIELD_FROM loses the value of a finished subgenerator",
}

// TestPrograms runs testdata/*.py and compares their output with CPython's (testdata/*.out,
// made by testdata/gen.sh).
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			if why, ok := gpythonVMGaps[filepath.Base(f)]; ok {
				t.Skip(why + "; TestProgramsOnPylib runs it")
			}
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			require.NoError(t, err, "run testdata/gen.sh")
			got, err := runPython(t, string(src), f)
			if err != nil {
				t.Fatalf("%s: %s\noutput so far:\n%s", f, errText(err), got)
			}
			assert.Equal(t, string(want), got)
		})
	}
}

// TestTracebackLines checks a runtime error is reported on the user's line after every kind
// of lowered construct.
func TestTracebackLines(t *testing.T) {
	src := `class App:
    def route(self, p):
        return lambda f: f
app = App()
x: int = 1_000
s = f"""{x}
{x!r:>{x}}
"""
@app.route(
    "/x")
def view(a, /, b):
    v = [*a, *b]
    return {**v}
print(f"{x=}", [*s], "\N{BULLET}")
view([1], [2])
`
	_, err := runPython(t, src, "app.py")
	require.Error(t, err)
	info, ok := err.(py.ExceptionInfo)
	require.True(t, ok, "%T", err)
	var lines []int32
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		lines = append(lines, tb.Lineno)
	}
	assert.Equal(t, []int32{15, 13}, lines)
}
