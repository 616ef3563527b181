// Package zlib is Python's zlib module for gowsgi: checksums, one-shot and streaming
// DEFLATE compression in the zlib, gzip and raw formats, written in Python (zlib.py) over
// Go's compress/flate.
//
// The Python-visible surface:
//
//	crc32(data, value=0)  adler32(data, value=1)
//	compress(data, /, level=-1, wbits=15)  decompress(data, /, wbits=15, bufsize=16384)
//	compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)
//	    .compress(data) .flush(mode=Z_FINISH) .copy()
//	decompressobj(wbits=15, zdict=b'')
//	    .decompress(data, max_length=0) .flush(length=16384) .unused_data .unconsumed_tail .eof
//	error  MAX_WBITS DEFLATED DEF_MEM_LEVEL DEF_BUF_SIZE Z_* ZLIB_VERSION ZLIB_RUNTIME_VERSION
//
// wbits: 9..15 zlib format, -9..-15 raw deflate, 25..31 gzip, and for decompression 0 (window
// from the header) and 40..47 (zlib or gzip, detected).
//
// Compressed bytes are valid streams that CPython decompresses, but Go's DEFLATE encoder
// chooses different matches than zlib's, so they are not byte-identical to CPython's.
// decompressobj decodes its whole input again on each call (its output is correct, the cost
// quadratic in the number of chunks).
package zlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/lib/binascii"
	"gowsgi/pylib/lib/internal/libarg"
)

//go:embed zlib.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "zlib", Doc: "The functions in this module allow compression and decompression using the\nzlib library.", FileDesc: "<zlib>"},
		Methods: []*py.Method{
			libarg.Func("crc32", "Compute a CRC-32 checksum of data.", crc32Fn),
			libarg.Func("adler32", "Compute an Adler-32 checksum of data.", adler32Fn),
			py.MustNewMethod("_compressor", newCompressor, 0, "a streaming compressor: (level, wbits, strategy, zdict)"),
			py.MustNewMethod("_inflate", inflateFn, 0, "(data, wbits, zdict) -> (output, end, eof, error)"),
		},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}

var crcSpec = libarg.Spec{Name: "crc32", Params: []string{"data", "value"}, Required: 1}

func crc32Fn(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := crcSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	return binascii.CRC32(a[0], a[1])
}

var adlerSpec = libarg.Spec{Name: "adler32", Params: []string{"data", "value"}, Required: 1}

func adler32Fn(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := adlerSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := libarg.BytesArg(a[0])
	if err != nil {
		return nil, err
	}
	start := uint32(1)
	if a[1] != nil {
		if start, err = libarg.Uint32(a[1]); err != nil {
			return nil, err
		}
	}
	return py.Int(adler32(start, b)), nil
}

// adler32 continues an Adler-32 checksum (RFC 1950) from value.
func adler32(value uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := value&0xffff, value>>16
	for len(p) > 0 {
		n := min(len(p), 5552) // the longest run before the sums can overflow
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}
