package vm

import (
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIntArith checks the loop's int fast paths against CPython's results
// (testdata/intarith/cases.json, made by gen.py there): each answer is CPython's, or the fast
// path declines (overflow, division by zero) and leaves the case to the general path.
func TestIntArith(t *testing.T) {
	data, err := os.ReadFile("testdata/intarith/cases.json")
	require.NoError(t, err)
	var cases [][]*string
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	ops := []uint8{opBINARY_MULTIPLY, opBINARY_FLOOR_DIVIDE, opBINARY_MODULO}
	taken := 0
	for _, c := range cases {
		a, errA := strconv.ParseInt(*c[0], 10, 64)
		b, errB := strconv.ParseInt(*c[1], 10, 64)
		require.NoError(t, errA)
		require.NoError(t, errB)
		for k, op := range ops {
			got, ok := intArith(op, py.Int(a), py.Int(b))
			want := c[2+k]
			if want == nil {
				assert.False(t, ok, "%d op%d %d: division by zero must take the general path", a, op, b)
				continue
			}
			if _, err := strconv.ParseInt(*want, 10, 64); err != nil {
				assert.False(t, ok, "%d op%d %d overflows int64 (%s)", a, op, b, *want)
				continue
			}
			if ok {
				taken++
				assert.Equal(t, *want, strconv.FormatInt(int64(got.(py.Int)), 10), "%d op%d %d", a, op, b)
			}
		}
	}
	assert.Greater(t, taken, len(cases)) // the fast path answers most cases
}

// TestMethodLayout checks that methodLayout mirrors gpython's py.Method, which callMethod
// reads through unsafe.
func TestMethodLayout(t *testing.T) {
	real := reflect.TypeOf(py.Method{})
	mirror := reflect.TypeOf(methodLayout{})
	require.Equal(t, real.Size(), mirror.Size())
	require.Equal(t, real.NumField(), mirror.NumField())
	for i := 0; i < real.NumField(); i++ {
		assert.Equal(t, real.Field(i).Name, mirror.Field(i).Name)
		assert.Equal(t, real.Field(i).Offset, mirror.Field(i).Offset)
		assert.Equal(t, real.Field(i).Type.Kind(), mirror.Field(i).Type.Kind())
	}
	called := false
	m := py.MustNewMethod("probe", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		called = kwargs == nil && len(args) == 1
		return self, nil
	}, 0, "")
	res, err := callMethod(m, py.String("self"), []py.Object{py.Int(1)})
	require.NoError(t, err)
	assert.Equal(t, py.String("self"), res)
	assert.True(t, called, "the Go function must be reached directly, with no keyword dict")
}
