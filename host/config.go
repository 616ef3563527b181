// Package host is gowsgi's HTTP side, on net/http: it maps a URL to a static file under the
// html folder or to a WSGI app under the apps folder, serves static files, applies limits and
// timeouts, writes the access log and shuts down gracefully.
package host

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// Config holds every setting of the server. Flags and environment variables fill it in
// cmd/gowsgi; tests fill it directly. Zero values mean the defaults of DefaultConfig.
type Config struct {
	// Addr is the TCP address to listen on (flag -addr, GOWSGI_ADDR).
	Addr string
	// HTMLDir is the folder of static files (flag -html, GOWSGI_HTML).
	HTMLDir string
	// AppsDir is the folder of WSGI apps: /NAME.py runs AppsDir/NAME.py (flag -apps, GOWSGI_APPS).
	AppsDir string
	// Workers is the number of Python interpreters, so the number of app requests running at
	// once (flag -workers, GOWSGI_WORKERS). Default: GOMAXPROCS.
	Workers int
	// Dev shows Python tracebacks in 500 pages (flag -dev, GOWSGI_DEV). Never in production.
	Dev bool

	// QueueTimeout is how long a request waits for a free interpreter before it gets a 503.
	QueueTimeout time.Duration
	// RequestTimeout bounds how long an app may run for one request; past it the app raises
	// TimeoutError (its finally blocks run) and the request fails. Negative: no limit.
	RequestTimeout time.Duration
	// ShutdownTimeout bounds how long a stop waits for in-flight requests.
	ShutdownTimeout time.Duration
	// ReadHeaderTimeout bounds reading a request's headers (slowloris defence).
	ReadHeaderTimeout time.Duration
	// IdleTimeout closes keep-alive connections idle this long.
	IdleTimeout time.Duration
	// MaxHeaderBytes caps the size of a request's headers.
	MaxHeaderBytes int
	// MaxBodyBytes caps a request body an app can read; reading more raises OSError in the app.
	MaxBodyBytes int64
}

// DefaultConfig returns the settings used when nothing else is said.
func DefaultConfig() Config {
	return Config{
		Addr:              ":8000",
		HTMLDir:           "./html",
		AppsDir:           "./apps",
		Workers:           runtime.GOMAXPROCS(0),
		QueueTimeout:      30 * time.Second,
		RequestTimeout:    60 * time.Second,
		ShutdownTimeout:   10 * time.Second,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		MaxBodyBytes:      64 << 20,
	}
}

// withDefaults fills zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Addr == "" {
		c.Addr = d.Addr
	}
	if c.HTMLDir == "" {
		c.HTMLDir = d.HTMLDir
	}
	if c.AppsDir == "" {
		c.AppsDir = d.AppsDir
	}
	if c.Workers == 0 {
		c.Workers = d.Workers
	}
	if c.QueueTimeout == 0 {
		c.QueueTimeout = d.QueueTimeout
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = d.RequestTimeout
	}
	if c.ShutdownTimeout == 0 {
		c.ShutdownTimeout = d.ShutdownTimeout
	}
	if c.ReadHeaderTimeout == 0 {
		c.ReadHeaderTimeout = d.ReadHeaderTimeout
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = d.IdleTimeout
	}
	if c.MaxHeaderBytes == 0 {
		c.MaxHeaderBytes = d.MaxHeaderBytes
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	return c
}

// Validate reports the first setting that cannot work, as a one-line error.
func (c Config) Validate() error {
	for _, dir := range []struct{ flag, path string }{{"-html", c.HTMLDir}, {"-apps", c.AppsDir}} {
		st, err := os.Stat(dir.path)
		if err != nil {
			return fmt.Errorf("%s folder %s: %w", dir.flag, dir.path, err)
		}
		if !st.IsDir() {
			return fmt.Errorf("%s folder %s: not a directory", dir.flag, dir.path)
		}
	}
	if c.Workers < 1 {
		return fmt.Errorf("-workers must be at least 1, got %d", c.Workers)
	}
	return nil
}
