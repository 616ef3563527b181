// Package hashlib is Python's hashlib module for gowsgi's interpreter, with CPython 3.11's
// results, attributes and errors.
//
// The Python-visible surface:
//
//	md5(string=b'', *, usedforsecurity=True)   sha1  sha224  sha256  sha384  sha512
//	sha3_224  sha3_256  sha3_384  sha3_512  shake_128  shake_256          (same signature)
//	blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1,
//	        leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False)   blake2s (32/32/8/8)
//	new(name, data=b'', **kwargs)     pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
//	file_digest(fileobj, digest)      algorithms_guaranteed  algorithms_available
//	hash objects: update(data) digest() hexdigest() copy() .name .digest_size .block_size
//	              (shake_*: digest(length) hexdigest(length))
//
// Data must be bytes or bytearray; str raises TypeError("Strings must be encoded before hashing").
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
	"gowsgi/pylib/pycoll"
)

// fixed are the constructors of the fixed-size hashes new() and pbkdf2_hmac know by name.
var fixed = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() }, "sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() }, "sha3_512": func() hash.Hash { return sha3.New512() },
	"sha512_224": sha512.New512_224, "sha512_256": sha512.New512_256,
}

var xofs = map[string]func() *sha3.SHAKE{"shake_128": sha3.NewSHAKE128, "shake_256": sha3.NewSHAKE256}

var guaranteed = []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
	"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}

func init() {
	methods := []*py.Method{
		libarg.Func("new", "Return a new hash object using the named algorithm.", newFn),
		libarg.Func("pbkdf2_hmac", "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.", pbkdf2HMAC),
		libarg.Func("file_digest", "Hash the contents of a file-like object.", fileDigest),
	}
	for _, name := range guaranteed {
		if strings.HasPrefix(name, "blake2") {
			continue
		}
		methods = append(methods, libarg.Func(name, "Returns a "+name+" hash object; optionally initialized with a string", constructor(name)))
	}
	all := append([]string{"sha512_224", "sha512_256"}, guaranteed...)
	sort.Strings(all)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "hashlib", Doc: "hashlib module - A common interface to many hash functions.", FileDesc: "<hashlib>"},
		Methods: methods,
		Globals: py.StringDict{
			"blake2b":               Blake2bType,
			"blake2s":               Blake2sType,
			"algorithms_guaranteed": nameSet(guaranteed),
			"algorithms_available":  nameSet(all),
		},
	})
}

func nameSet(names []string) py.Object {
	items := make(py.Tuple, len(names))
	for i, n := range names {
		items[i] = py.String(n)
	}
	s, err := pycoll.NewSetFromItems(items)
	if err != nil {
		panic(err)
	}
	return s
}

// HashType is the type of the fixed-size hash objects (_hashlib.HASH).
var HashType = newHashType("HASH", "_hashlib")

// XOFType is the type of the SHAKE hash objects (_hashlib.HASHXOF).
var XOFType = newHashType("HASHXOF", "_hashlib")

// Blake2bType and Blake2sType are hashlib.blake2b and hashlib.blake2s: types whose call
// starts a hash.
var (
	Blake2bType = blake2Type("blake2b", 64, 16)
	Blake2sType = blake2Type("blake2s", 32, 8)
)

// Hash is a running hash computation as Python sees it.
type Hash struct {
	typ  *py.Type
	name string
	h    hash.Hash   // fixed-size hashes and BLAKE2
	xof  *sha3.SHAKE // SHAKE
}

// Type returns the hash object's Python type.
func (h *Hash) Type() *py.Type { return h.typ }

// M__repr__ is CPython's repr of a hash object.
func (h *Hash) M__repr__() (py.Object, error) {
	if strings.HasPrefix(h.name, "blake2") {
		return py.String(fmt.Sprintf("<_blake2.%s object at %p>", h.name, h)), nil
	}
	return py.String(fmt.Sprintf("<%s _hashlib.%s object @ %p>", h.name, h.typ.Name, h)), nil
}

// Write absorbs data.
func (h *Hash) Write(p []byte) {
	if h.xof != nil {
		h.xof.Write(p)
		return
	}
	h.h.Write(p)
}

// Digest returns the digest so far (n bytes for SHAKE), leaving the state as it is.
func (h *Hash) Digest(n int) []byte {
	if h.xof != nil {
		c := h.clone()
		out := make([]byte, n)
		c.xof.Read(out)
		return out
	}
	return h.h.Sum(nil)
}

// BlockSize and DigestSize are the algorithm's sizes (0 digest size for SHAKE).
func (h *Hash) BlockSize() int {
	if h.xof != nil {
		return h.xof.BlockSize()
	}
	return h.h.BlockSize()
}

// DigestSize is the digest's length in bytes (0 for SHAKE, whose length is chosen per call).
func (h *Hash) DigestSize() int {
	if h.xof != nil {
		return 0
	}
	return h.h.Size()
}

func (h *Hash) clone() *Hash {
	c := &Hash{typ: h.typ, name: h.name}
	if h.xof != nil {
		state, err := h.xof.MarshalBinary()
		if err != nil {
			panic(err)
		}
		c.xof = xofs[h.name]()
		if err := c.xof.UnmarshalBinary(state); err != nil {
			panic(err)
		}
		return c
	}
	cl, err := h.h.(hash.Cloner).Clone()
	if err != nil {
		panic(err)
	}
	c.h = cl.(hash.Hash)
	return c
}

