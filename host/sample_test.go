package host

import (
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestSampleSite serves the repository's own html and apps folders, as `go run ./cmd/gowsgi`
// does, and follows every link of the home page.
func TestSampleSite(t *testing.T) {
	s := &site{t: t, errLog: &safeBuffer{}, access: &safeBuffer{}, logText: &safeBuffer{}}
	srv, err := New(Config{HTMLDir: filepath.Join("..", "html"), AppsDir: filepath.Join("..", "apps"), Workers: 2},
		Logs{ErrorLog: s.errLog})
	require.NoError(t, err)
	s.srv = srv
	s.ts = newTestServer(srv)
	t.Cleanup(func() { s.ts.Close(); srv.Close() })

	resp, home := s.get("/")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	links := regexp.MustCompile(`href="(/[^"]*)"`).FindAllStringSubmatch(home, -1)
	require.GreaterOrEqual(t, len(links), 7)
	for _, l := range links {
		href := strings.ReplaceAll(l[1], "&amp;", "&")
		resp, body := s.get(href)
		assert.Equal(t, http.StatusOK, resp.StatusCode, "%s: %s\n%s", href, body, s.errLog.String())
		assert.NotEmpty(t, body, href)
	}

	_, body := s.get("/hello.py")
	assert.Equal(t, "Hello World!", body)
	_, body = s.get("/greet.py?name=" + url.QueryEscape("<Zoë>"))
	assert.Contains(t, body, "Hello, &lt;Zoë&gt;!")
	_, body = s.do("POST", "/form.py", strings.NewReader("name=Ada&message=hi+%26+bye"),
		http.Header{"Content-Type": {"application/x-www-form-urlencoded"}})
	assert.Contains(t, body, "<th>message</th><td>hi &amp; bye</td>")
	resp, _ = s.do("PUT", "/form.py", nil, nil)
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
	_, body = s.rawGet("/pathinfo.py/a%20b/%E4%B8%AD?x=1")
	assert.Contains(t, body, "PATH_INFO       '/a b/中'")
	resp, body = s.get("/gbk.py")
	assert.Equal(t, "text/html; charset=gbk", resp.Header.Get("Content-Type"))
	text, err := simplifiedchinese.GBK.NewDecoder().String(body)
	require.NoError(t, err)
	assert.Contains(t, text, "你好，世界")
	resp, body = s.get("/gbk.html")
	assert.Equal(t, "text/html", resp.Header.Get("Content-Type"))
	text, err = simplifiedchinese.GBK.NewDecoder().String(body)
	require.NoError(t, err)
	assert.Contains(t, text, `<meta charset="gbk">`)
	assert.Contains(t, text, "国标码")
	resp, body = s.get("/logo.png")
	assert.Equal(t, "image/png", resp.Header.Get("Content-Type"))
	assert.True(t, strings.HasPrefix(body, "\x89PNG"))
}
