// Package wsgi is the gateway between HTTP requests and Python WSGI applications (PEP 3333):
// it builds the environ, provides start_response, wsgi.input and wsgi.errors, iterates and
// closes the response, loads and reloads app modules, and keeps the pool of interpreters.
// It knows net/http's request and response types but nothing of listeners or sockets.
package wsgi

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib"
)

// Config is what the gateway needs to know; host.Config fills it.
type Config struct {
	AppsDir      string        // the folder app modules and their imports come from
	Workers      int           // number of interpreters
	QueueTimeout time.Duration // how long a request waits for a free interpreter before a 503
	// RequestTimeout bounds how long an app may run for one request (0: no limit). Past it the
	// app's code raises TimeoutError at its next call or loop iteration, so its finally blocks
	// run, and the request fails (500, or a cut connection once the headers are out).
	RequestTimeout time.Duration
	Dev            bool         // show tracebacks in error pages
	Logger         *slog.Logger // the server's own messages
	ErrorLog       io.Writer    // app output: wsgi.errors, print(), tracebacks
}

// Gateway runs WSGI apps for HTTP requests.
type Gateway struct {
	cfg    Config
	pool   *Pool
	errLog io.Writer
	noted  sync.Map // app file -> struct{}: the str-body extension was reported once
}

// New starts the interpreters.
func New(cfg Config) (*Gateway, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.ErrorLog == nil {
		cfg.ErrorLog = io.Discard
	}
	errLog := &syncWriter{w: cfg.ErrorLog}
	pool, err := NewPool(cfg.Workers, cfg.AppsDir, errLog)
	if err != nil {
		return nil, fmt.Errorf("wsgi: %w", err)
	}
	return &Gateway{cfg: cfg, pool: pool, errLog: errLog}, nil
}

// Close stops the interpreters after the code running in them ends.
func (g *Gateway) Close() { g.pool.Close() }

// Result tells the caller what happened, for the access log.
type Result struct {
	Status int
	Bytes  int64
}

// Serve runs app for the request and writes its response.
func (g *Gateway) Serve(w http.ResponseWriter, r *http.Request, app App) Result {
	wk, err := g.pool.Get(r.Context(), g.cfg.QueueTimeout)
	if err != nil {
		if errors.Is(err, errBusy) {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "503 Service Unavailable: the server is busy, try again", http.StatusServiceUnavailable)
			return Result{Status: http.StatusServiceUnavailable}
		}
		return Result{Status: 499} // the client left while waiting
	}
	defer g.pool.Put(wk)

	tag := strings.TrimPrefix(app.ScriptName, "/")
	wk.out.SetTag(tag)
	defer wk.out.Flush()
	errs := newLineWriter(g.errLog)
	errs.SetTag(tag)
	defer errs.Flush()

	rs := newResponder(w, r)
	rs.nonPortable = func(what string) { g.noteNonPortable(app, what) }
	stop := g.startDeadline(wk)
	err = wk.interp.Guard(func() error { return g.run(wk, rs, r, app, errs) })
	stop()
	wk.trackImports()
	if err != nil {
		g.fail(rs, app, err)
	}
	return Result{Status: rs.status, Bytes: rs.bytes}
}

// startDeadline arms the request timeout for the interpreter about to run; the returned stop
// disarms it, and clears an interrupt that fired too late to matter, so it cannot hit the
// interpreter's next request.
func (g *Gateway) startDeadline(wk *worker) (stop func()) {
	if g.cfg.RequestTimeout <= 0 {
		return func() {}
	}
	var mu sync.Mutex
	done := false
	timer := time.AfterFunc(g.cfg.RequestTimeout, func() {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			wk.interp.Interrupt(py.ExceptionNewf(py.TimeoutError, "request exceeded its %v deadline", g.cfg.RequestTimeout))
		}
	})
	return func() {
		timer.Stop()
		mu.Lock()
		done = true
		mu.Unlock()
		wk.interp.Interrupt(nil)
	}
}

// run loads the app, calls it and sends what it returns.
func (g *Gateway) run(wk *worker, rs *responder, r *http.Request, app App, errs *lineWriter) error {
	mod, err := wk.load(app.File, app.Name)
	if err != nil {
		return err
	}
	application, ok := mod.Globals["application"]
	if !ok {
		return py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute 'application'", app.Name)
	}
	input := newInput(r.Body)
	environ := g.buildEnviron(r, app, input, pylib.NewStream(errs))
	startResponse := py.MustNewMethod("start_response", rs.startResponse, 0,
		"start_response(status, response_headers, exc_info=None) -> write")
	result, err := py.Call(application, py.Tuple{environ, startResponse}, nil)
	if err != nil {
		return err
	}
	return rs.finish(result, func(cerr error) { g.logAppError(app, "close() of the response failed", cerr) })
}

// fail answers a failed request: a 500 page if nothing was sent, else a cut connection.
func (g *Gateway) fail(rs *responder, app App, err error) {
	if errors.Is(err, errClientGone) || errors.Is(err, context.Canceled) {
		g.cfg.Logger.Info("client went away", "app", app.ScriptName)
		panic(http.ErrAbortHandler)
	}
	g.logAppError(app, "app failed", err)
	if rs.sent {
		// The status and headers are out: the only honest signal left is to cut the connection.
		panic(http.ErrAbortHandler)
	}
	rs.status = http.StatusInternalServerError
	h := rs.w.Header()
	clear(h)
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	rs.w.WriteHeader(http.StatusInternalServerError)
	if rs.r.Method == http.MethodHead {
		return
	}
	n, _ := io.WriteString(rs.w, g.errorPage(app, err))
	rs.bytes = int64(n)
}

func (g *Gateway) errorPage(app App, err error) string {
	if !g.cfg.Dev {
		return "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n" +
			"<body><h1>Internal Server Error</h1><p>The server could not complete the request.</p></body></html>\n"
	}
	return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>500 " + html.EscapeString(pylib.ExceptionSummary(err)) +
		"</title></head>\n<body><h1>Error in " + html.EscapeString(app.ScriptName) + "</h1>\n<pre>" +
		html.EscapeString(pylib.FormatException(err)) + "</pre>\n<p>Shown because the server runs with -dev.</p></body></html>\n"
}

// logAppError writes an app's failure to the logs: one line for the server log, the whole
// traceback to the error log.
func (g *Gateway) logAppError(app App, msg string, err error) {
	g.cfg.Logger.Error(msg, "app", app.ScriptName, "error", pylib.ExceptionSummary(err))
	w := newLineWriter(g.errLog)
	w.SetTag(strings.TrimPrefix(app.ScriptName, "/"))
	_, _ = io.WriteString(w, pylib.FormatException(err))
	_ = w.Flush()
}

// noteNonPortable reports, once per app, that it relies on gowsgi's str-body extension.
func (g *Gateway) noteNonPortable(app App, what string) {
	if _, seen := g.noted.LoadOrStore(app.File, struct{}{}); seen {
		return
	}
	g.cfg.Logger.Warn("app "+what+"; gowsgi serves it as the body, other WSGI servers will not (PEP 3333 wants an iterable of bytes)",
		"app", app.ScriptName)
}
