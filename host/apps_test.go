package host

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The apps below use only what gpython v0.2.0 itself supports, so they test the gateway, not
// pylib's additions.

const environApp = `
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    out = ''
    for k in sorted(environ.keys()):
        v = environ[k]
        if k in ('wsgi.input', 'wsgi.errors', 'wsgi.file_wrapper'):
            v = 'object'
        out = out + '%s=%r\n' % (k, v)
    return out
`

const pathApp = `
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return environ['SCRIPT_NAME'] + '|' + environ['PATH_INFO'] + '|' + environ['QUERY_STRING']
`

const inputApp = `
def application(environ, start_response):
    inp = environ['wsgi.input']
    mode = environ['QUERY_STRING']
    n = int(environ.get('CONTENT_LENGTH') or '0')
    start_response('200 OK', [('Content-Type', 'application/octet-stream')])
    if mode == 'read':
        return [inp.read(n)]
    if mode == 'readall':
        return [inp.read()]
    if mode == 'readnone':
        return [inp.read(None)]
    if mode == 'read3':
        chunks = []
        c = inp.read(3)
        while c != b'':
            chunks.append(c)
            c = inp.read(3)
        return chunks
    if mode == 'readline':
        chunks = []
        line = inp.readline()
        while line != b'':
            chunks.append(line)
            chunks.append(b'|')
            line = inp.readline()
        return chunks
    if mode == 'readline2':
        return [inp.readline(2), b'|', inp.readline(-1)]
    if mode == 'readlines':
        return inp.readlines()
    if mode == 'readlineshint':
        return inp.readlines(1)
    if mode == 'iter':
        out = []
        for line in inp:
            out.append(line)
            out.append(b'|')
        return out
    return [b'unread']
`

const misuseApp = `
import sys

class Iterable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

def application(environ, start_response):
    mode = environ['QUERY_STRING']
    if mode == 'twice':
        start_response('200 OK', [])
        start_response('200 OK', [])
    elif mode == 'short-status':
        start_response('200', [])
    elif mode == 'int-status':
        start_response(200, [])
    elif mode == 'letters-status':
        start_response('abc OK', [])
    elif mode == 'int-header':
        start_response('200 OK', [('X-Num', 1)])
    elif mode == 'crlf-header':
        start_response('200 OK', [('X-Bad', 'a\r\nSet-Cookie: x=1')])
    elif mode == 'bad-name':
        start_response('200 OK', [('X Bad', 'a')])
    elif mode == 'hop':
        start_response('200 OK', [('Connection', 'close')])
    elif mode == 'tuple-headers':
        start_response('200 OK', (('X-A', 'b'),))
    elif mode == 'triple':
        start_response('200 OK', [('X-A', 'b', 'c')])
    elif mode == 'no-start':
        return [b'body']
    elif mode == 'not-iterable':
        start_response('200 OK', [])
        return 42
    elif mode == 'bad-item':
        start_response('200 OK', [])
        return [42]
    elif mode == 'write-str':
        write = start_response('200 OK', [])
        write('text')
    elif mode == 'raise':
        raise ValueError('boom in app')
    start_response('200 OK', [])
    return [b'unreachable']
`

