package wsgi

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"github.com/go-python/gpython/py"
)

// InputType is the Python type of environ['wsgi.input'].
var InputType = py.NewType("wsgi.input", "The request body: read(size=-1), readline(size=-1), readlines(hint=-1), iteration.")

// Input is wsgi.input: a read-only binary stream over the request body. It reads from the
// connection only as the app asks, so an unread body never enters memory.
type Input struct {
	r *bufio.Reader
}

func newInput(body io.Reader) *Input {
	if body == nil {
		body = bytes.NewReader(nil)
	}
	return &Input{r: bufio.NewReaderSize(body, 8192)}
}

// Type returns InputType (py.Object).
func (in *Input) Type() *py.Type { return InputType }

// Read returns up to size bytes (all the rest when size < 0), fewer only at the end of the body.
func (in *Input) Read(size int) (py.Bytes, error) {
	if size < 0 {
		b, err := io.ReadAll(in.r)
		return py.Bytes(b), ioError(err)
	}
	buf := make([]byte, size)
	n, err := io.ReadFull(in.r, buf)
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		err = nil
	}
	return py.Bytes(buf[:n]), ioError(err)
}

// ReadLine returns the next line including its b"\n", at most size bytes when size >= 0.
func (in *Input) ReadLine(size int) (py.Bytes, error) {
	var line []byte
	for size < 0 || len(line) < size {
		c, err := in.r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, ioError(err)
		}
		line = append(line, c)
		if c == '\n' {
			break
		}
	}
	return py.Bytes(line), nil
}

// ReadLines returns the remaining lines, stopping once their total size reaches hint (> 0).
func (in *Input) ReadLines(hint int) (*py.List, error) {
	lines := py.NewList()
	total := 0
	for {
		line, err := in.ReadLine(-1)
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			return lines, nil
		}
		lines.Append(line)
		total += len(line)
		if hint > 0 && total >= hint {
			return lines, nil
		}
	}
}

// M__iter__ returns the stream itself (py.I__iter__).
func (in *Input) M__iter__() (py.Object, error) { return in, nil }

// M__next__ returns the next line, or raises StopIteration at the end (py.I__next__).
func (in *Input) M__next__() (py.Object, error) {
	line, err := in.ReadLine(-1)
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return line, nil
}

func ioError(err error) error {
	if err == nil {
		return nil
	}
	return py.ExceptionNewf(py.OSError, "reading the request body: %v", err)
}

// sizeArg reads an optional size argument: an int, or None for -1.
func sizeArg(name string, args py.Tuple, kwargs py.StringDict, kw string) (int, error) {
	var v py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+name, []string{kw}, &v); err != nil {
		return 0, err
	}
	if v == py.None {
		return -1, nil
	}
	n, ok := v.(py.Int)
	if !ok {
		if b, isBool := v.(py.Bool); isBool {
			if b {
				return 1, nil
			}
			return 0, nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", v.Type().Name)
	}
	return int(n), nil
}

func init() {
	InputType.Dict["read"] = py.MustNewMethod("read", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, err := sizeArg("read", args, kwargs, "size")
		if err != nil {
			return nil, err
		}
		return self.(*Input).Read(n)
	}, 0, "read(size=-1) -> bytes")
	InputType.Dict["readline"] = py.MustNewMethod("readline", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, err := sizeArg("readline", args, kwargs, "size")
		if err != nil {
			return nil, err
		}
		return self.(*Input).ReadLine(n)
	}, 0, "readline(size=-1) -> bytes")
	InputType.Dict["readlines"] = py.MustNewMethod("readlines", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, err := sizeArg("readlines", args, kwargs, "hint")
		if err != nil {
			return nil, err
		}
		return self.(*Input).ReadLines(n)
	}, 0, "readlines(hint=-1) -> list of bytes")
	InputType.Dict["__iter__"] = py.MustNewMethod("__iter__", func(self py.Object) (py.Object, error) {
		return self, nil
	}, 0, "iter(self)")
	InputType.Dict["__next__"] = py.MustNewMethod("__next__", func(self py.Object) (py.Object, error) {
		return self.(*Input).M__next__()
	}, 0, "next(self)")
}
