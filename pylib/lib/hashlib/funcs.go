package hashlib

import (
	"crypto/pbkdf2"
	"hash"
	"math"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
)

// blake2Limits are a BLAKE2 variant's bounds, for the constructor's checks.
type blake2Limits struct {
	name      string
	maxDigest int // also the maximum key length
	maxSalt   int // also the maximum person length
	maxOffset uint64
	typ       *py.Type
}

func blake2Type(name string, maxDigest, maxSalt int) *py.Type {
	lim := &blake2Limits{name: name, maxDigest: maxDigest, maxSalt: maxSalt, maxOffset: math.MaxUint64}
	if name == "blake2s" {
		lim.maxOffset = 1<<48 - 1
	}
	t := py.NewTypeX(name, "Return a new BLAKE2 hash object.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return lim.construct(args, kwargs)
	}, nil)
	lim.typ = t
	t.Dict["__module__"] = py.String("_blake2")
	t.Dict["SALT_SIZE"] = py.Int(maxSalt)
	t.Dict["PERSON_SIZE"] = py.Int(maxSalt)
	t.Dict["MAX_KEY_SIZE"] = py.Int(maxDigest)
	t.Dict["MAX_DIGEST_SIZE"] = py.Int(maxDigest)
	addHashMethods(t)
	return t
}

// construct is blake2b(data=b”, /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
// node_offset, node_depth, inner_size, last_node, usedforsecurity).
func (lim *blake2Limits) construct(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most 1 positional argument (%d given)", lim.name, len(args))
	}
	p := &blake2Params{digestSize: lim.maxDigest, fanout: 1, depth: 1}
	ints := map[string]*int{"digest_size": &p.digestSize, "fanout": &p.fanout, "depth": &p.depth,
		"node_depth": &p.nodeDepth, "inner_size": &p.innerSize}
	blobs := map[string]*[]byte{"key": &p.key, "salt": &p.salt, "person": &p.person}
	for k, v := range kwargs {
		switch {
		case ints[k] != nil:
			n, err := libarg.Int(v)
			if err != nil {
				return nil, err
			}
			*ints[k] = n
		case blobs[k] != nil:
			b, err := libarg.BytesArg(v)
			if err != nil {
				return nil, err
			}
			*blobs[k] = b
		case k == "leaf_size" || k == "node_offset":
			n, err := libarg.Int(v)
			if err != nil {
				return nil, err
			}
			if n < 0 || (k == "leaf_size" && n > math.MaxUint32) || (k == "node_offset" && uint64(n) > lim.maxOffset) {
				return nil, py.ExceptionNewf(py.OverflowError, "%s is too large", k)
			}
			if k == "leaf_size" {
				p.leafSize = uint32(n)
			} else {
				p.nodeOffset = uint64(n)
			}
		case k == "last_node":
			b, err := libarg.Truth(v)
			if err != nil {
				return nil, err
			}
			p.lastNode = b
		case k == "usedforsecurity":
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, lim.name)
		}
	}
	if err := lim.check(p); err != nil {
		return nil, err
	}
	h := &Hash{typ: lim.typ, name: lim.name}
	if lim.name == "blake2s" {
		h.h = newBlake2(blake2sVariant, p)
	} else {
		h.h = newBlake2(blake2bVariant, p)
	}
	if len(args) == 1 {
		return feed(h, args[0])
	}
	return h, nil
}

func (lim *blake2Limits) check(p *blake2Params) error {
	bad := func(format string, a ...any) error { return py.ExceptionNewf(py.ValueError, format, a...) }
	switch {
	case p.digestSize < 1 || p.digestSize > lim.maxDigest:
		return bad("digest_size must be between 1 and %d bytes", lim.maxDigest)
	case len(p.key) > lim.maxDigest:
		return bad("maximum key length is %d bytes", lim.maxDigest)
	case len(p.salt) > lim.maxSalt:
		return bad("maximum salt length is %d bytes", lim.maxSalt)
	case len(p.person) > lim.maxSalt:
		return bad("maximum person length is %d bytes", lim.maxSalt)
	case p.fanout < 0 || p.fanout > 255:
		return bad("fanout must be between 0 and 255")
	case p.depth < 1 || p.depth > 255:
		return bad("depth must be between 1 and 255")
	case p.nodeDepth < 0 || p.nodeDepth > 255:
		return bad("node_depth must be between 0 and 255")
	case p.innerSize < 0 || p.innerSize > lim.maxDigest:
		return bad("inner_size must be between 0 and is %d", lim.maxDigest)
	}
	return nil
}

// Factory returns a constructor of Go hashes for a name new() accepts, for HMAC and PBKDF2.
func Factory(name string) (func() hash.Hash, error) {
	if _, err := New(name); err != nil {
		return nil, err
	}
	return func() hash.Hash {
		h, _ := New(name)
		return h.h
	}, nil
}

var pbkdf2Spec = libarg.Spec{Name: "pbkdf2_hmac", Params: []string{"hash_name", "password", "salt", "iterations", "dklen"}, Required: 4}

func pbkdf2HMAC(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := pbkdf2Spec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	name, ok := libarg.Str(a[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", libarg.TypeName(a[0]))
	}
	password, err := libarg.BytesArg(a[1])
	if err != nil {
		return nil, err
	}
	salt, err := libarg.BytesArg(a[2])
	if err != nil {
		return nil, err
	}
	iter, err := libarg.Int(a[3])
	if err != nil {
		return nil, err
	}
	if iter < 1 {
		return nil, py.ExceptionNewf(py.ValueError, "iteration value must be greater than 0.")
	}
	h, err := New(name)
	if err != nil || h.xof != nil {
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", name)
	}
	dklen := h.DigestSize()
	if a[4] != nil && a[4] != py.None {
		if dklen, err = libarg.Int(a[4]); err != nil {
			return nil, err
		}
		if dklen < 1 {
			return nil, py.ExceptionNewf(py.ValueError, "key length must be greater than 0.")
		}
	}
	f, _ := Factory(name)
	key, err := pbkdf2.Key(f, string(password), salt, iter, dklen)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return py.Bytes(key), nil
}

var fileDigestSpec = libarg.Spec{Name: "file_digest", Params: []string{"fileobj", "digest"}, Required: 2, KwOnly: 2, ExtraKw: true}

// fileDigest is file_digest(fileobj, digest, /, *, _bufsize=2**18): it reads the file with
// read() until b”.
func fileDigest(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := fileDigestSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	var h py.Object
	if name, ok := libarg.Str(a[1]); ok {
		if h, err = New(name); err != nil {
			return nil, err
		}
	} else if h, err = libarg.Call(a[1]); err != nil {
		return nil, err
	}
	for {
		chunk, err := libarg.CallMethod(a[0], "read", py.Int(1<<18))
		if err != nil {
			return nil, err
		}
		if _, isStr := chunk.(py.String); isStr {
			r, _ := libarg.Repr(a[0])
			return nil, py.ExceptionNewf(py.ValueError, "'%s' is not a file-like object in binary reading mode.", r)
		}
		b, ok := libarg.Bytes(chunk)
		if !ok || len(b) == 0 {
			return h, nil
		}
		if _, err := libarg.CallMethod(h, "update", chunk); err != nil {
			return nil, err
		}
	}
}
