package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The test binary doubles as gowsgi: with GOWSGI_TEST_MAIN=1 it runs main() on its arguments,
// so each program runs in a process of its own and no program can take the test down.
func TestMain(m *testing.M) {
	if os.Getenv("GOWSGI_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// gowsgiCmd returns a command running `gowsgi args...` in dir.
func gowsgiCmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWSGI_TEST_MAIN=1")
	return cmd
}

// knownFailures reads testdata/pyconform_known_failures.txt: program names (a '#' starts the
// reason), each one a program that does not yet print CPython's output. docs/ENGINE.md says why.
func knownFailures(t *testing.T) map[string]bool {
	f, err := os.Open(filepath.Join("testdata", "pyconform_known_failures.txt"))
	require.NoError(t, err)
	defer f.Close()
	known := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), "#")
		if name = strings.TrimSpace(name); name != "" {
			known[name] = true
		}
	}
	return known
}

// TestPyconform runs every program of ../shared/pyconform with `gowsgi run` and compares its
// standard output with CPython 3.11's, byte for byte.
func TestPyconform(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "pyconform"))
	require.NoError(t, err)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no pyconform folder at %s (it sits beside the repository)", dir)
	}
	programs, err := filepath.Glob(filepath.Join(dir, "programs", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	sort.Strings(programs)
	known := knownFailures(t)
	var mu sync.Mutex
	var passed, fixed []string
	t.Cleanup(func() {
		t.Logf("pyconform: %d of %d programs identical to CPython", len(passed), len(programs))
		if len(fixed) > 0 {
			t.Logf("now identical, remove from testdata/pyconform_known_failures.txt: %s", strings.Join(fixed, " "))
		}
	})
	for _, prog := range programs {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(filepath.Join(dir, "expected", name+".out"))
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := gowsgiCmd(ctx, filepath.Dir(prog), "run", filepath.Base(prog))
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			_ = cmd.Run() // a program may exit non-zero on purpose; only its output is compared
			same := bytes.Equal(stdout.Bytes(), want)
			mu.Lock()
			if same {
				passed = append(passed, name)
				if known[name] {
					fixed = append(fixed, name)
				}
			}
			mu.Unlock()
			if !same && !known[name] {
				assert.Equal(t, string(want), stdout.String(), "%s differs from CPython (stderr: %s)", name, lastLines(stderr.String(), 5))
			}
		})
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
