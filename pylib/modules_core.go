package pylib

// The language-support modules of Python's standard library that apps and libraries import:
// each package registers its module in init().
import (
	_ "gowsgi/pylib/lib/abc"
	_ "gowsgi/pylib/lib/collections"
	_ "gowsgi/pylib/lib/contextlib"
	_ "gowsgi/pylib/lib/copy"
	_ "gowsgi/pylib/lib/dataclasses"
	_ "gowsgi/pylib/lib/enum"
	_ "gowsgi/pylib/lib/functools"
	_ "gowsgi/pylib/lib/io"
	_ "gowsgi/pylib/lib/itertools"
	_ "gowsgi/pylib/lib/operator"
	_ "gowsgi/pylib/lib/posixpath"
	_ "gowsgi/pylib/lib/types"
	_ "gowsgi/pylib/lib/typing"
)
