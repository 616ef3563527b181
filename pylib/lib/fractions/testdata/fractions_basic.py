# Fraction construction, arithmetic, comparisons and conversions against CPython.
from fractions import Fraction as F
from decimal import Decimal
import math

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for args in [(3, 4), (6, -8), (0, 5), (-7,), ('3/4',), (' -10/4 ',), ('1.25',), ('-1.5e-3',),
             ('2e2',), ('1_000/3',), (0.1,), (-2.5,), (Decimal('1.10'),), (F(1, 3), F(1, 6)),
             (1, 0), ('abc',), ('1/0',), ('1.5/2',), (1.5, 2), (None,), (True,)]:
    print(args, show(lambda: F(*args)), show(lambda: str(F(*args))))

vals = [F(1, 3), F(-5, 2), F(0), F(7), 2, -3, 0.5, 1.5 + 0j]
for a in vals[:4]:
    for b in vals:
        print(a, b, show(lambda: a + b), show(lambda: b - a), show(lambda: a * b),
              show(lambda: a / b), show(lambda: b / a), show(lambda: a // b), show(lambda: a % b),
              show(lambda: divmod(a, b)), show(lambda: a < b), show(lambda: a == b),
              show(lambda: b >= a))
for a in [F(1, 2), F(3, 2), F(0), F(4)]:
    for e in [0, 1, 3, -2, F(2), F(1, 2), 0.5]:
        print('pow', a, e, show(lambda: a ** e), show(lambda: 4 ** a), show(lambda: 4.0 ** a))
for a in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(22, 7), F(1, 3), F(-1, 3), F(314159, 100000)]:
    print('conv', a, int(a), math.floor(a), math.ceil(a), round(a), round(a, 2), round(a, -1),
          float(a), a.as_integer_ratio(), hash(a) == hash(float(a)), bool(a), abs(a), -a, +a)
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100),
      F('0.333').limit_denominator(10), F(1, 3).limit_denominator(2), F(-5, 7).limit_denominator(3))
print(F.from_float(0.25), F.from_decimal(Decimal('-1.25')), F(1, 2) == 0.5, F(1, 3) == 1 / 3,
      F(1, 2) < Decimal('0.6'), hash(F(5)) == hash(5), {F(1, 2): 'x'}[0.5], sum([F(1, 3)] * 3))
print(sorted([F(1, 2), 0.25, F(-1), 2, F(3, 4)]), max(F(1, 3), 0.3), F(2, 4).numerator,
      F(2, 4).denominator, F(1, 2) != F(2, 4), 0.5 == F(1, 2), 3 * F(1, 3) == 1)
