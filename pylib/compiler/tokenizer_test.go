package compiler

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokenTexts renders tokens as "kind:text" for comparison.
func tokenTexts(src string, toks []token) []string {
	names := map[tokKind]string{tkName: "N", tkNumber: "#", tkString: "S", tkOp: "O",
		tkComment: "C", tkNewline: "NEWLINE", tkNL: "NL", tkEOF: "EOF"}
	var out []string
	for _, t := range toks {
		if t.kind == tkNewline || t.kind == tkNL || t.kind == tkEOF {
			out = append(out, names[t.kind])
			continue
		}
		out = append(out, names[t.kind]+":"+src[t.start:t.end])
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string
	}{
		{"x = 1\n", "N:x O:= #:1 NEWLINE EOF"},
		{"f'a{b}' rb'\\x' Rb\"q\" fR'''t\nu''' u'v' B'w'\n",
			"S:f'a{b}' S:rb'\\x' S:Rb\"q\" S:fR'''t\nu''' S:u'v' S:B'w' NEWLINE EOF"},
		{"s = 'it\\'s' \"dq\\\"\" '#notcomment' # real\n", "N:s O:= S:'it\\'s' S:\"dq\\\"\" S:'#notcomment' C:# real NEWLINE EOF"},
		{"x = (1,\n  2) \\\n  + 3\n", "N:x O:= O:( #:1 O:, NL #:2 O:) O:+ #:3 NEWLINE EOF"},
		{"a **= b // c -> d := e != f ... g\n", "N:a O:**= N:b O:// N:c O:-> N:d O::= N:e O:!= N:f O:... N:g NEWLINE EOF"},
		{"1_000 0x_ff 1_0.5e1_0 .5 1e-3 3j 0b1 1.e5\n", "#:1_000 #:0x_ff #:1_0.5e1_0 #:.5 #:1e-3 #:3j #:0b1 #:1.e5 NEWLINE EOF"},
		{"\n# c\n\nx\n", "NL C:# c NL NL N:x NEWLINE EOF"},
		{"x = 1", "N:x O:= #:1 NEWLINE EOF"},
		{"'''a\n\"\"\"\nb'''\r\ny\r\n", "S:'''a\n\"\"\"\nb''' NEWLINE N:y NEWLINE EOF"},
		{"café = ñ\n", "N:café O:= N:ñ NEWLINE EOF"},
		{"if_ = fr\nbar'x'\n", "N:if_ O:= N:fr NEWLINE N:bar S:'x' NEWLINE EOF"},
	} {
		toks, err := tokenize(c.src)
		require.NoError(t, err, c.src)
		assert.Equal(t, c.want, strings.Join(tokenTexts(c.src, toks), " "), c.src)
	}
}

func TestTokenizeLinesAndIndent(t *testing.T) {
	src := "def f():\n\tif x:\n\t    y = '''a\nb'''\n    z\n"
	toks, err := tokenize(src)
	require.NoError(t, err)
	var got []string
	for _, tk := range toks {
		if tk.lineStart {
			got = append(got, src[tk.start:tk.end]+"@"+string(rune('0'+tk.line))+"/"+string(rune('0'+tk.indent)))
		}
	}
	assert.Equal(t, []string{"def@1/0", "if@2/8", "y@3/<", "z@5/4"}, got) // '<' is 12
}

func TestTokenizeErrors(t *testing.T) {
	for src, want := range map[string]string{
		"x = 'abc\n":          "line 1: unterminated string literal (detected at line 1)",
		"x = 1\ny = '''abc\n": "line 2: unterminated triple-quoted string literal (detected at line 3)",
		"x = (1]\n":           "line 1: closing parenthesis ']' does not match opening parenthesis '('",
		"x = 1)\n":            "line 1: unmatched ')'",
	} {
		_, err := tokenize(src)
		require.Error(t, err, src)
		assert.Equal(t, want, err.Error(), src)
	}
}
