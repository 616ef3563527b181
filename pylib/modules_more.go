package pylib

// More standard modules under pylib/lib: traceback (which borrows this package's exception
// renderer), textwrap, and the list algorithms bisect and heapq.
import (
	_ "gowsgi/pylib/lib/bisect"
	_ "gowsgi/pylib/lib/heapq"
	_ "gowsgi/pylib/lib/textwrap"
	"gowsgi/pylib/lib/traceback"
)

func init() {
	traceback.ExceptionOnly = ExceptionOnly
	traceback.SourceLine = SourceLine
}