// New returns a fresh hash object for a name of algorithms_available (fixed-size or SHAKE;
// BLAKE2 with default parameters), or ValueError.
func New(name string) (*Hash, error) {
	lname := strings.ToLower(name)
	if f, ok := fixed[lname]; ok {
		return &Hash{typ: HashType, name: lname, h: f()}, nil
	}
	if f, ok := xofs[lname]; ok {
		return &Hash{typ: XOFType, name: lname, xof: f()}, nil
	}
	switch lname {
	case "blake2b":
		return &Hash{typ: Blake2bType, name: lname, h: newBlake2(blake2bVariant, &blake2Params{digestSize: 64, fanout: 1, depth: 1})}, nil
	case "blake2s":
		return &Hash{typ: Blake2sType, name: lname, h: newBlake2(blake2sVariant, &blake2Params{digestSize: 32, fanout: 1, depth: 1})}, nil
	}
	return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", name)
}

// Data returns the bytes of an argument to hash, with CPython's TypeErrors.
func Data(o py.Object) ([]byte, error) {
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "Strings must be encoded before hashing")
	}
	if b, ok := libarg.Bytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "object supporting the buffer API required")
}

// feed hashes the optional initial data of a constructor.
func feed(h *Hash, data py.Object) (py.Object, error) {
	if data != nil {
		b, err := Data(data)
		if err != nil {
			return nil, err
		}
		h.Write(b)
	}
	return h, nil
}

func constructor(name string) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "openssl_%s() takes at most 1 positional argument (%d given)", name, len(args))
		}
		var data py.Object
		if len(args) == 1 {
			data = args[0]
		}
		for k, v := range kwargs {
			switch {
			case k == "string" && data == nil:
				data = v
			case k == "usedforsecurity":
			default:
				return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for openssl_%s()", k, name)
			}
		}
		h, err := New(name)
		if err != nil {
			return nil, err
		}
		return feed(h, data)
	}
}

var newSpec = libarg.Spec{Name: "__hash_new", Params: []string{"name", "data"}, Required: 1, ExtraKw: true}

func newFn(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, extra, err := newSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	name, ok := libarg.Str(a[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "name must be a string")
	}
	data := a[1]
	if s, ok := extra["string"]; ok && data == nil {
		data = s
		delete(extra, "string")
	}
	switch lname := strings.ToLower(name); lname {
	case "blake2b", "blake2s":
		typ := Blake2bType
		if lname == "blake2s" {
			typ = Blake2sType
		}
		pos := py.Tuple{}
		if data != nil {
			pos = py.Tuple{data}
		}
		return typ.New(typ, pos, extra)
	}
	delete(extra, "usedforsecurity")
	for k := range extra {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for openssl_%s()", k, strings.ToLower(name))
	}
	h, err := New(name)
	if err != nil {
		return nil, err
	}
	return feed(h, data)
}

func newHashType(name, module string) *py.Type {
	t := py.NewType(name, "A hash is an object used to calculate a checksum of a string of information.")
	t.Dict["__module__"] = py.String(module)
	addHashMethods(t)
	return t
}

func self(o py.Object) *Hash { return o.(*Hash) }

func addHashMethods(t *py.Type) {
	t.Dict["update"] = py.MustNewMethod("update", func(s py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.update() takes exactly one argument (%d given)", self(s).typ.Name, len(args))
		}
		b, err := Data(args[0])
		if err != nil {
			return nil, err
		}
		self(s).Write(b)
		return py.None, nil
	}, 0, "Update this hash object's state with the provided string.")
	t.Dict["digest"] = py.MustNewMethod("digest", func(s py.Object, args py.Tuple) (py.Object, error) {
		n, err := xofLength(self(s), "digest", args)
		if err != nil {
			return nil, err
		}
		return py.Bytes(self(s).Digest(n)), nil
	}, 0, "Return the digest value as a bytes object.")
	t.Dict["hexdigest"] = py.MustNewMethod("hexdigest", func(s py.Object, args py.Tuple) (py.Object, error) {
		n, err := xofLength(self(s), "hexdigest", args)
		if err != nil {
			return nil, err
		}
		return py.String(hex.EncodeToString(self(s).Digest(n))), nil
	}, 0, "Return the digest value as a string of hexadecimal digits.")
	t.Dict["copy"] = py.MustNewMethod("copy", func(s py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.copy() takes no arguments (%d given)", self(s).typ.Name, len(args))
		}
		return self(s).clone(), nil
	}, 0, "Return a copy of the hash object.")
	t.Dict["name"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.String(self(s).name), nil }}
	t.Dict["digest_size"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.Int(self(s).DigestSize()), nil }}
	t.Dict["block_size"] = &py.Property{Fget: func(s py.Object) (py.Object, error) { return py.Int(self(s).BlockSize()), nil }}
}

// xofLength checks digest()'s arguments: none for fixed-size hashes, a length for SHAKE.
func xofLength(h *Hash, method string, args py.Tuple) (int, error) {
	if h.xof == nil {
		method = h.typ.Name + "." + method
		if len(args) != 0 {
			return 0, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", method, len(args))
		}
		return 0, nil
	}
	if len(args) == 0 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() missing required argument 'length' (pos 1)", method)
	}
	if len(args) > 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s.%s() takes at most 1 argument (%d given)", h.typ.Name, method, len(args))
	}
	n, err := libarg.Int(args[0])
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.ExceptionNewf(py.MemoryError, "")
	}
	return n, nil
}
