package compiler

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// Hooks to the real formatting implementation, wired by the embedder. When nil, Str and Repr
// fall back to gpython's py.Str and py.Repr, Ascii to an escaped py.Repr, and FormatValue to
// str() for an empty spec and NotImplementedError otherwise.
var (
	// FormatValue implements format(value, spec).
	FormatValue func(value py.Object, spec string) (py.Object, error)
	// Repr, Ascii and Str implement repr(), ascii() and str() for the !r, !a and !s conversions.
	Repr, Ascii, Str func(py.Object) (py.Object, error)
	// SetDisplay builds the set of a {a, *b} display from its flattened items.
	SetDisplay func(items []py.Object) (py.Object, error)
	// DictDisplay builds the dict of a {**a, 'k': v} display from (key, value) pairs and starred
	// mappings, which star unwraps.
	DictDisplay func(items []py.Object, star func(py.Object) (py.Object, bool)) (py.Object, error)
)

// Builtins returns the reserved builtins that lowered code calls, to be added to a context's
// builtins module:
//
//	__gowsgi_id__(x) -> x
//	__gowsgi_await__(x) -> iterator                  # await x: (yield from __gowsgi_await__(x))
//	__gowsgi_walrus__(value, lambda: name) -> value   # name := value
//	__gowsgi_keep__(lambda: name), __gowsgi_unset__(lambda: name)  # bind name as a local, unchanged
//	__gowsgi_deco__(x), __gowsgi_defs__(x), __gowsgi_kwdefs__(x) -> x  # markers of decorated defs
//	__gowsgi_fmt__(value, conversion, spec) -> str   # one f-string field; conversion '', 'r', 's' or 'a'
//	__gowsgi_matmul__                                  # a @ b is a * __gowsgi_matmul__ * b (vm/matmul.go)
//	__gowsgi_imatmul__(b) -> marker                    # a @= b is a *= __gowsgi_imatmul__(b)
//	__gowsgi_star__(x) -> marker                       # *x or **x inside the displays below
//	__gowsgi_list__(*items) -> list                    # [a, *b]
//	__gowsgi_tuple__(*items) -> tuple                  # (a, *b), and *args of f(*a, *b)
//	__gowsgi_set__(*items) -> set                      # {a, *b}
//	__gowsgi_dict__(*items) -> dict                    # {**a, 'k': v}: ('k', v) pairs and markers
func Builtins() map[string]py.Object {
	return map[string]py.Object{
		idBuiltin:     py.MustNewMethod(idBuiltin, builtinID, 0, "__gowsgi_id__(x) -> x\n\nReturn x (lets any expression be a decorator)."),
		decoMark:      py.MustNewMethod(decoMark, builtinID, 0, "__gowsgi_deco__(x) -> x\n\nReturn x (marks the first decorator of a def for the compiler)."),
		defsMark:      py.MustNewMethod(defsMark, builtinID, 0, "__gowsgi_defs__(x) -> x\n\nReturn x (marks the first default or annotation of a def)."),
		kwdefsMark:    py.MustNewMethod(kwdefsMark, builtinID, 0, "__gowsgi_kwdefs__(x) -> x\n\nReturn x (marks the first keyword-only default of a def)."),
		awaitBuiltin:  py.MustNewMethod(awaitBuiltin, builtinAwait, 0, "__gowsgi_await__(x) -> iterator\n\nThe iterator 'await x' delegates to: x.__await__(), or x itself if it is a coroutine."),
		walrusBuiltin: py.MustNewMethod(walrusBuiltin, builtinWalrus, 0, "__gowsgi_walrus__(value, lambda: name) -> value\n\nBind name to value (name := value)."),
		keepBuiltin:   py.MustNewMethod(keepBuiltin, builtinKeep, 0, "__gowsgi_keep__(lambda: name) -> value\n\nThe value of name, or a marker if it is unbound."),
		unsetBuiltin:  py.MustNewMethod(unsetBuiltin, builtinUnset, 0, "__gowsgi_unset__(lambda: name)\n\nUnbind name if it holds the marker of __gowsgi_keep__."),
		fmtBuiltin:    py.MustNewMethod(fmtBuiltin, builtinFmt, 0, "__gowsgi_fmt__(value, conversion, spec) -> str\n\nFormat one f-string replacement field."),
		matmulBuiltin: vm.MatmulMarker,
		imatmulBuiltin: py.MustNewMethod(imatmulBuiltin, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 argument", imatmulBuiltin)
			}
			return vm.InplaceMatmulOperand(args[0]), nil
		}, 0, "__gowsgi_imatmul__(b)\n\nThe right operand of a @= b, lowered to a *= __gowsgi_imatmul__(b)."),
		starBuiltin: py.MustNewMethod(starBuiltin, builtinStar, 0, "__gowsgi_star__(x)\n\nMark x for unpacking by the display builtins."),
		listBuiltin: py.MustNewMethod(listBuiltin, func(self py.Object, args py.Tuple) (py.Object, error) {
			items, err := flatten(args)
			return py.NewListFromItems(items), err
		}, 0, "__gowsgi_list__(*items) -> list\n\n[a, *b] display."),
		tupleBuiltin: py.MustNewMethod(tupleBuiltin, func(self py.Object, args py.Tuple) (py.Object, error) {
			items, err := flatten(args)
			return py.Tuple(items), err
		}, 0, "__gowsgi_tuple__(*items) -> tuple\n\n(a, *b) display."),
		setBuiltin: py.MustNewMethod(setBuiltin, func(self py.Object, args py.Tuple) (py.Object, error) {
			items, err := flatten(args)
			if err == nil && SetDisplay != nil {
				return SetDisplay(items)
			}
			return py.NewSetFromItems(items), err
		}, 0, "__gowsgi_set__(*items) -> set\n\n{a, *b} display."),
		dictBuiltin: py.MustNewMethod(dictBuiltin, builtinDict, 0, "__gowsgi_dict__(*items) -> dict\n\n{**a, 'k': v} display: (key, value) pairs and starred mappings."),
	}
}