const responseApp = `
import sys

closed = []

class Tracked:
    def __init__(self, items, fail=False):
        self.items = items
        self.i = 0
        self.fail = fail
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            if self.fail:
                raise RuntimeError('iteration failed')
            raise StopIteration
        self.i = self.i + 1
        return self.items[self.i - 1]
    def close(self):
        closed.append(1)

BLOCK = b'x'
for _ in range(16):
    BLOCK = BLOCK + BLOCK

class Endless:
    def __iter__(self):
        return self
    def __next__(self):
        return BLOCK
    def close(self):
        closed.append(1)

def gen():
    yield b'a'
    yield b''
    yield b'b'

def application(environ, start_response):
    mode = environ['QUERY_STRING']
    if mode == 'write':
        write = start_response('200 OK', [('Content-Type', 'text/plain')])
        write(b'hello ')
        write(b'world')
        return []
    if mode == 'write-and-return':
        write = start_response('200 OK', [])
        write(b'1')
        return [b'2', b'3']
    if mode == 'gen':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return gen()
    if mode == 'one':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [b'just one']
    if mode == 'many':
        start_response('200 OK', [])
        return [b'a', b'b', b'c']
    if mode == 'app-length':
        start_response('200 OK', [('Content-Length', '5')])
        return [b'12', b'345']
    if mode == 'no-type':
        start_response('200 OK', [])
        return [b'<html>no type</html>']
    if mode == 'headers':
        start_response('201 Created', [('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2'), ('x-lower', 'v'), ('X-Empty', '')])
        return [b'']
    if mode == 'empty':
        start_response('204 No Content', [])
        return []
    if mode == 'tracked':
        start_response('200 OK', [])
        return Tracked([b't1', b't2'])
    if mode == 'tracked-fail':
        start_response('200 OK', [])
        return Tracked([], True)
    if mode == 'tracked-fail-late':
        start_response('200 OK', [])
        return Tracked([b'sent'], True)
    if mode == 'endless':
        start_response('200 OK', [])
        return Endless()
    if mode == 'closed':
        start_response('200 OK', [])
        return '%d' % len(closed)
    if mode == 'exc-info':
        start_response('200 OK', [('X-First', '1')])
        try:
            raise ValueError('handled')
        except ValueError as e:
            start_response('500 Oops', [('X-Err', 'yes')], (ValueError, e, None))
        return [b'error page']
    if mode == 'exc-info-late':
        start_response('200 OK', [])
        return late(start_response)
    if mode == 'bytes':
        start_response('200 OK', [])
        return b'bare bytes'
    start_response('404 Not Found', [])
    return [b'?']

def late(start_response):
    yield b'first'
    try:
        raise ValueError('too late')
    except ValueError as e:
        start_response('500 Oops', [], (ValueError, e, None))
    yield b'never'
`

func appSite(t *testing.T, tweak func(*Config)) *site {
	return newSite(t, map[string]string{
		"html/index.html":   "home",
		"apps/environ.py":   environApp,
		"apps/path.py":      pathApp,
		"apps/shop/cart.py": pathApp,
		"apps/input.py":     inputApp,
		"apps/misuse.py":    misuseApp,
		"apps/response.py":  responseApp,
		"apps/noapp.py":     "x = 1\n",
		"apps/syntax.py":    "def application(environ, start_response):\n    return [b'ok'\n\nx = (\n",
		"apps/gbk.py":       "def application(environ, start_response):\n    start_response('200 OK', [('Content-Type', 'text/html; charset=gbk')])\n    return '\u4e2d\u6587'\n",
		"apps/gbkgen.py":    "def application(environ, start_response):\n    start_response('200 OK', [('Content-Type', 'text/plain; charset=GBK')])\n    yield '\u4e2d'\n    yield '\u6587'\n",
		"apps/utf8.py":      "def application(environ, start_response):\n    start_response('200 OK', [('Content-Type', 'text/plain')])\n    return '\u00e9\u4e2d'\n",
		"apps/talk.py":      "import sys\ndef application(environ, start_response):\n    environ['wsgi.errors'].write('to wsgi.errors\\n')\n    environ['wsgi.errors'].writelines(['line a\\n', 'line b\\n'])\n    environ['wsgi.errors'].flush()\n    print('from print')\n    sys.stderr.write('to stderr\\n')\n    start_response('200 OK', [])\n    return [b'talked']\n",
		"apps/usehelper.py": "import helpers\nfrom helpers import twice\ndef application(environ, start_response):\n    start_response('200 OK', [])\n    return [helpers.greeting(), twice(b'x')]\n",
		"apps/helpers.py":   "def greeting():\n    return b'hello from helpers;'\ndef twice(b):\n    return b + b\n",
		"apps/spin.py":      "log = []\ndef application(environ, start_response):\n    if environ['QUERY_STRING'] == 'log':\n        start_response('200 OK', [])\n        return [', '.join(log).encode()]\n    try:\n        while True:\n            pass\n    finally:\n        log.append('finally ran')\n",
		"apps/slow.py":      "import time\ndef application(environ, start_response):\n    time.sleep(float(environ['QUERY_STRING'] or '0.3'))\n    start_response('200 OK', [])\n    return [b'slow done']\n",
	}, tweak)
}

func parseEnviron(body string) map[string]string {
	env := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	return env
}

