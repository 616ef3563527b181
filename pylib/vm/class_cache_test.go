package vm

import (
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// classCacheSrc changes classes between runs of the same attribute instructions.
const classCacheSrc = `
class A:
    x = 1
    def m(self):
        return "A.m"
class B(A):
    pass
def probe(o):
    try:
        y = o.y
    except AttributeError:
        y = None
    return (o.x, o.m(), y)
out = []
b = B()
for step in range(40):
    out.append(probe(b))
    if step % 4 == 0:
        A.x = step
    elif step % 4 == 1:
        B.m = lambda self: "B.m"
    elif step % 4 == 2:
        del B.m
        b.y = step
    else:
        del b.y
        b.x = -step
        del b.x
print(out[-1], len(out), out[3], out[5])
`

// One code object run by several interpreters at once: its per-instruction attribute sites are
// shared, each interpreter brings its own classes (run with -race).
func TestAttrSitesSharedAcrossInterpreters(t *testing.T) {
	code, err := py.Compile(classCacheSrc, "<cache>", py.ExecMode, 0, true)
	require.NoError(t, err)
	run := func() (string, error) {
		c := newClassCtx(t)
		globals := py.NewStringDict()
		globals["__name__"] = py.String("__main__")
		_, err := c.RunCode(code, globals, globals, nil)
		return c.out.String(), err
	}
	want, err := run()
	require.NoError(t, err)
	assert.Equal(t, "(36, 'A.m', 38) 40 (0, 'A.m', 2) (4, 'A.m', None)\n", want)
	var wg sync.WaitGroup
	outs := make([]string, 4)
	errs := make([]error, 4)
	for i := range outs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for range 5 {
				outs[i], errs[i] = run()
			}
		}(i)
	}
	wg.Wait()
	for i := range outs {
		assert.NoError(t, errs[i])
		assert.Equal(t, want, outs[i])
	}
}

// A class attribute written through each path is seen by the next lookup.
func TestClassCacheInvalidation(t *testing.T) {
	c := newClassCtx(t)
	_, err := c.run(t, `
class C:
    pass
class D(C):
    pass
def v(o):
    try:
        return o.v
    except AttributeError:
        return 0
o = D()
r = [v(o)]
C.v = 1
r.append(v(o))
D.v = 2
r.append(v(o))
type.__setattr__(C, "v", 3)
del D.v
r.append(v(o))
object.__delattr__(C, "v")
r.append(v(o))
print(r)
`)
	require.NoError(t, err)
	assert.Equal(t, "[0, 1, 2, 3, 0]\n", c.out.String())
}

// newClassCtx is newTestCtx with pylib's class machinery, so class statements make classes
// that cache their lookups.
func newClassCtx(t testing.TB) *testCtx {
	c := newTestCtx(t)
	b := c.Store().Builtins.Globals
	for name, obj := range ClassBuiltins() {
		b[name] = obj
	}
	return c
}
