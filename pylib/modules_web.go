package pylib

// The standard modules web applications import first, implemented in Go (pylib/lib).
import (
	_ "gowsgi/pylib/lib/base64"
	_ "gowsgi/pylib/lib/binascii"
	_ "gowsgi/pylib/lib/html"
	_ "gowsgi/pylib/lib/json"
	_ "gowsgi/pylib/lib/urllib"
)