func TestEnvironKeys(t *testing.T) {
	s := appSite(t, nil)
	resp, body := s.raw("POST /environ.py/a/b?x=1&y=%20 HTTP/1.1\r\nHost: example.test:8080\r\n" +
		"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nX-Tag: one\r\nX-Tag: two\r\n" +
		"X_Spoof: no\r\nConnection: close\r\n\r\na=1")
	require.Equal(t, http.StatusOK, resp.StatusCode, body)
	env := parseEnviron(body)
	want := map[string]string{
		"REQUEST_METHOD":    "'POST'",
		"SCRIPT_NAME":       "'/environ.py'",
		"PATH_INFO":         "'/a/b'",
		"QUERY_STRING":      "'x=1&y=%20'",
		"CONTENT_TYPE":      "'application/x-www-form-urlencoded'",
		"CONTENT_LENGTH":    "'3'",
		"SERVER_NAME":       "'example.test'",
		"SERVER_PORT":       "'8080'",
		"SERVER_PROTOCOL":   "'HTTP/1.1'",
		"REMOTE_ADDR":       "'127.0.0.1'",
		"HTTP_HOST":         "'example.test:8080'",
		"HTTP_X_TAG":        "'one,two'",
		"GATEWAY_INTERFACE": "'CGI/1.1'",
		"wsgi.version":      "(1, 0)",
		"wsgi.url_scheme":   "'http'",
		"wsgi.input":        "'object'",
		"wsgi.errors":       "'object'",
		"wsgi.file_wrapper": "'object'",
		"wsgi.multithread":  "False",
		"wsgi.multiprocess": "True",
		"wsgi.run_once":     "False",
	}
	for k, v := range want {
		assert.Equal(t, v, env[k], k)
	}
	assert.Regexp(t, `^'\d+'$`, env["REMOTE_PORT"])
	assert.Contains(t, env, "SERVER_SOFTWARE")
	for _, k := range []string{"HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH", "HTTP_X_SPOOF", "HTTP_CONNECTION_X"} {
		assert.NotContains(t, env, k)
	}

	// Without a body there is no CONTENT_LENGTH or CONTENT_TYPE at all.
	_, body = s.get("/environ.py")
	env = parseEnviron(body)
	assert.NotContains(t, env, "CONTENT_LENGTH")
	assert.NotContains(t, env, "CONTENT_TYPE")
	assert.Equal(t, "''", env["PATH_INFO"])
	assert.Equal(t, "''", env["QUERY_STRING"])
}

func TestScriptNameAndPathInfo(t *testing.T) {
	s := appSite(t, nil)
	tests := []struct{ path, want string }{
		{"/path.py", "/path.py||"},
		{"/path.py/", "/path.py|/|"},
		{"/path.py/more/path?x=1", "/path.py|/more/path|x=1"},
		{"/path.py/a%20b/c%2Fd?q=%20", "/path.py|/a b/c/d|q=%20"},
		{"/shop/cart.py/checkout", "/shop/cart.py|/checkout|"},
		{"/path.py/%E4%B8%AD", "/path.py|/\xe4\xb8\xad|"},
		{"/path.py/%FF", "/path.py|/\xff|"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := s.rawGet(tt.path)
			require.Equal(t, http.StatusOK, resp.StatusCode, body)
			// The app returns its str as UTF-8; PATH_INFO's characters are the URL's bytes
			// (latin-1), so turn each character back into one byte.
			assert.Equal(t, tt.want, latin1Bytes(t, body))
		})
	}
	resp, _ := s.get("/missing.py")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	resp, _ = s.get("/shop/missing.py/x")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	resp, _ = s.get("/shop.py")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

func latin1Bytes(t *testing.T, utf8Text string) string {
	var b []byte
	for _, r := range utf8Text {
		require.Less(t, r, rune(256), "PATH_INFO must hold only latin-1 code points")
		b = append(b, byte(r))
	}
	return string(b)
}

