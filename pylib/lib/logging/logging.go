// Package logging is Python's `logging` module for gowsgi, written in Python (logging.py) and
// embedded.
//
// Python surface:
//
//	CRITICAL FATAL ERROR WARNING WARN INFO DEBUG NOTSET BASIC_FORMAT raiseExceptions lastResort
//	getLogger(name=None) basicConfig(**kw) getLevelName(level) addLevelName(level, name)
//	debug info warning warn error exception critical fatal log disable shutdown captureWarnings
//	Logger: setLevel getEffectiveLevel isEnabledFor debug info warning error exception critical
//	        log addHandler removeHandler hasHandlers getChild filters propagate handlers parent
//	LoggerAdapter(logger, extra)  LogRecord (getMessage)  Filter(name)  makeLogRecord(dict)
//	Handler: setLevel setFormatter addFilter removeFilter handle emit flush close name
//	StreamHandler(stream=sys.stderr) FileHandler(filename, mode='a') NullHandler
//	Formatter(fmt=None, datefmt=None, style='%'): format formatTime formatException; styles % { $
//
// Differences from CPython: records do not know the caller (pathname "(unknown file)", lineno 0,
// funcName "(unknown function)"), there are no threads or locks, and no logging.handlers or
// logging.config.
package logging

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed logging.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "logging", FileDesc: "<logging>"},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}
