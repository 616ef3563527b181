package host

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gbkPage is "<p>中文</p>" encoded in GBK: its bytes must arrive untouched.
const gbkPage = "<meta charset=gbk><p>\xd6\xd0\xce\xc4</p>"

func staticSite(t *testing.T) *site {
	return newSite(t, map[string]string{
		"html/index.html":     "<h1>home</h1>",
		"html/gbk.html":       gbkPage,
		"html/style.css":      "body{}",
		"html/app.js":         "let x=1",
		"html/data.json":      `{"a":1}`,
		"html/pic.svg":        "<svg/>",
		"html/pic.png":        "\x89PNG\r\n\x1a\nrest",
		"html/mod.wasm":       "\x00asm",
		"html/notes.txt":      "0123456789",
		"html/sub/index.html": "<h1>sub</h1>",
		"html/empty/.keep":    "",
		"html/.hidden":        "secret hidden",
		"html/sub/.env":       "secret env",
		"html/stray.py":       "print('app source in html')",
		"apps/hello.py":       "# APP SOURCE\ndef application(e, s):\n    s('200 OK', [])\n    return [b'hi']\n",
		"secret.txt":          "TOP SECRET",
		"outside/secret.txt":  "TOP SECRET",
		"outside/evil.py":     "def application(e, s):\n    s('200 OK', [])\n    return [b'TOP SECRET']\n",
	}, nil)
}

func TestStaticFilesExactBytesAndTypes(t *testing.T) {
	s := staticSite(t)
	tests := []struct{ path, body, ctype string }{
		{"/", "<h1>home</h1>", "text/html"},
		{"/index.html", "<h1>home</h1>", "text/html"},
		{"/gbk.html", gbkPage, "text/html"},
		{"/style.css", "body{}", "text/css"},
		{"/app.js", "let x=1", "text/javascript"},
		{"/data.json", `{"a":1}`, "application/json"},
		{"/pic.svg", "<svg/>", "image/svg+xml"},
		{"/pic.png", "\x89PNG\r\n\x1a\nrest", "image/png"},
		{"/mod.wasm", "\x00asm", "application/wasm"},
		{"/notes.txt", "0123456789", "text/plain"},
		{"/sub/", "<h1>sub</h1>", "text/html"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := s.get(tt.path)
			require.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, tt.body, body)
			assert.Equal(t, tt.ctype, resp.Header.Get("Content-Type"), "no charset is invented")
			assert.NotEmpty(t, resp.Header.Get("Last-Modified"))
			assert.NotEmpty(t, resp.Header.Get("ETag"))
			assert.Equal(t, "bytes", resp.Header.Get("Accept-Ranges"))
		})
	}
}

func TestStaticConditionalAndRange(t *testing.T) {
	s := staticSite(t)
	resp, _ := s.get("/notes.txt")
	etag, lastMod := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")

	resp, body := s.do("GET", "/notes.txt", nil, http.Header{"If-None-Match": {etag}})
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)
	assert.Empty(t, body)

	resp, _ = s.do("GET", "/notes.txt", nil, http.Header{"If-Modified-Since": {lastMod}})
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)

	resp, body = s.do("GET", "/notes.txt", nil, http.Header{"If-None-Match": {`"other"`}})
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "0123456789", body)

	resp, body = s.do("GET", "/notes.txt", nil, http.Header{"Range": {"bytes=2-5"}})
	assert.Equal(t, http.StatusPartialContent, resp.StatusCode)
	assert.Equal(t, "2345", body)
	assert.Equal(t, "bytes 2-5/10", resp.Header.Get("Content-Range"))

	resp, _ = s.do("GET", "/notes.txt", nil, http.Header{"Range": {"bytes=50-60"}})
	assert.Equal(t, http.StatusRequestedRangeNotSatisfiable, resp.StatusCode)
}

func TestStaticHeadAndMethods(t *testing.T) {
	s := staticSite(t)
	resp, body := s.do("HEAD", "/notes.txt", nil, nil)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "10", resp.Header.Get("Content-Length"))
	assert.Empty(t, body)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
		resp, _ := s.do(m, "/notes.txt", strings.NewReader("x"), nil)
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode, m)
		assert.Equal(t, "GET, HEAD", resp.Header.Get("Allow"), m)
	}
}

