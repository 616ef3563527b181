package pynum

import (
	"hash/maphash"
	"math"
	"math/big"
	"math/bits"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1: numbers hash to their value modulo it,
// so that equal ints, floats and complexes hash alike.
const hashModulus = 1<<61 - 1

var bigModulus = big.NewInt(hashModulus)

// Hash returns CPython's hash for ints, bools, floats, complexes and tuples (ok false for other
// objects). It is vm.HashBuiltin; tuple items are hashed through vm.Hash.
func Hash(x py.Object) (int64, bool, error) {
	switch v := x.(type) {
	case py.Int:
		return hashInt(int64(v)), true, nil
	case py.Bool:
		return int64(boolInt(bool(v))), true, nil
	case *py.BigInt:
		return hashRat(new(big.Rat).SetInt((*big.Int)(v))), true, nil
	case py.Float:
		return HashFloat(float64(v)), true, nil
	case py.Complex:
		h := uint64(HashFloat(real(v))) + 1000003*uint64(HashFloat(imag(v)))
		return fixHash(int64(h)), true, nil
	case py.Tuple:
		h, err := hashTuple(v)
		return h, true, err
	case py.String:
		return HashString(string(v)), true, nil
	case py.Bytes:
		return HashString(string(v)), true, nil
	case py.NoneType:
		return 0x5f3759df, true, nil
	case *py.Range:
		// CPython hashes a range as the tuple (len, start, step), with None for what is unused.
		t := py.Tuple{v.Length, v.Start, v.Step}
		switch v.Length {
		case 0:
			t[1], t[2] = py.None, py.None
		case 1:
			t[2] = py.None
		}
		h, err := hashTuple(t)
		return h, true, err
	}
	return 0, false, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func hashInt(n int64) int64 {
	if n >= 0 {
		return n % hashModulus
	}
	if n == math.MinInt64 {
		return hashRat(new(big.Rat).SetInt64(n))
	}
	return fixHash(-((-n) % hashModulus))
}

// hashRat hashes the rational p/q as CPython's numeric hash: p * q**-1 modulo 2**61-1, signed.
func hashRat(r *big.Rat) int64 {
	p := new(big.Int).Abs(r.Num())
	q := r.Denom()
	inv := new(big.Int).Exp(q, big.NewInt(hashModulus-2), bigModulus)
	h := p.Mul(p.Mod(p, bigModulus), inv)
	h.Mod(h, bigModulus)
	v := h.Int64()
	if r.Sign() < 0 {
		v = -v
	}
	return fixHash(v)
}

// HashFloat returns hash(x) for a float.
func HashFloat(x float64) int64 {
	switch {
	case math.IsInf(x, 1):
		return 314159
	case math.IsInf(x, -1):
		return -314159
	case math.IsNaN(x):
		return 0
	case x == math.Trunc(x) && math.Abs(x) < 1<<62:
		return hashInt(int64(x))
	}
	return hashRat(new(big.Rat).SetFloat64(x))
}

// hashTuple is CPython 3.8+'s tuple hash (an xxHash-style mix of the item hashes).
func hashTuple(t py.Tuple) (int64, error) { return HashTuple(t, vm.Hash) }

// HashTuple is CPython's xxHash-based tuple hash, hashing the items with itemHash.
func HashTuple(t py.Tuple, itemHash func(py.Object) (int64, error)) (int64, error) {
	const (
		prime1 uint64 = 11400714785074694791
		prime2 uint64 = 14029467366897019727
		prime5 uint64 = 2870177450012600261
	)
	acc := prime5
	for _, item := range t {
		h, err := itemHash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// strSeed seeds str and bytes hashes. Like CPython's hash randomization it differs between
// processes; it is never written after package initialisation.
var strSeed = maphash.MakeSeed()

// HashString hashes str and bytes data (seeded per process, as CPython randomizes it). A str and
// the bytes of its UTF-8 agree, as in CPython for ASCII text.
func HashString(s string) int64 {
	if s == "" {
		return 0
	}
	return fixHash(int64(maphash.String(strSeed, s)))
}
