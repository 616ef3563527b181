package vm

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// callObject calls any callable. Python functions and methods bound to them run directly in
// this package (no argument tuple, no locals dict); instances of Python classes are called
// through __call__; everything else through gpython.
func callObject(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch f := fn.(type) {
	case *py.Type:
		if f.Mro != nil && (isHeapClass(f) || f == py.TypeType) {
			return callClass(f, args, kwargs)
		}
	case *py.Function:
		t, err := threadOf(f.Context)
		if err != nil {
			return nil, err
		}
		return t.callFunction(f, nil, args, kwargs)
	case *py.BoundMethod:
		if pf, ok := f.Method.(*py.Function); ok {
			t, err := threadOf(pf.Context)
			if err != nil {
				return nil, err
			}
			return t.callFunction(pf, f.Self, args, kwargs)
		}
	case *Instance:
		// A subclass of a builtin type is callable only through a __call__ it defines.
		m := lookupPython(f.cls, "__call__")
		if m == nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", f.cls.Name)
		}
		return callMethodOf(m, f, f.cls, args, kwargs)
	}
	if c := instanceClass(fn); c != nil {
		m := c.Lookup("__call__")
		if m == nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", c.Name)
		}
		if pf, ok := m.(*py.Function); ok {
			t, err := threadOf(pf.Context)
			if err != nil {
				return nil, err
			}
			return t.callFunction(pf, fn, args, kwargs)
		}
		bound, err := GetAttr(fn, "__call__")
		if err != nil {
			return nil, err
		}
		return callObject(bound, args, kwargs)
	}
	if _, ok := fn.(py.I__call__); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", fn.Type().Name)
	}
	return py.Call(fn, args, kwargs)
}

// callFunction runs a Python function with self (when not nil) before args.
func (t *Thread) callFunction(fn *py.Function, self py.Object, args []py.Object, kwargs py.StringDict) (py.Object, error) {
	p, err := t.program(fn.Code)
	if err != nil {
		return nil, err
	}
	f := t.newFrame(fn.Context, fn.Globals, nil, p, fn.Closure)
	name := fn.Qualname
	if name == "" {
		name = fn.Name
	}
	if err := bindArgs(f, p, name, self, args, kwargs, fn.Defaults, fn.KwDefaults); err != nil {
		return nil, err
	}
	if p.generator {
		return newGenerator(t, f, p), nil
	}
	res, err := t.execute(f, p, nil)
	t.releaseFrame(f, err)
	return res, err
}

// newFrame makes a frame for p with locals, cells, frees and the value stack in one allocation.
func (t *Thread) newFrame(ctx py.Context, globals, locals py.StringDict, p *program, closure py.Tuple) *py.Frame {
	code := p.code
	nfree := len(code.Freevars)
	n := p.nlocals + p.ncells + nfree
	size := n + int(code.Stacksize) + stackSlack + p.extraStack
	var f *py.Frame
	var mem []py.Object
	var blocks []py.TryBlock
	if k := len(t.frames); k > 0 && !p.generator {
		fr := t.frames[k-1]
		t.frames = t.frames[:k-1]
		f, mem = fr.frame, fr.mem
		if cap(mem) < size {
			mem = make([]py.Object, size)
		}
		mem = mem[:size]
		blocks = f.Blockstack[:0]
	} else {
		f = new(py.Frame)
		mem = make([]py.Object, size)
	}
	*f = py.Frame{
		Context:         ctx,
		Code:            code,
		Builtins:        t.builtinsOf(ctx),
		Globals:         globals,
		Locals:          locals,
		LocalVars:       mem[:p.nlocals:p.nlocals],
		CellAndFreeVars: mem[p.nlocals:n:n],
		Localsplus:      mem[:n], // full capacity: releaseFrame recovers the allocation from it
		Stack:           mem[n:n:size],
		Blockstack:      blocks,
	}
	copy(mem[p.nlocals+p.ncells:n], closure)
	return f
}

// reusableFrame is a finished frame kept for the next call, with its whole allocation.
type reusableFrame struct {
	frame *py.Frame
	mem   []py.Object
}

// tracedFrame marks, in the otherwise unused Frame.Block field, a frame that a traceback
// refers to, so that it is never reused.
var tracedFrame py.TryBlock

// maxFreeFrames bounds the frames a Thread keeps for reuse.
const maxFreeFrames = 64

// releaseFrame keeps a finished function frame for reuse. Frames an exception passed through
// are not reused, since its traceback refers to them; nothing else keeps a plain function's
// frame (generators, which do, never come here).
func (t *Thread) releaseFrame(f *py.Frame, err error) {
	if err != nil || f.Yielded || len(t.frames) >= maxFreeFrames || f.Block == &tracedFrame {
		return
	}
	mem := f.Localsplus[:cap(f.Localsplus)]
	clear(mem)
	t.frames = append(t.frames, reusableFrame{frame: f, mem: mem})
}

// stackSlack is extra value-stack room beyond the compiler's estimate.
const stackSlack = 4

