# Builtins, int/float and list/tuple methods in program shapes (compared with CPython's output).
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V%d" % self.v

print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(1), V(9)], key=lambda x: -x.v))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted({'b': 1, 'a': 2}.items()) if False else None)
recs = [("bob", 3), ("al", 1), ("cy", 3), ("di", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))

def gen():
    yield 1
    raise ValueError("boom")

for f in (list, sum, sorted, min, any, lambda g: list(map(str, g)), lambda g: list(zip(g, g)), lambda g: list(enumerate(g))):
    try:
        f(gen())
    except ValueError as e:
        print("propagated", e)

class Count:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i

print(list(Count()), sum(Count()), list(reversed([1, 2, 3])), list(zip(Count(), 'ab')))

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), 20 in Seq())

l = [5, 1, 4]
l.append(2); l.extend((9, 8)); l.extend(x for x in [0]); l.extend("ab"); l.insert(0, 'z'); l.insert(-100, 'y')
print(l, l.pop(), l.pop(0), l.index(4), l.count(1))
l.remove('z'); l.reverse(); print(l)
l = [3, 1, 2]; l.sort(reverse=True); print(l); l.sort(key=lambda x: x % 3); print(l)
m = l; l += (7,); l *= 2; print(l is m, m, l.copy(), [].copy())
for bad in ([].pop, lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: (1,).index(2), lambda: [1, 'a'].sort()):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print("error:", e)
print((1, 2, 1).count(1), (1, 2, 1).index(1, 1), [1, 2] * 2, 3 * [0], b'ab' * 2, 2 * b'-')

print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5, 0), round(1e300, -299))
print(divmod(-7, 2), divmod(7.5, -2), pow(3, -1, 7), pow(2, -2), pow(-2, 3, 5), 7 // -2.0, -7.5 % 2)
print(hash(-1), hash(2**61), hash(1.5), hash((1, 2)), hash(1.0) == hash(1), hash(True))
print(int(' -0b1_01 ', 0), int('z', 36), int(b'12'), float(' 1e3 '), float('-inf'), float('1_0.5'), int(-2.7), int(10**20 * 1.0))
print((255).to_bytes(2, 'little'), int.from_bytes(b'\xff\x00', 'big', signed=True), (-129).bit_length(), (7).bit_count())
print((0.1).hex(), float.fromhex('0x1.8p1'), (2.5).as_integer_ratio(), (3.0).is_integer(), True + True, True * 3.5)
print(chr(9731), ord('é'), bin(-5), oct(64), hex(255), callable(len), callable(3), any([]), all([]))
print(str(b'caf\xc3\xa9', 'utf-8'), bytes('hé', 'latin-1'), bytes(3), bytes([65, 66]), bytes(range(3)), str(-0.0), str(1e16))
print(range(0, 10, 3).index(9), range(10)[::-2], len(range(10, 0, -3)), 4 in range(0, 10, 2), range(5).count(2))
print(next(iter([]), 'default'), list(iter([3, 2, 1, 0].pop, 1)), getattr(1, 'nope', 'd'), hasattr('', 'upper'))
print(list(filter(None, [0, 1, '', 'a'])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(enumerate('ab', start=5)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
for expr in ("1 // 0", "1 % 0", "1.0 // 0", "divmod(1.0, 0)", "int('abc')", "float('x')", "[1] + (2,)", "sum(['a'], '')", "min([])"):
    try:
        eval(expr)
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(expr, "->", e)
