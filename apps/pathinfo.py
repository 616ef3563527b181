"""Shows how the URL was split: SCRIPT_NAME is up to and including .py, PATH_INFO the rest."""


def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    for key in ('REQUEST_METHOD', 'SCRIPT_NAME', 'PATH_INFO', 'QUERY_STRING'):
        # PEP 3333 carries the URL's bytes as latin-1 characters; decode them as the UTF-8 they are.
        value = environ.get(key, '').encode('latin-1').decode('utf-8', 'replace')
        yield f'{key:<15} {value!r}\n'.encode('utf-8')
