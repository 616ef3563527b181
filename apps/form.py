"""A form that POSTs to itself; the app reads exactly CONTENT_LENGTH bytes of wsgi.input and echoes
every field back. GET shows the empty form; other methods get 405."""

from greet import unquote_plus, escape

FORM = '''<form method="post" action="/form.py">
<p><label>Name <input name="name"></label></p>
<p><label>Message <textarea name="message"></textarea></label></p>
<p><button>Send</button></p>
</form>'''


def parse_form(body):
    fields = []
    for pair in body.split('&'):
        if pair:
            name, _, value = pair.partition('=')
            fields.append((unquote_plus(name), unquote_plus(value)))
    return fields


def page(inner):
    return ('<!DOCTYPE html>\n<meta charset="utf-8">\n<title>Form echo</title>\n' + inner +
            '\n<p><a href="/">back</a></p>\n').encode('utf-8')


def application(environ, start_response):
    method = environ['REQUEST_METHOD']
    if method == 'GET':
        data = page('<h1>Say something</h1>\n' + FORM)
    elif method == 'POST':
        length = int(environ.get('CONTENT_LENGTH') or '0')
        body = environ['wsgi.input'].read(length).decode('latin-1')
        rows = ''.join(f'<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>\n' for k, v in parse_form(body))
        data = page(f'<h1>You sent {len(parse_form(body))} field(s)</h1>\n<table>\n{rows}</table>\n' + FORM)
    else:
        start_response('405 Method Not Allowed', [('Content-Type', 'text/plain'), ('Allow', 'GET, POST')])
        return [b'method not allowed\n']
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'), ('Content-Length', str(len(data)))])
    return [data]
