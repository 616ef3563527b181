# gowsgi's fractions module: exact rationals on Python's arbitrary-precision ints.

import math as _math
import decimal as _decimal

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _parse(s):
    """Parses '3', '-3/4', '1.5', '1.5e-3' (with optional spaces and underscores)."""
    text = s.strip()
    if not text or '__' in text:
        return None
    sign = 1
    body = text
    if body[0] in '+-':
        sign = -1 if body[0] == '-' else 1
        body = body[1:]
    if '/' in body:
        num, _, den = body.partition('/')
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    low = body.lower()
    exp = 0
    if 'e' in low:
        mant, _, es = low.partition('e')
        digits = es[1:] if es[:1] in '+-' else es
        if not _is_digits(digits):
            return None
        exp = int(es)
    else:
        mant = low
    ip, dot, fp = mant.partition('.')
    if (ip and not _is_digits(ip)) or (fp and not _is_digits(fp)) or not (ip or fp):
        return None
    n = int((ip or '0') + (fp or '')) if (ip or fp) else 0
    d = 10 ** len(fp.replace('_', ''))
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _is_digits(s):
    if not s or s[0] == '_' or s[-1] == '_':
        return False
    t = s.replace('_', '')
    return t.isdigit() and t.isascii()


class Fraction(object):
    """A rational number numerator/denominator in lowest terms, denominator positive."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, (float, _decimal.Decimal)):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                p = _parse(numerator)
                if p is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n, d = p
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            for v in (numerator, denominator):
                if not (isinstance(v, int) or isinstance(v, Fraction)):
                    raise TypeError('both arguments should be Rational instances')
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                n, d = a._numerator * b._denominator, b._numerator * a._denominator
            else:
                n, d = int(numerator), int(denominator)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            g = _math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator, self._denominator = n, d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            dec = _decimal.Decimal(dec)
        elif not isinstance(dec, _decimal.Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Returns the closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents, then pick the better of the last
        # convergent and the best semiconvergent below the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic -------------------------------------------------------------------------

    def _binary(self, other, op, reflected):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            a, b = (other, self) if reflected else (self, other)
            return op(a, b)
        if isinstance(other, float):
            a, b = (other, float(self)) if reflected else (float(self), other)
            return _FLOAT_OPS[op](a, b)
        if isinstance(other, complex):
            a, b = (other, complex(float(self))) if reflected else (complex(float(self)), other)
            return _FLOAT_OPS[op](a, b)
        return NotImplemented

    def __add__(self, other):
        return self._binary(other, _add, False)

    def __radd__(self, other):
        return self._binary(other, _add, True)

    def __sub__(self, other):
        return self._binary(other, _sub, False)

    def __rsub__(self, other):
        return self._binary(other, _sub, True)

    def __mul__(self, other):
        return self._binary(other, _mul, False)

    def __rmul__(self, other):
        return self._binary(other, _mul, True)

    def __truediv__(self, other):
        return self._binary(other, _div, False)

    def __rtruediv__(self, other):
        return self._binary(other, _div, True)

    def __floordiv__(self, other):
        return self._binary(other, _floordiv, False)

    def __rfloordiv__(self, other):
        return self._binary(other, _floordiv, True)

    def __mod__(self, other):
        return self._binary(other, _mod, False)

    def __rmod__(self, other):
        return self._binary(other, _mod, True)

    def __divmod__(self, other):
        return self._binary(other, _divmod, False)

    def __rdivmod__(self, other):
        return self._binary(other, _divmod, True)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            e = int(other) if isinstance(other, int) else other._numerator
            if e >= 0:
                return Fraction(self._numerator ** e, self._denominator ** e, _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -e))
            n, d = self._denominator ** -e, self._numerator ** -e
            if d < 0:
                n, d = -n, -d
            return Fraction(n, d, _normalize=False)
        if isinstance(other, (float, complex, Fraction)):
            return float(self) ** (float(other) if isinstance(other, Fraction) else other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, (int, Fraction)):
            return other ** self._numerator
        if isinstance(other, (int, Fraction)):
            return Fraction(other) ** self
        if isinstance(other, (float, complex)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        n, d = self._numerator, self._denominator
        return -(-n // d) if n < 0 else n // d

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r < self._denominator:
                return q
            if 2 * r > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        try:
            inv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(abs(self._numerator)) * inv % _HASH_MODULUS
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # --- comparisons ------------------------------------------------------------------------

    def _cmp(self, other):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            lhs = self._numerator * other._denominator
            rhs = other._numerator * self._denominator
            return (lhs > rhs) - (lhs < rhs)
        if isinstance(other, float):
            if other != other:
                return None
            if other in (float('inf'), float('-inf')):
                return -1 if other > 0 else 1
            return self._cmp(Fraction(other))
        if isinstance(other, _decimal.Decimal):
            if other.is_nan():
                return None
            if other.is_infinite():
                return -1 if other > 0 else 1
            return self._cmp(Fraction(other))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        r = self._cmp(other)
        if r is NotImplemented:
            return r
        return r == 0

    def __lt__(self, other):
        r = self._cmp(other)
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._cmp(other)
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._cmp(other)
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._cmp(other)
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return self


def _add(a, b):
    d = a._denominator * b._denominator
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, d)


def _sub(a, b):
    d = a._denominator * b._denominator
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, d)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        # CPython names the numerator left after cancelling common factors.
        g1 = _math.gcd(a._numerator, 0) or 1
        g2 = _math.gcd(b._denominator, a._denominator)
        raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator // g1 * (b._denominator // g2)))
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    d = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), d)


def _divmod(a, b):
    d = a._denominator * b._denominator
    q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return q, Fraction(r, d)


_FLOAT_OPS = {
    _add: lambda a, b: a + b,
    _sub: lambda a, b: a - b,
    _mul: lambda a, b: a * b,
    _div: lambda a, b: a / b,
    _floordiv: lambda a, b: a // b,
    _mod: lambda a, b: a % b,
    _divmod: lambda a, b: divmod(a, b),
}
