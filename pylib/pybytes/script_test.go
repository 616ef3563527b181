// End-to-end tests: Python programs under testdata run by the full runtime,
// compared with CPython's output. Regenerate an expected output with
//
//	cd pylib/pybytes && python3 testdata/bytearray.py > testdata/bytearray.out
package pybytes_test

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

func TestScripts(t *testing.T) {
	scripts, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	ran := 0
	for _, script := range scripts {
		want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
		if os.IsNotExist(err) {
			continue // a generator script, not a program
		}
		require.NoError(t, err)
		ran++
		t.Run(filepath.Base(script), func(t *testing.T) {
			var out bytes.Buffer
			in, err := pylib.New(pylib.Options{Stdout: &out, Stderr: &out})
			require.NoError(t, err)
			defer in.Close()
			_, err = in.ExecFile(script, "__main__")
			assert.NoError(t, err)
			assert.Equal(t, string(want), out.String())
		})
	}
	require.NotZero(t, ran)
}
