package vm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScripts runs every testdata/*.py under this evaluator and compares what it prints with
// CPython's output in the matching .out file (regenerate with testdata/gen.sh).
func TestScripts(t *testing.T) {
	scripts, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		script := script
		t.Run(filepath.Base(script), func(t *testing.T) {
			src, err := os.ReadFile(script)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
			require.NoError(t, err)
			c := newTestCtx(t)
			_, err = c.run(t, string(src))
			assert.NoError(t, err)
			assert.Equal(t, string(want), c.out.String())
		})
	}
}
