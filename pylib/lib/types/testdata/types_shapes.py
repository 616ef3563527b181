import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace())


def f():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
print(types.NoneType is type(None), isinstance(C.m, types.FunctionType))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], "a" in mp, len(mp), list(mp), dict(mp.items()))
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError")
K = types.new_class("K", (C,))
print(K.__name__, issubclass(K, C))
