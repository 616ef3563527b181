package pylib

import (
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
)

// importModule is the interpreter's __import__: modules built into the binary first, then .py
// files on Path. Dotted names import every parent package first and bind each child as an
// attribute of its parent, as CPython's import system does.
func (in *Interp) importModule(name string, globals py.StringDict, fromlist py.Tuple, level int) (py.Object, error) {
	if level < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "level must be >= 0")
	}
	full, err := resolveName(name, globals, level)
	if err != nil {
		return nil, err
	}
	parts := strings.Split(full, ".")
	for _, p := range parts {
		if !isIdentifier(p) {
			return nil, py.ExceptionNewf(py.ImportError, "No module named '%s'", full)
		}
	}
	var top, mod *py.Module
	for i := range parts {
		child, err := in.loadModule(strings.Join(parts[:i+1], "."))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = child
		} else {
			mod.Globals[parts[i]] = child
		}
		mod = child
	}
	if len(fromlist) == 0 {
		if level > 0 && name == "" {
			return mod, nil
		}
		return top, nil
	}
	if err := in.importFromList(mod, full, fromlist); err != nil {
		return nil, err
	}
	return mod, nil
}

// importFromList imports the submodules named in `from package import a, b` that are not
// already attributes of the package.
func (in *Interp) importFromList(mod *py.Module, full string, fromlist py.Tuple) error {
	if _, isPkg := mod.Globals["__path__"]; !isPkg {
		return nil
	}
	for _, item := range fromlist {
		s, ok := item.(py.String)
		if !ok || s == "*" {
			continue
		}
		if _, has := mod.Globals[string(s)]; has {
			continue
		}
		sub, err := in.loadModule(full + "." + string(s))
		if err != nil {
			if py.IsException(py.ImportError, err) {
				continue // the from-import itself reports the missing name
			}
			return err
		}
		mod.Globals[string(s)] = sub
	}
	return nil
}

// resolveName turns a relative import (level > 0) into an absolute module name using the
// importing module's __package__ or __name__.
func resolveName(name string, globals py.StringDict, level int) (string, error) {
	if level == 0 {
		if name == "" {
			return "", py.ExceptionNewf(py.ValueError, "Empty module name")
		}
		return name, nil
	}
	pkg, _ := globals["__package__"].(py.String)
	if pkg == "" {
		modName, _ := globals["__name__"].(py.String)
		pkg = modName
		if _, isPkg := globals["__path__"]; !isPkg {
			if i := strings.LastIndexByte(string(pkg), '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
	}
	base := string(pkg)
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", py.ExceptionNewf(py.ImportError, "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// loadModule returns the module called full, importing it if this interpreter has not yet.
func (in *Interp) loadModule(full string) (*py.Module, error) {
	if m, err := in.GetModule(full); err == nil {
		return m, nil
	}
	if impl := py.GetModuleImpl(full); impl != nil {
		return in.ModuleInit(impl)
	}
	file := in.findFile(strings.ReplaceAll(full, ".", string(filepath.Separator)))
	if file == "" {
		return nil, py.ExceptionNewf(py.ImportError, "No module named '%s'", full)
	}
	mod := in.newModule(full, file)
	if filepath.Base(file) == "__init__.py" {
		mod.Globals["__path__"] = py.NewListFromStrings([]string{filepath.Dir(file)})
		mod.Globals["__package__"] = py.String(full)
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		mod.Globals["__package__"] = py.String(full[:i])
	} else {
		mod.Globals["__package__"] = py.String("")
	}
	// Registered before it runs, so that a circular import sees the partly made module.
	in.files[full] = mod
	if err := in.runFileModule(mod, file); err != nil {
		delete(in.files, full)
		return nil, err
	}
	return mod, nil
}

func (in *Interp) runFileModule(mod *py.Module, file string) error {
	code, err := compileFile(file)
	if err != nil {
		return err
	}
	_, err = in.RunCode(code, mod.Globals, mod.Globals, nil)
	return err
}

// isIdentifier reports whether s is a valid Python identifier (module names are).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r > 127:
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
