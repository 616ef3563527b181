# Python classes derived from str, bytes, int and float.


class Path(str):
    def join(self, other):
        return Path(self + '/' + other)


p = Path('usr').join('lib')
print(p, repr(p), type(p).__name__, len(p), p.upper(), type(p.upper()).__name__)
print(p + 'x', 'x' + p, type(p + 'x').__name__, p == 'usr/lib', 'usr/lib' == p, p.startswith('usr'))
print('%s|%r|%5s' % (p, p, Path('a')), f'{p}', f'{p!r}', '{}'.format(p), str(p), p[0], p[1:3], 'lib' in p)
print(hash(p) == hash('usr/lib'), {p: 1}['usr/lib'], {'usr/lib': 2}[p], isinstance(p, str))
print(sorted([Path('b'), 'a', Path('c')]), p.split('/'), p * 2, p < 'zz')
keyed = {Path('k'): 1}
keyed['k'] = 2
print(keyed, type(list(keyed)[0]).__name__)


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


u = Upper('hello')
print(u, type(u).__name__, u.lower(), len(u), u == 'HELLO')


class Tag(str):
    def __str__(self):
        return '<' + self + '>'


t = Tag('b')
print(t, str(t), repr(t), '%s' % t, f'{t}', [t])


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(c, repr(c), c.to_f(), c + 1, 1 + c, c > 50, int(c), '%.1f' % c, f'{c:.2f}', format(c, '.1f'))
print(type(c + 1).__name__, isinstance(c, float), c == 100.0, hash(c) == hash(100.0), -c, abs(Celsius(-2)))


class Flags(int):
    def has(self, bit):
        return bool(self & bit)


fl = Flags(5)
print(fl, fl.has(4), fl.has(2), fl | 2, fl + 1, fl * 2, -fl, fl == 5, fl < 6, hash(fl) == hash(5))
print(bin(fl), range(fl)[-1], [0] * fl, 3 + fl, fl ** 2, fl // 2, fl % 3, ~fl, fl << 1, type(fl + 1).__name__)
print(f'{fl:03d}', '%d' % fl, '%x' % Flags(255), {fl: 'five'}[5], isinstance(fl, int), bool(Flags(0)))


class Status(int):
    def __new__(cls, code, phrase):
        obj = super().__new__(cls, code)
        obj.phrase = phrase
        return obj

    def __str__(self):
        return '%d %s' % (self, self.phrase)


ok = Status(200, 'OK')
print(ok, ok == 200, ok.phrase, repr(ok), ok + 1, str(ok))


class Seconds(int):
    def __repr__(self):
        return 'Seconds(%d)' % int(self)


print(Seconds(3), [Seconds(3)], str(Seconds(4)))


class Blob(bytes):
    pass


bb = Blob(b'ab')
print(bb, len(bb), bb.decode(), bb + b'c', bb == b'ab', type(bb).__name__, bb[0], list(bb))
