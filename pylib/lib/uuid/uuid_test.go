package uuid_test

import (
	"testing"

	"gowsgi/pylib/internal/scripttest"
)

// TestScripts compares testdata/*.py under our runtime with CPython's output; names.py is
// the differential test of uuid3/uuid5 over many namespaces and names.
func TestScripts(t *testing.T) { scripttest.RunScripts(t) }
