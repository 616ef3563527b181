// Package coretest runs the testdata programs of the language-support modules (abc,
// collections, contextlib, copy, dataclasses, enum, functools, io, itertools, operator,
// posixpath, types, typing) under the full runtime and compares their output with CPython's.
package coretest

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib"
)

var modules = []string{"abc", "collections", "contextlib", "copy", "dataclasses", "enum",
	"functools", "io", "itertools", "operator", "posixpath", "types", "typing"}

// TestModules runs each ../MODULE/testdata/*.py and compares its standard output with the .out
// file beside it (regenerate with gen.sh). Programs named in known_failures.txt wait for
// evaluator features and are skipped.
func TestModules(t *testing.T) {
	known := readKnown(t)
	for _, mod := range modules {
		programs, err := filepath.Glob(filepath.Join("..", mod, "testdata", "*.py"))
		require.NoError(t, err)
		require.NotEmpty(t, programs, mod)
		for _, prog := range programs {
			name := strings.TrimSuffix(filepath.Base(prog), ".py")
			t.Run(mod+"/"+name, func(t *testing.T) {
				if known[name] {
					t.Skip("known failure, see known_failures.txt")
				}
				want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
				require.NoError(t, err)
				var stdout, stderr bytes.Buffer
				in, err := pylib.New(pylib.Options{Stdout: &stdout, Stderr: &stderr})
				require.NoError(t, err)
				defer in.Close()
				code := runIn(t, in, prog)
				assert.Equal(t, string(want), stdout.String(), "stderr:\n%s", stderr.String())
				assert.Equal(t, 0, code, "stderr:\n%s", stderr.String())
			})
		}
	}
}

// runIn runs prog from its own folder, as gen.sh runs it under python3, so that relative
// paths and __file__ agree.
func runIn(t *testing.T, in *pylib.Interp, prog string) int {
	abs, err := filepath.Abs(prog)
	require.NoError(t, err)
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(filepath.Dir(abs)))
	defer func() { require.NoError(t, os.Chdir(wd)) }()
	return in.RunMain(filepath.Base(abs))
}

func readKnown(t *testing.T) map[string]bool {
	f, err := os.Open("known_failures.txt")
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
