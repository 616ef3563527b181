"""wsgiref.simple_server, importable under gowsgi: the app is served by gowsgi itself."""

__all__ = ["WSGIServer", "WSGIRequestHandler", "demo_app", "make_server"]

server_version = "WSGIServer/0.2"
sys_version = "Python/3.11"
software_version = server_version + " " + sys_version

_MESSAGE = ("wsgiref.simple_server cannot serve under gowsgi: gowsgi serves the module's "
            "'application' itself (run it with gowsgi -apps DIR)")


class WSGIServer:
    """Not available under gowsgi."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MESSAGE)


class WSGIRequestHandler:
    """Not available under gowsgi."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MESSAGE)


def demo_app(environ, start_response):
    """A WSGI app that says hello and lists the environ, as CPython's demo_app does."""
    lines = ["Hello world!", ""]
    for k, v in sorted(environ.items()):
        lines.append("%s = %r" % (k, v))
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return [("\n".join(lines) + "\n").encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer, handler_class=WSGIRequestHandler):
    """Not available under gowsgi: raises NotImplementedError."""
    raise NotImplementedError(_MESSAGE)
