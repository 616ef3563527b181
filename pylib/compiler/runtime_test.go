package compiler_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib"
)

// TestProgramsOnPylib runs testdata/*.py in gowsgi's real runtime (package pylib: its
// evaluator, builtins and formatting, with this compiler) and compares their output with
// CPython's. TestPrograms runs the same programs on gpython's own evaluator.
func TestProgramsOnPylib(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			require.NoError(t, err, "run testdata/gen.sh")
			var stdout, stderr strings.Builder
			in, err := pylib.New(pylib.Options{Stdout: &stdout, Stderr: &stderr})
			require.NoError(t, err)
			defer in.Close()
			_, err = in.ExecFile(f, "__main__")
			if err != nil {
				t.Fatalf("%s: %s\noutput so far:\n%s", f, pylib.FormatException(err), stdout.String())
			}
			assert.Equal(t, string(want), stdout.String())
		})
	}
}
