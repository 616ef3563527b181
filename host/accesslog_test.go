package host

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAccessLogCombinedFormat(t *testing.T) {
	s := appSite(t, nil)
	_, _ = s.do("GET", "/path.py/x?q=1", nil, http.Header{"User-Agent": {"tester/1.0"}, "Referer": {"http://ref.test/"}})
	_, _ = s.get("/missing.html")
	_, _ = s.rawGet("/index.html\"%0a")
	lines := strings.Split(strings.TrimSpace(s.access.String()), "\n")
	require.Len(t, lines, 3)
	combined := regexp.MustCompile(`^127\.0\.0\.1 - - \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "GET /path\.py/x\?q=1 HTTP/1\.1" 200 15 "http://ref\.test/" "tester/1\.0" \d+\.\d{6}$`)
	assert.Regexp(t, combined, lines[0])
	assert.Regexp(t, `"GET /missing\.html HTTP/1\.1" 404 \d+ "-" "Go-http-client/1\.1" `, lines[1])
	assert.NotContains(t, lines[2], "\n")
	assert.Contains(t, lines[2], `\"`, "quotes from the client are escaped")
}
