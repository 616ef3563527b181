package codecs

import (
	"encoding/binary"
	"unicode/utf8"
)

// registry maps CPython codec module names to codecs.
var registry = map[string]*codec{}

var codecUTF8 = &codec{
	name: "utf-8", encName: "utf-8", decName: "utf-8",
	asciiCompat: true, groupErrors: true, encReason: "surrogates not allowed",
	encodePrefix: encodeUTF8Prefix,
	canEncode:    func(r rune) bool { return !isSurrogate(r) },
	decode:       decodeUTF8,
}

func init() {
	registry["utf_8"] = codecUTF8
	registry["utf_8_sig"] = &codec{
		name: "utf-8-sig", encName: "utf-8", decName: "utf-8",
		asciiCompat: true, groupErrors: true, encReason: "surrogates not allowed",
		encodePrefix: encodeUTF8Prefix,
		canEncode:    codecUTF8.canEncode,
		decode: func(d *decoder, b []byte) error {
			if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
				b, d.base = b[3:], 3
			}
			return decodeUTF8(d, b)
		},
		bom: "\xEF\xBB\xBF",
	}
	registry["ascii"] = singleByte("ascii", "ascii", "ordinal not in range(128)", 0x80, nil)
	registry["latin_1"] = singleByte("iso8859-1", "latin-1", "ordinal not in range(256)", 0x100, nil)
	registry["cp1252"] = singleByte("cp1252", "charmap", "character maps to <undefined>", 0x80, &cp1252High)
	for _, bits := range []int{16, 32} {
		for _, order := range []string{"", "le", "be"} {
			registry[utfModule(bits, order)] = utfCodec(bits, order)
		}
	}
}

// encodeUTF8Prefix copies the valid UTF-8 prefix of s (stopping at a
// surrogate or an invalid byte).
func encodeUTF8Prefix(dst []byte, s string) ([]byte, int) {
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return append(dst, s[:i]...), i
}

// decodeUTF8 decodes UTF-8, reporting each maximal invalid subpart with
// CPython's reason.
func decodeUTF8(d *decoder, b []byte) error {
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] < utf8.RuneSelf {
			j++
		}
		for j < len(b) {
			r, size := utf8.DecodeRune(b[j:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			j += size
		}
		d.out.Write(b[i:j])
		if j == len(b) {
			return nil
		}
		n, reason := utf8Invalid(b[j:])
		resume, err := d.bad(b, j, j+n, reason)
		if err != nil {
			return err
		}
		i = resume
	}
	return nil
}

// utf8Invalid returns the length of the invalid sequence at the start of b
// and CPython's reason for it.
func utf8Invalid(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1, "invalid start byte"
	}
	k := 1
	for ; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return k, "invalid continuation byte" // not reached for invalid input
}

// cp1252High maps bytes 0x80..0x9F of cp1252; 0 marks an undefined byte.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// singleByte builds ascii, latin-1 or cp1252: code points below limit map to
// themselves, and high (if set) maps bytes 0x80..0x9F for cp1252, whose
// bytes 0xA0..0xFF are latin-1.
func singleByte(name, msgName, reason string, limit rune, high *[32]rune) *codec {
	rev := map[rune]byte{}
	if high != nil {
		for i, r := range high {
			if r != 0 {
				rev[r] = byte(0x80 + i)
			}
		}
	}
	encByte := func(r rune) (byte, bool) {
		if r < limit || high != nil && r >= 0xA0 && r <= 0xFF {
			return byte(r), true
		}
		b, ok := rev[r]
		return b, ok
	}
	return &codec{
		name: name, encName: msgName, decName: msgName,
		asciiCompat: true, groupErrors: true, encReason: reason,
		canEncode: func(r rune) bool { _, ok := encByte(r); return ok },
		encodePrefix: func(dst []byte, s string) ([]byte, int) {
			i := 0
			for i < len(s) {
				if s[i] < utf8.RuneSelf {
					dst = append(dst, s[i])
					i++
					continue
				}
				r, size := DecodeRune(s, i)
				b, ok := encByte(r)
				if !ok {
					break
				}
				dst = append(dst, b)
				i += size
			}
			return dst, i
		},
		decode: func(d *decoder, b []byte) error {
			buf := make([]byte, 0, len(b))
			for i, x := range b {
				switch {
				case x < utf8.RuneSelf:
					buf = append(buf, x)
				case high != nil && x < 0xA0 && high[x-0x80] != 0:
					buf = utf8.AppendRune(buf, high[x-0x80])
				case high != nil && x >= 0xA0 || rune(x) < limit:
					buf = utf8.AppendRune(buf, rune(x))
				default:
					d.out.Write(buf)
					buf = buf[:0]
					if _, err := d.bad(b, i, i+1, reason); err != nil {
						return err
					}
				}
			}
			d.out.Write(buf)
			return nil
		},
	}
}

