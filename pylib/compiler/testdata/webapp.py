# A small WSGI-style app using everything together: dotted decorators, closures, f-strings,
# annotations, unpacking and digit separators.
class Router:
    """Registers views by path."""
    routes: dict

    def __init__(self):
        self.routes = {}

    def route(self, path: str, *, methods: list = ["GET"]):
        def register(view):
            def wrapped(environ, *args, **kwargs):
                method = environ["REQUEST_METHOD"]
                if method not in methods:
                    return f"405 {method} not in {methods!r}"
                return view(environ, *args, **kwargs)
            self.routes[path] = wrapped
            return wrapped
        return register

    def wsgi(self, environ, start_response):
        view = self.routes.get(environ["PATH_INFO"])
        if view is None:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [f"no route for {environ['PATH_INFO']!r}"]
        body = view(environ)
        start_response("200 OK", [*HEADERS, ("Content-Length", str(len(body)))])
        return [body]

HEADERS = [("Content-Type", "text/html; charset=utf-8")]
MAX_BODY: int = 1_048_576
app = Router()

def require(*names):
    def deco(view):
        def check(environ, *a, **k):
            missing = [n for n in names if n not in environ]
            if missing:
                return f"missing {missing}"
            return view(environ, *a, **k)
        return check
    return deco

@app.route("/", methods=["GET", "HEAD"])
def index(environ):
    user = environ.get("USER", "world")
    return f"<h1>Hello, {user}!</h1>"

@app.route("/sum", methods=["POST"])
@require("QUERY_STRING")
def total(environ):
    nums = [int(x) for x in environ["QUERY_STRING"].split("&")]
    return f"{sum(nums)=} of {len(nums)} numbers, limit {MAX_BODY}"

def start_response(status, headers):
    print("status:", status)
    for name, value in headers:
        print(f"  {name}: {value}")

for env in [
    {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "USER": "ana"},
    {"REQUEST_METHOD": "POST", "PATH_INFO": "/"},
    {"REQUEST_METHOD": "POST", "PATH_INFO": "/sum", "QUERY_STRING": "1&2&39"},
    {"REQUEST_METHOD": "POST", "PATH_INFO": "/sum"},
    {"REQUEST_METHOD": "GET", "PATH_INFO": "/nope"},
]:
    for chunk in app.wsgi(env, start_response):
        print(chunk)
print(Router.__annotations__['routes'] is dict, __annotations__['MAX_BODY'] is int)
