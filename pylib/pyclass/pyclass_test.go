package pyclass

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib"
)

// caretLine matches the ~~~^^^ lines CPython 3.11 adds under a traceback's source line, which
// pylib does not print.
var caretLine = regexp.MustCompile(`(?m)^ *[~^]+ *\n`)

// TestPrograms runs every testdata/*.py as __main__ and compares its stdout with NAME.out and
// its stderr (the traceback of an uncaught exception) with NAME.err, both made by python3.
func TestPrograms(t *testing.T) {
	scripts, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		script := script
		t.Run(filepath.Base(script), func(t *testing.T) {
			base := strings.TrimSuffix(script, ".py")
			wantOut, err := os.ReadFile(base + ".out")
			require.NoError(t, err)
			wantErr, err := os.ReadFile(base + ".err")
			require.NoError(t, err)
			var stdout, stderr bytes.Buffer
			in, err := pylib.New(pylib.Options{Stdout: &stdout, Stderr: &stderr})
			require.NoError(t, err)
			defer in.Close()
			// Run from testdata so that tracebacks name the file as python3 saw it.
			wd, err := os.Getwd()
			require.NoError(t, err)
			require.NoError(t, os.Chdir("testdata"))
			defer func() { require.NoError(t, os.Chdir(wd)) }()
			status := in.RunMain(filepath.Base(script))
			assert.Equal(t, string(wantOut), stdout.String())
			assert.Equal(t, caretLine.ReplaceAllString(string(wantErr), ""), stderr.String())
			if len(wantErr) == 0 {
				assert.Equal(t, 0, status)
			} else {
				assert.Equal(t, 1, status)
			}
		})
	}
}
