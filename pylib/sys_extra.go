package pylib

import (
	"math"
	"sort"

	"github.com/go-python/gpython/py"
)

// The CPython release whose behaviour gowsgi reproduces, as sys reports it.
const (
	pyVersion = "3.11.7 (gowsgi) [Go]"
)

var pyVersionInfo = py.Tuple{py.Int(3), py.Int(11), py.Int(7), py.String("final"), py.Int(0)}

// installSysExtra adds sys.version, version_info, platform, maxsize, byteorder and a live
// sys.modules to an interpreter's sys module.
func (in *Interp) installSysExtra(sys *py.Module) {
	g := sys.Globals
	g["version"] = py.String(pyVersion)
	g["version_info"] = pyVersionInfo
	g["hexversion"] = py.Int(0x030b07f0)
	g["platform"] = py.String("linux")
	g["maxsize"] = py.Int(math.MaxInt64)
	g["byteorder"] = py.String("little")
	g["implementation_name"] = py.String("gowsgi")
	g["modules"] = &sysModules{in: in}
}

// sysModules is sys.modules: a live view of the interpreter's imported modules. Assigning
// sys.modules[name] = module makes later imports of name return that module.
type sysModules struct {
	in *Interp
}

// SysModulesType is the type of sys.modules (a dict in CPython; a mapping view here).
var SysModulesType = py.NewType("dict", "sys.modules: the modules this interpreter has imported")

// Type returns the type of sys.modules.
func (m *sysModules) Type() *py.Type { return SysModulesType }

// commonModules are the built-in module names sys.modules lists once imported.
var commonModules = []string{"builtins", "sys", "os", "posixpath", "math", "time", "string",
	"binascii", "marshal", "glob", "tempfile", "abc", "collections", "collections.abc",
	"contextlib", "copy", "dataclasses", "enum", "functools", "io", "itertools", "operator",
	"types", "typing", "json", "html", "re", "urllib", "urllib.parse"}

func (m *sysModules) lookup(name string) (*py.Module, bool) {
	mod, err := m.in.GetModule(name)
	return mod, err == nil && mod != nil
}

func (m *sysModules) names() []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range commonModules {
		if _, ok := m.lookup(n); ok && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	var files []string
	for n := range m.in.files {
		if !seen[n] {
			files = append(files, n)
		}
	}
	sort.Strings(files)
	return append(out, files...)
}

func keyName(key py.Object) (string, error) {
	s, ok := key.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.KeyError, "%v", key)
	}
	return string(s), nil
}

// M__getitem__ returns the module called key.
func (m *sysModules) M__getitem__(key py.Object) (py.Object, error) {
	name, err := keyName(key)
	if err != nil {
		return nil, err
	}
	if mod, ok := m.lookup(name); ok {
		return mod, nil
	}
	return nil, py.ExceptionNewf(py.KeyError, "'%s'", name)
}

// M__setitem__ registers value as the module called key.
func (m *sysModules) M__setitem__(key, value py.Object) (py.Object, error) {
	name, err := keyName(key)
	if err != nil {
		return nil, err
	}
	mod, ok := value.(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "sys.modules values must be modules here, not %s", value.Type().Name)
	}
	m.in.files[name] = mod
	return py.None, nil
}

// M__delitem__ forgets a module loaded from a file.
func (m *sysModules) M__delitem__(key py.Object) (py.Object, error) {
	name, err := keyName(key)
	if err != nil {
		return nil, err
	}
	if _, ok := m.in.files[name]; !ok {
		return nil, py.ExceptionNewf(py.KeyError, "'%s'", name)
	}
	delete(m.in.files, name)
	return py.None, nil
}

// M__contains__ reports whether a module called key has been imported.
func (m *sysModules) M__contains__(key py.Object) (py.Object, error) {
	s, ok := key.(py.String)
	if !ok {
		return py.False, nil
	}
	_, found := m.lookup(string(s))
	return py.NewBool(found), nil
}

// M__len__ is the number of imported modules.
func (m *sysModules) M__len__() (py.Object, error) { return py.Int(len(m.names())), nil }

// M__iter__ iterates over the imported modules' names.
func (m *sysModules) M__iter__() (py.Object, error) {
	return py.Iter(py.NewListFromStrings(m.names()))
}

func init() {
	SysModulesType.Dict["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		var key py.Object
		var def py.Object = py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		if s, ok := key.(py.String); ok {
			if mod, ok := self.(*sysModules).lookup(string(s)); ok {
				return mod, nil
			}
		}
		return def, nil
	}, 0, "get(name, default=None) -> the module called name, or default")
	SysModulesType.Dict["keys"] = py.MustNewMethod("keys", func(self py.Object) (py.Object, error) {
		return py.NewListFromStrings(self.(*sysModules).names()), nil
	}, 0, "keys() -> list of module names")
	SysModulesType.Dict["values"] = py.MustNewMethod("values", func(self py.Object) (py.Object, error) {
		m := self.(*sysModules)
		var out []py.Object
		for _, n := range m.names() {
			mod, _ := m.lookup(n)
			out = append(out, mod)
		}
		return py.NewListFromItems(out), nil
	}, 0, "values() -> list of modules")
	SysModulesType.Dict["items"] = py.MustNewMethod("items", func(self py.Object) (py.Object, error) {
		m := self.(*sysModules)
		var out []py.Object
		for _, n := range m.names() {
			mod, _ := m.lookup(n)
			out = append(out, py.Tuple{py.String(n), mod})
		}
		return py.NewListFromItems(out), nil
	}, 0, "items() -> list of (name, module) pairs")
}
