"""Variable annotations: assignments keep working, module and class bodies record them."""
x: int = 5
y: "List[int]"
z: dict = {
    'a': 1,
}
print(x, z['a'])
print(__annotations__['x'] is int, __annotations__['y'], 'z' in __annotations__)
print(len(__annotations__))

class Point:
    x: int = 0
    y: int
    label: str = "p"
    def __init__(self, x: int, y: int) -> None:
        self.x: int = x
        total: int
        total = x + y
        self.total: int = total
print(Point.x, Point.label, Point.__annotations__['x'] is int, len(Point.__annotations__))
pt = Point(2, 3)
print(pt.x, pt.total)

def f():
    a: int = 1
    b: "undefined name"
    c: list = []
    c.append(a)
    return c
print(f())

def posonly(a, b, /, c, *, d=4):
    return a + b + c + d
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=0))
g = lambda p, /, q: p * q
print(g(2, 5))
