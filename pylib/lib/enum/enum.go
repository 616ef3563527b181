// Package enum is Python's `enum` module, written in Python (see enum.py) and embedded in the
// binary, with one Go helper.
//
//	Enum, IntEnum, StrEnum, Flag, IntFlag, auto(), unique(cls), EnumMeta (EnumType),
//	member access Color.RED, Color(1), Color['RED'], iteration in definition order, len,
//	`in`, .name, .value, repr <Color.RED: 1>, str Color.RED, _missing_, _generate_next_value_
//
// Members are listed in definition order, but the runtime keeps a class body's namespace in a
// Go map, which has no order. The helper _install_order_hook wraps the interpreter's
// __build_class__ so that a metaclass can ask for the names the class body being built
// assigns, in the order of first use (the body code's co_names).
package enum

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed enum.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "enum", FileDesc: "<frozen enum>"},
		Methods: []*py.Method{py.MustNewMethod("_install_order_hook", installOrderHook, 0, installOrderHookDoc)},
		CodeSrc: src,
	})
}

const installOrderHookDoc = `_install_order_hook() -> body_names

Wraps builtins.__build_class__ in this interpreter and returns body_names(), which gives the
co_names of the innermost class body whose class is being created.`

// installOrderHook keeps a stack, per interpreter, of the names of class bodies being built.
func installOrderHook(self py.Object, args py.Tuple) (py.Object, error) {
	mod, ok := self.(*py.Module)
	if !ok || mod.Context == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "_install_order_hook: no interpreter")
	}
	builtins := mod.Context.Store().Builtins.Globals
	orig, ok := builtins["__build_class__"]
	if !ok {
		return nil, py.ExceptionNewf(py.RuntimeError, "_install_order_hook: no __build_class__")
	}
	var stack [][]string
	wrapped := py.MustNewMethod("__build_class__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var names []string
		if len(args) > 0 {
			if fn, ok := args[0].(*py.Function); ok && fn.Code != nil {
				names = fn.Code.Names
			}
		}
		stack = append(stack, names)
		defer func() { stack = stack[:len(stack)-1] }()
		return py.Call(orig, args, kwargs)
	}, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class")
	builtins["__build_class__"] = wrapped
	return py.MustNewMethod("body_names", func(_ py.Object, _ py.Tuple) (py.Object, error) {
		if len(stack) == 0 {
			return py.None, nil
		}
		return py.NewListFromStrings(stack[len(stack)-1]), nil
	}, 0, "body_names() -> the co_names of the class body being built, or None"), nil
}
