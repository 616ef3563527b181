# Harder unwinding: exceptions replaced in finally, yield in finally, continue in except,
# __exit__ seeing the exception, return through several finally blocks.

def replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except KeyError:
        return "KeyError replaced ValueError"

print(replaced())

def through_finallies():
    out = []
    def inner():
        try:
            try:
                return "value"
            finally:
                out.append("inner finally")
        finally:
            out.append("outer finally")
    r = inner()
    return r + " " + str(out)

print(through_finallies())

def continue_in_except():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError:
            continue
        n += 1
    return n

print(continue_in_except())

def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2

print(list(yield_in_finally()))

class Exit:
    def __enter__(self):
        return "entered"
    def __exit__(self, typ, val, tb):
        print("exit sees", typ is ValueError, str(val))
        return False

try:
    with Exit() as e:
        print(e)
        raise ValueError("in with")
except ValueError as err:
    print("after with:", str(err))

def with_in_generator():
    with Exit():
        yield "a"
        yield "b"

print(list(with_in_generator()))

def break_from_with_in_loop():
    out = []
    for i in range(3):
        with Exit():
            out.append(i)
            if i == 1:
                break
    return out

print(break_from_with_in_loop())

def exc_after_handled():
    try:
        raise ValueError("a")
    except ValueError:
        pass
    return exc_info_name()

print("after handled:", exc_after_handled())

def nested_handlers_state():
    names = []
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            names.append(exc_info_name())
        names.append(exc_info_name())
    names.append(exc_info_name())
    return names

print(nested_handlers_state())

def loop_with_try_else():
    res = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("x")
        except ValueError:
            res.append("except")
        else:
            res.append("else")
        finally:
            res.append("finally")
    return res

print(loop_with_try_else())

def generator_close_in_for():
    def g():
        try:
            for i in range(10):
                yield i
        finally:
            print("generator cleaned up")
    it = g()
    for v in it:
        if v == 2:
            break
    it.close()
    return v

print(generator_close_in_for())
