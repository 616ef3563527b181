# traceback: formatting exceptions our runtime raises, as CPython does (no column markers:
# every failing line below is a whole statement, where CPython prints none either).
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    if isinstance(text, list):
        text = "".join(text)
    return text.replace(os.path.abspath(__file__), "FILE").replace(__file__, "FILE")


class AppError(Exception):
    pass


def inner():
    raise AppError("inner failed")


def outer():
    inner()


def wrap():
    try:
        outer()
    except AppError as e:
        raise KeyError("wrapped") from e


def during():
    try:
        outer()
    except AppError:
        raise ValueError("while handling")


def quiet():
    try:
        outer()
    except AppError:
        raise TypeError("no context") from None


try:
    outer()
except AppError as e:
    print(clean(traceback.format_exc()))
    print(clean(traceback.format_exception(e)))
    print(clean(traceback.format_exception(type(e), e, e.__traceback__)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf, limit=1)
    print(clean(buf.getvalue()))
    print(clean(traceback.format_exception(e, limit=-1)))
    frames = traceback.extract_tb(e.__traceback__)
    print(type(frames).__name__, len(frames))
    for fs in frames:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
        fn, ln, name, line = fs
        print(ln, name, line, fs[1], len(fs))
    print(frames[0] == (frames[0].filename, frames[0].lineno, frames[0].name, frames[0].line))
    print(clean(traceback.format_tb(e.__traceback__)))
    print(clean(traceback.format_tb(e.__traceback__, limit=1)))
    buf = io.StringIO()
    traceback.print_tb(e.__traceback__, file=buf)
    print(clean(buf.getvalue()))
    print(repr(clean(repr(frames[1]))))

for fn in (wrap, during, quiet):
    try:
        fn()
    except Exception as e:
        print(clean(traceback.format_exc()))
        print(clean(traceback.format_exception(e, chain=False)))
        te = traceback.TracebackException.from_exception(e)
        print(clean(list(te.format())))
        print(list(te.format_exception_only()), str(te))

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_list([("a.py", 3, "g", "  x = 1  "), ("b.py", 4, "h", None)]))
buf = io.StringIO()
traceback.print_list([("a.py", 3, "g", "x = 1")], file=buf)
print(buf.getvalue())
s = traceback.StackSummary.from_list([("a.py", 1, "f", "f()")] * 6 + [("a.py", 2, "g", "g()")])
print(s.format())
fs = traceback.FrameSummary("nofile.py", 3, "fn", line="pass")
print(fs.line, fs.name, list(fs))
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print("TypeError:", e)


def recurse(n):
    if n == 0:
        raise RuntimeError("bottom")
    recurse(n - 1)


try:
    recurse(8)
except RuntimeError:
    print(clean(traceback.format_exc()))

try:
    raise KeyError("missing")
except KeyError:
    print(clean(traceback.format_exc(limit=0)))
    sys.stderr = io.StringIO()
    traceback.print_exc()
    got = sys.stderr.getvalue()
    sys.stderr = sys.__stderr__
    print(clean(got))
