package host

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// recorder remembers the status and body size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (rec *recorder) WriteHeader(code int) {
	if rec.status == 0 {
		rec.status = code
	}
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *recorder) Write(p []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	n, err := rec.ResponseWriter.Write(p)
	rec.bytes += int64(n)
	return n, err
}

// Flush passes flushes through, so streamed app bodies are not held back.
func (rec *recorder) Flush() {
	if f, ok := rec.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// accessLog writes one line per request in the Combined Log Format, followed by the time the
// request took in seconds (as nginx's $request_time).
type accessLog struct {
	mu sync.Mutex
	w  *bufio.Writer
}

func newAccessLog(w io.Writer) *accessLog {
	if w == nil {
		return nil
	}
	return &accessLog{w: bufio.NewWriterSize(w, 4096)}
}

func (l *accessLog) log(r *http.Request, status int, bytes int64, start time.Time) {
	if l == nil {
		return
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	size := "-"
	if bytes > 0 {
		size = fmt.Sprint(bytes)
	}
	line := fmt.Sprintf("%s - - [%s] \"%s %s %s\" %d %s \"%s\" \"%s\" %.6f\n",
		host, start.Format("02/Jan/2006:15:04:05 -0700"), clean(r.Method), clean(r.RequestURI), clean(r.Proto),
		status, size, orDash(r.Referer()), orDash(r.UserAgent()), time.Since(start).Seconds())
	l.mu.Lock()
	defer l.mu.Unlock()
	_, _ = l.w.WriteString(line)
	_ = l.w.Flush()
}

// clean escapes quotes, backslashes and control bytes so a hostile request cannot forge lines.
func clean(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '"' || r == '\\' }) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return clean(s)
}
