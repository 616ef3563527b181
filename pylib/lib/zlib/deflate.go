package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/internal/libarg"
)

// format is a stream's container, from wbits.
type format int

const (
	fmtZlib format = iota
	fmtRaw
	fmtGzip
	fmtAuto // zlib or gzip, decided by the header
)

// containerOf maps wbits to a container, or reports that wbits is out of range.
func containerOf(wbits int, decompress bool) (format, bool) {
	switch {
	case wbits >= 9 && wbits <= 15, decompress && wbits == 0:
		return fmtZlib, true
	case wbits >= -15 && wbits <= -9:
		return fmtRaw, true
	case wbits >= 25 && wbits <= 31:
		return fmtGzip, true
	case decompress && wbits >= 40 && wbits <= 47:
		return fmtAuto, true
	}
	return 0, false
}

// compressorType is the type of the handle _compressor returns.
var compressorType = py.NewType("_compressor", "a streaming DEFLATE compressor (internal to zlib)")

// compressor writes one stream; out collects what is ready to hand back.
type compressor struct {
	out    bytes.Buffer
	w      *flate.Writer
	f      format
	level  int
	zdict  []byte
	crc    uint32
	adler  uint32
	size   uint32
	header bool
	done   bool
}

// Type returns the handle's Python type.
func (c *compressor) Type() *py.Type { return compressorType }

func init() {
	compressorType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*compressor).write(args[0])
	}, 0, "compress data; return the output ready so far")
	compressorType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object, args py.Tuple) (py.Object, error) {
		mode, err := libarg.Int(args[0])
		if err != nil {
			return nil, err
		}
		return self.(*compressor).flush(mode)
	}, 0, "flush with a Z_* mode; Z_FINISH ends the stream")
}

// newCompressor is _compressor(level, wbits, strategy, zdict): it returns None for a bad
// level or wbits (zlib.py raises zlib.error).
func newCompressor(_ py.Object, args py.Tuple) (py.Object, error) {
	level, err := libarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	wbits, err := libarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	strategy, err := libarg.Int(args[2])
	if err != nil {
		return nil, err
	}
	f, ok := containerOf(wbits, false)
	if !ok || level < -1 || level > 9 {
		return py.None, nil
	}
	c := &compressor{f: f, level: level, adler: 1}
	if args[3] != py.None {
		if c.zdict, err = libarg.BytesArg(args[3]); err != nil {
			return nil, err
		}
	}
	goLevel := level
	if strategy == 2 { // Z_HUFFMAN_ONLY
		goLevel = flate.HuffmanOnly
	}
	c.w, _ = flate.NewWriterDict(&c.out, goLevel, c.zdict)
	c.writeHeader(wbits)
	return c, nil
}

