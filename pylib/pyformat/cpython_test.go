// Differential test against CPython 3.11. Regenerate the expected results
// (from the repository root) with:
//
//	python3 pylib/pyformat/testdata/gen_cases.py
package pyformat

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonValue is a Python value as gen_cases.py describes it.
type jsonValue struct {
	T    string          `json:"t"`
	V    json.RawMessage `json:"v"`
	Re   string          `json:"re"`
	Im   string          `json:"im"`
	Name string          `json:"name"`
}

type jsonCase struct {
	Op     string     `json:"op"`
	Value  *jsonValue `json:"value"`
	Spec   string     `json:"spec"`
	Format any        `json:"format"`
	Args   *jsonValue `json:"args"`
	Kwargs *jsonValue `json:"kwargs"`
	Want   struct {
		OK      *string `json:"ok"`
		OKBytes *string `json:"ok_bytes"`
		Err     string  `json:"err"`
		Msg     string  `json:"msg"`
	} `json:"want"`
}

func parseHexFloat(t *testing.T, s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return f
}

var exceptionTypes = map[string]*py.Type{
	"ValueError": py.ValueError, "KeyError": py.KeyError, "TypeError": py.TypeError,
	"IndexError": py.IndexError, "RuntimeError": py.RuntimeError,
}

// decode builds the py.Object a jsonValue describes.
func decode(t *testing.T, v *jsonValue) py.Object {
	list := func() []py.Object {
		var raw []*jsonValue
		require.NoError(t, json.Unmarshal(v.V, &raw))
		out := make([]py.Object, len(raw))
		for i, r := range raw {
			out[i] = decode(t, r)
		}
		return out
	}
	switch v.T {
	case "none":
		return py.None
	case "bool":
		var b bool
		require.NoError(t, json.Unmarshal(v.V, &b))
		return py.NewBool(b)
	case "int":
		var s string
		require.NoError(t, json.Unmarshal(v.V, &s))
		n, ok := new(big.Int).SetString(s, 10)
		require.True(t, ok, s)
		if n.IsInt64() {
			return py.Int(n.Int64())
		}
		return (*py.BigInt)(n)
	case "float":
		var s string
		require.NoError(t, json.Unmarshal(v.V, &s))
		return py.Float(parseHexFloat(t, s))
	case "complex":
		return py.Complex(complex(parseHexFloat(t, v.Re), parseHexFloat(t, v.Im)))
	case "str":
		var s string
		require.NoError(t, json.Unmarshal(v.V, &s))
		return py.String(s)
	case "bytes":
		var s string
		require.NoError(t, json.Unmarshal(v.V, &s))
		b, err := hex.DecodeString(s)
		require.NoError(t, err)
		return py.Bytes(b)
	case "list":
		return py.NewListFromItems(list())
	case "tuple":
		return py.Tuple(list())
	case "set":
		return py.NewSetFromItems(list())
	case "frozenset":
		return py.NewFrozenSetFromItems(list())
	case "dict":
		var raw [][2]json.RawMessage
		require.NoError(t, json.Unmarshal(v.V, &raw))
		d := py.NewStringDict()
		for _, kv := range raw {
			var k string
			var val jsonValue
			require.NoError(t, json.Unmarshal(kv[0], &k))
			require.NoError(t, json.Unmarshal(kv[1], &val))
			d[k] = decode(t, &val)
		}
		return d
	case "range":
		var r [3]int64
		require.NoError(t, json.Unmarshal(v.V, &r))
		obj, err := py.RangeNew(py.RangeType, py.Tuple{py.Int(r[0]), py.Int(r[1]), py.Int(r[2])}, nil)
		require.NoError(t, err)
		return obj
	case "exc":
		typ, ok := exceptionTypes[v.Name]
		require.True(t, ok, v.Name)
		e, err := py.ExceptionNew(typ, py.Tuple(list()), nil)
		require.NoError(t, err)
		return e
	case "reclist":
		l := py.NewListFromItems([]py.Object{py.Int(1)})
		l.Append(l)
		return l
	case "recdict":
		d := py.NewStringDict()
		d["a"] = d
		return d
	}
	t.Fatalf("unknown value type %q", v.T)
	return nil
}

// run performs one case and returns its result in the form of Want.
func (c *jsonCase) run(t *testing.T) (py.Object, error) {
	switch c.Op {
	case "format":
		return Format(decode(t, c.Value), c.Spec)
	case "repr", "str", "ascii":
		f := map[string]func(py.Object) (string, error){"repr": Repr, "str": Str, "ascii": ascii}[c.Op]
		s, err := f(decode(t, c.Value))
		return py.String(s), err
	case "percent":
		raw, _ := json.Marshal(c.Format)
		var fv jsonValue
		require.NoError(t, json.Unmarshal(raw, &fv))
		return Percent(decode(t, &fv), decode(t, c.Args))
	case "strformat":
		return StrFormat(c.Format.(string), decode(t, c.Args).(py.Tuple), decode(t, c.Kwargs).(py.StringDict))
	case "format_map":
		return FormatMap(c.Format.(string), decode(t, c.Kwargs))
	}
	t.Fatalf("unknown op %q", c.Op)
	return nil, nil
}

func (c *jsonCase) describe() string {
	raw, _ := json.Marshal(struct {
		Op     string
		Value  *jsonValue `json:",omitempty"`
		Spec   string     `json:",omitempty"`
		Format any        `json:",omitempty"`
		Args   *jsonValue `json:",omitempty"`
	}{c.Op, c.Value, c.Spec, c.Format, c.Args})
	return string(raw)
}

func loadCases(t *testing.T) []jsonCase {
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var cases []jsonCase
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	return cases
}

// TestCPythonCases replays every case of testdata/cases.json and compares
// the result, or the exception type and message, with CPython's.
func TestCPythonCases(t *testing.T) {
	cases := loadCases(t)
	pass := map[string]int{}
	total := map[string]int{}
	for i := range cases {
		c := &cases[i]
		total[c.Op]++
		got, err := c.run(t)
		var ok bool
		switch {
		case c.Want.Err != "":
			ok = assertPyError(t, c, err)
		case err != nil:
			ok = assert.Fail(t, "unexpected error", "%s: %v", c.describe(), err)
		case c.Want.OKBytes != nil:
			b, isBytes := got.(py.Bytes)
			ok = assert.True(t, isBytes, c.describe()) &&
				assert.Equal(t, *c.Want.OKBytes, hex.EncodeToString(b), c.describe())
		default:
			ok = assert.Equal(t, py.String(*c.Want.OK), got, c.describe())
		}
		if ok {
			pass[c.Op]++
		}
	}
	ops := make([]string, 0, len(total))
	for op := range total {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, op := range ops {
		t.Logf("%-10s %5d/%5d cases match CPython", op, pass[op], total[op])
	}
}

func assertPyError(t *testing.T, c *jsonCase, err error) bool {
	if !assert.Error(t, err, "%s: want %s: %s", c.describe(), c.Want.Err, c.Want.Msg) {
		return false
	}
	e, ok := err.(*py.Exception)
	if !assert.True(t, ok, "%s: error %T is not a Python exception", c.describe(), err) {
		return false
	}
	msg, serr := Str(e)
	require.NoError(t, serr)
	return assert.Equal(t, fmt.Sprintf("%s: %s", c.Want.Err, c.Want.Msg), fmt.Sprintf("%s: %s", e.Base.Name, msg), c.describe())
}