// bindArgs stores the call's arguments in the frame's locals and creates its cells, with
// CPython's rules and error messages.
func bindArgs(f *py.Frame, p *program, name string, self py.Object, args []py.Object, kwargs py.StringDict, defs []py.Object, kwdefs py.StringDict) error {
	code := p.code
	fast := f.LocalVars
	argcount := int(code.Argcount)
	total := argcount + int(code.Kwonlyargcount)
	nargs := len(args)
	if self != nil {
		nargs++
	}
	// Positional arguments.
	n := nargs
	if n > argcount {
		n = argcount
	}
	i := 0
	if self != nil && n > 0 {
		fast[0] = self
		i = 1
	}
	for ; i < n; i++ {
		fast[i] = args[i-(nargs-len(args))]
	}
	extra := total
	if code.Flags&py.CO_VARARGS != 0 {
		var rest py.Tuple
		if nargs > argcount {
			rest = make(py.Tuple, nargs-argcount)
			for j := range rest {
				k := argcount + j - (nargs - len(args))
				if k < 0 {
					rest[j] = self
				} else {
					rest[j] = args[k]
				}
			}
		} else {
			rest = py.Tuple{}
		}
		fast[extra] = rest
		extra++
	}
	var kwdict py.StringDict
	if code.Flags&py.CO_VARKEYWORDS != 0 {
		kwdict = py.NewStringDict()
		fast[extra] = kwdict
	}
	// Keyword arguments, in call order (which decides the order of **kwargs and which error
	// comes first).
	var kwOrder []string
	if len(kwargs) > 0 {
		for _, key := range KeywordOrder(kwargs) {
			value := kwargs[key]
			j := indexOf(code.Varnames[:total], key)
			if j < 0 {
				if kwdict == nil {
					return unexpectedKeyword(name, code, key, kwargs)
				}
				kwdict[key] = value
				kwOrder = append(kwOrder, key)
				continue
			}
			if fast[j] != nil {
				return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", name, key)
			}
			fast[j] = value
		}
	}
	if nargs > argcount && code.Flags&py.CO_VARARGS == 0 {
		return tooManyPositional(name, code, nargs, len(defs), fast)
	}
	// Defaults for missing positional arguments.
	if nargs < argcount {
		m := argcount - len(defs)
		var missing []string
		for j := nargs; j < m; j++ {
			if fast[j] == nil {
				missing = append(missing, varName(code, j))
			}
		}
		if len(missing) > 0 {
			return missingArgs(name, "positional", missing)
		}
		for j := m; j < argcount; j++ {
			if j >= nargs && fast[j] == nil {
				fast[j] = defs[j-m]
			}
		}
	}
	// Keyword-only arguments.
	if total > argcount {
		var missing []string
		for j := argcount; j < total; j++ {
			if fast[j] != nil {
				continue
			}
			if v, ok := kwdefs[code.Varnames[j]]; ok {
				fast[j] = v
				continue
			}
			missing = append(missing, code.Varnames[j])
		}
		if len(missing) > 0 {
			return missingArgs(name, "keyword-only", missing)
		}
	}
	if kwdict != nil && KwargsDict != nil {
		fast[extra], _ = withKeywordOrder(kwdict, kwOrder, func() (py.Object, error) { return KwargsDict(kwdict), nil })
	}
	// Cells, some of which start with an argument's value.
	cells := f.CellAndFreeVars
	for c := 0; c < p.ncells; c++ {
		var v py.Object
		if a := p.cell2arg[c]; a >= 0 {
			v = fast[a]
		}
		cells[c] = py.NewCell(v)
	}
	return nil
}

// posonlySuffix ends the co_varnames entry of a positional-only parameter (pylib/compiler
// renames them so that keywords do not bind them).
const posonlySuffix = "/"

// varName returns the name of local i as Python shows it.
func varName(code *py.Code, i int) string {
	return strings.TrimSuffix(code.Varnames[i], posonlySuffix)
}

// unexpectedKeyword is the error for a keyword argument key that names no parameter of a
// function without **kwargs: CPython first reports every positional-only parameter passed by
// keyword, in parameter order.
func unexpectedKeyword(name string, code *py.Code, key string, kwargs py.StringDict) error {
	var posonly []string
	for j := 0; j < int(code.Argcount); j++ {
		v := code.Varnames[j]
		if !strings.HasSuffix(v, posonlySuffix) {
			break
		}
		if _, ok := kwargs[v[:len(v)-len(posonlySuffix)]]; ok {
			posonly = append(posonly, v[:len(v)-len(posonlySuffix)])
		}
	}
	if len(posonly) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posonly, ", "))
	}
	return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, key)
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func tooManyPositional(name string, code *py.Code, given, ndefs int, fast []py.Object) error {
	argcount := int(code.Argcount)
	kwonly := 0
	for j := argcount; j < argcount+int(code.Kwonlyargcount); j++ {
		if fast[j] != nil {
			kwonly++
		}
	}
	var sig string
	pl := plural(argcount)
	if ndefs > 0 {
		sig = "from " + itoa(argcount-ndefs) + " to " + itoa(argcount)
		pl = "s"
	} else {
		sig = itoa(argcount)
	}
	kwsig := ""
	if kwonly > 0 {
		kwsig = " positional argument" + plural(given) + " (and " + itoa(kwonly) + " keyword-only argument" + plural(kwonly) + ")"
	}
	verb := "were"
	if given == 1 && kwonly == 0 {
		verb = "was"
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s positional argument%s but %d%s %s given", name, sig, pl, given, kwsig, verb)
}

func missingArgs(name, kind string, missing []string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return py.ExceptionNewf(py.TypeError, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, plural(len(missing)), list)
}

func itoa(n int) string { return strconv.Itoa(n) }
