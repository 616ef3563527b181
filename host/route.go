package host

import (
	"net/url"
	"strings"
)

// routeKind says what a URL path leads to.
type routeKind int

const (
	routeNotFound   routeKind = iota // nothing may be served for this path
	routeBadRequest                  // the path is malformed
	routeStatic                      // a file (or folder) under the html folder
	routeApp                         // a WSGI app under the apps folder
)

// route is where a URL path leads. For routeStatic, Rel is the slash-separated path below the
// html folder ("" for the folder itself) and Dir tells whether the URL ended in "/". For
// routeApp, Rel is the app's file below the apps folder ("shop/cart.py"), and ScriptName and
// PathInfo are the URL-decoded bytes of the path up to and including ".py", and the rest.
type route struct {
	Kind                 routeKind
	Rel                  string
	Dir                  bool
	ScriptName, PathInfo string
}

// mapPath decides where an escaped URL path (as sent by the client) leads. It never touches
// the file system: every segment that will name a file must decode to a plain name, so the
// caller can join it under a root folder without leaving it.
func mapPath(escaped string) route {
	if !strings.HasPrefix(escaped, "/") {
		return route{Kind: routeBadRequest}
	}
	segs := strings.Split(escaped[1:], "/")
	names := make([]string, 0, len(segs))
	for i, raw := range segs {
		name, err := url.PathUnescape(raw)
		if err != nil {
			return route{Kind: routeBadRequest}
		}
		if !plainName(name) {
			if name == "" && i == len(segs)-1 {
				break // the trailing slash of a folder
			}
			return route{Kind: routeNotFound}
		}
		names = append(names, name)
		if strings.HasSuffix(name, ".py") {
			rest := strings.Join(segs[i+1:], "/")
			pathInfo := ""
			if i+1 < len(segs) {
				if pathInfo, err = url.PathUnescape("/" + rest); err != nil {
					return route{Kind: routeBadRequest}
				}
			}
			return route{
				Kind:       routeApp,
				Rel:        strings.Join(names, "/"),
				ScriptName: "/" + strings.Join(names, "/"),
				PathInfo:   pathInfo,
			}
		}
	}
	return route{Kind: routeStatic, Rel: strings.Join(names, "/"), Dir: strings.HasSuffix(escaped, "/")}
}

// plainName reports whether a decoded path segment names a visible file: not empty, not "."
// or "..", not hidden, and free of separators and NUL bytes.
func plainName(s string) bool {
	if s == "" || s[0] == '.' {
		return false
	}
	return !strings.ContainsAny(s, "/\\\x00")
}
