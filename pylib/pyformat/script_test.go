package pyformat_test

import (
	"testing"

	"gowsgi/pylib/internal/scripttest"
)

// TestScripts compares testdata/*.py under the full runtime with CPython's output (.out).
func TestScripts(t *testing.T) { scripttest.RunScripts(t) }
