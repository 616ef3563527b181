// Package email provides a minimal Python `email` package for gowsgi, so that `import email.utils`
// works, and `email.utils` with its date and quoting helpers, written in Python and embedded.
//
// Python surface:
//
//	email                (a package; no message classes)
//	email.utils: formatdate(timeval=None, localtime=False, usegmt=False) format_datetime(dt, usegmt=False)
//	             parsedate(data) parsedate_tz(data) parsedate_to_datetime(data) mktime_tz(data)
//	             quote(str) unquote(str) localtime(dt=None) make_msgid() parseaddr(addr) formataddr(pair)
package email

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

var (
	//go:embed email.py
	packageSource string
	//go:embed utils.py
	utilsSource string
)

func init() {
	for _, m := range []struct{ name, src string }{{"email", packageSource}, {"email.utils", utilsSource}} {
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: m.name, FileDesc: "<" + m.name + ">"},
			Globals: py.StringDict{},
			CodeSrc: m.src,
		})
	}
}
