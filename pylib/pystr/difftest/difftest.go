// Package difftest runs differential test cases recorded from CPython
// (by testdata/gen_cases.py scripts using testdata/casegen.py) against
// gpython objects, comparing results structurally rather than by repr.
package difftest

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pybytes"
	"gowsgi/pylib/pystr"
)

// Case is one recorded call and CPython's outcome.
type Case struct {
	Recv json.RawMessage            `json:"recv"`
	M    string                     `json:"m"`
	Args []json.RawMessage          `json:"args"`
	Kw   map[string]json.RawMessage `json:"kw"`
	OK   json.RawMessage            `json:"ok"`
	Exc  string                     `json:"exc"`
	Msg  string                     `json:"msg"`
	// After is the receiver after the call, recorded when the call
	// changed it (a bytearray); otherwise it must still equal Recv.
	After json.RawMessage `json:"after"`
}

// Load reads a JSON file of cases.
func Load(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return cases, nil
}

// typed is the JSON form of a value.
type typed struct {
	S     *string             `json:"s"`
	B     *string             `json:"b"`
	BA    *string             `json:"ba"`
	I     *json.Number        `json:"i"`
	F     *float64            `json:"f"`
	Bool  *bool               `json:"bool"`
	None  *int                `json:"none"`
	List  []json.RawMessage   `json:"list"`
	Tuple []json.RawMessage   `json:"tuple"`
	Dict  [][]json.RawMessage `json:"dict"`
	Slice []json.RawMessage   `json:"slice"`
	Type  *string             `json:"type"`
	NI    *int                `json:"notimpl"`
}

// types are the Python types a case may name as a value.
var types = map[string]*py.Type{
	"bytes":     py.BytesType,
	"bytearray": pybytes.ByteArrayType,
	"str":       py.StringType,
}

func parse(raw json.RawMessage) (typed, error) {
	var t typed
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.UseNumber()
	err := d.Decode(&t)
	return t, err
}

// Value rebuilds a gpython object from its JSON form. A dict whose keys are
// all str becomes a py.StringDict; any other dict becomes a
// pystr.TransTable (gpython's dict cannot hold int keys).
func Value(raw json.RawMessage) (py.Object, error) {
	t, err := parse(raw)
	if err != nil {
		return nil, err
	}
	switch {
	case t.S != nil:
		return py.String(*t.S), nil
	case t.B != nil:
		b, err := hex.DecodeString(*t.B)
		return py.Bytes(b), err
	case t.BA != nil:
		b, err := hex.DecodeString(*t.BA)
		return pybytes.NewByteArray(b), err
	case t.I != nil:
		n, ok := new(big.Int).SetString(string(*t.I), 10)
		if !ok {
			return nil, fmt.Errorf("bad int %s", *t.I)
		}
		if n.IsInt64() {
			return py.Int(n.Int64()), nil
		}
		return (*py.BigInt)(n), nil
	case t.F != nil:
		return py.Float(*t.F), nil
	case t.Bool != nil:
		return py.Bool(*t.Bool), nil
	case t.None != nil:
		return py.None, nil
	case t.List != nil:
		items, err := values(t.List)
		return py.NewListFromItems(items), err
	case t.Tuple != nil:
		items, err := values(t.Tuple)
		return py.Tuple(items), err
	case t.Dict != nil:
		return dict(t.Dict)
	case t.Slice != nil:
		parts, err := values(t.Slice)
		if err != nil || len(parts) != 3 {
			return nil, fmt.Errorf("bad slice %s", raw)
		}
		return py.NewSlice(parts[0], parts[1], parts[2]), nil
	case t.Type != nil:
		if typ, ok := types[*t.Type]; ok {
			return typ, nil
		}
		return nil, fmt.Errorf("unknown type %s", *t.Type)
	case t.NI != nil:
		return py.NotImplemented, nil
	}
	return nil, fmt.Errorf("unknown value %s", raw)
}

func values(raws []json.RawMessage) ([]py.Object, error) {
	out := make([]py.Object, len(raws))
	for i, r := range raws {
		v, err := Value(r)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func dict(pairs [][]json.RawMessage) (py.Object, error) {
	sd := py.StringDict{}
	tt := pystr.NewTransTable()
	allStr := true
	for _, p := range pairs {
		k, err := Value(p[0])
		if err != nil {
			return nil, err
		}
		v, err := Value(p[1])
		if err != nil {
			return nil, err
		}
		switch kk := k.(type) {
		case py.String:
			sd[string(kk)] = v
		case py.Int:
			allStr = false
			tt.Set(rune(kk), v)
		default:
			return nil, fmt.Errorf("unsupported dict key %T", k)
		}
	}
	if allStr && len(pairs) > 0 {
		return sd, nil
	}
	return tt, nil
}

// Equal compares a gpython result with the recorded CPython value and
// describes the difference.
func Equal(got py.Object, want json.RawMessage) (bool, string) {
	w, err := Value(want)
	if err != nil {
		return false, err.Error()
	}
	if same(got, w) {
		return true, ""
	}
	return false, fmt.Sprintf("got %s, want %s", show(got), show(w))
}

func same(a, b py.Object) bool {
	if b == py.NotImplemented {
		return a == py.NotImplemented
	}
	switch x := b.(type) {
	case py.String:
		y, ok := a.(py.String)
		return ok && x == y
	case py.Bytes:
		y, ok := a.(py.Bytes)
		return ok && string(x) == string(y)
	case *pybytes.ByteArray:
		y, ok := a.(*pybytes.ByteArray)
		return ok && string(x.Bytes()) == string(y.Bytes())
	case py.Int:
		y, ok := a.(py.Int)
		return ok && x == y
	case py.Bool:
		y, ok := a.(py.Bool)
		return ok && x == y
	case py.NoneType:
		return a == py.None
	case *py.Type:
		return a == x
	case *py.List:
		y, ok := a.(*py.List)
		return ok && sameItems(x.Items, y.Items)
	case py.Tuple:
		y, ok := a.(py.Tuple)
		return ok && sameItems(x, y)
	case *pystr.TransTable:
		y, ok := a.(*pystr.TransTable)
		if !ok || y.Len() != x.Len() {
			return false
		}
		for i := 0; i < x.Len(); i++ {
			k, v := x.Entry(i)
			v2, ok := y.Get(k)
			if !ok || !same(v2, v) {
				return false
			}
		}
		return true
	}
	return false
}

func sameItems(a, b []py.Object) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !same(b[i], a[i]) {
			return false
		}
	}
	return true
}

