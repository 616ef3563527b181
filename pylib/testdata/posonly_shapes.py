# Positional-only parameters (PEP 570).
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError")
def both(a, /, b, *, c):
    return (a, b, c)
print(both(1, 2, c=3), both(1, b=2, c=3))
def kw_collect(a, /, **kw):
    return a, kw
print(kw_collect(1, a=2))
