package host

import (
	"bufio"
	"bytes"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// site is a temporary html + apps tree served by a real server on 127.0.0.1.
type site struct {
	t       *testing.T
	root    string
	srv     *Server
	ts      *httptest.Server
	errLog  *safeBuffer
	access  *safeBuffer
	logText *safeBuffer
}

// safeBuffer is a bytes.Buffer safe for the server's goroutines and the test's reads.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// writeFiles creates files (slash-separated names relative to root) with their contents.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// newSite writes files under a temporary root (names start with "html/" or "apps/") and
// serves it. tweak, if not nil, adjusts the configuration first.
func newSite(t *testing.T, files map[string]string, tweak func(*Config)) *site {
	t.Helper()
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "html"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "apps"), 0o755))
	writeFiles(t, root, files)
	cfg := Config{HTMLDir: filepath.Join(root, "html"), AppsDir: filepath.Join(root, "apps"), Workers: 2}
	if tweak != nil {
		tweak(&cfg)
	}
	s := &site{t: t, root: root, errLog: &safeBuffer{}, access: &safeBuffer{}, logText: &safeBuffer{}}
	srv, err := New(cfg, Logs{Logger: slog.New(slog.NewTextHandler(s.logText, nil)), AccessLog: s.access, ErrorLog: s.errLog})
	require.NoError(t, err)
	s.srv = srv
	s.ts = httptest.NewServer(srv)
	t.Cleanup(func() {
		s.ts.Close()
		srv.Close()
	})
	return s
}

// get sends a request with the client and returns the response with its body read.
func (s *site) do(method, path string, body io.Reader, header http.Header) (*http.Response, string) {
	s.t.Helper()
	req, err := http.NewRequest(method, s.ts.URL+path, body)
	require.NoError(s.t, err)
	for k, vs := range header {
		req.Header[k] = vs
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	require.NoError(s.t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(s.t, err)
	return resp, string(b)
}

func (s *site) get(path string) (*http.Response, string) {
	return s.do(http.MethodGet, path, nil, nil)
}

// raw writes a request exactly as given (no client normalisation of the path) and reads the
// response.
func (s *site) raw(request string) (*http.Response, string) {
	s.t.Helper()
	conn, err := net.DialTimeout("tcp", s.ts.Listener.Addr().String(), 5*time.Second)
	require.NoError(s.t, err)
	defer conn.Close()
	require.NoError(s.t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = io.WriteString(conn, request)
	require.NoError(s.t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(s.t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// rawGet sends "GET path HTTP/1.1" with the path untouched.
func (s *site) rawGet(path string) (*http.Response, string) {
	return s.raw("GET " + path + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
}

func contains(haystack string, needles ...string) bool {
	for _, n := range needles {
		if !strings.Contains(haystack, n) {
			return false
		}
	}
	return true
}

func newTestServer(h http.Handler) *httptest.Server { return httptest.NewServer(h) }
