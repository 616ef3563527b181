// Package time is Python's `time` module for gowsgi: gpython's clock functions (time, time_ns,
// sleep) plus the calendar functions gpython leaves unimplemented, written in Python (time.py)
// over a few Go helpers for the local time zone.
//
// Python surface:
//
//	time() time_ns() sleep(secs) monotonic() monotonic_ns() perf_counter() perf_counter_ns()
//	process_time() gmtime(secs=None) localtime(secs=None) mktime(t) asctime(t=None) ctime(secs=None)
//	strftime(format, t=None) strptime(string, format="%a %b %d %H:%M:%S %Y")
//	struct_time(seq): tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst
//	                  tm_zone tm_gmtoff, indexing and slicing like a 9-tuple
//	timezone altzone daylight tzname
//
// Private Go helpers used by time.py:
//
//	_localzone(secs) -> (utc_offset_seconds, zone_name, isdst)
//	_mklocal(year, month, day, hour, minute, second) -> seconds since the epoch
package time

import (
	_ "embed"
	gotime "time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/time" // registers gpython's time first, so ours replaces it
)

//go:embed time.py
var source string

// start is the origin of monotonic() and perf_counter().
var start = gotime.Now()

func init() {
	var keep []*py.Method
	if old := py.GetModuleImpl("time"); old != nil {
		for _, m := range old.Methods {
			switch m.Name {
			case "time", "time_ns", "sleep":
				keep = append(keep, m)
			}
		}
	}
	methods := append(keep,
		py.MustNewMethod("monotonic", monotonic, 0, "monotonic() -> float"),
		py.MustNewMethod("perf_counter", monotonic, 0, "perf_counter() -> float"),
		py.MustNewMethod("monotonic_ns", monotonicNS, 0, "monotonic_ns() -> int"),
		py.MustNewMethod("perf_counter_ns", monotonicNS, 0, "perf_counter_ns() -> int"),
		py.MustNewMethod("process_time", monotonic, 0, "process_time() -> float"),
		py.MustNewMethod("_localzone", localZone, 0, "local offset, zone name and DST flag"),
		py.MustNewMethod("_mklocal", mkLocal, 0, "seconds since the epoch of a local time"),
	)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "time", Doc: "time access and conversions", FileDesc: "<time>"},
		Methods: methods,
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}

func monotonic(self py.Object) (py.Object, error) {
	return py.Float(gotime.Since(start).Seconds()), nil
}

func monotonicNS(self py.Object) (py.Object, error) {
	return py.Int(gotime.Since(start).Nanoseconds()), nil
}

func localZone(self py.Object, arg py.Object) (py.Object, error) {
	secs, err := py.FloatAsFloat64(arg)
	if err != nil {
		return nil, err
	}
	t := gotime.Unix(int64(secs), 0).In(gotime.Local)
	name, off := t.Zone()
	return py.Tuple{py.Int(off), py.String(name), py.NewBool(t.IsDST())}, nil
}

func mkLocal(self py.Object, args py.Tuple) (py.Object, error) {
	var v [6]int
	if len(args) != 6 {
		return nil, py.ExceptionNewf(py.TypeError, "_mklocal() takes 6 arguments")
	}
	for i, a := range args {
		n, err := py.GetInt(a)
		if err != nil {
			return nil, err
		}
		v[i], _ = n.GoInt()
	}
	t := gotime.Date(v[0], gotime.Month(v[1]), v[2], v[3], v[4], v[5], 0, gotime.Local)
	return py.Int(t.Unix()), nil
}
