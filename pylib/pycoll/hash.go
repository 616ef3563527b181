package pycoll

import (
	"hash/maphash"
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// CPython's numeric hash: values are reduced modulo the Mersenne prime 2**61-1, so equal
// numbers of different types (1, 1.0, True) hash alike.
const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
	hashNone    = 0x5bd1e995 // CPython 3.11 hashes None by address; any constant will do.
)

// strSeed seeds str and bytes hashes. Like CPython's hash randomization it differs between
// processes; it is never written after package initialisation.
var strSeed = maphash.MakeSeed()

// Hash returns hash(x) as CPython computes it for numbers, tuples and frozensets, a process-wide
// seeded hash for str and bytes, identity for functions, classes and other Go objects, and the
// class's __hash__ (through vm.Hash) for instances of Python classes. Lists, dicts, sets and
// slices raise TypeError: unhashable type.
func Hash(x py.Object) (int64, error) {
	switch v := x.(type) {
	case py.String:
		return strHash(string(v)), nil
	case py.Int:
		return intHash(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Float:
		return floatHash(x, float64(v)), nil
	case py.Tuple:
		return tupleHash(v)
	case py.NoneType:
		return hashNone, nil
	case *py.BigInt:
		return bigHash((*big.Int)(v)), nil
	case py.Bytes:
		return strHash(string(v)), nil
	case py.Complex:
		h := floatHash(x, real(v)) + 1000003*floatHash(x, imag(v))
		if h == -1 {
			h = -2
		}
		return h, nil
	case *FrozenSet:
		return v.hash(), nil
	case *vm.Instance:
		// A subclass of a builtin type hashes as its value unless it overrides __hash__/__eq__.
		if v.PyOverride("__hash__") == nil && v.PyOverride("__eq__") == nil {
			if _, err := vm.Hash(v); err != nil {
				return 0, err
			}
			return Hash(v.BuiltinValue())
		}
		return vm.Hash(x)
	case *py.Type:
		if v.Mro != nil { // a class, not an instance of one
			return pointerHash(x), nil
		}
		return vm.Hash(x)
	case *py.List, *Dict, *Set, *py.Slice, py.StringDict, *py.Set:
		return 0, unhashable(x)
	}
	if _, ok := x.(py.I__hash__); ok {
		return vm.Hash(x)
	}
	if h, ok := identityHash(x); ok {
		return h, nil
	}
	return vm.Hash(x)
}

func unhashable(x py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", x.Type().Name)
}

func strHash(s string) int64 {
	h := int64(maphash.String(strSeed, s))
	if h == -1 {
		h = -2
	}
	return h
}

func intHash(v int64) int64 {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v) // also right for math.MinInt64
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func bigHash(b *big.Int) int64 {
	if b.IsInt64() {
		return intHash(b.Int64())
	}
	var m, abs big.Int
	abs.Abs(b)
	m.Mod(&abs, big.NewInt(hashModulus))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// floatHash is CPython's _Py_HashDouble: integral floats hash like the equal int.
func floatHash(obj py.Object, v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return pointerHashOf(obj)
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// tupleHash is CPython's xxHash-based tuple hash.
func tupleHash(t py.Tuple) (int64, error) {
	const (
		prime1 uint64 = 11400714785074694791
		prime2 uint64 = 14029467366897019727
		prime5 uint64 = 2870177450012600261
	)
	acc := prime5
	for _, item := range t {
		lane, err := Hash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// identityHash hashes objects compared by identity (functions, modules, methods ...).
func identityHash(x py.Object) (int64, bool) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan:
		return pointerHash(x), true
	}
	return 0, false
}

func pointerHash(x py.Object) int64 { return pointerHashOf(x) }

// pointerHashOf is CPython's _Py_HashPointer: the address rotated by 4 bits.
func pointerHashOf(x py.Object) int64 {
	v := reflect.ValueOf(x)
	var p uint64
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.Slice:
		p = uint64(v.Pointer())
	}
	h := int64(p>>4 | p<<60)
	if h == -1 {
		h = -2
	}
	return h
}

// keysEqual reports whether two keys with equal hashes are the same dict key.
func keysEqual(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x == y, nil
		}
	}
	return vm.Eq(a, b)
}
