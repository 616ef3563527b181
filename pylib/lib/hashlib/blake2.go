package hashlib

import "hash"

// BLAKE2b and BLAKE2s as RFC 7693 describes them, with the full parameter block (salt,
// personalization, tree parameters) that golang.org/x/crypto's blake2 packages leave out.

// blake2Params is the parameter block's content, shared by both variants.
type blake2Params struct {
	digestSize int
	key        []byte
	salt       []byte
	person     []byte
	fanout     int
	depth      int
	leafSize   uint32
	nodeOffset uint64
	nodeDepth  int
	innerSize  int
	lastNode   bool
}

// word is a BLAKE2 state word: uint64 for BLAKE2b, uint32 for BLAKE2s.
type word interface{ uint32 | uint64 }

// blake2Variant holds what differs between BLAKE2b and BLAKE2s.
type blake2Variant[W word] struct {
	bits   uint // word size
	rounds int
	rot    [4]uint
	iv     [8]W
}

var blake2bVariant = &blake2Variant[uint64]{bits: 64, rounds: 12, rot: [4]uint{32, 24, 16, 63}, iv: [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}}

var blake2sVariant = &blake2Variant[uint32]{bits: 32, rounds: 10, rot: [4]uint{16, 12, 8, 7}, iv: [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}}

var blake2Sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2 is a running BLAKE2 computation; it implements hash.Hash and hash.Cloner.
type blake2[W word] struct {
	v        *blake2Variant[W]
	init     [8]W // the state after the parameter block, for Reset
	h        [8]W
	t0, t1   W
	buf      []byte // pending input, at most one block
	key      []byte // padded key block, fed first
	size     int
	lastNode bool
}

func (v *blake2Variant[W]) blockSize() int { return int(v.bits) * 2 }

// newBlake2 starts a computation; p has been validated.
func newBlake2[W word](v *blake2Variant[W], p *blake2Params) *blake2[W] {
	bs := v.blockSize()
	pb := make([]byte, bs/2) // the parameter block is 8 words
	pb[0] = byte(p.digestSize)
	pb[1] = byte(len(p.key))
	pb[2] = byte(p.fanout)
	pb[3] = byte(p.depth)
	putLE(pb[4:8], uint64(p.leafSize), 4)
	if v.bits == 64 {
		putLE(pb[8:16], p.nodeOffset, 8)
		pb[16] = byte(p.nodeDepth)
		pb[17] = byte(p.innerSize)
		copy(pb[32:48], p.salt)
		copy(pb[48:64], p.person)
	} else {
		putLE(pb[8:14], p.nodeOffset, 6)
		pb[14] = byte(p.nodeDepth)
		pb[15] = byte(p.innerSize)
		copy(pb[16:24], p.salt)
		copy(pb[24:32], p.person)
	}
	b := &blake2[W]{v: v, size: p.digestSize, lastNode: p.lastNode}
	for i := range b.init {
		b.init[i] = v.iv[i] ^ loadWord[W](pb[i*int(v.bits/8):], v.bits)
	}
	if len(p.key) > 0 {
		b.key = make([]byte, bs)
		copy(b.key, p.key)
	}
	b.Reset()
	return b
}

func putLE(b []byte, x uint64, n int) {
	for i := 0; i < n; i++ {
		b[i] = byte(x >> (8 * i))
	}
}

func loadWord[W word](b []byte, bits uint) W {
	var w W
	for k := int(bits/8) - 1; k >= 0; k-- {
		w = w<<8 | W(b[k])
	}
	return w
}

func (b *blake2[W]) Reset() {
	b.h = b.init
	b.t0, b.t1 = 0, 0
	b.buf = b.buf[:0]
	if b.key != nil {
		b.buf = append(b.buf, b.key...)
	}
}

func (b *blake2[W]) Size() int      { return b.size }
func (b *blake2[W]) BlockSize() int { return b.v.blockSize() }

// Clone returns an independent copy of the computation.
func (b *blake2[W]) Clone() (hash.Cloner, error) {
	c := *b
	c.buf = append([]byte(nil), b.buf...)
	return &c, nil
}

// Write absorbs p; a full block is compressed only once more input follows, since the
// last block is compressed differently.
func (b *blake2[W]) Write(p []byte) (int, error) {
	n := len(p)
	bs := b.v.blockSize()
	for len(p) > 0 {
		if len(b.buf) == bs {
			b.count(bs)
			b.compress(b.buf, false)
			b.buf = b.buf[:0]
		}
		k := min(bs-len(b.buf), len(p))
		b.buf = append(b.buf, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

func (b *blake2[W]) count(n int) {
	b.t0 += W(n)
	if b.t0 < W(n) {
		b.t1++
	}
}

// Sum appends the digest without changing the running state.
func (b *blake2[W]) Sum(in []byte) []byte {
	c := *b
	last := make([]byte, b.v.blockSize())
	copy(last, b.buf)
	c.count(len(b.buf))
	c.compress(last, true)
	out := make([]byte, 0, 8*len(c.h))
	for _, w := range c.h {
		for k := uint(0); k < b.v.bits; k += 8 {
			out = append(out, byte(w>>k))
		}
	}
	return append(in, out[:b.size]...)
}

func (b *blake2[W]) rotr(x W, n uint) W { return x>>n | x<<(b.v.bits-n) }

func (b *blake2[W]) compress(block []byte, final bool) {
	var m [16]W
	ws := int(b.v.bits / 8)
	for i := range m {
		m[i] = loadWord[W](block[i*ws:], b.v.bits)
	}
	var v [16]W
	copy(v[:8], b.h[:])
	copy(v[8:], b.v.iv[:])
	v[12] ^= b.t0
	v[13] ^= b.t1
	if final {
		v[14] = ^v[14]
		if b.lastNode {
			v[15] = ^v[15]
		}
	}
	r := b.v.rot
	g := func(a, bb, c, d int, x, y W) {
		v[a] = v[a] + v[bb] + x
		v[d] = b.rotr(v[d]^v[a], r[0])
		v[c] = v[c] + v[d]
		v[bb] = b.rotr(v[bb]^v[c], r[1])
		v[a] = v[a] + v[bb] + y
		v[d] = b.rotr(v[d]^v[a], r[2])
		v[c] = v[c] + v[d]
		v[bb] = b.rotr(v[bb]^v[c], r[3])
	}
	for i := 0; i < b.v.rounds; i++ {
		s := &blake2Sigma[i%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h {
		b.h[i] ^= v[i] ^ v[i+8]
	}
}
