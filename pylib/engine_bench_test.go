package pylib

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	gpvm "github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/require"

	"gowsgi/pylib/vm"
)

// BenchmarkEngine runs bench() of each bench/engine/*.py under our evaluator ("gowsgi") and
// under gpython's own VM ("gpython"); bench/engine.sh adds python3 and prints the ratios.
func BenchmarkEngine(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "bench", "engine", "*.py"))
	require.NoError(b, err)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		for _, engine := range []string{"gowsgi", "gpython"} {
			b.Run(name+"/"+engine, func(b *testing.B) {
				in, err := New(Options{Stdout: io.Discard, Stderr: os.Stderr})
				require.NoError(b, err)
				defer in.Close()
				mod, err := in.ExecFile(file, name)
				require.NoError(b, err)
				fn := mod.Globals["bench"]
				if engine == "gpython" {
					// gpython's VM calls functions through these hooks: point them back at it.
					py.VmEvalCode, py.VmRunFrame = gpvm.EvalCode, gpvm.RunFrame
					defer vm.Install()
				}
				if _, err := in.Call(fn, nil, nil); err != nil {
					b.Skipf("%s cannot run %s: %v", engine, name, err)
				}
				b.ReportAllocs()
				b.ResetTimer()
				for range b.N {
					if _, err := in.Call(fn, nil, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
