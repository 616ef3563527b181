# The recursion limit raises RecursionError and the program carries on.

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", str(e))

def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n

print("depth reached is large:", count_depth(0) > 500)

class Loopy:
    def __repr__(self):
        return repr(self)

try:
    repr(Loopy())
except RecursionError:
    print("recursion through __repr__ caught")

class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")

try:
    Attr().foo
except RecursionError:
    print("recursion through __getattr__ caught")

def gen_rec(n):
    yield from gen_rec(n + 1)

try:
    next(gen_rec(0))
except RecursionError:
    print("recursion through yield from caught")

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
for i in range(3):
    try:
        mutual_a(0)
    except RecursionError:
        print("mutual recursion caught", i)

def fine(n):
    if n == 0:
        return 0
    return 1 + fine(n - 1)
print("moderate recursion works:", fine(500))
