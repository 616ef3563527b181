package wsgi

import (
	"os"
	"time"

	"github.com/go-python/gpython/py"
)

// stamp identifies a version of a file: when it changes, the module is loaded again.
type stamp struct {
	mtime time.Time
	size  int64
}

func statStamp(path string) (stamp, bool) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return stamp{}, false
	}
	return stamp{st.ModTime(), st.Size()}, true
}

// appCache is what one interpreter has loaded: app modules by file, and the stamps of every
// file they depend on (the app files and the modules they imported from the apps folder).
type appCache struct {
	mods   map[string]*py.Module
	stamps map[string]stamp
}

// load returns the module of the app in file, importing it on first use and again whenever
// its file, or any module file this interpreter imported from the apps folder, has changed.
// A changed module file drops everything loaded, so no module keeps a stale reference.
func (w *worker) load(file, name string) (*py.Module, error) {
	c := &w.apps
	if c.mods == nil {
		c.mods, c.stamps = map[string]*py.Module{}, map[string]stamp{}
	}
	if w.stale() {
		clear(c.mods)
		clear(c.stamps)
		w.interp.ForgetFileModules()
	}
	if m, ok := c.mods[file]; ok {
		return m, nil
	}
	st, ok := statStamp(file)
	if !ok {
		return nil, os.ErrNotExist
	}
	m, err := w.interp.ExecFile(file, name)
	if err != nil {
		return nil, err
	}
	c.mods[file] = m
	c.stamps[file] = st
	w.trackImports()
	return m, nil
}

// trackImports records the stamps of module files imported since the last call (an app may
// import lazily, inside a request).
func (w *worker) trackImports() {
	for _, dep := range w.interp.FileModules() {
		if _, seen := w.apps.stamps[dep]; !seen {
			if ds, ok := statStamp(dep); ok {
				w.apps.stamps[dep] = ds
			}
		}
	}
}

// stale reports whether any file this interpreter loaded has changed or gone.
func (w *worker) stale() bool {
	for f, old := range w.apps.stamps {
		if cur, ok := statStamp(f); !ok || cur != old {
			return true
		}
	}
	return false
}
