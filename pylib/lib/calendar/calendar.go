// Package calendar is the date part of Python's `calendar` module for gowsgi, written in Python
// (calendar.py) and embedded.
//
// Python surface:
//
//	isleap(year) leapdays(y1, y2) weekday(year, month, day) monthrange(year, month)
//	monthcalendar(year, month) timegm(tuple)
//	month_name month_abbr day_name day_abbr (C locale)  MONDAY..SUNDAY
//	IllegalMonthError IllegalWeekdayError
//
// Not provided: the text and HTML calendar classes (TextCalendar, HTMLCalendar, prmonth...).
package calendar

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed calendar.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "calendar", FileDesc: "<calendar>"},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}
