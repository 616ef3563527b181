package vm

import (
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) {
	Install()
	os.Exit(m.Run())
}

// testCtx wraps gpython's stdlib context: it supplies the Thread, runs module and class bodies
// through EvalCode, and captures print() output.
type testCtx struct {
	py.Context
	thread *Thread
	out    strings.Builder
}

func (c *testCtx) VMThread() *Thread { return c.thread }

func (c *testCtx) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return EvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}

// newTestCtx makes a context whose builtins print into c.out and offer helpers for tests:
// exc_info_name() (the type name of Thread.ExcInfo's exception, or "None") and gopanic(),
// which panics in Go.
func newTestCtx(t testing.TB) *testCtx {
	inner := py.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { inner.Close() })
	c := &testCtx{Context: inner, thread: NewThread()}
	b := inner.Store().Builtins.Globals
	b["print"] = py.MustNewMethod("print", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		end := "\n"
		if e, ok := kwargs["end"].(py.String); ok {
			end = string(e)
		}
		for i, a := range args {
			if i > 0 {
				c.out.WriteString(" ")
			}
			s, err := strOf(a)
			if err != nil {
				return nil, err
			}
			c.out.WriteString(s)
		}
		c.out.WriteString(end)
		return py.None, nil
	}, 0, "")
	b["exc_info_name"] = py.MustNewMethod("exc_info_name", func(self py.Object, args py.Tuple) (py.Object, error) {
		typ, _, _ := c.thread.ExcInfo()
		if typ == py.None {
			return py.String("None"), nil
		}
		return py.String(typ.(*py.Type).Name), nil
	}, 0, "")
	b["gopanic"] = py.MustNewMethod("gopanic", func(self py.Object, args py.Tuple) (py.Object, error) {
		var m map[string]int
		m["boom"]++ // assignment to entry in nil map
		return py.None, nil
	}, 0, "")
	// What the lead's builtins will do: route through the dunder-aware operators.
	b["abs"] = py.MustNewMethod("abs", func(self, x py.Object) (py.Object, error) { return Abs(x) }, 0, "")
	b["len"] = py.MustNewMethod("len", func(self, x py.Object) (py.Object, error) {
		n, err := Len(x)
		return py.Int(n), err
	}, 0, "")
	b["bool"] = py.MustNewMethod("bool", func(self, x py.Object) (py.Object, error) {
		v, err := Truth(x)
		return py.NewBool(v), err
	}, 0, "")
	b["RecursionError"] = RecursionError
	b["sorted_vm"] = py.MustNewMethod("sorted_vm", func(self py.Object, args py.Tuple) (py.Object, error) {
		return sortedVM(args[0])
	}, 0, "")
	return c
}

// strOf is str() honouring __str__/__repr__ found through the MRO.
func strOf(a py.Object) (string, error) {
	for _, name := range []string{"__str__", "__repr__"} {
		if f := lookupSpecial(a, name); f != nil {
			r, err := callSpecial(f, a)
			if err != nil {
				return "", err
			}
			return string(r.(py.String)), nil
		}
	}
	if b, ok := a.(py.Bool); ok {
		if b {
			return "True", nil
		}
		return "False", nil
	}
	if l, ok := a.(*py.List); ok {
		return seqStr("[", "]", l.Items)
	}
	if tup, ok := a.(py.Tuple); ok {
		if len(tup) == 1 {
			s, err := seqStr("(", "", tup)
			return s + ",)", err
		}
		return seqStr("(", ")", tup)
	}
	return py.StrAsString(a)
}

func seqStr(open, close string, items []py.Object) (string, error) {
	var sb strings.Builder
	sb.WriteString(open)
	for i, it := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		if s, ok := it.(py.String); ok {
			sb.WriteString("'" + string(s) + "'")
			continue
		}
		s, err := strOf(it)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	sb.WriteString(close)
	return sb.String(), nil
}

// sortedVM sorts a list with vm.Lt (insertion sort; test lists are short).
func sortedVM(seq py.Object) (py.Object, error) {
	l, ok := seq.(*py.List)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "sorted_vm wants a list")
	}
	items := append([]py.Object(nil), l.Items...)
	for i := 1; i < len(items); i++ {
		for j := i; j > 0; j-- {
			less, err := Lt(items[j], items[j-1])
			if err != nil {
				return nil, err
			}
			if !less {
				break
			}
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	return &py.List{Items: items}, nil
}

// run compiles and runs src as a module in c, returning the module globals.
func (c *testCtx) run(t testing.TB, src string) (py.StringDict, error) {
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	globals := py.NewStringDict()
	globals["__name__"] = py.String("__main__")
	_, err = c.RunCode(code, globals, globals, nil)
	return globals, err
}
