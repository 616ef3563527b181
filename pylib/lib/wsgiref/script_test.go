package wsgiref_test

import (
	"testing"

	"gowsgi/pylib/lib/internal/libtest"
)

// TestScripts runs testdata/*.py and compares the output with CPython's.
func TestScripts(t *testing.T) { libtest.RunScripts(t) }
