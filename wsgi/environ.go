package wsgi

import (
	"net"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// App names the app a request runs and how its URL divides.
type App struct {
	File string // the app's .py file
	Name string // its module name (__name__), e.g. "shop.cart"
	// ScriptName and PathInfo are the URL-decoded bytes of the path up to and including ".py",
	// and the rest. They reach Python as latin-1 text, as PEP 3333 says.
	ScriptName, PathInfo string
}

// ServerSoftware is environ['SERVER_SOFTWARE'].
const ServerSoftware = "gowsgi/0.1"

// buildEnviron makes the PEP 3333 environ for one request.
func (g *Gateway) buildEnviron(r *http.Request, app App, input *Input, errors py.Object) py.StringDict {
	env := py.StringDict{
		"REQUEST_METHOD":    py.String(r.Method),
		"SCRIPT_NAME":       latin1(app.ScriptName),
		"PATH_INFO":         latin1(app.PathInfo),
		"QUERY_STRING":      latin1(r.URL.RawQuery),
		"SERVER_PROTOCOL":   py.String(r.Proto),
		"SERVER_SOFTWARE":   py.String(ServerSoftware),
		"GATEWAY_INTERFACE": py.String("CGI/1.1"),
		"wsgi.version":      py.Tuple{py.Int(1), py.Int(0)},
		"wsgi.url_scheme":   py.String(scheme(r)),
		"wsgi.input":        input,
		"wsgi.errors":       errors,
		// Each interpreter has its own copy of every module, so one application object never runs
		// on two goroutines at once (not multithreaded), while equivalent copies do run in parallel
		// in the other interpreters, as under a multi-process server.
		"wsgi.multithread":  py.False,
		"wsgi.multiprocess": py.NewBool(g.pool.Size() > 1),
		"wsgi.run_once":     py.False,
		"wsgi.file_wrapper": fileWrapperFunc,
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		env["CONTENT_TYPE"] = latin1(ct)
	}
	if r.ContentLength > 0 || (r.ContentLength == 0 && r.Header.Get("Content-Length") != "") {
		env["CONTENT_LENGTH"] = py.String(strconv.FormatInt(r.ContentLength, 10))
	}
	host, port := serverAddress(r)
	env["SERVER_NAME"] = latin1(host)
	env["SERVER_PORT"] = py.String(port)
	if ra, rp, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		env["REMOTE_ADDR"] = py.String(ra)
		env["REMOTE_PORT"] = py.String(rp)
	} else {
		env["REMOTE_ADDR"] = py.String(r.RemoteAddr)
	}
	if r.Host != "" {
		env["HTTP_HOST"] = latin1(r.Host)
	}
	for name, values := range r.Header {
		if name == "Content-Type" || name == "Content-Length" || strings.ContainsRune(name, '_') {
			// Content-* are CGI variables of their own. A name with "_" would pose as the same
			// variable as its "-" spelling (a spoofing trick), so it is dropped, as gunicorn does.
			continue
		}
		env["HTTP_"+cgiName(name)] = latin1(strings.Join(values, ","))
	}
	return env
}

func scheme(r *http.Request) string {
	if r.TLS != nil {
		return "https"
	}
	return "http"
}

// serverAddress is the host and port the client addressed: from Host, else the listener.
func serverAddress(r *http.Request) (string, string) {
	def := "80"
	if r.TLS != nil {
		def = "443"
	}
	if r.Host != "" {
		if h, p, err := net.SplitHostPort(r.Host); err == nil {
			return h, p
		}
		return r.Host, def
	}
	if a, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if h, p, err := net.SplitHostPort(a.String()); err == nil {
			return h, p
		}
	}
	return "localhost", def
}

// cgiName turns a header name into its CGI form: "X-Forwarded-For" -> "X_FORWARDED_FOR".
func cgiName(name string) string {
	b := []byte(name)
	for i, c := range b {
		switch {
		case c == '-':
			b[i] = '_'
		case c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// latin1 turns raw bytes into the Python str whose code points are those bytes (PEP 3333's
// "bytes carried as latin-1").
func latin1(s string) py.String {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return py.String(s)
	}
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return py.String(b.String())
}

// fromLatin1 is the inverse of latin1: it maps each code point below 256 to one byte, and
// reports false if the text holds a larger one (a header value must be latin-1).
func fromLatin1(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return "", false
		}
		b = append(b, byte(r))
	}
	return string(b), true
}
