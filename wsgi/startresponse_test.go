package wsgi

import (
	"bytes"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckStatus(t *testing.T) {
	tests := []struct {
		in     py.Object
		code   int
		reason string
		errTyp *py.Type
	}{
		{py.String("200 OK"), 200, "OK", nil},
		{py.String("404 Not Found"), 404, "Not Found", nil},
		{py.String("599 "), 599, "", nil},
		{py.String("418 I'm a teapot"), 418, "I'm a teapot", nil},
		{py.String("200"), 0, "", py.ValueError},
		{py.String("200OK"), 0, "", py.ValueError},
		{py.String("2x0 OK"), 0, "", py.ValueError},
		{py.String("099 Low"), 0, "", py.ValueError},
		{py.String("200 OK\r\nX: y"), 0, "", py.ValueError},
		{py.Int(200), 0, "", py.TypeError},
		{py.Bytes("200 OK"), 0, "", py.TypeError},
	}
	for _, tt := range tests {
		code, reason, err := checkStatus(tt.in)
		if tt.errTyp != nil {
			assert.True(t, py.IsException(tt.errTyp, err), "%v: %v", tt.in, err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.code, code)
		assert.Equal(t, tt.reason, reason)
	}
}

func pair(name, value py.Object) py.Tuple { return py.Tuple{name, value} }

func TestCheckHeaders(t *testing.T) {
	ok, err := checkHeaders(&py.List{Items: []py.Object{
		pair(py.String("Content-Type"), py.String("text/plain")),
		&py.List{Items: []py.Object{py.String("X-A"), py.String("caf\u00e9")}},
		pair(py.String("X-Empty"), py.String("")),
	}})
	require.NoError(t, err)
	assert.Equal(t, [][2]string{{"Content-Type", "text/plain"}, {"X-A", "caf\xe9"}, {"X-Empty", ""}}, ok,
		"values are latin-1 text, sent as their bytes")

	bad := []struct {
		headers py.Object
		errTyp  *py.Type
	}{
		{py.Tuple{pair(py.String("A"), py.String("b"))}, py.TypeError},
		{&py.List{Items: []py.Object{py.String("A: b")}}, py.TypeError},
		{&py.List{Items: []py.Object{py.Tuple{py.String("A")}}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String("A"), py.Int(1))}}, py.TypeError},
		{&py.List{Items: []py.Object{pair(py.Bytes("A"), py.String("b"))}}, py.TypeError},
		{&py.List{Items: []py.Object{pair(py.String("A B"), py.String("b"))}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String(""), py.String("b"))}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String("A:"), py.String("b"))}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String("A"), py.String("b\r\nSet-Cookie: x"))}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String("A"), py.String("b\nc"))}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String("A"), py.String("\u4e2d"))}}, py.ValueError},
		{&py.List{Items: []py.Object{pair(py.String("Connection"), py.String("close"))}}, py.AssertionError},
		{&py.List{Items: []py.Object{pair(py.String("transfer-encoding"), py.String("chunked"))}}, py.AssertionError},
	}
	for _, tt := range bad {
		_, err := checkHeaders(tt.headers)
		assert.True(t, py.IsException(tt.errTyp, err), "%v: got %v", tt.headers, err)
	}
}

// FuzzCheckHeaders feeds arbitrary names and values: nothing that could split a header line or
// smuggle a second header may be accepted, and nothing may panic.
func FuzzCheckHeaders(f *testing.F) {
	for _, s := range [][2]string{{"X-A", "b"}, {"A\r\nB", "c"}, {"A", "b\r\n\r\nbody"}, {"Set-Cookie", "a=\u00ff"}, {"K", "\x00"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, value string) {
		hdrs, err := checkHeaders(&py.List{Items: []py.Object{pair(py.String(name), py.String(value))}})
		if err != nil {
			return
		}
		got := hdrs[0]
		if strings.ContainsAny(got[0], "\r\n\x00: \t") || strings.ContainsAny(got[1], "\r\n\x00") {
			t.Fatalf("accepted a header that can break the response: %q", got)
		}
	})
}

func TestLatin1RoundTrip(t *testing.T) {
	raw := "a\xe4\xb8\xad\xff/"
	s := latin1(raw)
	assert.Equal(t, "a\u00e4\u00b8\u00ad\u00ff/", string(s))
	back, ok := fromLatin1(string(s))
	assert.True(t, ok)
	assert.Equal(t, raw, back)
	_, ok = fromLatin1("\u4e2d")
	assert.False(t, ok)
	assert.Equal(t, "X_FORWARDED_FOR", cgiName("X-Forwarded-For"))
}

func TestLineWriterTagsWholeLines(t *testing.T) {
	var out bytes.Buffer
	w := newLineWriter(&out)
	w.SetTag("app.py")
	_, _ = w.Write([]byte("one\ntw"))
	_, _ = w.Write([]byte("o\nthree"))
	assert.Equal(t, "[app.py] one\n[app.py] two\n", out.String())
	w.SetTag("other.py") // flushes the partial line under the old tag
	assert.Equal(t, "[app.py] one\n[app.py] two\n[app.py] three\n", out.String())
}
