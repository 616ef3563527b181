// Differential tests against CPython 3.11. Regenerate the recorded cases with
//
//	cd pylib/codecs && python3 testdata/gen_cases.py
package codecs_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib/codecs"
)

type codecCase struct {
	Op     string          `json:"op"`
	Enc    string          `json:"enc"`
	Errors string          `json:"errors"`
	In     json.RawMessage `json:"in"`
	OK     json.RawMessage `json:"ok"`
	Exc    string          `json:"exc"`
	Msg    string          `json:"msg"`
}

// text builds a Go string from code points, surrogates in WTF-8 form.
func text(cps []rune) string {
	var b []byte
	for _, r := range cps {
		b = codecs.AppendRune(b, r)
	}
	return string(b)
}

func checkCodec(c codecCase) string {
	var got any
	var err error
	var want any
	switch c.Op {
	case "encode":
		var in []rune
		if e := json.Unmarshal(c.In, &in); e != nil {
			return e.Error()
		}
		var b []byte
		b, err = codecs.Encode(text(in), c.Enc, c.Errors)
		got = hex.EncodeToString(b)
		if c.OK != nil {
			var h string
			_ = json.Unmarshal(c.OK, &h)
			want = h
		}
	default:
		var h string
		_ = json.Unmarshal(c.In, &h)
		in, _ := hex.DecodeString(h)
		var s string
		s, err = codecs.Decode(in, c.Enc, c.Errors)
		got = s
		if c.OK != nil {
			var cps []rune
			_ = json.Unmarshal(c.OK, &cps)
			want = text(cps)
		}
	}
	if c.Exc != "" {
		exc, ok := err.(*py.Exception)
		if !ok {
			return fmt.Sprintf("got %q (err %v), want %s: %s", got, err, c.Exc, c.Msg)
		}
		msg := string(exc.Args.(py.Tuple)[0].(py.String))
		if exc.Base.Name != c.Exc || msg != c.Msg {
			return fmt.Sprintf("got %s: %s, want %s: %s", exc.Base.Name, msg, c.Exc, c.Msg)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("got error %v, want %q", err, want)
	}
	if got != want {
		return fmt.Sprintf("got %q, want %q", got, want)
	}
	return ""
}

func TestDifferential(t *testing.T) {
	data, err := os.ReadFile("testdata/codec_cases.json")
	require.NoError(t, err)
	var cases []codecCase
	require.NoError(t, json.Unmarshal(data, &cases))
	failed := 0
	for _, c := range cases {
		if m := checkCodec(c); m != "" {
			failed++
			if failed <= 80 {
				t.Errorf("%s %s %s %s: %s", c.Op, c.In, c.Enc, c.Errors, m)
			}
		}
	}
	t.Logf("%d of %d codec cases match CPython", len(cases)-failed, len(cases))
}

func TestLookup(t *testing.T) {
	for in, want := range map[string]string{"utf8": "utf-8", "UTF-8": "utf-8", "utf_8": "utf-8", "latin1": "iso8859-1",
		"iso-8859-1": "iso8859-1", "cp936": "gbk", " utf 8 ": "utf-8", "eucjp": "euc_jp", "U16": "utf-16"} {
		got, err := codecs.Lookup(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := codecs.Lookup("xxx")
	require.Error(t, err)
	assert.Equal(t, "LookupError: 'unknown encoding: xxx'", err.Error())
}

func TestSurrogateEscapeRoundTrip(t *testing.T) {
	in := []byte("ok \xff\xfe\x80 caf\xc3\xa9 \xed\xa0\x80")
	for _, enc := range []string{"utf-8", "ascii", "latin-1", "cp1252", "gbk", "shift_jis"} {
		s, err := codecs.Decode(in, enc, "surrogateescape")
		require.NoError(t, err, enc)
		out, err := codecs.Encode(s, enc, "surrogateescape")
		require.NoError(t, err, enc)
		assert.Equal(t, in, out, enc)
	}
}

var mib = strings.Repeat("Hello, wörld! ", 1<<20/15)

func BenchmarkEncodeUTF8(b *testing.B) {
	b.SetBytes(int64(len(mib)))
	for b.Loop() {
		if _, err := codecs.Encode(mib, "utf-8", "strict"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	in := []byte(mib)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := codecs.Decode(in, "utf-8", "strict"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeLatin1(b *testing.B) {
	in := bytes.Repeat([]byte("caf\xe9 "), 1<<20/5)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := codecs.Decode(in, "latin-1", "strict"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeGBK(b *testing.B) {
	s := strings.Repeat("中文字符 abc ", 1<<20/17)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if _, err := codecs.Encode(s, "gbk", "strict"); err != nil {
			b.Fatal(err)
		}
	}
}
