package pylib

import (
	"io"

	"github.com/go-python/gpython/py"
)

// StreamType is the Python type of sys.stdout and sys.stderr: a text stream over a Go writer.
var StreamType = py.NewType("TextIOWrapper", "A text stream writing to the server's output.")

// Stream is a write-only Python text stream (write, writelines, flush) over an io.Writer.
type Stream struct {
	w io.Writer
}

// NewStream returns a stream writing to w.
func NewStream(w io.Writer) *Stream { return &Stream{w: w} }

// Type returns StreamType (py.Object).
func (s *Stream) Type() *py.Type { return StreamType }

// SetWriter points the stream at another writer.
func (s *Stream) SetWriter(w io.Writer) { s.w = w }

// Write writes text, returning the number of characters as Python's write does.
func (s *Stream) Write(text py.Object) (py.Object, error) {
	str, ok := text.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", text.Type().Name)
	}
	if _, err := io.WriteString(s.w, string(str)); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return py.Int(len([]rune(string(str)))), nil
}

func init() {
	StreamType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		return self.(*Stream).Write(arg)
	}, 0, "write(text) -> number of characters written")
	StreamType.Dict["writelines"] = py.MustNewMethod("writelines", func(self, lines py.Object) (py.Object, error) {
		return py.None, ForEach(lines, func(item py.Object) error {
			_, err := self.(*Stream).Write(item)
			return err
		})
	}, 0, "writelines(lines) -> None")
	StreamType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		if f, ok := self.(*Stream).w.(interface{ Flush() error }); ok {
			_ = f.Flush()
		}
		return py.None, nil
	}, 0, "flush() -> None")
}
