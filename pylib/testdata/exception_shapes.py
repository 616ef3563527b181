# Exceptions: user classes with attributes, chaining, finally ordering, exc_info.
import sys

class HTTPError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

class NotFound(HTTPError):
    def __init__(self, what):
        super().__init__(404, "%s not found" % what)

def lookup(key):
    raise NotFound(key)

try:
    lookup("page")
except HTTPError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__suppress_context__)

def order():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append("body%d" % i)
        finally:
            out.append("fin%d" % i)
    return out

print(order())

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(ret_in_finally())

try:
    raise ValueError
except ValueError as e:
    print(repr(e), repr(str(e)), sys.exc_info()[0].__name__)
print(sys.exc_info())

def gen():
    yield 1
    raise IndexError("from generator")

try:
    for x in gen():
        pass
except IndexError as e:
    print("propagated:", e)

try:
    [int(x) for x in ["1", "two"]]
except ValueError as e:
    print(e)

errors = (KeyError, IndexError)
for exc in (KeyError("a"), IndexError(2)):
    try:
        raise exc
    except errors as e:
        print("caught", type(e).__name__, e)

class Quiet(Exception):
    pass

try:
    raise Quiet()
except Exception as e:
    print(isinstance(e, Quiet), isinstance(e, Exception), str(e) == "")
e = ValueError("x")
e.extra = {"field": 1}
print(e.extra, e.args)
