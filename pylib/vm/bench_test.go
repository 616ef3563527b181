package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	gpvm "github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/require"
)

// Each program defines bench(), which does a fixed amount of work. The benchmarks run it under
// this evaluator ("vm") and under gpython's own ("gpython") for comparison:
//
//	go test -run '^$' -bench . -benchmem ./pylib/vm/
var benchPrograms = []struct{ name, src string }{
	{"pystone", `
class Record:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.next = None

def proc(rec, n):
    rec.a = rec.a + n
    if rec.a > 1000:
        rec.a = rec.a - 1000
    return rec.b * 2

def bench():
    arr = [0] * 50
    r = Record(1, 2)
    total = 0
    for i in range(1000):
        total = total + proc(r, i)
        arr[i % 50] = arr[(i + 1) % 50] + 1
        if i % 3 == 0 and r.a < 500:
            total = total - 1
        j = 0
        while j < 3:
            j = j + 1
    return total
`},
	{"calls", `
def add(a, b):
    return a + b

def bench():
    s = 0
    for i in range(1000):
        s = add(s, i)
    return s
`},
	{"attributes", `
class P:
    def __init__(self):
        self.x = 0
        self.y = 0
    def move(self, d):
        self.x = self.x + d
        self.y = self.y - d

def bench():
    p = P()
    for i in range(1000):
        p.move(i)
        p.x = p.x + p.y
    return p.x
`},
	{"strings", `
def bench():
    s = ""
    parts = []
    for i in range(1000):
        t = "item" + str(i)
        if t < "item5":
            s = s + t[0]
        parts.append(t)
    return len(s) + len(parts)
`},
	{"dicts", `
def bench():
    d = {}
    keys = ["a", "b", "c", "d", "e", "f", "g", "h"]
    for i in range(1000):
        k = keys[i % 8]
        if k in d:
            d[k] = d[k] + i
        else:
            d[k] = i
    return d["a"]
`},
}

func BenchmarkEval(b *testing.B) {
	for _, prog := range benchPrograms {
		code, err := py.Compile(prog.src, "<bench>", py.ExecMode, 0, true)
		require.NoError(b, err)

		b.Run(prog.name+"/vm", func(b *testing.B) {
			c := newTestCtx(b)
			globals := py.NewStringDict()
			_, err := EvalCode(c, code, globals, globals, nil, nil, nil, nil, nil)
			require.NoError(b, err)
			fn := globals["bench"]
			want, err := callObject(fn, nil, nil)
			require.NoError(b, err)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				got, err := callObject(fn, nil, nil)
				if err != nil || got != want {
					b.Fatal(got, err)
				}
			}
		})

		b.Run(prog.name+"/gpython", func(b *testing.B) {
			// gpython's VM calls functions through these hooks: point them back at it.
			py.VmEvalCode, py.VmRunFrame = gpvm.EvalCode, gpvm.RunFrame
			defer Install()
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			globals := py.NewStringDict()
			_, err := gpvm.EvalCode(ctx, code, globals, globals, nil, nil, nil, nil, nil)
			require.NoError(b, err)
			fn := globals["bench"]
			want, err := py.Call(fn, nil, nil)
			require.NoError(b, err)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				got, err := py.Call(fn, nil, nil)
				if err != nil || got != want {
					b.Fatal(got, err)
				}
			}
		})
	}
}
