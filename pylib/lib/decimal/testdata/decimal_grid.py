# Every binary operation over a grid of operands, compared with CPython's results.
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero
from decimal import ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP
from decimal import ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, Context
import math

vals = ['0', '-0', '1', '-1', '2.50', '-7', '3', '0.1', '1E+2', '123.4567', '-0.005',
        '1E-10', '99999999999999999999999999999', 'Infinity', '-Infinity', 'NaN', '7.000']

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__

for a in vals:
    for b in vals:
        x, y = Decimal(a), Decimal(b)
        print(a, b, show(lambda: x + y), show(lambda: x - y), show(lambda: x * y),
              show(lambda: x / y), show(lambda: x // y), show(lambda: x % y),
              show(lambda: x < y), show(lambda: x == y), show(lambda: x >= y),
              show(lambda: x.compare(y)), show(lambda: x.max(y)), show(lambda: x.min(y)),
              show(lambda: x.remainder_near(y)))

for a in ['2', '-2', '1.5', '0.5', '10', '0', '-0.1', '3.0']:
    for n in [0, 1, 2, 3, -1, -2, 10, 33]:
        print('pow', a, n, show(lambda: Decimal(a) ** n), show(lambda: Decimal(a) ** Decimal(n)))

for a in ['2', '0.5', '10', '1.21', '3.1415']:
    for b in ['0.5', '1.5', '-0.5', '2.25']:
        print('fpow', a, b, show(lambda: Decimal(a) ** Decimal(b)))
    d = Decimal(a)
    print('fn', a, show(d.sqrt), show(d.exp), show(d.ln), show(d.log10))

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
for a in ['1.234', '1.235', '1.245', '-1.235', '-1.2351', '1.2', '0.005', '-0.015', '2.5', '1.05', '1.00']:
    d = Decimal(a)
    print('q', a, [str(d.quantize(Decimal('0.01'), rounding=m)) for m in modes],
          [str(d.to_integral_value(rounding=m)) for m in modes],
          [str(d.quantize(Decimal('1E+1'), rounding=m)) for m in modes])

for p in [1, 3, 5, 9]:
    with localcontext() as ctx:
        ctx.prec = p
        print('prec', p, Decimal(1) / 7, Decimal('123456.789') + 0, +Decimal('999.99'),
              Decimal(2).sqrt(), Decimal('1.5') * Decimal('1.5'))
    for m in modes:
        with localcontext(rounding=m, prec=p):
            print('mode', p, m, Decimal(2) / 3, Decimal(-2) / 3, +Decimal('12.345'), -Decimal('12.355'))
print(getcontext().prec)

specs = ['', '.2f', ',.2f', '>12.3f', '<10', '^12', '+.1f', ' f', '010.2f', '012,.2f', 'e', '.3e',
         'E', 'g', '.3g', '.10g', '%', '.1%', 'f', ',', '_', '.0f', '#.0f', '=+10.1f', '*^15,.3f']
for a in ['0', '-0', '1234567.891', '0.000123', '-42', '1E+5', '1.5E-9', '2.675', '100',
          'NaN', '-Infinity']:
    print('fmt', a, [show(lambda: format(Decimal(a), s)) for s in specs])

for a in ['1E+3', '0E+4', '0E+5', '0E-8', '123E-9', '-1.23E+7', '12345E+2', '1E-7']:
    print('eng', a, Decimal(a).to_eng_string(), Decimal(a).normalize(), Decimal(a).adjusted(),
          Decimal(a).as_tuple())

for f in [0.1, 0.5, -1.25, 1e100, 3.0, 1/3, float('inf')]:
    print('float', repr(Decimal(f)), Decimal.from_float(f) == f, hash(Decimal(f)) == hash(f))
for a in ['1.5', '-2.5', '2.5', '0.5', '-0.5', '1E+2', '7.99']:
    d = Decimal(a)
    print('int', a, int(d), round(d), round(d, 1), math.floor(d), math.ceil(d), float(d),
          d.as_integer_ratio(), hash(d) == hash(float(d)), bool(d))
print(sorted([Decimal('1.5'), Decimal(1), Decimal('-3'), 2, Decimal('0.25')]))
print(sum([Decimal('0.1')] * 10), sum([0.1] * 10))
print({Decimal('1.0'): 'a'}[1], Decimal('1.10') == Decimal('1.1'), Decimal((1, (1, 2, 3), -2)))
print(Decimal('  -1_2.5e-1 '), Decimal('.5'), Decimal('5.'), Decimal('-inf'), Decimal('nan123'))
for bad in ['', '1e', 'e5', '1.2.3', '--1', 'abc', '1 2', '0x10']:
    print('bad', repr(bad), show(lambda: Decimal(bad)))
c = Context(prec=5, traps=[])
print(c.divide(Decimal(1), Decimal(0)), c.flags[DivisionByZero], c.create_decimal('1.234567'), c)
with localcontext(Context(prec=3, traps=[])) as ctx:
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal('NaN') < 1, ctx.flags[InvalidOperation])
