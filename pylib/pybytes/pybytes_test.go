// Differential tests against CPython 3.11. Regenerate the recorded cases with
//
//	cd pylib/pybytes && python3 testdata/gen_cases.py
package pybytes_test

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib/pybytes"
	"gowsgi/pylib/pystr"
	"gowsgi/pylib/pystr/difftest"
)

func init() {
	pystr.Install()
	pybytes.Install()
}

func TestDifferential(t *testing.T) { difftest.Run(t, "testdata/bytes_cases.json", "bytes") }

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
		{"caf\xc3\xa9", "decode", nil, py.String("café")},
		{"\xff", "decode", []py.Object{py.String("latin-1")}, py.String("ÿ")},
		{"\x01\x02\xff", "hex", []py.Object{py.String(":")}, py.String("01:02:ff")},
		{"a,b", "split", []py.Object{py.Bytes(",")}, py.NewListFromItems([]py.Object{py.Bytes("a"), py.Bytes("b")})},
		{"hello", "upper", nil, py.Bytes("HELLO")},
		{"-", "join", []py.Object{py.Tuple{py.Bytes("a"), py.Bytes("b")}}, py.Bytes("a-b")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := call(t, py.Bytes(tt.recv), tt.name, tt.args...)
			eq, err := py.Eq(got, tt.want)
			require.NoError(t, err)
			assert.Equal(t, py.True, eq, "got %v", got)
		})
	}
}

func TestTypeLevelMethods(t *testing.T) {
	fromhex, err := py.GetAttrString(py.BytesType, "fromhex")
	require.NoError(t, err)
	got, err := py.Call(fromhex, py.Tuple{py.String("de ad")}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Bytes("\xde\xad"), got)
}

var mib = bytes.Repeat([]byte("Hello, w\xc3\xb6rld! "), 1<<20/15)

func BenchmarkDecode1MiB(b *testing.B) {
	fn, _ := py.GetAttrString(py.Bytes(mib), "decode")
	b.SetBytes(int64(len(mib)))
	for b.Loop() {
		if _, err := py.Call(fn, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJoin1MiB(b *testing.B) {
	items := make([]py.Object, 1<<14)
	for i := range items {
		items[i] = py.Bytes(bytes.Repeat([]byte("x"), 63))
	}
	fn, _ := py.GetAttrString(py.Bytes(","), "join")
	b.SetBytes(1 << 20)
	for b.Loop() {
		if _, err := py.Call(fn, py.Tuple{py.NewListFromItems(items)}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
