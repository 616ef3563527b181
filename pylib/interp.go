// Package pylib supplies the Python that gpython v0.2.0 lacks and owns how Python code runs:
// one Interp per interpreter (a py.Context of our own), the import system, and the fixes and
// standard modules installed into every interpreter.
//
// An Interp is not safe for concurrent use: one goroutine runs it at a time. Separate Interps
// run in parallel without sharing anything mutable.
package pylib

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/vm"
)

// Options configures a new interpreter.
type Options struct {
	// Path lists the folders where `import NAME` looks for NAME.py (or NAME/__init__.py) after
	// the modules built into the binary. For the server it is the apps folder.
	Path []string
	// Argv becomes sys.argv.
	Argv []string
	// Stdout and Stderr receive what Python writes to sys.stdout and sys.stderr (print, tracebacks
	// printed by the program). Nil means os.Stdout and os.Stderr.
	Stdout, Stderr io.Writer
}

// Interp is one Python interpreter: its modules, builtins and streams. It implements py.Context.
type Interp struct {
	opts  Options
	store *py.ModuleStore

	// files holds the modules loaded from .py files on Path (not in store, so they can be dropped
	// and loaded again when their file changes).
	files map[string]*py.Module

	stdout, stderr *Stream
	thread         *vm.Thread // the evaluator's state: recursion depth, exception being handled, interrupts

	mu      sync.Mutex // guards closed and running against Close from another goroutine
	closed  bool
	running sync.WaitGroup
	done    chan struct{}
}

var _ py.Context = (*Interp)(nil)

// VMThread returns the evaluator state of this interpreter (vm.Threaded).
func (in *Interp) VMThread() *vm.Thread { return in.thread }

// Interrupt makes the code running in the interpreter raise exc at its next call or backward
// jump, so `finally` blocks run. It is safe to call from any goroutine; nil clears it.
func (in *Interp) Interrupt(exc error) { in.thread.Interrupt(exc) }

// New creates an interpreter with the builtins, sys and the installed fixes ready.
func New(opts Options) (*Interp, error) {
	setup()
	in := &Interp{
		opts:   opts,
		store:  py.NewModuleStore(),
		files:  map[string]*py.Module{},
		thread: vm.NewThread(),
		done:   make(chan struct{}),
		stdout: NewStream(orDefault(opts.Stdout, os.Stdout)),
		stderr: NewStream(orDefault(opts.Stderr, os.Stderr)),
	}
	if err := py.Import(in, "builtins", "sys"); err != nil {
		return nil, fmt.Errorf("pylib: start interpreter: %w", err)
	}
	sys := in.store.MustGetModule("sys")
	sys.Globals["argv"] = py.NewListFromStrings(opts.Argv)
	sys.Globals["path"] = py.NewListFromStrings(opts.Path)
	sys.Globals["stdout"] = in.stdout
	sys.Globals["stderr"] = in.stderr
	sys.Globals["__stdout__"] = in.stdout
	sys.Globals["__stderr__"] = in.stderr
	in.installSys(sys)
	in.installBuiltins(in.store.Builtins)
	return in, nil
}

func orDefault(w, def io.Writer) io.Writer {
	if w == nil {
		return def
	}
	return w
}

// SetOutput redirects sys.stdout and sys.stderr to new writers (nil leaves one as it is).
// The server points them at the error log, tagged with the app that is running.
func (in *Interp) SetOutput(stdout, stderr io.Writer) {
	if stdout != nil {
		in.stdout.SetWriter(stdout)
	}
	if stderr != nil {
		in.stderr.SetWriter(stderr)
	}
}

// Builtins returns the interpreter's builtins namespace.
func (in *Interp) Builtins() py.StringDict { return in.store.Builtins.Globals }

// ExecFile compiles the Python file at path and runs it as a new module called name, with
// __file__ set to path. The module is not remembered: each call makes a fresh one.
func (in *Interp) ExecFile(path, name string) (*py.Module, error) {
	code, err := compileFile(path)
	if err != nil {
		return nil, err
	}
	return in.execModule(code, path, name)
}

// ExecSource compiles src (whose file name, for tracebacks, is filename) and runs it as a new
// module called name.
func (in *Interp) ExecSource(src []byte, filename, name string) (*py.Module, error) {
	code, err := py.Compile(string(src), filename, py.ExecMode, 0, true)
	if err != nil {
		return nil, err
	}
	return in.execModule(code, filename, name)
}

func (in *Interp) execModule(code *py.Code, filename, name string) (*py.Module, error) {
	mod := in.newModule(name, filename)
	if _, err := in.RunCode(code, mod.Globals, mod.Globals, nil); err != nil {
		return nil, err
	}
	return mod, nil
}

