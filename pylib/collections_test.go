package pylib_test

import (
	"path/filepath"
	"testing"

	"gowsgi/pylib/internal/scripttest"
)

// TestCollections runs pylib/pycoll's testdata programs (dict, set and frozenset behaviour) under
// the full runtime and compares their output with CPython's (regenerate with
// pylib/pycoll/testdata/gen.sh).
func TestCollections(t *testing.T) { scripttest.RunDir(t, filepath.Join("pycoll", "testdata")) }