func TestWSGIInput(t *testing.T) {
	s := appSite(t, nil)
	mib := bytes.Repeat([]byte("0123456789abcdef"), 65536)
	bodies := map[string][]byte{"0B": {}, "1B": []byte("z"), "1MiB": mib, "lines": []byte("one\ntwo\n\nthree")}
	for name, body := range bodies {
		for _, mode := range []string{"read", "readall", "readnone", "read3"} {
			t.Run(name+"/"+mode, func(t *testing.T) {
				resp, got := s.do("POST", "/input.py?"+mode, bytes.NewReader(body), nil)
				require.Equal(t, http.StatusOK, resp.StatusCode, got)
				assert.Equal(t, len(body), len(got))
				assert.True(t, bytes.Equal(body, []byte(got)))
			})
		}
	}
	lineTests := []struct{ mode, want string }{
		{"readline", "one\n|two\n|\n|three|"},
		{"readline2", "on|e\n"},
		{"readlines", "one\ntwo\n\nthree"},
		{"readlineshint", "one\n"},
		{"iter", "one\n|two\n|\n|three|"},
	}
	for _, tt := range lineTests {
		t.Run("lines/"+tt.mode, func(t *testing.T) {
			_, got := s.do("POST", "/input.py?"+tt.mode, strings.NewReader("one\ntwo\n\nthree"), nil)
			assert.Equal(t, tt.want, got)
		})
	}
	// A chunked body (no Content-Length) reads to its end.
	resp, got := s.raw("POST /input.py?readall HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
		"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "abcde", got)
	// An app that never reads the body still answers.
	_, got = s.do("POST", "/input.py?skip", bytes.NewReader(mib), nil)
	assert.Equal(t, "unread", got)
}

func TestStartResponseMisuseGives500(t *testing.T) {
	s := appSite(t, nil)
	modes := []string{"twice", "short-status", "int-status", "letters-status", "int-header", "crlf-header",
		"bad-name", "hop", "tuple-headers", "triple", "no-start", "not-iterable", "bad-item", "write-str", "raise"}
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			resp, body := s.get("/misuse.py?" + mode)
			assert.Equal(t, http.StatusInternalServerError, resp.StatusCode)
			assert.NotContains(t, body, "Traceback", "tracebacks only in -dev mode")
			assert.Empty(t, resp.Header.Get("Set-Cookie"))
		})
	}
	log := s.errLog.String()
	assert.True(t, contains(log, "Traceback (most recent call last):", "misuse.py", "ValueError: boom in app"), log)
	assert.Contains(t, log, "line 43")
	assert.Contains(t, log, "raise ValueError('boom in app')", "the source line is shown")
	assert.Contains(t, s.logText.String(), "app failed")
}

func TestResponseBodies(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Workers = 1 })
	tests := []struct {
		mode, body, length string
		status             int
		chunked            bool
	}{
		{"write", "hello world", "", 200, true},
		{"write-and-return", "123", "", 200, true},
		{"gen", "ab", "", 200, true},
		{"one", "just one", "8", 200, false},
		{"many", "abc", "", 200, false},
		{"app-length", "12345", "5", 200, false},
		{"empty", "", "", 204, false},
		{"bytes", "bare bytes", "10", 200, false},
		{"exc-info", "error page", "10", 500, false},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			resp, body := s.get("/response.py?" + tt.mode)
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.Equal(t, tt.body, body)
			if tt.length != "" {
				assert.Equal(t, tt.length, resp.Header.Get("Content-Length"))
			}
			if tt.chunked {
				assert.Equal(t, []string{"chunked"}, resp.TransferEncoding)
			}
		})
	}
	resp, _ := s.get("/response.py?exc-info")
	assert.Equal(t, "yes", resp.Header.Get("X-Err"))
	assert.Empty(t, resp.Header.Get("X-First"), "exc_info replaces all headers")

	resp, body := s.get("/response.py?no-type")
	assert.Equal(t, "<html>no type</html>", body)
	assert.NotContains(t, resp.Header, "Content-Type", "the server invents no Content-Type")

	resp, _ = s.get("/response.py?headers")
	assert.Equal(t, 201, resp.StatusCode)
	assert.Equal(t, []string{"a=1", "b=2"}, resp.Header.Values("Set-Cookie"))
	assert.Equal(t, "v", resp.Header.Get("X-Lower"))
	assert.Contains(t, resp.Header, "X-Empty")

	resp, body = s.do("HEAD", "/response.py?one", nil, nil)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "8", resp.Header.Get("Content-Length"))
	assert.Empty(t, body)
}

