package pystr

import (
	"math/rand"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestASCIIFastPaths checks every ASCII fast path against the general
// Unicode path on random ASCII strings (the general path is itself checked
// against CPython by the differential tests).
func TestASCIIFastPaths(t *testing.T) {
	mappers := []struct {
		name  string
		ascii asciiMapper
		each  func(c *caser, r rune, first bool, prevCased *bool)
	}{
		{"lower", asciiLower, lower}, {"upper", asciiUpper, upper}, {"casefold", asciiLower, casefold},
		{"swapcase", asciiSwapcase, swapcase}, {"title", asciiTitle, title}, {"capitalize", asciiCapitalize, capitalize},
	}
	preds := []struct {
		name string
		fast method
		slow func(string) bool
	}{
		{"isalpha", predicate(isAlpha, false), func(s string) bool { return all(s, isAlpha) }},
		{"isspace", predicate(isSpace, false), func(s string) bool { return all(s, isSpace) }},
		{"isprintable", predicate(isPrintable, true), func(s string) bool { return s == "" || all(s, isPrintable) }},
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := "aZ zA'-_1\t\x00\x1fQq.\x7f"
	for n := 0; n < 3000; n++ {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(b)
		for _, m := range mappers {
			dst := make([]byte, len(s))
			require.True(t, m.ascii(dst, s))
			assert.Equal(t, mapCase(s, m.each), string(dst), "%s(%q)", m.name, s)
		}
		for _, p := range preds {
			got, err := p.fast(s, nil)
			require.NoError(t, err)
			assert.Equal(t, py.Bool(p.slow(s)), got, "%s(%q)", p.name, s)
		}
	}
	dst := make([]byte, 3)
	assert.False(t, asciiUpper(dst, "a\xc3\xa9"[:3]), "a non-ASCII byte leaves the fast path")
}

func all(s string, ok func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !ok(r) {
			return false
		}
	}
	return true
}