func utfModule(bits int, order string) string {
	name := "utf_16"
	if bits == 32 {
		name = "utf_32"
	}
	if order != "" {
		name += "_" + order
	}
	return name
}

// utfCodec builds utf-16/utf-32 with byte order order ("" = BOM, "le", "be").
func utfCodec(bits int, order string) *codec {
	name := "utf-16"
	if bits == 32 {
		name = "utf-32"
	}
	if order != "" {
		name += "-" + order
	}
	var bo interface {
		binary.ByteOrder
		binary.AppendByteOrder
	} = binary.LittleEndian
	if order == "be" {
		bo = binary.BigEndian
	}
	c := &codec{
		name: name, encName: name, decName: name,
		encReason: "surrogates not allowed",
		canEncode: func(r rune) bool { return !isSurrogate(r) },
	}
	c.encodePrefix = func(dst []byte, s string) ([]byte, int) {
		i := 0
		for i < len(s) {
			r, size := DecodeRune(s, i)
			if isSurrogate(r) {
				break
			}
			dst = appendUnit(dst, bo, bits, r)
			i += size
		}
		return dst, i
	}
	if order == "" {
		c.bom = string(appendUnit(nil, bo, bits, 0xFEFF))
	}
	c.decode = func(d *decoder, b []byte) error {
		dbo, dorder := binary.ByteOrder(bo), order
		if order == "" {
			dorder = "le"
			if bits == 16 && len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF ||
				bits == 32 && len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF {
				dbo, dorder = binary.BigEndian, "be"
				b, d.base = b[bits/8:], bits/8
			} else if bits == 16 && len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE ||
				bits == 32 && len(b) >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 {
				b, d.base = b[bits/8:], bits/8
			}
			d.name = name + "-" + dorder
		}
		if bits == 16 {
			return decodeUTF16(d, b, dbo)
		}
		return decodeUTF32(d, b, dbo)
	}
	return c
}

func appendUnit(dst []byte, bo binary.AppendByteOrder, bits int, r rune) []byte {
	if bits == 32 {
		return bo.AppendUint32(dst, uint32(r))
	}
	if r < 0x10000 {
		return bo.AppendUint16(dst, uint16(r))
	}
	r -= 0x10000
	dst = bo.AppendUint16(dst, uint16(0xD800+(r>>10)))
	return bo.AppendUint16(dst, uint16(0xDC00+(r&0x3FF)))
}

func decodeUTF16(d *decoder, b []byte, bo binary.ByteOrder) error {
	var buf []byte
	flush := func() { d.out.Write(buf); buf = buf[:0] }
	for i := 0; i < len(b); {
		var n int
		var reason string
		if len(b)-i < 2 {
			n, reason = len(b)-i, "truncated data"
		} else {
			u := rune(bo.Uint16(b[i:]))
			switch {
			case u < 0xD800 || u > 0xDFFF:
				buf = utf8.AppendRune(buf, u)
				i += 2
				continue
			case u >= 0xDC00:
				n, reason = 2, "illegal encoding"
			case len(b)-i < 4:
				n, reason = len(b)-i, "unexpected end of data"
			default:
				u2 := rune(bo.Uint16(b[i+2:]))
				if u2 >= 0xDC00 && u2 <= 0xDFFF {
					buf = utf8.AppendRune(buf, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
					i += 4
					continue
				}
				n, reason = 2, "illegal UTF-16 surrogate"
			}
		}
		flush()
		resume, err := d.bad(b, i, i+n, reason)
		if err != nil {
			return err
		}
		i = resume
	}
	flush()
	return nil
}

func decodeUTF32(d *decoder, b []byte, bo binary.ByteOrder) error {
	var buf []byte
	for i := 0; i < len(b); {
		var n int
		var reason string
		if len(b)-i < 4 {
			n, reason = len(b)-i, "truncated data"
		} else {
			u := bo.Uint32(b[i:])
			switch {
			case u > 0x10FFFF:
				n, reason = 4, "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF:
				n, reason = 4, "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				buf = utf8.AppendRune(buf, rune(u))
				i += 4
				continue
			}
		}
		d.out.Write(buf)
		buf = buf[:0]
		resume, err := d.bad(b, i, i+n, reason)
		if err != nil {
			return err
		}
		i = resume
	}
	d.out.Write(buf)
	return nil
}
