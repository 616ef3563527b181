from http.cookies import SimpleCookie, CookieError, Morsel
from http import HTTPStatus
import http
for hdr in ['visits=3; theme=dark', 'a="quoted \\"x\\" \\073y"; b=2', 'sid=abc; Path=/; HttpOnly; other=1',
            'bad key=1', 'Path=/; a=1', 'a=1; $Path=/x', 'x=1, y=2', 'k=v=w', 'a=1; flag; b=2', 'e=1; expires=Wed, 25 Nov 2026 02:22:38 GMT',
            'a b=1', 'a[b]=1', '']:
    jar = SimpleCookie()
    try:
        jar.load(hdr)
    except CookieError as e:
        print("CookieError", e)
    print(repr(hdr), len(jar), repr(jar), [(k, jar[k].value, jar[k].coded_value, jar[k]["path"]) for k in sorted(jar)])
out = SimpleCookie()
out["visits"] = str(4)
out["visits"]["path"] = "/"
out["visits"]["max-age"] = 3600
out["n"] = 'a b;c"\\é'
out["n"]["secure"] = True
out["n"]["comment"] = "hi there"
for m in out.values(): print(m.OutputString())
print(out.output()); print(out)
try:
    out["x"]["bogus"] = 1
except KeyError as e: print("KeyError", e)
try:
    out["visits"]["bogus"] = 1
except CookieError as e: print("CookieError", e)
try:
    out["a;b"] = "1"
except CookieError as e: print("CookieError", e)
print(HTTPStatus.OK.value, HTTPStatus.OK.phrase, HTTPStatus(404), repr(HTTPStatus(404)), HTTPStatus.NOT_FOUND == 404, HTTPStatus["OK"].name, len(list(HTTPStatus)) > 50, "%s %s" % (HTTPStatus.OK, HTTPStatus.OK.phrase), int(HTTPStatus.CREATED))
print(f"{HTTPStatus.OK.value} {HTTPStatus.OK.phrase}", http.HTTPStatus.IM_A_TEAPOT.phrase)
