package pylib

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConformance runs each testdata/*.py under our runtime and compares its standard output with
// CPython's, kept in testdata/*.out (regenerate with testdata/gen.sh). The programs exercise the
// engine's and the builtin types' promises in shapes web apps use.
func TestConformance(t *testing.T) {
	programs, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	known := readNameList(t, filepath.Join("testdata", "known_failures.txt"))
	for _, prog := range programs {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		t.Run(name, func(t *testing.T) {
			if known[name] {
				t.Skip("known failure, see testdata/known_failures.txt")
			}
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			require.NoError(t, err)
			src, err := os.ReadFile(prog)
			require.NoError(t, err)
			code, stdout, stderr := runProgram(t, string(src), nil)
			assert.Equal(t, string(want), stdout, "stderr:\n%s", stderr)
			assert.Equal(t, 0, code)
		})
	}
}

// readNameList reads names, one a line; '#' starts a comment.
func readNameList(t *testing.T, file string) map[string]bool {
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), "#")
		if name = strings.TrimSpace(name); name != "" {
			names[name] = true
		}
	}
	return names
}
