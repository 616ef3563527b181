package random_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib/internal/scripttest"
)

// TestScripts compares testdata/*.py under our runtime with CPython's output.
func TestScripts(t *testing.T) {
	t.Run("basic", func(t *testing.T) { runExact(t, "random_basic") })
}

func runExact(t *testing.T, name string) {
	prog := filepath.Join("testdata", name+".py")
	want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
	require.NoError(t, err)
	got, stderr, code := scripttest.Run(t, prog)
	assert.Equal(t, string(want), got, "stderr:\n%s", stderr)
	assert.Equal(t, 0, code, "stderr:\n%s", stderr)
}

// TestSeededMany is the differential test: for many seeds (ints of every size, str, bytes,
// floats) every value drawn must equal CPython's, except the "approx_" ones, which go through
// math's log/exp/sin/cos and may differ from the C library in the last bit.
func TestSeededMany(t *testing.T) {
	prog := filepath.Join("testdata", "seeded_many.py")
	wantText, err := os.ReadFile(filepath.Join("testdata", "seeded_many.out"))
	require.NoError(t, err)
	got, stderr, code := scripttest.Run(t, prog)
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	wantLines := strings.Split(strings.TrimSpace(string(wantText)), "\n")
	gotLines := strings.Split(strings.TrimSpace(got), "\n")
	require.Len(t, gotLines, len(wantLines))
	for i := range wantLines {
		var want, have map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(wantLines[i]), &want))
		require.NoError(t, json.Unmarshal([]byte(gotLines[i]), &have))
		seed := string(want["seed"])
		for key, w := range want {
			if strings.HasPrefix(key, "approx_") {
				assertClose(t, seed+" "+key, w, have[key])
				continue
			}
			assert.Equal(t, exact(t, w), exact(t, have[key]), "seed %s, %s", seed, key)
		}
	}
}

// exact decodes a JSON value keeping numbers as their text, so big ints compare digit for digit.
func exact(t *testing.T, raw json.RawMessage) any {
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v))
	return v
}

func assertClose(t *testing.T, what string, want, have json.RawMessage) {
	var w, h []float64
	require.NoError(t, json.Unmarshal(want, &w), what)
	require.NoError(t, json.Unmarshal(have, &h), what)
	require.Len(t, h, len(w), what)
	for i := range w {
		assert.InEpsilon(t, w[i], h[i], 1e-12, "%s[%d]", what, i)
	}
}

// TestGeneratorPerInterpreter checks that each interpreter has its own module-level
// generator: seeding one leaves another's sequence alone.
func TestGeneratorPerInterpreter(t *testing.T) {
	dir := t.TempDir()
	seedAndDraw := filepath.Join(dir, "draw.py")
	require.NoError(t, os.WriteFile(seedAndDraw, []byte("import random\nrandom.seed(42)\nprint(random.random())\n"), 0o644))
	drawOnly := filepath.Join(dir, "draw_only.py")
	require.NoError(t, os.WriteFile(drawOnly, []byte("import random\nprint(random.random() != 0.6394267984578837)\n"), 0o644))
	got, stderr, code := scripttest.Run(t, seedAndDraw)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "0.6394267984578837\n", got)
	got, stderr, code = scripttest.Run(t, drawOnly)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "True\n", got)
}
