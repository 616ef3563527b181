package pyformat_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib"
)

// TestScripts runs the testdata programs (all but the gen_* generators) under the full
// runtime and compares their output with CPython's, kept in the .out beside each (regenerate
// with testdata/gen_scripts.sh).
func TestScripts(t *testing.T) {
	programs, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	require.NoError(t, err)
	ran := 0
	for _, prog := range programs {
		if strings.HasPrefix(filepath.Base(prog), "gen_") {
			continue
		}
		ran++
		t.Run(strings.TrimSuffix(filepath.Base(prog), ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			require.NoError(t, err)
			var stdout, stderr bytes.Buffer
			in, err := pylib.New(pylib.Options{Stdout: &stdout, Stderr: &stderr})
			require.NoError(t, err)
			defer in.Close()
			code := in.RunMain(prog)
			assert.Equal(t, string(want), stdout.String(), "stderr:\n%s", stderr.String())
			assert.Equal(t, 0, code, "stderr:\n%s", stderr.String())
		})
	}
	require.NotZero(t, ran)
}
