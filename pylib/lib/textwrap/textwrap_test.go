package textwrap_test

import (
	"testing"

	"gowsgi/pylib/lib/internal/libtest"
)

// TestScripts compares testdata/*.py under our runtime with CPython's output.
func TestScripts(t *testing.T) { libtest.RunScripts(t) }
