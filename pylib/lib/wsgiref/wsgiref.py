"""wsgiref -- a WSGI (PEP 3333) Reference Library (gowsgi: util, headers, simple_server)."""

__path__ = []
