# complex(), float(), int() and three-argument pow() with user classes and subclasses.


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


class C:
    def __complex__(self):
        return 1 + 2j


class BadC:
    def __complex__(self):
        return 1.5


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class CF:
    def __complex__(self):
        return 3j

    def __float__(self):
        return 4.0


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


class MyInt(int):
    pass


class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


class NP:
    def __pow__(self, other, mod=None):
        return NotImplemented


show("complex(C())", lambda: complex(C()))
show("complex(C(), 1)", lambda: complex(C(), 1))
show("complex(1, C())", lambda: complex(1, C()))
show("complex(BadC())", lambda: complex(BadC()))
show("complex(F())", lambda: complex(F()))
show("complex(F(), F())", lambda: complex(F(), F()))
show("complex(I())", lambda: complex(I()))
show("complex(I(), I())", lambda: complex(I(), I()))
show("complex(CF(), CF())", lambda: complex(CF(), CF()))
show("complex(MyFloat(1.5))", lambda: complex(MyFloat(1.5)))
show("complex(MyInt(3), MyFloat(2))", lambda: complex(MyInt(3), MyFloat(2)))
show("complex(MyComplex(1+1j), 1j)", lambda: complex(MyComplex(1 + 1j), 1j))
show("complex(object())", lambda: complex(object()))
show("complex(1, object())", lambda: complex(1, object()))
show("float(F())", lambda: float(F()))
show("float(I())", lambda: float(I()))
show("int(I())", lambda: int(I()))
show("int(MyInt(5), 16)", lambda: int(MyInt(5), 16))
show("pow(P(), 2, 3)", lambda: pow(P(), 2, 3))
show("pow(2, P(), 3)", lambda: pow(2, P(), 3))
show("pow(2, 3, P())", lambda: pow(2, 3, P()))
show("pow(NP(), 2, 3)", lambda: pow(NP(), 2, 3))
show("pow(NP(), 2.0, 3)", lambda: pow(NP(), 2.0, 3))
show("pow(MyInt(3), 2, 5)", lambda: pow(MyInt(3), 2, 5))
show("pow(3, MyInt(2), MyInt(5))", lambda: pow(3, MyInt(2), MyInt(5)))
show("pow(MyFloat(3), 2, 5)", lambda: pow(MyFloat(3), 2, 5))
show("pow(MyComplex(3), 2, 5)", lambda: pow(MyComplex(3), 2, 5))
show("pow(P(), 2)", lambda: pow(P(), 2))
show("pow(2, P())", lambda: pow(2, P()))
for text in ["12", "١٢", " １２ ", "1_0", "(1+2j)", "j", "-1.5e3"]:
    show("text " + ascii(text), lambda: (int(text) if text.strip().isdigit() or "_" in text else None, complex(text)))
