"""A page in GBK, returned the teaching-server way: a str body that gowsgi encodes with the
charset named in Content-Type (a gowsgi extension; portable apps return bytes)."""


def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/html; charset=gbk')])
    return '<!DOCTYPE html>\n<meta charset="gbk">\n<h1>你好，世界</h1>\n<p>这个页面由 Python 应用生成，以 GBK 编码发送。</p>\n'
