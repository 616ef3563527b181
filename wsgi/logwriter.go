package wsgi

import (
	"bytes"
	"io"
	"sync"
)

// syncWriter serialises writes from many interpreters to one log.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// lineWriter writes complete lines to the error log, each prefixed with a tag naming the app
// that wrote it. A partial line waits for its newline or for Flush.
type lineWriter struct {
	out io.Writer
	tag string
	buf []byte
}

func newLineWriter(out io.Writer) *lineWriter { return &lineWriter{out: out} }

// SetTag sets the prefix of the lines written from now on (after flushing the pending line).
func (l *lineWriter) SetTag(tag string) {
	l.Flush()
	l.tag = tag
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.buf = append(l.buf, p...)
	for {
		i := bytes.IndexByte(l.buf, '\n')
		if i < 0 {
			break
		}
		l.emit(l.buf[:i+1])
		l.buf = l.buf[i+1:]
	}
	if len(l.buf) == 0 {
		l.buf = nil
	}
	return len(p), nil
}

// Flush writes a pending partial line.
func (l *lineWriter) Flush() error {
	if len(l.buf) > 0 {
		l.emit(append(l.buf, '\n'))
		l.buf = nil
	}
	return nil
}

func (l *lineWriter) emit(line []byte) {
	var b bytes.Buffer
	if l.tag != "" {
		b.WriteString("[")
		b.WriteString(l.tag)
		b.WriteString("] ")
	}
	b.Write(line)
	_, _ = l.out.Write(b.Bytes())
}