func TestStaticNotFoundAndFolders(t *testing.T) {
	s := staticSite(t)
	resp, body := s.get("/missing.html")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Contains(t, body, "404 Not Found")
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))

	resp, _ = s.get("/sub?x=1")
	assert.Equal(t, http.StatusMovedPermanently, resp.StatusCode)
	assert.Equal(t, "/sub/?x=1", resp.Header.Get("Location"))

	resp, _ = s.get("/empty/") // a folder without index.html is not listed
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)

	resp, _ = s.get("/notes.txt/") // a file is not a folder
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

// TestHostilePaths sends paths crafted to reach files outside the html folder, hidden files or
// app source; each must be refused, and no secret may appear in any answer.
func TestHostilePaths(t *testing.T) {
	s := staticSite(t)
	outside := filepath.Join(s.root, "outside")
	require.NoError(t, os.Symlink(outside, filepath.Join(s.root, "html", "linkdir")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(s.root, "html", "link.txt")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "evil.py"), filepath.Join(s.root, "apps", "evil.py")))
	require.NoError(t, os.Symlink(outside, filepath.Join(s.root, "apps", "linked")))

	paths := []string{
		"/../secret.txt",
		"/..%2fsecret.txt",
		"/%2e%2e/secret.txt",
		"/%2e%2e%2fsecret.txt",
		"/sub/../../secret.txt",
		"/sub/%2e%2e/%2e%2e/secret.txt",
		"/sub%2f..%2f..%2fsecret.txt",
		"/..\\secret.txt",
		"/%5c..%5csecret.txt",
		"/%2e%2e%5c%2e%2e%5csecret.txt",
		"/index.html%00.txt",
		"/%00",
		"/.hidden",
		"/%2ehidden",
		"/sub/.env",
		"/sub/%2eenv",
		"/.git/config",
		"//secret.txt",
		"/....//secret.txt",
		"/%c0%ae%c0%ae/secret.txt",
		"/linkdir/secret.txt",
		"/link.txt",
		"/stray.py",
		"/STRAY.PY",
		"/hello.PY",
		"/apps/hello.py",
		"/../apps/hello.py",
		"/evil.py",
		"/linked/evil.py",
		"/os.py",
		"/sys.py",
		"/json.py",
		"/%2e%2e/apps/hello.py",
		"/sub/..%00/secret.txt",
		"/%zz",
	}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			resp, body := s.rawGet(p)
			assert.Contains(t, []int{http.StatusBadRequest, http.StatusNotFound}, resp.StatusCode)
			assert.NotContains(t, body, "SECRET")
			assert.NotContains(t, body, "secret hidden")
			assert.NotContains(t, body, "APP SOURCE")
			assert.NotContains(t, body, "app source in html")
		})
	}
	// An encoded dot is the same path (RFC 3986): it runs the app, never shows its source.
	resp, body := s.rawGet("/hello%2epy")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "hi", body)
}

func TestAppsFolderInsideHTMLIsNeverServed(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"index.html":      "home",
		"apps/hello.py":   "# APP SOURCE\ndef application(e, s):\n    s('200 OK', [])\n    return [b'hi']\n",
		"apps/notes.txt":  "APP DATA",
		"apps/sub/a.html": "APP PAGE",
	})
	s := &site{t: t, root: root, errLog: &safeBuffer{}, access: &safeBuffer{}, logText: &safeBuffer{}}
	srv, err := New(Config{HTMLDir: root, AppsDir: filepath.Join(root, "apps"), Workers: 1}, Logs{})
	require.NoError(t, err)
	s.srv = srv
	s.ts = newTestServer(srv)
	t.Cleanup(func() { s.ts.Close(); srv.Close() })

	for _, p := range []string{"/apps/notes.txt", "/apps/sub/a.html", "/apps/hello.py", "/apps/"} {
		resp, body := s.rawGet(p)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode, p)
		assert.NotContains(t, body, "APP")
	}
	resp, body := s.get("/hello.py")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "hi", body)
}
