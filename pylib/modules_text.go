package pylib

// The standard modules written for gowsgi under pylib/lib, registered by their init functions.
import (
	_ "gowsgi/pylib/lib/calendar"
	_ "gowsgi/pylib/lib/datetime"
	_ "gowsgi/pylib/lib/email"
	_ "gowsgi/pylib/lib/http"
	_ "gowsgi/pylib/lib/logging"
	_ "gowsgi/pylib/lib/re"
	_ "gowsgi/pylib/lib/time"
	_ "gowsgi/pylib/lib/wsgiref"
)
