package uuid_test

import (
	"testing"

	"gowsgi/pylib/lib/internal/libtest"
)

// TestScripts compares testdata/*.py under our runtime with CPython's output; names.py is
// the differential test of uuid3/uuid5 over many namespaces and names.
func TestScripts(t *testing.T) { libtest.RunScripts(t) }
