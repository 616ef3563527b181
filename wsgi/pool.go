package wsgi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"gowsgi/pylib"
)

// errBusy is returned by Pool.Get when no interpreter became free within the wait.
var errBusy = errors.New("all interpreters are busy")

// Pool holds a fixed set of interpreters. A request borrows one for its whole run, so requests
// execute in parallel with nothing shared between them.
type Pool struct {
	idle    chan *worker
	workers []*worker
}

// worker is one interpreter and what it has loaded.
type worker struct {
	interp *pylib.Interp
	out    *lineWriter // sys.stdout and sys.stderr of the interpreter, re-tagged per request
	apps   appCache
}

// NewPool starts n interpreters that import user modules from appsDir and write their
// standard output and error to errLog, one tagged line at a time.
func NewPool(n int, appsDir string, errLog io.Writer) (*Pool, error) {
	if n < 1 {
		return nil, fmt.Errorf("pool: need at least 1 interpreter, got %d", n)
	}
	p := &Pool{idle: make(chan *worker, n)}
	for range n {
		out := newLineWriter(errLog)
		in, err := pylib.New(pylib.Options{Path: []string{appsDir}, Argv: []string{""}, Stdout: out, Stderr: out})
		if err != nil {
			p.Close()
			return nil, err
		}
		w := &worker{interp: in, out: out, apps: appCache{}}
		p.workers = append(p.workers, w)
		p.idle <- w
	}
	return p, nil
}

// Size is the number of interpreters.
func (p *Pool) Size() int { return len(p.workers) }

// Get borrows an interpreter, waiting at most wait (or until ctx ends).
func (p *Pool) Get(ctx context.Context, wait time.Duration) (*worker, error) {
	select {
	case w := <-p.idle:
		return w, nil
	default:
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case w := <-p.idle:
		return w, nil
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Put returns a borrowed interpreter.
func (p *Pool) Put(w *worker) { p.idle <- w }

// Close closes every interpreter, waiting for code running in them to finish.
func (p *Pool) Close() {
	for _, w := range p.workers {
		_ = w.interp.Close()
	}
}
