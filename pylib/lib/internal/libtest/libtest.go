// Package libtest runs the testdata programs of pylib/lib's modules under the full runtime and
// compares their output with CPython's, kept beside each program in a .out file (each
// testdata folder has a gen.sh that regenerates them with python3).
package libtest

import (
	"time"

	"bytes"
	"github.com/go-python/gpython/py"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib"
)

// RunScripts runs every testdata/*.py of the calling package as a subtest.
func RunScripts(t *testing.T) {
	t.Helper()
	programs, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	for _, prog := range programs {
		t.Run(strings.TrimSuffix(filepath.Base(prog), ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			require.NoError(t, err)
			got, stderr, code := Run(t, prog)
			assert.Equal(t, string(want), got, "stderr:\n%s", stderr)
			assert.Equal(t, 0, code, "stderr:\n%s", stderr)
		})
	}
}

// Timeout bounds one program's run: past it the program is interrupted with TimeoutError, so
// a runtime bug that loops forever fails its test instead of hanging the suite.
const Timeout = 30 * time.Second

// Run runs one program and returns its stdout, stderr and exit status.
func Run(t *testing.T, prog string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	in, err := pylib.New(pylib.Options{Stdout: &stdout, Stderr: &stderr})
	require.NoError(t, err)
	defer in.Close()
	timer := time.AfterFunc(Timeout, func() {
		in.Interrupt(py.ExceptionNewf(py.TimeoutError, "test program still running after %v", Timeout))
	})
	defer timer.Stop()
	code := in.RunMain(prog)
	return stdout.String(), stderr.String(), code
}
