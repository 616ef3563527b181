from decimal import *
D=Decimal
for x in ['1.10','-0','0.000001','0.0000001','1E+3','123.456E-10','NaN','-sNaN12','Inf','1_000.5', ' 12 ']:
    print(repr(D(x)), str(D(x)))
print(D(2)**-2, D(4)**-1, D('4.0')**-1, D(10)**-2, D('1.10')**2, D(2)**100, D('2.0')**3, D(3)**-1, D(0)**0 if False else '')
print(D(1)/D(3), D(10)/D(4), D('1.00')/4, D('6.0')/2, D(6)/D('2.0'), D(0)/D('0.01'), D('0.0')/D(5))
print(-7//D(2), D(-7)%2, D('7.5')%D('2'), divmod(D(-7),D(2)))
print(D(0.1), D(-2.5), D(1e20), hash(D('0.5')), hash(0.5))
print(D('0.00').normalize(), D('-0.00').normalize(), D('120').normalize(), D(2).sqrt(), D(4).sqrt(), D('0.25').sqrt(), D('100').sqrt(), D('1.0').sqrt())
print(format(D('1234.5'), ','), format(D('1.2E-3'),'f'), format(D('1E+3'),'g'), format(D('1E+3'),'e'), format(D('2.675'),'.2f'), format(D('0.5'),'%'), format(D('12345.678'),',.2f'), format(D('1.5'),'.3'), format(D('1.5'),'>10'), format(D('-0'),'f'))
print(D('0E-30')+1, D('-0')+D('-0'), D('1.0')-D('1.0'), -D(0), +D('-0'), abs(D('-1.5')))
print(D('1.234').quantize(D('0.01'), rounding=ROUND_UP), round(D('2.5')), round(D('2.675'),2), D('-2.5').to_integral_value(), int(D('-3.9')), float(D('0.1')))
try: D('abc')
except InvalidOperation as e: print(repr(e), e.args)
try: D(1)/0
except DivisionByZero as e: print(repr(e), e.args, isinstance(e, ZeroDivisionError))
try: D(0)/0
except InvalidOperation as e: print(repr(e), e.args)
try: D(1)+1.0
except TypeError as e: print(e)
print(getcontext())
print(D(1)==1.0, D('0.1')==0.1, D(1)<2, D('NaN')==D('NaN'), D(3).as_tuple(), D('1.5').as_integer_ratio())
try: D('NaN')<1
except InvalidOperation as e: print(repr(e))
try: D('1E+40').quantize(D(1))
except InvalidOperation as e: print(repr(e))
print(D('1.2345E+100')* D('1E-200'), D('9.999999999999999999999999999')+D('0.0000000000000000000000000001'))
