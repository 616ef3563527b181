package string_test

import (
	"testing"

	"gowsgi/pylib/internal/scripttest"
)

// TestScripts compares testdata/*.py under our runtime with CPython's output.
func TestScripts(t *testing.T) { scripttest.RunScripts(t) }
