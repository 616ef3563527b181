# Dotted and expression decorators (gpython reads '@a.b' as one name 'a.b').
class App:
    def __init__(self):
        self.routes = {}
    def route(self, path, methods=None):
        def register(f):
            self.routes[path] = (f, methods)
            return f
        return register

app = App()

@app.route("/x", methods=["GET"])
def view_x():
    return "x"

@app.route(
    "/y",
)
def view_y():
    return "y"

print(app.routes["/x"][0](), app.routes["/x"][1], app.routes["/y"][0]())

class Namespace:
    pass
ns = Namespace()
ns.inner = Namespace()
ns.inner.mark = lambda f: (lambda: "marked " + f())

@ns.inner.mark  # a comment after the decorator
def marked():
    return "m"
print(marked())

decos = [lambda f: (lambda: "[" + f() + "]")]
@decos[0]
def boxed():
    return "b"
print(boxed())

class Prop:
    def __init__(self, fget):
        self.fget = fget
        self.fset = None
    def setter(self, fset):
        p = Prop(self.fget)
        p.fset = fset
        return p

class C:
    @Prop
    def v(self):
        return 1
    @v.setter
    def v(self, val):
        pass
print(C.v.fset is not None, C.v.fget(None))
