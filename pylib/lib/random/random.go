// Package random is Python's random module for gowsgi: CPython's Mersenne Twister, seeded as
// CPython seeds it, so a seeded generator yields exactly CPython 3.11's numbers. The generator
// core (mt.go) is Go; the distributions are Python (random.py), following the Library
// Reference's documented algorithms. Each interpreter gets its own module-level generator.
//
// The Python-visible surface:
//
//	seed(a=None, version=2)  getstate() -> (3, tuple, gauss_next)  setstate(state)
//	random() -> float in [0, 1)   getrandbits(k) -> int   randbytes(n) -> bytes
//	randrange(start, stop=None, step=1)   randint(a, b)
//	choice(seq)   choices(population, weights=None, *, cum_weights=None, k=1)
//	shuffle(x)    sample(population, k, *, counts=None)
//	uniform(a, b)  triangular(low=0.0, high=1.0, mode=None)
//	gauss(mu=0.0, sigma=1.0)  normalvariate(mu=0.0, sigma=1.0)  lognormvariate(mu, sigma)
//	expovariate(lambd)  gammavariate(alpha, beta)  betavariate(alpha, beta)
//	paretovariate(alpha)  weibullvariate(alpha, beta)  vonmisesvariate(mu, kappa)
//	class Random(x=None)     # the above as methods; subclassable
//	class SystemRandom       # the OS's randomness (crypto/rand); seed() is ignored
//
// Not provided: pickling a Random, version-1 seeding of ints (the default, version 2, is exact).
package random

import (
	crand "crypto/rand"
	_ "embed"
	"encoding/binary"
	"math/big"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
	"gowsgi/pylib/pynum"
)

//go:embed random.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "random", Doc: "Random variable generators.", FileDesc: "<random>"},
		Methods: []*py.Method{
			libarg.Func("_mt_new", "Return an unseeded Mersenne Twister state.", mtNew),
			libarg.Func("_mt_seed", "Seed a state from None (the OS) or an int (its absolute value).", mtSeed),
			libarg.Func("_mt_random", "Return the next float in [0, 1) from a state.", mtRandom),
			libarg.Func("_mt_getrandbits", "Return an int of k random bits from a state.", mtGetrandbits),
			libarg.Func("_mt_getstate", "Return a state as a tuple of 625 ints.", mtGetstate),
			libarg.Func("_mt_setstate", "Restore a state from a tuple of 625 ints.", mtSetstate),
			libarg.Func("_urandom", "Return n bytes from the OS's random source.", urandom),
		},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}

// stateType is the Python type of a generator's state, held by each Random instance.
var stateType = py.NewType("_mt_state", "Mersenne Twister state")

// state is the Python object wrapping one generator.
type state struct{ mt19937 }

// Type returns the state's Python type.
func (s *state) Type() *py.Type { return stateType }

func stateArg(args py.Tuple, n int, name string) (*state, error) {
	if len(args) != n {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %d arguments (%d given)", name, n, len(args))
	}
	s, ok := args[0].(*state)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s() needs a generator state", name)
	}
	return s, nil
}

func mtNew(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	s := &state{}
	s.initGenrand(19650218)
	return s, nil
}

func mtSeed(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	s, err := stateArg(args, 2, "_mt_seed")
	if err != nil {
		return nil, err
	}
	if args[1] == py.None {
		var buf [mtN * 4]byte
		if _, err := crand.Read(buf[:]); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "seed from the OS: %v", err)
		}
		key := make([]uint32, mtN)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[i*4:])
		}
		s.initByArray(key)
		return py.None, nil
	}
	n, ok := pynum.BigOf(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "seed must be an int, not '%s'", libarg.TypeName(args[1]))
	}
	s.initByArray(keyOf(n.Abs(n)))
	return py.None, nil
}

// keyOf splits a non-negative int into 32-bit words, least significant first ([0] for zero).
func keyOf(n *big.Int) []uint32 {
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	return key
}

const bitsPerWord = 32 << (^big.Word(0) >> 63)

func mtRandom(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	s, err := stateArg(args, 1, "_mt_random")
	if err != nil {
		return nil, err
	}
	return py.Float(s.float64()), nil
}

func mtGetrandbits(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	s, err := stateArg(args, 2, "_mt_getrandbits")
	if err != nil {
		return nil, err
	}
	k, err := libarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
	}
	if k == 0 {
		return py.Int(0), nil
	}
	if k <= 32 {
		return py.Int(s.uint32() >> (32 - k)), nil
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := s.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		// big.Int.SetBytes wants big-endian bytes: the first word is the least significant.
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], r)
		k -= 32
	}
	return pynum.FromBig(new(big.Int).SetBytes(buf)), nil
}

func mtGetstate(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	s, err := stateArg(args, 1, "_mt_getstate")
	if err != nil {
		return nil, err
	}
	t := make(py.Tuple, mtN+1)
	for i, w := range s.state {
		t[i] = py.Int(w)
	}
	t[mtN] = py.Int(s.index)
	return t, nil
}

func mtSetstate(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	s, err := stateArg(args, 2, "_mt_setstate")
	if err != nil {
		return nil, err
	}
	t, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "state vector must be a tuple")
	}
	if len(t) != mtN+1 {
		return nil, py.ExceptionNewf(py.ValueError, "state vector is the wrong size")
	}
	var next mt19937
	for i := 0; i < mtN; i++ {
		w, err := libarg.Uint32(t[i])
		if err != nil {
			return nil, err
		}
		next.state[i] = w
	}
	idx, err := libarg.Int(t[mtN])
	if err != nil {
		return nil, err
	}
	if idx < 0 || idx > mtN {
		return nil, py.ExceptionNewf(py.ValueError, "invalid state")
	}
	next.index = idx
	s.mt19937 = next
	return py.None, nil
}

func urandom(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "_urandom() takes exactly one argument (%d given)", len(args))
	}
	n, err := libarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
	}
	buf := make([]byte, n)
	if _, err := crand.Read(buf); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "read the OS's random source: %v", err)
	}
	return py.Bytes(buf), nil
}
