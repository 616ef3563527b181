package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gowsgi/wsgi"
)

// Logs says where the server writes: its own messages, the access log, and app output
// (wsgi.errors, print(), tracebacks). Nil fields discard.
type Logs struct {
	Logger    *slog.Logger
	AccessLog io.Writer
	ErrorLog  io.Writer
}

// Server answers HTTP requests from the html and apps folders.
type Server struct {
	cfg      Config
	log      *slog.Logger
	access   *accessLog
	static   *staticFiles
	appsRoot string // the apps folder, absolute and with symlinks resolved
	gw       *wsgi.Gateway
}

// New checks the configuration and starts the interpreters.
func New(cfg Config, logs Logs) (*Server, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logs.Logger == nil {
		logs.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	static, err := newStaticFiles(cfg.HTMLDir, cfg.AppsDir)
	if err != nil {
		return nil, err
	}
	appsRoot := resolvedPath(cfg.AppsDir)
	gw, err := wsgi.New(wsgi.Config{
		AppsDir:        appsRoot,
		Workers:        cfg.Workers,
		QueueTimeout:   cfg.QueueTimeout,
		RequestTimeout: cfg.RequestTimeout,
		Dev:            cfg.Dev,
		Logger:         logs.Logger,
		ErrorLog:       logs.ErrorLog,
	})
	if err != nil {
		static.Close()
		return nil, err
	}
	return &Server{cfg: cfg, log: logs.Logger, access: newAccessLog(logs.AccessLog), static: static, appsRoot: appsRoot, gw: gw}, nil
}

// Config returns the settings in force (with defaults filled in).
func (s *Server) Config() Config { return s.cfg }

// ServeHTTP routes one request to a static file or an app.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w}
	defer func() {
		p := recover()
		status := rec.status
		if status == 0 && p != nil {
			status = http.StatusInternalServerError
		}
		s.access.log(r, status, rec.bytes, start)
		if p != nil {
			panic(p) // net/http closes the connection (http.ErrAbortHandler) or reports the bug
		}
	}()
	if r.RequestURI == "*" || r.URL.Path == "" {
		errorPage(rec, r, http.StatusBadRequest)
		return
	}
	rt := mapPath(r.URL.EscapedPath())
	switch rt.Kind {
	case routeBadRequest:
		errorPage(rec, r, http.StatusBadRequest)
	case routeNotFound:
		errorPage(rec, r, http.StatusNotFound)
	case routeStatic:
		s.static.serve(rec, r, rt)
	case routeApp:
		s.serveApp(rec, r, rt)
	}
}

func (s *Server) serveApp(w http.ResponseWriter, r *http.Request, rt route) {
	file, ok := s.appFile(rt.Rel)
	if !ok {
		errorPage(w, r, http.StatusNotFound)
		return
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		errorPage(w, r, http.StatusRequestEntityTooLarge)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	s.gw.Serve(w, r, wsgi.App{
		File:       file,
		Name:       strings.ReplaceAll(strings.TrimSuffix(rt.Rel, ".py"), "/", "."),
		ScriptName: rt.ScriptName,
		PathInfo:   rt.PathInfo,
	})
}

// appFile finds the app for a slash-separated path below the apps folder: a regular file that,
// with symlinks resolved, is still inside the folder.
func (s *Server) appFile(rel string) (string, bool) {
	file := filepath.Join(s.appsRoot, filepath.FromSlash(rel))
	resolved, err := filepath.EvalSymlinks(file)
	if err != nil || !within(resolved, s.appsRoot) {
		return "", false
	}
	st, err := os.Stat(resolved)
	if err != nil || !st.Mode().IsRegular() {
		return "", false
	}
	return file, true
}

// Serve answers requests on ln until ctx ends, then shuts down gracefully: it stops accepting,
// waits up to ShutdownTimeout for in-flight requests, and closes the interpreters.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    s.cfg.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("gowsgi serving", "addr", "http://"+ln.Addr().String(), "html", s.cfg.HTMLDir,
		"apps", s.cfg.AppsDir, "workers", s.cfg.Workers, "dev", s.cfg.Dev)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		s.closeGateway(s.cfg.ShutdownTimeout)
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down: waiting for in-flight requests", "timeout", s.cfg.ShutdownTimeout)
	deadline := time.Now().Add(s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		s.log.Warn("shutdown: requests still running at the deadline were cut", "error", err)
		_ = srv.Close()
	}
	s.closeGateway(time.Until(deadline) + time.Second)
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	s.log.Info("stopped")
	return nil
}

// closeGateway closes the interpreters, giving up after wait if app code is still running.
func (s *Server) closeGateway(wait time.Duration) {
	done := make(chan struct{})
	go func() {
		s.gw.Close()
		s.static.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(max(wait, time.Second)):
		s.log.Warn("app code still running at exit")
	}
}

// ListenAndServe listens on cfg.Addr and serves until ctx ends. A listen failure (a taken
// port) is returned as a one-line error.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		s.closeGateway(time.Second)
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	return s.Serve(ctx, ln)
}

// Close releases the interpreters and folders of a server that was never served.
func (s *Server) Close() { s.closeGateway(s.cfg.ShutdownTimeout) }
