from wsgiref.util import application_uri, request_uri, shift_path_info, guess_scheme, FileWrapper, is_hop_by_hop
from wsgiref.headers import Headers
import wsgiref.simple_server
env = {"wsgi.url_scheme": "http", "HTTP_HOST": "h:8000", "SCRIPT_NAME": "/redirect.py", "PATH_INFO": "/a b/é", "QUERY_STRING": "x=1"}
print(application_uri(env), request_uri(env), request_uri(env, False))
env2 = {"wsgi.url_scheme": "https", "SERVER_NAME": "s", "SERVER_PORT": "443", "PATH_INFO": "/x;y=z,w"}
print(application_uri(env2), request_uri(env2), guess_scheme({"HTTPS": "on"}))
for sn, pi in [("", "/a/b/c"), ("/x", "/a/"), ("/x", "/"), ("/x", ""), ("/x", "/./a//b/"), ("/x/", "/../y"), ("", "//a")]:
    e = {"SCRIPT_NAME": sn, "PATH_INFO": pi}
    r = shift_path_info(e)
    print(repr(r), e)
class F:
    def __init__(self): self.d = b"abcdefg"; self.closed = False
    def read(self, n):
        r, self.d = self.d[:n], self.d[n:]; return r
    def close(self): self.closed = True
f = F(); w = FileWrapper(f, 3); print(list(w)); w.close(); print(f.closed, is_hop_by_hop("Connection"))
h = Headers([("Content-Type", "text/plain")])
h["X-A"] = "1"; h.add_header("Content-Disposition", "attachment", filename="a b.txt", foo_bar=None)
h.setdefault("X-A", "2"); del h["content-type"]
print(h, repr(h), len(h), h.get_all("x-a"), "x-a" in h, h["nope"], bytes(h), h.keys())
