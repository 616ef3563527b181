// Differential tests against CPython 3.11. Regenerate the recorded cases with
//
//	cd pylib/pystr && python3 testdata/gen_cases.py
package pystr_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib/pystr"
	"gowsgi/pylib/pystr/difftest"
)

func init() { pystr.Install() }

func TestDifferential(t *testing.T) { difftest.Run(t, "testdata/str_cases.json", "str") }

func call(t *testing.T, recv py.Object, name string, args ...py.Object) py.Object {
	t.Helper()
	fn, err := py.GetAttrString(recv, name)
	require.NoError(t, err)
	res, err := py.Call(fn, py.Tuple(args), nil)
	require.NoError(t, err)
	return res
}

func TestTable(t *testing.T) {
	tests := []struct {
		recv string
		name string
		args []py.Object
		want py.Object
	}{
		{"ß", "upper", nil, py.String("SS")},
		{"ﬁ", "upper", nil, py.String("FI")},
		{"ΟΔΟΣ", "lower", nil, py.String("οδος")},
		{"straße", "casefold", nil, py.String("strasse")},
		{"hello wORLD", "title", nil, py.String("Hello World")},
		{"a,b,c", "split", []py.Object{py.String(","), py.Int(1)}, py.NewListFromItems([]py.Object{py.String("a"), py.String("b,c")})},
		{"日本語", "find", []py.Object{py.String("語")}, py.Int(2)},
		{"日本語", "center", []py.Object{py.Int(7), py.String("*")}, py.String("**日本語**")},
		{",", "join", []py.Object{py.Tuple{py.String("a"), py.String("b")}}, py.String("a,b")},
		{"-42", "zfill", []py.Object{py.Int(6)}, py.String("-00042")},
	}
	for _, tt := range tests {
		t.Run(tt.recv+"."+tt.name, func(t *testing.T) {
			got := call(t, py.String(tt.recv), tt.name, tt.args...)
			eq, err := py.Eq(got, tt.want)
			require.NoError(t, err)
			assert.Equal(t, py.True, eq, "got %v", got)
		})
	}
}

func TestUnboundCallAndMaketrans(t *testing.T) {
	upper, err := py.GetAttrString(py.StringType, "upper")
	require.NoError(t, err)
	got, err := py.Call(upper, py.Tuple{py.String("abc")}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.String("ABC"), got)

	mt, err := py.GetAttrString(py.StringType, "maketrans")
	require.NoError(t, err)
	table, err := py.Call(mt, py.Tuple{py.String("ab"), py.String("xy")}, nil)
	require.NoError(t, err)
	repr, err := py.ReprAsString(table)
	require.NoError(t, err)
	assert.Equal(t, "{97: 120, 98: 121}", repr)
	assert.Equal(t, py.String("xyc"), call(t, py.String("abc"), "translate", table))
}

// TestFromPython runs the methods from Python source through gpython.
func TestFromPython(t *testing.T) {
	src := `
r = ",".join(["a", "b"]).upper() + "|" + "x y  z".split()[2] + "|" + "%d" % "abc".count("b")
t = "abc".translate(str.maketrans("a", "A"))
`
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	mod, err := py.RunCode(ctx, code, "<test>", nil)
	require.NoError(t, err)
	assert.Equal(t, py.String("A,B|z|1"), mod.Globals["r"])
	assert.Equal(t, py.String("Abc"), mod.Globals["t"])
}

func BenchmarkJoin1MiB(b *testing.B) {
	items := make([]py.Object, 1<<14)
	for i := range items {
		items[i] = py.String(strings.Repeat("x", 63))
	}
	list := py.NewListFromItems(items)
	join, _ := py.GetAttrString(py.String(","), "join")
	b.SetBytes(1 << 20)
	for b.Loop() {
		if _, err := py.Call(join, py.Tuple{list}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func benchMethod(b *testing.B, s string, name string, args ...py.Object) {
	fn, err := py.GetAttrString(py.String(s), name)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if _, err := py.Call(fn, py.Tuple(args), nil); err != nil {
			b.Fatal(err)
		}
	}
}

var mib = strings.Repeat("Hello, wörld! ", 1<<20/15)

func BenchmarkUpper1MiB(b *testing.B)  { benchMethod(b, mib, "upper") }
func BenchmarkLower1MiB(b *testing.B)  { benchMethod(b, mib, "lower") }
func BenchmarkEncode1MiB(b *testing.B) { benchMethod(b, mib, "encode") }
func BenchmarkEncodeLatin1MiB(b *testing.B) {
	benchMethod(b, mib, "encode", py.String("latin-1"))
}
func BenchmarkReplace1MiB(b *testing.B) {
	benchMethod(b, mib, "replace", py.String("wörld"), py.String("there"))
}

// asciiMiB is 1 MiB of ASCII text, which the case methods and predicates
// handle without decoding runes.
var asciiMiB = strings.Repeat("Hello, World! 123 ", 1<<20/18)

func BenchmarkASCII(b *testing.B) {
	for _, name := range []string{"upper", "lower", "casefold", "swapcase", "title", "capitalize", "istitle", "isascii", "isprintable"} {
		b.Run(name, func(b *testing.B) { benchMethod(b, asciiMiB, name) })
	}
	// Inputs for which the predicate holds, so it scans all of the string.
	for name, unit := range map[string]string{"isalpha": "HelloWorld", "isdigit": "0123456789", "isalnum": "abc123XYZ0",
		"isspace": " \t\n ", "islower": "hello, world", "isupper": "HELLO, WORLD"} {
		b.Run(name, func(b *testing.B) { benchMethod(b, strings.Repeat(unit, 1<<20/len(unit)), name) })
	}
}
