import contextlib
import io
import sys


@contextlib.contextmanager
def tag(name, log):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


log = []
with tag("b", log) as t:
    log.append(t)
print(log)
log = []
try:
    with tag("i", log):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, log)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")


with swallow():
    {}["x"]
print("after swallow")


@tag("deco", log)
def decorated():
    return "ran"


with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2")
    res = [stack.enter_context(tag(n, log)) for n in ("x", "y")]
    print(res)
print(log[-4:])
try:
    with contextlib.ExitStack() as stack:
        stack.push(lambda *exc: True)
        raise RuntimeError("gone")
    print("exit stack suppressed")
except RuntimeError:
    print("not suppressed")


@contextlib.contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
