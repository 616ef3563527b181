package re_test

import (
	"testing"

	"gowsgi/pylib/internal/scripttest"
)

// TestScripts runs testdata/*.py and compares the output with CPython's.
func TestScripts(t *testing.T) { scripttest.RunScripts(t) }
