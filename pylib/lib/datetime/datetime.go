// Package datetime is Python's `datetime` module for gowsgi, written in Python (datetime.py)
// from the Library Reference and embedded.
//
// Python surface:
//
//	MINYEAR MAXYEAR UTC
//	timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks): .days .seconds
//	    .microseconds total_seconds() + - * / // % divmod abs comparisons str repr; min max resolution
//	date(year, month, day): today() fromtimestamp(t) fromordinal(n) fromisoformat(s)
//	    fromisocalendar(y, w, d) replace() timetuple() toordinal() weekday() isoweekday()
//	    isocalendar() isoformat() ctime() strftime(fmt) format() date +- timedelta, date - date
//	time(hour, minute, second, microsecond, tzinfo, *, fold): fromisoformat() isoformat(timespec)
//	    strftime() utcoffset() dst() tzname() replace()
//	datetime(year, month, day, hour, minute, second, microsecond, tzinfo, *, fold): now(tz) utcnow()
//	    today() fromtimestamp(t, tz) utcfromtimestamp(t) combine() fromisoformat() strptime()
//	    date() time() timetz() timestamp() timetuple() utctimetuple() astimezone(tz) replace()
//	    isoformat(sep, timespec) ctime() strftime() utcoffset() dst() tzname(); arithmetic and
//	    comparisons with naive/aware checks
//	tzinfo (abstract), timezone(offset, name=None): utc min max utcoffset() tzname() dst() fromutc()
//
// Differences from CPython: the classes are Python classes (no C accelerator); strftime knows
// the C locale's directives only.
package datetime

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed datetime.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "datetime", FileDesc: "<datetime>"},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}
