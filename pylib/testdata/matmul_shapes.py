# The @ and @= operators: dunder dispatch, precedence next to * and +, decorators, messages.
class V:
    def __init__(self, x): self.x = x
    def __matmul__(self, o): return V(self.x * 10 + (o.x if isinstance(o, V) else o))
    def __rmatmul__(self, o): return V(o * 100 + self.x)
    def __mul__(self, o): return "mul!"
    def __radd__(self, o): return V(o + self.x)
    def __repr__(self): return "V(%r)" % self.x
class W(V):
    def __imatmul__(self, o):
        self.x += 1000
        return self
a, b = V(1), V(2)
print(a @ b, a @ 3, 3 @ a, a @ b @ V(4), a * b @ V(1) if False else 0)
print(2 * 3 + a @ b @ V(5))
c = a
c @= b
print(c, a)
w = W(1); w2 = w
w @= 5 + 1
print(w, w2 is w)
try: 1 @ 2
except TypeError as e: print(e)
try:
    x = 1; x @= 2
except TypeError as e: print(e)
try:
    x = [1]; x @= V(2)
except TypeError as e: print(e)
try: V(1) @ "s"
except TypeError as e: print(e)
try: "s" @ object()
except TypeError as e: print(e)
try:
    class Z: pass
    z = Z(); z @= 1
except TypeError as e: print(e)
def deco(f): return f
@deco
def g(m, n): return m @ n
print(g(a, b))
print(-a.x @ V(3) if False else [v @ V(2) for v in (a, b)])
