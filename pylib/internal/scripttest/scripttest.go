// Package scripttest runs Python programs under the full runtime and compares their output with
// CPython's, kept beside each program in a .out file (each testdata folder has a gen.sh that
// regenerates them with python3). A .py without a .out (a case generator) is not run.
package scripttest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib"
)

// Timeout bounds one program's run: past it the program is interrupted with TimeoutError, so
// a runtime bug that loops forever fails its test instead of hanging the suite.
const Timeout = 30 * time.Second

// RunScripts runs every program in the calling package's testdata folder as a subtest.
func RunScripts(t *testing.T) { RunDir(t, "testdata") }

// RunDir runs every program in dir that has an expected .out as a subtest: its standard output
// must equal the .out and it must exit 0.
func RunDir(t *testing.T, dir string) {
	t.Helper()
	programs, err := filepath.Glob(filepath.Join(dir, "*.py"))
	require.NoError(t, err)
	ran := 0
	for _, prog := range programs {
		want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
		if os.IsNotExist(err) {
			continue
		}
		require.NoError(t, err)
		ran++
		t.Run(strings.TrimSuffix(filepath.Base(prog), ".py"), func(t *testing.T) {
			got, stderr, code := Run(t, prog)
			assert.Equal(t, string(want), got, "stderr:\n%s", stderr)
			assert.Equal(t, 0, code, "stderr:\n%s", stderr)
		})
	}
	require.NotZero(t, ran, "no program with a .out in %s", dir)
}

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
