import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.not_(0), op.truth([]), op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.concat([1], [2]), op.contains("abc", "b"))
print(op.getitem([1, 2, 3], 1), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.is_(None, None), op.is_not(1, None), op.index(5))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.length_hint([1, 2]), op.length_hint(3, 5))
print(op.itemgetter(1)("abc"), op.itemgetter(1, 0)("ab"), op.itemgetter("k")({"k": 1}))
print(sorted([("b", 2), ("a", 1), ("c", 0)], key=op.itemgetter(1)))


class P:
    def __init__(self):
        self.name = "p"
        self.child = self

    def greet(self, who, punct="!"):
        return "hi " + who + punct


print(op.attrgetter("name")(P()), op.attrgetter("name", "child.name")(P()), op.methodcaller("greet", "bob", punct="?")(P()))
print(repr(op.itemgetter(1, 2)), repr(op.attrgetter("a", "b")), repr(op.methodcaller("m", 1, k=2)))
