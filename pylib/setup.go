package pylib

import (
	"sync"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's builtins, sys and the other Go modules

	"gowsgi/pylib/builtins"
	"gowsgi/pylib/compiler"
	"gowsgi/pylib/pybytes"
	"gowsgi/pylib/pycoll"
	"gowsgi/pylib/pyformat"
	"gowsgi/pylib/pystr"
	"gowsgi/pylib/vm"
)

var setupOnce sync.Once

// setup patches gpython's process-wide tables once, before any interpreter runs. It is the only
// place pylib writes global state, because gpython keeps types, hooks and registered modules
// global; after it, interpreters share nothing mutable.
func setup() {
	setupOnce.Do(func() {
		vm.Install()
		vm.InstallClasses()
		vm.Repr = stringResult(pyformat.Repr)
		vm.Str = stringResult(pyformat.Str)
		pyformat.ExceptionStr, pyformat.ExceptionRepr = vm.ExceptionMessage, vm.ExceptionRepr
		py.Compile = compiler.Compile
		compiler.FormatValue = pyformat.Format
		compiler.Repr = stringResult(pyformat.Repr)
		compiler.Str = stringResult(pyformat.Str)
		compiler.Ascii = func(o py.Object) (py.Object, error) {
			return py.Call(pyformat.Builtins()["ascii"], py.Tuple{o}, nil)
		}
		vm.FormatPercent = pyformat.Percent
		pystr.Install()
		pybytes.Install()
		vm.BuiltinGetItem = pybytes.GetItem
		pyformat.Install()
		pycoll.Install()
		compiler.SetDisplay = func(items []py.Object) (py.Object, error) { return pycoll.NewSetFromItems(items) }
		compiler.DictDisplay = pycoll.DictFromPairs
		py.BoolType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var x py.Object = py.False
			if err := py.UnpackTuple(args, kwargs, "bool", 0, 1, &x); err != nil {
				return nil, err
			}
			v, err := vm.Truth(x)
			return py.NewBool(v), err
		}
		builtins.Install()
	})
}

func stringResult(f func(py.Object) (string, error)) func(py.Object) (py.Object, error) {
	return func(o py.Object) (py.Object, error) {
		s, err := f(o)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}
}

// evalCode runs a module, class or exec body with pylib's evaluator.
func evalCode(in *Interp, code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return vm.EvalCode(in, code, globals, locals, nil, nil, nil, nil, closure)
}

// installBuiltins puts pylib's builtins into an interpreter's builtins namespace.
func (in *Interp) installBuiltins(mod *py.Module) {
	b := mod.Globals
	pyformat.AddBuiltins(mod)
	for name, obj := range compiler.Builtins() {
		b[name] = obj
	}
	for name, obj := range pycoll.Builtins() {
		b[name] = obj
	}
	b["RecursionError"] = vm.RecursionError
	b["bytearray"] = pybytes.ByteArrayType
	for name, obj := range vm.ClassBuiltins() { // class machinery: __build_class__, super, property, isinstance, issubclass
		b[name] = obj
	}
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
	builtins.AddBuiltins(mod)
}

// installSys adds what gpython's sys module lacks or gets wrong.
func (in *Interp) installSys(sys *py.Module) {
	g := sys.Globals
	in.installSysExtra(sys)
	g["exit"] = py.MustNewMethod("exit", sysExit, 0, "exit([status]) -> raise SystemExit(status)")
	g["exc_info"] = py.MustNewMethod("exc_info", func(self py.Object) (py.Object, error) {
		t, v, tb := in.thread.ExcInfo()
		return py.Tuple{t, v, tb}, nil
	}, 0, "exc_info() -> (type, value, traceback) of the exception being handled")
	g["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(self py.Object) (py.Object, error) {
		return py.Int(in.thread.RecursionLimit()), nil
	}, 0, "getrecursionlimit() -> int")
	g["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(self, n py.Object) (py.Object, error) {
		i, ok := n.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", n.Type().Name)
		}
		return py.None, in.thread.SetRecursionLimit(int(i))
	}, 0, "setrecursionlimit(n) -> None")
}
