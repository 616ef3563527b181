// Package posixpath is Python's `posixpath` module, also bound as `os.path`: the path string
// functions are written in Python (posixpath.py), the file-system queries in Go.
//
//	join(a, *p), split(p), splitext(p), basename(p), dirname(p), normpath(p), abspath(p),
//	realpath(p), relpath(path, start=os.curdir), isabs(p), commonprefix(m), commonpath(paths),
//	expanduser(p), expandvars(p), normcase(p), splitdrive(p), exists(p), lexists(p), isfile(p),
//	isdir(p), islink(p), getsize(p), getmtime(p), getatime(p), getctime(p), samefile(a, b),
//	sep, altsep, extsep, pathsep, curdir, pardir, defpath, devnull
//
// Importing it also gives gpython's `os` module its `path` attribute, `sep` and friends.
package posixpath

import (
	_ "embed"
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/os" // registered first, so that init can extend it
)

//go:embed posixpath.py
var src string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "posixpath", FileDesc: "<frozen posixpath>"},
		Methods: []*py.Method{
			statMethod("exists", "exists(path) -> True if path exists", false, func(fi os.FileInfo) py.Object { return py.True }),
			statMethod("lexists", "lexists(path) -> True if path exists (a broken link counts)", true, func(fi os.FileInfo) py.Object { return py.True }),
			statMethod("isfile", "isfile(path) -> True if path is a regular file", false, func(fi os.FileInfo) py.Object { return py.NewBool(fi.Mode().IsRegular()) }),
			statMethod("isdir", "isdir(path) -> True if path is a directory", false, func(fi os.FileInfo) py.Object { return py.NewBool(fi.IsDir()) }),
			statMethod("islink", "islink(path) -> True if path is a symbolic link", true, func(fi os.FileInfo) py.Object { return py.NewBool(fi.Mode()&os.ModeSymlink != 0) }),
			sizeMethod("getsize", "getsize(path) -> size of the file in bytes", func(fi os.FileInfo) py.Object { return py.Int(fi.Size()) }),
			sizeMethod("getmtime", "getmtime(path) -> last modification time (seconds since the epoch)", modTime),
			sizeMethod("getatime", "getatime(path) -> last access time (the modification time here)", modTime),
			sizeMethod("getctime", "getctime(path) -> metadata change time (the modification time here)", modTime),
			py.MustNewMethod("_realpath", realpath, 0, "_realpath(path) -> path with symbolic links resolved"),
			py.MustNewMethod("_getcwd", func(self py.Object) (py.Object, error) {
				wd, err := os.Getwd()
				if err != nil {
					return nil, py.ExceptionNewf(py.OSError, "%v", err)
				}
				return py.String(wd), nil
			}, 0, "_getcwd() -> the current directory"),
		},
		CodeSrc: src,
	})
	// gpython's os module gains os.path, bound when os is imported.
	if impl := py.GetModuleImpl("os"); impl != nil && impl.CodeSrc == "" && impl.Code == nil {
		cp := *impl
		cp.CodeSrc = osSrc
		py.RegisterModule(&cp)
	}
}

const osSrc = `import sys
import posixpath as path
sys.modules['os.path'] = path
del sys
from posixpath import sep, altsep, extsep, pathsep, curdir, pardir, defpath, devnull
linesep = '\n'
name = 'posix'
`

func pathArg(name string, o py.Object) (string, error) {
	switch p := o.(type) {
	case py.String:
		return string(p), nil
	case py.Bytes:
		return string(p), nil
	}
	if fs, err := py.GetAttrString(o, "__fspath__"); err == nil {
		r, err := py.Call(fs, nil, nil)
		if err != nil {
			return "", err
		}
		return pathArg(name, r)
	}
	return "", py.ExceptionNewf(py.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", name, o.Type().Name)
}

// statMethod makes a predicate that is False when the path cannot be stat'ed.
func statMethod(name, doc string, lstat bool, f func(os.FileInfo) py.Object) *py.Method {
	return py.MustNewMethod(name, func(self, arg py.Object) (py.Object, error) {
		p, err := pathArg(name, arg)
		if err != nil {
			return nil, err
		}
		var fi os.FileInfo
		if lstat {
			fi, err = os.Lstat(p)
		} else {
			fi, err = os.Stat(p)
		}
		if err != nil {
			return py.False, nil
		}
		return f(fi), nil
	}, 0, doc)
}

// sizeMethod makes a query that raises FileNotFoundError/OSError as os.stat does.
func sizeMethod(name, doc string, f func(os.FileInfo) py.Object) *py.Method {
	return py.MustNewMethod(name, func(self, arg py.Object) (py.Object, error) {
		p, err := pathArg(name, arg)
		if err != nil {
			return nil, err
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, statError(p, err)
		}
		return f(fi), nil
	}, 0, doc)
}

func modTime(fi os.FileInfo) py.Object {
	return py.Float(float64(fi.ModTime().UnixNano()) / 1e9)
}

func statError(p string, err error) error {
	if os.IsNotExist(err) {
		return py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", p)
	}
	if os.IsPermission(err) {
		return py.ExceptionNewf(py.PermissionError, "[Errno 13] Permission denied: '%s'", p)
	}
	return py.ExceptionNewf(py.OSError, "%v", err)
}

func realpath(self, arg py.Object) (py.Object, error) {
	p, err := pathArg("realpath", arg)
	if err != nil {
		return nil, err
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	return py.String(p), nil
}
