import sys
class AppError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what, 404)
        self.what = what
class Plain(Exception): pass
class WithStr(Exception):
    def __str__(self): return "custom str"
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e.code, e.what, str(e), repr(e), e.args, isinstance(e, Exception))
try:
    raise Plain
except Plain as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise Plain("a", 1)
except (KeyError, Plain) as e:
    print(repr(e), str(e), e.args)
print(str(WithStr("x")), repr(WithStr("x")))
e = ValueError("v")
e.extra = [1]
print(e.extra, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(repr(ValueError()), repr(ValueError(1, 2)), str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
try:
    e.missing
except AttributeError as err:
    print(err)
def f():
    try:
        {}["k"]
    except KeyError as inner:
        raise AppError("wrapped") from inner
try:
    f()
except AppError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "nf", "x.txt")))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print([k.__name__ for k in ZeroDivisionError.__mro__], FileNotFoundError.__bases__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("base", type(e).__name__)
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, e.with_traceback(None) is e, e.__traceback__)
    e2 = RuntimeError("x").with_traceback(tb)
    print(e2.__traceback__ is tb)
try:
    try:
        raise TypeError("t")
    except TypeError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
        raise
except TypeError as e:
    print("reraised", e)
print(sys.exc_info())
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v, tb is not None if t else None)
        return t is not None and issubclass(t, LookupError)
with Ctx():
    raise KeyError("swallowed")
try:
    with Ctx():
        raise ValueError("propagated")
except ValueError as e:
    print("got", e)
e = AppError("x")
e.args = ("y", 2)
print(e.args, str(e))
try:
    e.__cause__ = 1
except TypeError as err:
    print(err)
try:
    raise 42
except TypeError as err:
    print(err)
try:
    class NotExc: pass
    try:
        pass
    finally:
        pass
    raise NotExc
except TypeError as err:
    print(err)
