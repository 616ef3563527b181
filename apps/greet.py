"""Greets ?name=... : reads QUERY_STRING from the environ, escapes it, answers in HTML."""


def unquote_plus(text):
    """Decode a form-encoded value: '+' is a space, %XX is a byte, the bytes are UTF-8."""
    raw = text.replace('+', ' ').encode('latin-1')
    out = b''
    i = 0
    while i < len(raw):
        if raw[i:i + 1] == b'%' and i + 2 < len(raw) + 1:
            try:
                out += bytes.fromhex(raw[i + 1:i + 3].decode('ascii'))
                i += 3
                continue
            except ValueError:
                pass
        out += raw[i:i + 1]
        i += 1
    return out.decode('utf-8', 'replace')


def query_param(query, key, default):
    for pair in query.split('&'):
        name, _, value = pair.partition('=')
        if unquote_plus(name) == key:
            return unquote_plus(value)
    return default


def escape(text):
    for char, entity in (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'), ("'", '&#x27;')):
        text = text.replace(char, entity)
    return text


def application(environ, start_response):
    name = query_param(environ.get('QUERY_STRING', ''), 'name', 'world')
    body = f'<!DOCTYPE html>\n<meta charset="utf-8">\n<h1>Hello, {escape(name)}!</h1>\n<p><a href="/">back</a></p>\n'
    data = body.encode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(data)))])
    return [data]