func TestCloseIsAlwaysCalled(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Workers = 1 })
	closedCount := func() string {
		_, body := s.get("/response.py?closed")
		return body
	}
	require.Equal(t, "0", closedCount())

	_, body := s.get("/response.py?tracked")
	assert.Equal(t, "t1t2", body)
	assert.Equal(t, "1", closedCount(), "after success")

	resp, _ := s.get("/response.py?tracked-fail")
	assert.Equal(t, 500, resp.StatusCode)
	assert.Equal(t, "2", closedCount(), "after an error before the body")

	// An error after the headers went out cuts the connection: the client sees a broken body.
	req, _ := http.NewRequest("GET", s.ts.URL+"/response.py?tracked-fail-late", nil)
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		_, err = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	assert.Error(t, err, "a failure after the headers must not look like a complete answer")
	assert.Equal(t, "3", closedCount(), "after an error in the body")

	// The client leaves in the middle of an endless body.
	conn, err := net.Dial("tcp", s.ts.Listener.Addr().String())
	require.NoError(t, err)
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = io.WriteString(conn, "GET /response.py?endless HTTP/1.1\r\nHost: t\r\n\r\n")
	require.NoError(t, err)
	buf := make([]byte, 100000)
	_, err = io.ReadAtLeast(conn, buf, 100000)
	require.NoError(t, err)
	conn.Close()
	assert.Eventually(t, func() bool { return closedCount() == "4" }, 5*time.Second, 20*time.Millisecond,
		"after the client disconnected")
}

func TestExcInfoAfterHeadersCutsConnection(t *testing.T) {
	s := appSite(t, nil)
	resp, err := http.Get(s.ts.URL + "/response.py?exc-info-late")
	if err == nil {
		_, err = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	assert.Error(t, err)
	assert.Contains(t, s.errLog.String(), "ValueError: too late")
}

func TestStrBodiesWithCharset(t *testing.T) {
	s := appSite(t, nil)
	resp, body := s.get("/gbk.py")
	assert.Equal(t, "\xd6\xd0\xce\xc4", body, "encoded with the charset the Content-Type names")
	assert.Equal(t, "4", resp.Header.Get("Content-Length"))
	_, body = s.get("/gbkgen.py")
	assert.Equal(t, "\xd6\xd0\xce\xc4", body)
	_, body = s.get("/utf8.py")
	assert.Equal(t, "\u00e9\u4e2d", body, "UTF-8 without a charset")
	assert.True(t, utf8.ValidString(body))
	_, _ = s.get("/gbk.py")
	notes := strings.Count(s.logText.String(), "app=/gbk.py")
	assert.Equal(t, 1, notes, "the extension is noted once per app")
}

func TestAppErrors(t *testing.T) {
	s := appSite(t, nil)
	resp, body := s.get("/syntax.py")
	assert.Equal(t, 500, resp.StatusCode)
	assert.NotContains(t, body, "SyntaxError")
	assert.Contains(t, s.errLog.String(), "SyntaxError")
	assert.Contains(t, s.errLog.String(), "syntax.py\", line ")

	resp, _ = s.get("/noapp.py")
	assert.Equal(t, 500, resp.StatusCode)
	assert.Contains(t, s.errLog.String(), "has no attribute 'application'")

	// The server keeps serving.
	resp, body = s.get("/path.py/still")
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "/path.py|/still|", body)
}

func TestDevModeShowsTraceback(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Dev = true })
	resp, body := s.get("/misuse.py?raise")
	assert.Equal(t, 500, resp.StatusCode)
	assert.True(t, contains(body, "Traceback (most recent call last):", "ValueError: boom in app", "misuse.py"), body)
	resp, body = s.get("/syntax.py")
	assert.Equal(t, 500, resp.StatusCode)
	assert.Contains(t, body, "SyntaxError")
}

func TestErrorStreamsGoToErrorLogTagged(t *testing.T) {
	s := appSite(t, nil)
	_, body := s.get("/talk.py")
	assert.Equal(t, "talked", body)
	log := s.errLog.String()
	for _, line := range []string{"[talk.py] to wsgi.errors", "[talk.py] line a", "[talk.py] line b", "[talk.py] from print", "[talk.py] to stderr"} {
		assert.Contains(t, log, line)
	}
	assert.NotContains(t, s.access.String(), "from print", "app output never mixes into the access log")
}

func TestSiblingImport(t *testing.T) {
	s := appSite(t, nil)
	resp, body := s.get("/usehelper.py")
	require.Equal(t, 200, resp.StatusCode, s.errLog.String())
	assert.Equal(t, "hello from helpers;xx", body)
}