func (c *compressor) writeHeader(wbits int) {
	switch c.f {
	case fmtZlib:
		cmf := byte((wbits-8)<<4 | 8)
		var lvl byte
		switch {
		case c.level == 0 || c.level == 1:
			lvl = 0
		case c.level >= 2 && c.level <= 5:
			lvl = 1
		case c.level == 6 || c.level == -1:
			lvl = 2
		default:
			lvl = 3
		}
		flg := lvl << 6
		if c.zdict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (int(cmf)*256+int(flg))%31)
		c.out.Write([]byte{cmf, flg})
		if c.zdict != nil {
			binary.Write(&c.out, binary.BigEndian, adler32(1, c.zdict))
		}
	case fmtGzip:
		xfl := byte(0)
		if c.level == 9 {
			xfl = 2
		} else if c.level == 1 {
			xfl = 4
		}
		c.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (c *compressor) drain() py.Object {
	b := py.Bytes(bytes.Clone(c.out.Bytes()))
	c.out.Reset()
	return b
}

func (c *compressor) write(data py.Object) (py.Object, error) {
	b, err := libarg.BytesArg(data)
	if err != nil {
		return nil, err
	}
	if c.done {
		return nil, py.ExceptionNewf(py.ValueError, "compressor already finished")
	}
	c.crc = crc32.Update(c.crc, crc32.IEEETable, b)
	c.adler = adler32(c.adler, b)
	c.size += uint32(len(b))
	c.w.Write(b)
	return c.drain(), nil
}

func (c *compressor) flush(mode int) (py.Object, error) {
	if c.done || mode == 0 { // Z_NO_FLUSH
		return c.drain(), nil
	}
	if mode != 4 { // Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK: an empty stored block
		c.w.Flush()
		return c.drain(), nil
	}
	c.w.Close()
	c.done = true
	switch c.f {
	case fmtZlib:
		binary.Write(&c.out, binary.BigEndian, c.adler)
	case fmtGzip:
		binary.Write(&c.out, binary.LittleEndian, c.crc)
		binary.Write(&c.out, binary.LittleEndian, c.size)
	}
	return c.drain(), nil
}

// inflateFn is _inflate(data, wbits, zdict) -> (output, end, eof, error): output decoded so
// far, the offset just past the stream when eof, and zlib's message for bad data (” if none).
// A stream cut short is not an error here: eof is False.
func inflateFn(_ py.Object, args py.Tuple) (py.Object, error) {
	data, err := libarg.BytesArg(args[0])
	if err != nil {
		return nil, err
	}
	wbits, err := libarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	var zdict []byte
	if args[2] != py.None {
		if zdict, err = libarg.BytesArg(args[2]); err != nil {
			return nil, err
		}
	}
	f, ok := containerOf(wbits, true)
	if !ok {
		return py.Tuple{py.Bytes(nil), py.Int(0), py.False, py.String("bad wbits")}, nil
	}
	out, end, eof, msg := inflate(data, f, zdict)
	return py.Tuple{py.Bytes(out), py.Int(end), py.NewBool(eof), py.String(msg)}, nil
}

// inflate decodes one stream at the start of data.
func inflate(data []byte, f format, zdict []byte) (out []byte, end int, eof bool, msg string) {
	if f == fmtAuto {
		f = fmtZlib
		if len(data) >= 1 && data[0] == 0x1f {
			f = fmtGzip
		}
	}
	pos := 0
	switch f {
	case fmtZlib:
		if len(data) < 2 {
			return nil, 0, false, ""
		}
		cmf, flg := data[0], data[1]
		if (int(cmf)*256+int(flg))%31 != 0 {
			return nil, 0, false, "incorrect header check"
		}
		if cmf&0x0f != 8 {
			return nil, 0, false, "unknown compression method"
		}
		if cmf>>4 > 7 {
			return nil, 0, false, "invalid window size"
		}
		pos = 2
		if flg&0x20 != 0 {
			if len(data) < 6 {
				return nil, 0, false, ""
			}
			if zdict == nil || adler32(1, zdict) != binary.BigEndian.Uint32(data[2:6]) {
				return nil, 0, false, "need dictionary"
			}
			pos = 6
		}
	case fmtGzip:
		var ok bool
		if pos, ok, msg = gzipHeader(data); !ok || msg != "" {
			return nil, 0, false, msg
		}
	}
	r := bytes.NewReader(data[pos:])
	fr := flate.NewReaderDict(r, zdict)
	out, err := io.ReadAll(fr)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return out, 0, false, ""
		}
		return out, 0, false, deflateError(data[pos:])
	}
	pos = len(data) - r.Len()
	switch f {
	case fmtZlib:
		if len(data) < pos+4 {
			return out, 0, false, ""
		}
		if binary.BigEndian.Uint32(data[pos:]) != adler32(1, out) {
			return out, 0, false, "incorrect data check"
		}
		pos += 4
	case fmtGzip:
		if len(data) < pos+8 {
			return out, 0, false, ""
		}
		if binary.LittleEndian.Uint32(data[pos:]) != crc32.ChecksumIEEE(out) {
			return out, 0, false, "incorrect data check"
		}
		if binary.LittleEndian.Uint32(data[pos+4:]) != uint32(len(out)) {
			return out, 0, false, "incorrect length check"
		}
		pos += 8
	}
	return out, pos, true, ""
}

// gzipHeader skips a gzip member header (RFC 1952): the data's offset, whether the header is
// complete, and zlib's message for a bad one.
func gzipHeader(data []byte) (int, bool, string) {
	if len(data) < 10 {
		return 0, false, ""
	}
	if data[0] != 0x1f || data[1] != 0x8b {
		return 0, false, "incorrect header check"
	}
	if data[2] != 8 {
		return 0, false, "unknown compression method"
	}
	flg := data[3]
	pos := 10
	if flg&4 != 0 { // FEXTRA
		if len(data) < pos+2 {
			return 0, false, ""
		}
		pos += 2 + int(binary.LittleEndian.Uint16(data[pos:]))
	}
	for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flg&bit != 0 {
			i := bytes.IndexByte(data[min(pos, len(data)):], 0)
			if i < 0 {
				return 0, false, ""
			}
			pos += i + 1
		}
	}
	if flg&2 != 0 { // FHCRC
		pos += 2
	}
	if pos > len(data) {
		return 0, false, ""
	}
	return pos, true, ""
}

// deflateError names what is wrong with a corrupt DEFLATE stream as zlib would for the first
// block; Go's decoder does not say, so later blocks get zlib's most common message.
func deflateError(d []byte) string {
	if len(d) == 0 {
		return "invalid block type"
	}
	switch (d[0] >> 1) & 3 {
	case 3:
		return "invalid block type"
	case 0:
		if len(d) >= 5 && binary.LittleEndian.Uint16(d[1:]) != ^binary.LittleEndian.Uint16(d[3:]) {
			return "invalid stored block lengths"
		}
	}
	return "invalid distance too far back"
}
