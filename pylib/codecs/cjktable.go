package codecs

import (
	"sort"
	"sync"
	"unicode/utf8"
)

// tableCJK is a two-byte (and, for gb18030, four-byte) codec driven by
// tables dumped from CPython (cjk_tables.go), for the codecs where x/text's
// WHATWG tables differ from CPython's.
type tableCJK struct {
	two       *[126 * 191]uint16 // lead 0x81..0xFE x trail 0x40..0xFE; 0 = invalid
	four      bool               // gb18030's four-byte sequences
	overrides map[rune]string    // encodings that are not the first decoding sequence

	once sync.Once
	rev  map[rune]uint16 // code point -> two-byte sequence, built on first encode
}

// gb18030 four-byte sequences: the BMP area uses gb18030Four, the
// supplementary planes are linear from 0x90 0x30 0x81 0x30.
var (
	gbSupplementaryBase = fourIndex(0x90, 0x30, 0x81, 0x30)
	gbFourByCP          []int // indexes of gb18030Four, ordered by first code point
)

func init() {
	registry["gb18030"] = tableCodec("gb18030", &tableCJK{two: &gb18030Two, four: true, overrides: gb18030Encode})
	registry["big5"] = tableCodec("big5", &tableCJK{two: &big5Two, overrides: big5Encode})
	gbFourByCP = make([]int, len(gb18030Four))
	for i := range gbFourByCP {
		gbFourByCP[i] = i
	}
	sort.Slice(gbFourByCP, func(a, b int) bool { return gb18030Four[gbFourByCP[a]][1] < gb18030Four[gbFourByCP[b]][1] })
}

func fourIndex(b0, b1, b2, b3 byte) int {
	return ((int(b0-0x81)*10+int(b1-0x30))*126+int(b2-0x81))*10 + int(b3-0x30)
}

func tableCodec(name string, t *tableCJK) *codec {
	c := &codec{
		name: name, encName: name, decName: name,
		asciiCompat: true, encReason: "illegal multibyte sequence",
	}
	c.canEncode = func(r rune) bool {
		var buf [4]byte
		return r < utf8.RuneSelf || t.encodeRune(buf[:0], r) != nil
	}
	c.encodePrefix = func(dst []byte, s string) ([]byte, int) {
		i := 0
		for i < len(s) {
			if s[i] < utf8.RuneSelf {
				dst = append(dst, s[i])
				i++
				continue
			}
			r, size := DecodeRune(s, i)
			out := t.encodeRune(dst, r)
			if out == nil {
				break
			}
			dst = out
			i += size
		}
		return dst, i
	}
	c.decode = t.decode
	return c
}

// encodeRune appends the encoding of the non-ASCII r, or returns nil.
func (t *tableCJK) encodeRune(dst []byte, r rune) []byte {
	if seq, ok := t.overrides[r]; ok {
		if seq == "" {
			return nil
		}
		return append(dst, seq...)
	}
	t.once.Do(t.buildReverse)
	if k, ok := t.rev[r]; ok {
		return append(dst, byte(0x81+k/191), byte(0x40+k%191))
	}
	if !t.four || isSurrogate(r) || r > utf8.MaxRune {
		return nil
	}
	idx := -1
	if r >= 0x10000 {
		idx = gbSupplementaryBase + int(r-0x10000)
	} else {
		j := sort.Search(len(gbFourByCP), func(j int) bool { return gb18030Four[gbFourByCP[j]][1] > int32(r) }) - 1
		if j >= 0 {
			run := gb18030Four[gbFourByCP[j]]
			if int32(r) < run[1]+run[2] {
				idx = int(run[0] + int32(r) - run[1])
			}
		}
	}
	if idx < 0 {
		return nil
	}
	return append(dst, byte(0x81+idx/12600), byte(0x30+idx/1260%10), byte(0x81+idx/10%126), byte(0x30+idx%10))
}

func (t *tableCJK) buildReverse() {
	t.rev = make(map[rune]uint16, len(t.two)/2)
	for k, cp := range t.two {
		if cp == 0 {
			continue
		}
		if _, dup := t.rev[rune(cp)]; !dup {
			t.rev[rune(cp)] = uint16(k)
		}
	}
}

func isDigitByte(c byte) bool { return c >= 0x30 && c <= 0x39 }

// decodeAt decodes the multibyte character at b[0] (a byte >= 0x80). It
// returns the code point and its length, or n < 0 when b holds too few
// bytes (CPython's "incomplete multibyte sequence"), or r < 0 for an
// illegal sequence.
func (t *tableCJK) decodeAt(b []byte) (r rune, n int) {
	need := 2
	if t.four && len(b) > 1 && isDigitByte(b[1]) {
		need = 4
	}
	if len(b) < need {
		return 0, -1
	}
	b0, b1 := b[0], b[1]
	if b0 < 0x81 || b0 == 0xFF {
		return -1, 1
	}
	if need == 2 {
		if b1 < 0x40 || b1 == 0xFF {
			return -1, 1
		}
		cp := t.two[int(b0-0x81)*191+int(b1-0x40)]
		if cp == 0 {
			return -1, 1
		}
		return rune(cp), 2
	}
	b2, b3 := b[2], b[3]
	if b2 < 0x81 || b2 == 0xFF || !isDigitByte(b3) {
		return -1, 1
	}
	idx := fourIndex(b0, b1, b2, b3)
	if idx >= gbSupplementaryBase {
		cp := rune(idx-gbSupplementaryBase) + 0x10000
		if cp > utf8.MaxRune {
			return -1, 1
		}
		return cp, 4
	}
	j := sort.Search(len(gb18030Four), func(j int) bool { return int(gb18030Four[j][0]) > idx }) - 1
	if j < 0 || idx >= int(gb18030Four[j][0]+gb18030Four[j][2]) {
		return -1, 1
	}
	return rune(int(gb18030Four[j][1]) + idx - int(gb18030Four[j][0])), 4
}

func (t *tableCJK) decode(d *decoder, b []byte) error {
	buf := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			buf = append(buf, b[i])
			i++
			continue
		}
		r, n := t.decodeAt(b[i:])
		if r >= 0 && n > 0 {
			buf = utf8.AppendRune(buf, r)
			i += n
			continue
		}
		d.out.Write(buf)
		buf = buf[:0]
		end, reason := i+1, "illegal multibyte sequence"
		if n < 0 {
			end, reason = len(b), "incomplete multibyte sequence"
		}
		next, err := d.bad(b, i, end, reason)
		if err != nil {
			return err
		}
		i = next
	}
	d.out.Write(buf)
	return nil
}