// rewrite replaces a file's content and makes sure its stamp changes even on coarse clocks.
func rewrite(t *testing.T, path, content string) {
	t.Helper()
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	later := st.ModTime().Add(2 * time.Second)
	require.NoError(t, os.Chtimes(path, later, later))
}

func TestReloadAfterEdit(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Workers = 3 })
	app := filepath.Join(s.root, "apps", "ver.py")
	writeFiles(t, s.root, map[string]string{"apps/ver.py": "def application(e, s):\n    s('200 OK', [])\n    return [b'v1']\n"})
	for range 6 {
		_, body := s.get("/ver.py")
		require.Equal(t, "v1", body)
	}
	rewrite(t, app, "def application(e, s):\n    s('200 OK', [])\n    return [b'v2']\n")
	for range 6 { // every interpreter sees the new version
		_, body := s.get("/ver.py")
		assert.Equal(t, "v2", body)
	}
	// A change in an imported sibling module reloads it too.
	for range 3 {
		_, body := s.get("/usehelper.py")
		require.Equal(t, "hello from helpers;xx", body)
	}
	rewrite(t, filepath.Join(s.root, "apps", "helpers.py"), "def greeting():\n    return b'changed;'\ndef twice(b):\n    return b + b + b\n")
	for range 6 {
		_, body := s.get("/usehelper.py")
		assert.Equal(t, "changed;xxx", body)
	}
	// A syntax error introduced by an edit is reported; fixing it serves again.
	rewrite(t, app, "def application(e, s):\n    return [b'oops'\n")
	resp, _ := s.get("/ver.py")
	assert.Equal(t, 500, resp.StatusCode)
	rewrite(t, app, "def application(e, s):\n    s('200 OK', [])\n    return [b'v3']\n")
	_, body := s.get("/ver.py")
	assert.Equal(t, "v3", body)
}

func TestConcurrentRequests(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Workers = 4 })
	var wg sync.WaitGroup
	errs := make(chan error, 400)
	for g := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				want := fmt.Sprintf("/path.py|/g%d/i%d|n=%d", g, i, g*100+i)
				resp, err := http.Get(fmt.Sprintf("%s/path.py/g%d/i%d?n=%d", s.ts.URL, g, i, g*100+i))
				if err != nil {
					errs <- err
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if string(b) != want {
					errs <- fmt.Errorf("got %q, want %q", b, want)
				}
				st, err := http.Get(s.ts.URL + "/index.html")
				if err == nil {
					st.Body.Close()
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestBusyPoolGives503(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Workers = 1; c.QueueTimeout = 100 * time.Millisecond })
	done := make(chan string)
	go func() {
		resp, err := http.Get(s.ts.URL + "/slow.py?1.0")
		if err != nil {
			done <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- string(b)
	}()
	time.Sleep(200 * time.Millisecond)
	resp, _ := s.get("/path.py")
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.NotEmpty(t, resp.Header.Get("Retry-After"))
	assert.Equal(t, "slow done", <-done)
	resp, _ = s.get("/path.py")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

func TestGracefulShutdown(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"html/index.html": "home",
		"apps/slow.py":    "import time\ndef application(environ, start_response):\n    time.sleep(0.5)\n    start_response('200 OK', [])\n    return [b'finished']\n",
	})
	srv, err := New(Config{HTMLDir: filepath.Join(root, "html"), AppsDir: filepath.Join(root, "apps"), Workers: 2}, Logs{})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()

	result := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow.py")
		if err != nil {
			result <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		result <- string(b)
	}()
	time.Sleep(150 * time.Millisecond) // the request is in flight
	cancel()
	assert.Equal(t, "finished", <-result, "an in-flight request completes")
	select {
	case err := <-served:
		assert.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after shutdown")
	}
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	assert.Error(t, err, "no longer accepting")
}

func TestRequestDeadline(t *testing.T) {
	s := appSite(t, func(c *Config) { c.Workers = 1; c.RequestTimeout = 200 * time.Millisecond })
	start := time.Now()
	resp, _ := s.get("/spin.py")
	assert.Equal(t, http.StatusInternalServerError, resp.StatusCode)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.Contains(t, s.errLog.String(), "TimeoutError: request exceeded its 200ms deadline")
	_, body := s.get("/spin.py?log")
	assert.Equal(t, "finally ran", body, "the app's finally block ran, and the interpreter serves on")
}