func show(o py.Object) string {
	if o == nil {
		return "<nil>"
	}
	switch v := o.(type) {
	case py.String:
		return fmt.Sprintf("str %q", string(v))
	case py.Bytes:
		return fmt.Sprintf("bytes %q", []byte(v))
	case *pybytes.ByteArray:
		return fmt.Sprintf("bytearray %q", v.Bytes())
	case *py.List:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = show(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case py.Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = show(x)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("%T %v", o, o)
}

// Call runs a case: it rebuilds the receiver and arguments, looks the
// method up with py.GetAttrString and calls it with py.Call.
func Call(c Case) (py.Object, error) {
	_, res, err := call(c)
	return res, err
}

// call runs a case and also returns the receiver it built.
func call(c Case) (recv, res py.Object, err error) {
	if recv, err = Value(c.Recv); err != nil {
		return nil, nil, err
	}
	args, err := values(c.Args)
	if err != nil {
		return nil, nil, err
	}
	var kw py.StringDict
	if len(c.Kw) > 0 {
		kw = py.StringDict{}
		for k, raw := range c.Kw {
			if kw[k], err = Value(raw); err != nil {
				return nil, nil, err
			}
		}
	}
	fn, err := py.GetAttrString(recv, c.M)
	if err != nil {
		return recv, nil, err
	}
	res, err = py.Call(fn, py.Tuple(args), kw)
	return recv, res, err
}

// Unrepresentable marks a case whose arguments gpython cannot hold (a dict
// with float keys, for example); Check returns it so tests can skip them.
const Unrepresentable = "unrepresentable in gpython"

// Check runs a case and reports a mismatch with CPython, or "" when the
// result (or the exception type and message) is the same.
func Check(c Case) (mismatch string) {
	for _, a := range append([]json.RawMessage{c.Recv}, c.Args...) {
		if _, err := Value(a); err != nil {
			return Unrepresentable
		}
	}
	defer func() {
		if r := recover(); r != nil {
			mismatch = fmt.Sprintf("panic: %v", r)
		}
	}()
	recv, got, err := call(c)
	if m := checkAfter(c, recv); m != "" {
		return m
	}
	if c.Exc != "" {
		if err == nil {
			return fmt.Sprintf("got %s, want %s: %s", show(got), c.Exc, c.Msg)
		}
		exc, ok := err.(*py.Exception)
		if !ok {
			return fmt.Sprintf("got Go error %v, want %s: %s", err, c.Exc, c.Msg)
		}
		msg := ""
		if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
			if s, ok := args[0].(py.String); ok {
				msg = string(s)
			} else {
				msg = py.DebugRepr(args[0])
			}
		}
		if exc.Base.Name != c.Exc || msg != c.Msg {
			return fmt.Sprintf("got %s: %s, want %s: %s", exc.Base.Name, msg, c.Exc, c.Msg)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("got error %v, want %s", err, c.OK)
	}
	if ok, diff := Equal(got, c.OK); !ok {
		return diff
	}
	return ""
}

// checkAfter compares the receiver after the call with the recorded state.
func checkAfter(c Case, recv py.Object) string {
	want := c.After
	if want == nil {
		want = c.Recv
	}
	if recv == nil {
		return ""
	}
	if ok, diff := Equal(recv, want); !ok {
		return "receiver after the call: " + diff
	}
	return ""
}

// Describe formats a case for failure messages.
func Describe(c Case) string {
	var args []string
	for _, a := range c.Args {
		args = append(args, string(a))
	}
	for k, v := range c.Kw {
		args = append(args, k+"="+string(v))
	}
	return fmt.Sprintf("%s.%s(%s)", c.Recv, c.M, strings.Join(args, ", "))
}

// Run checks every case of the JSON file against our runtime, reporting up to 60 mismatches, and
// logs how many of them match CPython. label names the kind of case in the log line.
func Run(t *testing.T, file, label string) {
	t.Helper()
	cases, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) <= 1000 {
		t.Fatalf("%s: only %d cases", file, len(cases))
	}
	failed, skipped := 0, 0
	for _, c := range cases {
		m := Check(c)
		if m == Unrepresentable {
			skipped++
			continue
		}
		if m != "" {
			failed++
			if failed <= 60 {
				t.Errorf("%s: %s", Describe(c), m)
			}
		}
	}
	t.Logf("%d of %d %s cases match CPython (%d skipped: not representable in gpython)",
		len(cases)-failed-skipped, len(cases)-skipped, label, skipped)
}
