# Runs a testdata script under CPython with the helpers the Go test context provides as builtins.
import builtins
import sys


def exc_info_name():
    t = sys.exc_info()[0]
    return "None" if t is None else t.__name__


builtins.exc_info_name = exc_info_name
builtins.sorted_vm = sorted
script = sys.argv[1]
exec(compile(open(script).read(), script, "exec"), {"__name__": "__main__"})
