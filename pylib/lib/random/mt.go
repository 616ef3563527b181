package random

// The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), seeded as CPython's _random
// module seeds it, so that a seeded generator yields CPython's sequence.

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// mt19937 is one generator's state: the 624-word array and the position of the next word.
type mt19937 struct {
	state [mtN]uint32
	index int
}

// initGenrand fills the state from one 32-bit seed.
func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray fills the state from a key of any length, CPython's path for every seed.
func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
	m.index = mtN
}

// twist regenerates the whole state array once every word has been used.
func (m *mt19937) twist() {
	mag := func(y uint32) uint32 { return (y >> 1) ^ (mtMatrixA * (y & 1)) }
	kk := 0
	for ; kk < mtN-mtM; kk++ {
		y := (m.state[kk] & mtUpperMask) | (m.state[kk+1] & mtLowerMask)
		m.state[kk] = m.state[kk+mtM] ^ mag(y)
	}
	for ; kk < mtN-1; kk++ {
		y := (m.state[kk] & mtUpperMask) | (m.state[kk+1] & mtLowerMask)
		m.state[kk] = m.state[kk+mtM-mtN] ^ mag(y)
	}
	y := (m.state[mtN-1] & mtUpperMask) | (m.state[0] & mtLowerMask)
	m.state[mtN-1] = m.state[mtM-1] ^ mag(y)
	m.index = 0
}

// uint32 returns the next tempered 32-bit output.
func (m *mt19937) uint32() uint32 {
	if m.index >= mtN {
		m.twist()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float64 is random(): 53 random bits (27 from one word, 26 from the next) scaled to [0, 1).
func (m *mt19937) float64() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
