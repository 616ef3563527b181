"""A form that POSTs to itself; the app reads exactly CONTENT_LENGTH bytes of wsgi.input and echoes
every field back. GET shows the empty form; other methods get 405."""

import html
from urllib.parse import parse_qsl

FORM = '''<form method="post" action="/form.py">
<p><label>Name <input name="name"></label></p>
<p><label>Message <textarea name="message"></textarea></label></p>
<p><button>Send</button></p>
</form>'''


def page(inner):
    return ('<!DOCTYPE html>\n<meta charset="utf-8">\n<title>Form echo</title>\n' + inner +
            '\n<p><a href="/">back</a></p>\n').encode('utf-8')


def application(environ, start_response):
    method = environ['REQUEST_METHOD']
    if method == 'GET':
        data = page('<h1>Say something</h1>\n' + FORM)
    elif method == 'POST':
        length = int(environ.get('CONTENT_LENGTH') or '0')
        fields = parse_qsl(environ['wsgi.input'].read(length).decode('utf-8'), keep_blank_values=True)
        rows = ''.join(f'<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>\n' for k, v in fields)
        data = page(f'<h1>You sent {len(fields)} field(s)</h1>\n<table>\n{rows}</table>\n' + FORM)
    else:
        start_response('405 Method Not Allowed', [('Content-Type', 'text/plain'), ('Allow', 'GET, POST')])
        return [b'method not allowed\n']
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'), ('Content-Length', str(len(data)))])
    return [data]
