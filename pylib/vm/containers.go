package vm

import (
	"github.com/go-python/gpython/py"
)

// Container constructors, installed once by the embedder (pylib wires pylib/pycoll's dict and
// set). When nil, the evaluator builds gpython's own py.StringDict and py.Set.
var (
	// NewDict returns an empty dict for a {k: v} display or comprehension, sized for n items.
	NewDict func(n int) py.Object
	// NewSet returns the set of a {a, b, c} display. constant reports that every item is a
	// constant expression, which CPython 3.11 folds into a frozenset first (this decides the
	// iteration order of the result).
	NewSet func(items []py.Object, constant bool) (py.Object, error)
	// KwargsDict returns the dict a function's **kwargs parameter receives.
	KwargsDict func(kw py.StringDict) py.Object
)

// stringDicter is a mapping that can convert itself for a call's **kwargs.
type stringDicter interface {
	StringDict() (py.StringDict, error)
}

// constantDisplay reports whether the n items that a BUILD_SET at instrs[at] collects are all
// constant expressions CPython's compiler would fold (literals, and unary, binary and tuple
// operations on them), by walking the instructions that pushed them backwards.
func constantDisplay(instrs []instr, at, n int) bool {
	need := n
	for i := at - 1; i >= 0 && need > 0; i-- {
		switch in := instrs[i]; in.op {
		case opLOAD_CONST:
			need--
		case opUNARY_POSITIVE, opUNARY_NEGATIVE, opUNARY_NOT, opUNARY_INVERT:
		case opBINARY_POWER, opBINARY_MULTIPLY, opBINARY_MODULO, opBINARY_ADD, opBINARY_SUBTRACT,
			opBINARY_FLOOR_DIVIDE, opBINARY_TRUE_DIVIDE, opBINARY_LSHIFT, opBINARY_RSHIFT,
			opBINARY_AND, opBINARY_XOR, opBINARY_OR:
			need++
		case opBUILD_TUPLE:
			need += int(in.arg) - 1
		default:
			return false
		}
	}
	return need == 0
}

// namespace is a dict that can serve as exec/eval globals or locals, which gpython frames need as
// a py.StringDict.
type namespace interface {
	stringDicter
	SetStr(key string, value py.Object)
	Delete(key py.Object) (py.Object, bool, error)
}

// namespaceOf returns o as a py.StringDict for exec/eval, and a function that copies what the
// code did to that py.StringDict back into o (new names in binding order). ok is false when o is
// not a dict.
func namespaceOf(o py.Object) (sd py.StringDict, sync func(), ok bool) {
	switch d := o.(type) {
	case py.StringDict:
		return d, func() {}, true
	case namespace:
		sd, err := d.StringDict()
		if err != nil {
			return nil, nil, false
		}
		before := make(map[string]bool, len(sd))
		for k := range sd {
			before[k] = true
		}
		recordOrder(sd, o)
		return sd, func() { syncNamespace(d, sd, before) }, true
	}
	return nil, nil, false
}

func syncNamespace(d namespace, sd py.StringDict, before map[string]bool) {
	for k := range before {
		if _, ok := sd[k]; !ok {
			_, _, _ = d.Delete(py.String(k)) // a str key cannot fail to hash
		}
	}
	keys := NSKeys(sd)
	// keys[:same] are the names d already holds in the same order; the names of d from there on
	// were re-bound out of order, so they move to where the code bound them.
	same := 0
	if od, ok := d.(orderedKeys); ok {
		for _, k := range od.Keys() {
			if same < len(keys) && k == py.String(keys[same]) {
				same++
				continue
			}
			break
		}
	}
	for _, k := range keys[same:] {
		if before[k] {
			_, _, _ = d.Delete(py.String(k))
		}
	}
	for _, k := range keys {
		d.SetStr(k, sd[k])
	}
}
