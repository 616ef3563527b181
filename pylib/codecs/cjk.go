package codecs

import (
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// cjk describes a multibyte codec built on an x/text encoding. x/text
// follows the WHATWG tables, which are supersets of CPython's (gbk there is
// gb18030's decoder, euc-kr is cp949 ...), so the byte-level rules below
// narrow them to what CPython accepts.
type cjk struct {
	enc encoding.Encoding
	// charLen returns how many bytes the character starting with lead
	// (a byte >= 0x80) and followed by next (or -1) needs.
	charLen func(lead byte, next int) int
	// valid checks a complete multibyte sequence against CPython's range.
	valid func(seq []byte) bool
	// extra maps code points CPython encodes that x/text does not.
	extra map[rune]byte
	// two, when set, is CPython's two-byte table (cjk_tables.go), used
	// instead of x/text's for two-byte sequences in both directions.
	two *tableCJK
}

func init() {
	two := func(byte, int) int { return 2 }
	registry["gbk"] = cjkCodec("gbk", cjk{enc: simplifiedchinese.GBK, charLen: two,
		valid: func(seq []byte) bool { return len(seq) == 2 }})
	registry["gb2312"] = cjkCodec("gb2312", cjk{enc: simplifiedchinese.GBK, charLen: two,
		valid: func(seq []byte) bool {
			return len(seq) == 2 && seq[0] >= 0xA1 && seq[0] <= 0xF7 && seq[1] >= 0xA1 && seq[1] <= 0xFE
		}})
	registry["shift_jis"] = cjkCodec("shift_jis", cjk{enc: japanese.ShiftJIS,
		charLen: func(lead byte, _ int) int {
			if lead >= 0x81 && lead <= 0x9F || lead >= 0xE0 && lead <= 0xFC {
				return 2
			}
			return 1
		},
		valid: func(seq []byte) bool {
			if len(seq) == 1 {
				return seq[0] >= 0xA1 && seq[0] <= 0xDF
			}
			return seq[0] <= 0xEA
		},
		two: &tableCJK{two: &shiftJISTwo, overrides: shiftJISEncode},
		// JIS X 0201 Roman: CPython writes the yen sign and overline as
		// the ASCII bytes they replace.
		extra: map[rune]byte{0xA5: 0x5C, 0x203E: 0x7E}})
	registry["euc_jp"] = cjkCodec("euc_jp", cjk{enc: japanese.EUCJP,
		charLen: func(lead byte, _ int) int {
			switch {
			case lead == 0x8F:
				return 3
			}
			return 2 // 0x8E, 0xA1..0xFE; CPython also wants a second byte after an invalid lead
		},
		valid: func([]byte) bool { return true },
		extra: map[rune]byte{0xA5: 0x5C, 0x203E: 0x7E},
		two:   &tableCJK{two: &eucJPTwo, overrides: eucJPEncode}})
	registry["euc_kr"] = cjkCodec("euc_kr", cjk{enc: korean.EUCKR,
		charLen: func(lead byte, _ int) int { return 2 },
		valid: func(seq []byte) bool {
			return len(seq) == 2 && seq[0] >= 0xA1 && seq[0] <= 0xFE && seq[1] >= 0xA1 && seq[1] <= 0xFE
		}})
}

func cjkCodec(name string, k cjk) *codec {
	c := &codec{
		name: name, encName: name, decName: name,
		asciiCompat: true, encReason: "illegal multibyte sequence",
	}
	// encodeRune encodes one non-ASCII rune, or returns nil.
	encodeRune := func(t transform.Transformer, buf *[8]byte, r rune) []byte {
		if isSurrogate(r) {
			return nil
		}
		if b, ok := k.extra[r]; ok {
			buf[0] = b
			return buf[:1]
		}
		if k.two != nil {
			if out := k.two.encodeRune(buf[:0], r); out != nil {
				return out
			}
		}
		var src [4]byte
		n := utf8.EncodeRune(src[:], r)
		t.Reset()
		nDst, _, err := t.Transform(buf[:], src[:n], true)
		if err != nil || nDst == 0 || buf[0] < 0x80 || !k.valid(buf[:nDst]) || k.two != nil && nDst == 2 {
			return nil
		}
		return buf[:nDst]
	}
	c.canEncode = func(r rune) bool {
		var buf [8]byte
		return r < utf8.RuneSelf || encodeRune(k.enc.NewEncoder(), &buf, r) != nil
	}
	c.encodePrefix = func(dst []byte, s string) ([]byte, int) {
		var t transform.Transformer
		var buf [8]byte
		i := 0
		for i < len(s) {
			if s[i] < utf8.RuneSelf {
				dst = append(dst, s[i])
				i++
				continue
			}
			if t == nil {
				t = k.enc.NewEncoder()
			}
			r, size := DecodeRune(s, i)
			out := encodeRune(t, &buf, r)
			if out == nil {
				break
			}
			dst = append(dst, out...)
			i += size
		}
		return dst, i
	}
	c.decode = func(d *decoder, b []byte) error {
		t := k.enc.NewDecoder()
		var out [16]byte
		buf := make([]byte, 0, len(b)+len(b)/2)
		for i := 0; i < len(b); {
			if b[i] < utf8.RuneSelf {
				buf = append(buf, b[i])
				i++
				continue
			}
			next := -1
			if i+1 < len(b) {
				next = int(b[i+1])
			}
			n := k.charLen(b[i], next)
			if i+n > len(b) {
				d.out.Write(buf)
				buf = buf[:0]
				resume, err := d.bad(b, i, len(b), "incomplete multibyte sequence")
				if err != nil {
					return err
				}
				i = resume
				continue
			}
			seq := b[i : i+n]
			if k.two != nil && n == 2 {
				if r, m := k.two.decodeAt(seq); r > 0 && m == 2 && k.valid(seq) {
					buf = utf8.AppendRune(buf, r)
					i += 2
					continue
				}
			}
			t.Reset()
			nDst, nSrc, err := t.Transform(out[:], seq, true)
			r, size := utf8.DecodeRune(out[:nDst])
			if err == nil && nSrc == n && size == nDst && nDst > 0 && (k.two == nil || n != 2) &&
				(r != utf8.RuneError || size == 3 && string(seq) == "\x84\x31\xa4\x37") && k.valid(seq) {
				buf = append(buf, out[:nDst]...)
				i += n
				continue
			}
			d.out.Write(buf)
			buf = buf[:0]
			resume, err := d.bad(b, i, i+1, "illegal multibyte sequence")
			if err != nil {
				return err
			}
			i = resume
		}
		d.out.Write(buf)
		return nil
	}
	return c
}
