package pylib

import (
	"io"
	"os"

	"github.com/go-python/gpython/py"
)

// RunMain runs the program in file as __main__, as `python3 file` does, and returns its exit
// status: 0 on success, the code given to sys.exit, or 1 after printing an uncaught
// exception's traceback to sys.stderr.
func (in *Interp) RunMain(file string) int {
	if _, err := os.Stat(file); err != nil {
		_, _ = io.WriteString(in.stderr.w, "gowsgi: can't open file '"+file+"': "+err.Error()+"\n")
		return 2
	}
	_, err := in.ExecFile(file, "__main__")
	if err == nil {
		return 0
	}
	if code, ok := in.exitStatus(err); ok {
		return code
	}
	_, _ = io.WriteString(in.stderr.w, FormatException(err))
	return 1
}

// exitStatus returns the status a SystemExit asks for, printing a non-int argument as
// CPython does.
func (in *Interp) exitStatus(err error) (int, bool) {
	if !py.IsException(py.SystemExit, err) {
		return 0, false
	}
	var exc *py.Exception
	switch e := err.(type) {
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.Exception:
		exc = e
	}
	if exc == nil {
		return 0, true
	}
	args, _ := exc.Args.(py.Tuple)
	if len(args) == 0 || args[0] == py.None {
		return 0, true
	}
	if len(args) == 1 {
		if n, ok := args[0].(py.Int); ok {
			return int(n), true
		}
		if b, ok := args[0].(py.Bool); ok {
			if b {
				return 1, true
			}
			return 0, true
		}
	}
	msg := exceptionMessage(exc)
	_, _ = io.WriteString(in.stderr.w, msg+"\n")
	return 1, true
}

// sysExit is sys.exit([status]): it raises SystemExit (gpython's returns it instead).
func sysExit(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "exit expected at most 1 argument, got %d", len(args))
	}
	exc, err := py.ExceptionNew(py.SystemExit, args, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}
