"""Miscellaneous WSGI-related utilities."""

__all__ = ["FileWrapper", "guess_scheme", "application_uri", "request_uri", "shift_path_info",
           "setup_testing_defaults", "is_hop_by_hop"]

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


def _quote(text, safe):
    """Percent-encodes text (as Latin-1) except for unreserved characters and those in safe."""
    out = []
    for ch in text:
        if ch in _UNRESERVED or ch in safe:
            out.append(ch)
            continue
        if ord(ch) > 255:
            ch.encode("latin-1")  # raises UnicodeEncodeError, as CPython does
        out.append("%%%02X" % ord(ch))
    return "".join(out)


class FileWrapper:
    """Wrapper to convert file-like objects to iterables."""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, "close"):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        data = self.filelike.read(self.blksize)
        if len(data):
            return data
        raise StopIteration


def guess_scheme(environ):
    """Return a guess for whether 'wsgi.url_scheme' should be 'http' or 'https'."""
    if environ.get("HTTPS") in ("yes", "on", "1"):
        return "https"
    return "http"


def application_uri(environ):
    """Return the application's base URI (no PATH_INFO or QUERY_STRING)."""
    scheme = environ["wsgi.url_scheme"]
    host = environ.get("HTTP_HOST")
    if not host:
        host = environ["SERVER_NAME"]
        port = environ["SERVER_PORT"]
        if port != {"https": "443", "http": "80"}.get(scheme):
            host += ":" + port
    return scheme + "://" + host + _quote(environ.get("SCRIPT_NAME") or "/", "/")


def request_uri(environ, include_query=True):
    """Return the full request URI, optionally including the query string."""
    base = application_uri(environ)
    path = _quote(environ.get("PATH_INFO", ""), "/;=,")
    if not environ.get("SCRIPT_NAME"):
        path = path[1:]
    uri = base + path
    if include_query and environ.get("QUERY_STRING"):
        uri += "?" + environ["QUERY_STRING"]
    return uri


def _normalize(path):
    """POSIX normalization of an absolute-or-relative path ('a//b/./c/..' -> 'a/b')."""
    if not path:
        return "."
    lead = "/" if path.startswith("/") else ""
    if path.startswith("//") and not path.startswith("///"):
        lead = "//"
    kept = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == ".." and (kept and kept[-1] != ".." or lead):
            if kept:
                kept.pop()
            continue
        kept.append(part)
    return (lead + "/".join(kept)) or "."


def shift_path_info(environ):
    """Shift a name from PATH_INFO to SCRIPT_NAME, returning it (None when PATH_INFO is empty)."""
    path_info = environ.get("PATH_INFO", "")
    if not path_info:
        return None
    segments = path_info.split("/")
    inner = [s for s in segments[1:-1] if s and s != "."]
    segments = segments[:1] + inner + segments[-1:] if len(segments) > 1 else segments
    name = segments.pop(1)
    script = _normalize(environ.get("SCRIPT_NAME", "") + "/" + name)
    if script.endswith("/"):
        script = script[:-1]
    if not name and not script.endswith("/"):
        script += "/"
    environ["SCRIPT_NAME"] = script
    environ["PATH_INFO"] = "/".join(segments)
    return None if name == "." else name


def setup_testing_defaults(environ):
    """Update environ with trivial defaults for testing purposes."""
    environ.setdefault("SERVER_NAME", "127.0.0.1")
    environ.setdefault("SERVER_PROTOCOL", "HTTP/1.0")
    environ.setdefault("HTTP_HOST", environ["SERVER_NAME"])
    environ.setdefault("REQUEST_METHOD", "GET")
    if "SCRIPT_NAME" not in environ and "PATH_INFO" not in environ:
        environ.setdefault("SCRIPT_NAME", "")
        environ.setdefault("PATH_INFO", "/")
    environ.setdefault("wsgi.version", (1, 0))
    environ.setdefault("wsgi.run_once", 0)
    environ.setdefault("wsgi.multithread", 0)
    environ.setdefault("wsgi.multiprocess", 0)
    if "wsgi.input" not in environ or "wsgi.errors" not in environ:
        import io
        environ.setdefault("wsgi.input", io.BytesIO())
        environ.setdefault("wsgi.errors", io.StringIO())
    environ.setdefault("wsgi.url_scheme", guess_scheme(environ))
    if environ["wsgi.url_scheme"] == "http":
        environ.setdefault("SERVER_PORT", "80")
    elif environ["wsgi.url_scheme"] == "https":
        environ.setdefault("SERVER_PORT", "443")


_HOP_HEADERS = frozenset(["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
                          "trailers", "transfer-encoding", "upgrade"])


def is_hop_by_hop(header_name):
    """Return true if 'header_name' is an HTTP/1.1 "Hop-by-Hop" header."""
    return header_name.lower() in _HOP_HEADERS
