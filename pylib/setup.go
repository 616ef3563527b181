package pylib

import (
	"sync"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's builtins, sys and the other Go modules
	gpvm "github.com/go-python/gpython/vm"
)

var setupOnce sync.Once

// setup patches gpython's process-wide tables once, before any interpreter runs. It is the only
// place pylib writes global state, because gpython keeps types and registered modules global.
func setup() {
	setupOnce.Do(func() {})
}

// evalCode runs a module, class or exec body.
func evalCode(in *Interp, code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return gpvm.EvalCode(in, code, globals, locals, nil, nil, nil, nil, closure)
}

// installBuiltins puts pylib's builtins into an interpreter's builtins namespace.
func (in *Interp) installBuiltins(b py.StringDict) {
	b["__import__"] = py.MustNewMethod("__import__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var name, globals, locals, fromlist py.Object
		var level py.Object = py.Int(0)
		globals, locals, fromlist = py.None, py.None, py.Tuple{}
		err := py.ParseTupleAndKeywords(args, kwargs, "U|OOOi:__import__",
			[]string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level)
		if err != nil {
			return nil, err
		}
		g, _ := globals.(py.StringDict)
		var from py.Tuple
		if fromlist != py.None {
			if from, err = py.SequenceTuple(fromlist); err != nil {
				return nil, err
			}
		}
		return in.importModule(string(name.(py.String)), g, from, int(level.(py.Int)))
	}, 0, "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module")
}
