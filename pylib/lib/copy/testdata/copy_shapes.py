import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(8)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
print(copy.deepcopy({1, 2}), copy.copy({"a": 1}), copy.deepcopy("s"), copy.copy(None))


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []


n = Node(1)
n.children.append(Node(2))
n.children.append(n)
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m.children[1] is m, m is not n, m.children[0] is not n.children[0])
sh = copy.copy(n)
print(sh.children is n.children)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("copied " + self.v)

    def __deepcopy__(self, memo):
        return Custom("deep " + self.v)


print(copy.copy(Custom("x")).v, copy.deepcopy(Custom("y")).v, copy.deepcopy([Custom("z")])[0].v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


c = copy.deepcopy(Slotted())
print(c.a, c.b)
shared = [0]
memo_test = copy.deepcopy([shared, shared])
print(memo_test[0] is memo_test[1])