func (in *Interp) newModule(name, filename string) *py.Module {
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: filename}}
	mod := &py.Module{ModuleImpl: impl, Globals: py.StringDict{}, Context: in}
	mod.Globals["__name__"] = py.String(name)
	mod.Globals["__doc__"] = py.None
	mod.Globals["__package__"] = py.None
	if filename != "" {
		mod.Globals["__file__"] = py.String(filename)
	}
	return mod
}

// FileModules lists the files of the modules that `import` loaded from Path, for callers that
// reload when a file changes.
func (in *Interp) FileModules() []string {
	files := make([]string, 0, len(in.files))
	for _, m := range in.files {
		if f, ok := m.Globals["__file__"].(py.String); ok {
			files = append(files, string(f))
		}
	}
	return files
}

// ForgetFileModules drops every module loaded from Path, so the next import reads the files again.
func (in *Interp) ForgetFileModules() {
	clear(in.files)
}

// Call calls a Python callable from Go. A Go panic inside becomes a Python SystemError.
func (in *Interp) Call(fn py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if err := in.enter(); err != nil {
		return nil, err
	}
	defer in.leave()
	defer recoverInto(&err)
	return py.Call(fn, args, kwargs)
}

// Guard runs f, which calls into Python, turning a Go panic into a Python SystemError and
// refusing to run once the interpreter is closed.
func (in *Interp) Guard(f func() error) (err error) {
	if err := in.enter(); err != nil {
		return err
	}
	defer in.leave()
	defer recoverInto(&err)
	return f()
}

func recoverInto(err *error) {
	if r := recover(); r != nil {
		*err = py.ExceptionNewf(py.SystemError, "internal error: %v", r)
	}
}

func (in *Interp) enter() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.closed {
		return py.ExceptionNewf(py.RuntimeError, "interpreter closed")
	}
	in.running.Add(1)
	return nil
}

func (in *Interp) leave() { in.running.Done() }

// RunCode runs code with the given namespaces (py.Context).
func (in *Interp) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (res py.Object, err error) {
	if err := in.enter(); err != nil {
		return nil, err
	}
	defer in.leave()
	defer recoverInto(&err)
	return evalCode(in, code, globals, locals, closure)
}

// ModuleInit makes a module of this interpreter from a registered implementation (py.Context).
func (in *Interp) ModuleInit(impl *py.ModuleImpl) (*py.Module, error) {
	if impl.Code == nil && impl.CodeSrc != "" {
		// Compile into a copy: the shared ModuleImpl must not be written by several interpreters.
		code, err := py.Compile(impl.CodeSrc, impl.Info.FileDesc, py.ExecMode, 0, true)
		if err != nil {
			return nil, err
		}
		cp := *impl
		cp.Code = code
		impl = &cp
	}
	mod, err := in.store.NewModule(in, impl)
	if err != nil {
		return nil, err
	}
	if impl.Code != nil {
		if _, err := in.RunCode(impl.Code, mod.Globals, mod.Globals, nil); err != nil {
			return nil, err
		}
	}
	return mod, nil
}

// ResolveAndCompile compiles a .py file found on Path (py.Context).
func (in *Interp) ResolveAndCompile(pathname string, opts py.CompileOpts) (py.CompileOut, error) {
	file := in.findFile(pathname)
	if file == "" {
		return py.CompileOut{}, py.ExceptionNewf(py.FileNotFoundError, "No such file: %q", pathname)
	}
	code, err := compileFile(file)
	if err != nil {
		return py.CompileOut{}, err
	}
	return py.CompileOut{SrcPathname: file, FileDesc: file, Code: code}, nil
}

// compileFile compiles the module source in file.
func compileFile(file string) (*py.Code, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return py.Compile(string(src), file, py.ExecMode, 0, true)
}

// findFile looks for a module's file (rel is "a/b" for module a.b) in the Path folders.
func (in *Interp) findFile(rel string) string {
	for _, dir := range in.opts.Path {
		for _, cand := range []string{rel + ".py", filepath.Join(rel, "__init__.py")} {
			p := filepath.Join(dir, cand)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				return p
			}
		}
	}
	return ""
}

// GetModule returns a module this interpreter has imported (py.Context).
func (in *Interp) GetModule(name string) (*py.Module, error) {
	if m, ok := in.files[name]; ok {
		return m, nil
	}
	return in.store.GetModule(name)
}

// Store returns the interpreter's module store (py.Context).
func (in *Interp) Store() *py.ModuleStore { return in.store }

// Close waits for running code to finish and releases the interpreter (py.Context).
func (in *Interp) Close() error {
	in.mu.Lock()
	if in.closed {
		in.mu.Unlock()
		return nil
	}
	in.closed = true
	in.mu.Unlock()
	in.running.Wait()
	in.store.OnContextClosed()
	close(in.done)
	return nil
}

// Done is closed once Close has finished (py.Context).
func (in *Interp) Done() <-chan struct{} { return in.done }
