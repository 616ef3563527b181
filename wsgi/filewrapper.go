package wsgi

import "github.com/go-python/gpython/py"

// FileWrapperType is the type of the iterables wsgi.file_wrapper returns.
var FileWrapperType = py.NewType("wsgi.file_wrapper", "Iterates a file-like object in blocks; close() closes it.")

// fileWrapper iterates a file-like object by calling its read(blksize) until it returns b"".
type fileWrapper struct {
	file    py.Object
	blksize int
}

// Type returns FileWrapperType (py.Object).
func (f *fileWrapper) Type() *py.Type { return FileWrapperType }

// M__iter__ returns the wrapper itself (py.I__iter__).
func (f *fileWrapper) M__iter__() (py.Object, error) { return f, nil }

// M__next__ reads the next block (py.I__next__).
func (f *fileWrapper) M__next__() (py.Object, error) {
	block, err := py.Call(mustAttr(f.file, "read"), py.Tuple{py.Int(f.blksize)}, nil)
	if err != nil {
		return nil, err
	}
	if b, ok := block.(py.Bytes); ok && len(b) == 0 {
		return nil, py.StopIteration
	}
	if s, ok := block.(py.String); ok && len(s) == 0 {
		return nil, py.StopIteration
	}
	return block, nil
}

func mustAttr(obj py.Object, name string) py.Object {
	v, err := py.GetAttrString(obj, name)
	if err != nil {
		return py.MustNewMethod(name, func(py.Object, py.Tuple) (py.Object, error) { return nil, err }, 0, "")
	}
	return v
}

// fileWrapperFunc is environ['wsgi.file_wrapper'](filelike, block_size=8192).
var fileWrapperFunc = py.MustNewMethod("file_wrapper", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var file py.Object
	var size py.Object = py.Int(8192)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:file_wrapper", []string{"filelike", "block_size"}, &file, &size); err != nil {
		return nil, err
	}
	n, ok := size.(py.Int)
	if !ok || n <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "block_size must be a positive int")
	}
	return &fileWrapper{file: file, blksize: int(n)}, nil
}, 0, "file_wrapper(filelike, block_size=8192) -> iterable of blocks (PEP 3333)")

func init() {
	FileWrapperType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		closeFn, err := py.GetAttrString(self.(*fileWrapper).file, "close")
		if err != nil {
			return py.None, nil
		}
		return py.Call(closeFn, nil, nil)
	}, 0, "close() -> None; closes the wrapped file")
}
