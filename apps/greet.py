"""Greets ?name=... : reads QUERY_STRING from the environ, escapes it, answers in HTML."""

import html
from urllib.parse import parse_qs


def application(environ, start_response):
    name = parse_qs(environ.get('QUERY_STRING', '')).get('name', ['world'])[0]
    body = f'<!DOCTYPE html>\n<meta charset="utf-8">\n<h1>Hello, {html.escape(name)}!</h1>\n<p><a href="/">back</a></p>\n'
    data = body.encode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(data)))])
    return [data]
