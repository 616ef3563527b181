package pylib_test

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

// TestCollections runs pylib/pycoll's testdata programs (dict, set and frozenset behaviour) under
// the full runtime and compares their output with CPython's, kept beside them in .out files
// (regenerate with pylib/pycoll/testdata/gen.sh).
func TestCollections(t *testing.T) {
	programs, err := filepath.Glob(filepath.Join("pycoll", "testdata", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	for _, prog := range programs {
		t.Run(strings.TrimSuffix(filepath.Base(prog), ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			require.NoError(t, err)
			var stdout, stderr bytes.Buffer
			in, err := pylib.New(pylib.Options{Stdout: &stdout, Stderr: &stderr})
			require.NoError(t, err)
			defer in.Close()
			code := in.RunMain(prog)
			assert.Equal(t, string(want), stdout.String(), "stderr:\n%s", stderr.String())
			assert.Equal(t, 0, code)
		})
	}
}