// starType is the type of the marker __gowsgi_star__ wraps an unpacked operand in.
var starType = py.NewType("__gowsgi_star__", "marker for an unpacked operand")

type starred struct{ obj py.Object }

func (s *starred) Type() *py.Type { return starType }

func builtinStar(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", starBuiltin, len(args))
	}
	return &starred{args[0]}, nil
}

// flatten returns the items of a display: plain arguments as they are, starred ones iterated.
func flatten(args py.Tuple) ([]py.Object, error) {
	var out []py.Object
	for _, a := range args {
		s, ok := a.(*starred)
		if !ok {
			out = append(out, a)
			continue
		}
		if _, err := py.Iter(s.obj); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "Value after * must be an iterable, not %s", s.obj.Type().Name)
		}
		err := py.Iterate(s.obj, func(item py.Object) bool {
			out = append(out, item)
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// builtinDict builds a dict from (key, value) pairs and starred mappings, later keys winning.
func builtinDict(self py.Object, args py.Tuple) (py.Object, error) {
	if DictDisplay != nil {
		return DictDisplay(args, func(o py.Object) (py.Object, bool) {
			s, ok := o.(*starred)
			if !ok {
				return nil, false
			}
			return s.obj, true
		})
	}
	d := py.NewStringDict()
	for _, a := range args {
		if s, ok := a.(*starred); ok {
			if err := mergeMapping(d, s.obj); err != nil {
				return nil, err
			}
			continue
		}
		pair, ok := a.(py.Tuple)
		if !ok || len(pair) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "%s(): expected a (key, value) pair", dictBuiltin)
		}
		if _, err := d.M__setitem__(pair[0], pair[1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// mergeMapping copies the items of a mapping (anything with keys() and [key]) into d.
func mergeMapping(d py.StringDict, m py.Object) error {
	if src, ok := m.(py.StringDict); ok {
		for k, v := range src {
			d[k] = v
		}
		return nil
	}
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	var ierr error
	err = py.Iterate(keys, func(k py.Object) bool {
		var v py.Object
		if v, ierr = py.GetItem(m, k); ierr == nil {
			_, ierr = d.M__setitem__(k, v)
		}
		return ierr != nil
	})
	if err != nil {
		return err
	}
	return ierr
}

func builtinID(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", idBuiltin, len(args))
	}
	return args[0], nil
}

func builtinFmt(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly 3 arguments (%d given)", fmtBuiltin, len(args))
	}
	conv, ok1 := args[1].(py.String)
	spec, ok2 := args[2].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "%s(): conversion and spec must be str", fmtBuiltin)
	}
	return formatField(args[0], string(conv), string(spec))
}

// formatField converts value as "!conv" asks, then formats it with spec, like an f-string.
func formatField(value py.Object, conv, spec string) (py.Object, error) {
	var err error
	switch conv {
	case "r":
		value, err = callHook(Repr, py.Repr, value)
	case "s":
		value, err = callHook(Str, py.Str, value)
	case "a":
		value, err = callHook(Ascii, asciiRepr, value)
	case "":
	default:
		return nil, py.ExceptionNewf(py.ValueError, "unknown conversion %q", conv)
	}
	if err != nil {
		return nil, err
	}
	if FormatValue != nil {
		return FormatValue(value, spec)
	}
	if spec != "" {
		return nil, py.ExceptionNewf(py.NotImplementedError, "format spec %q: no formatter installed (compiler.FormatValue is nil)", spec)
	}
	if s, ok := value.(py.String); ok {
		return s, nil
	}
	return callHook(Str, py.Str, value)
}

func callHook(hook, fallback func(py.Object) (py.Object, error), v py.Object) (py.Object, error) {
	if hook != nil {
		return hook(v)
	}
	return fallback(v)
}

// asciiRepr is repr() with non-ASCII characters escaped, as ascii() does.
func asciiRepr(v py.Object) (py.Object, error) {
	r, err := callHook(Repr, py.Repr, v)
	if err != nil {
		return nil, err
	}
	s, ok := r.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	var b strings.Builder
	for _, c := range string(s) {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return py.String(b.String()), nil
}
