# gowsgi's decimal module: decimal floating point on Python's arbitrary-precision ints.
# A finite Decimal is (-1)**_sign * _int * 10**_exp; _special is '' for finite values,
# 'F' for infinity, 'n' for a quiet NaN and 'N' for a signalling NaN (_int holds its payload).

import collections as _collections
import math as _math

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'getcontext', 'setcontext', 'localcontext',
           'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact',
           'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _collections.namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# The signals a Context keeps flags and traps for, in the order CPython prints them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
# Conditions that are reported through the signal they belong to.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}
# The order CPython lists set flags and traps in a Context's repr.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]


class Context(object):
    """The environment of arithmetic operations: precision, rounding, exponent limits, flags, traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if isinstance(DefaultContext, Context) else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _signal_dict(flags, None)
        if traps is None:
            self.traps = dict(base.traps) if base else _signal_dict(
                [InvalidOperation, DivisionByZero, Overflow], None)
        else:
            self.traps = _signal_dict(traps, None)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value < 1 or value > MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if value > 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if value < 0:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags.get(s))
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps.get(s))
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, flags, traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, result=None):
        """Records condition's signal and raises it if trapped; otherwise returns result."""
        sig = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[sig] = True
        if self.traps.get(sig):
            raise sig([condition])
        return result

    def create_decimal(self, num='0'):
        if isinstance(num, float):
            self._raise(FloatOperation) if self.traps.get(FloatOperation) else None
            self.flags[FloatOperation] = True
        d = Decimal(num, context=self)
        if d._special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a)._add(_dec(b), self)

    def subtract(self, a, b):
        return _dec(a)._add(_negated(_dec(b)), self)

    def multiply(self, a, b):
        return _dec(a)._mul(_dec(b), self)

    def divide(self, a, b):
        return _dec(a)._div(_dec(b), self)

    def divide_int(self, a, b):
        return _dec(a)._divmod(_dec(b), self, 0)[0]

    def remainder(self, a, b):
        return _dec(a)._divmod(_dec(b), self, 1)[1]

    def divmod(self, a, b):
        return _dec(a)._divmod(_dec(b), self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(_dec(b), modulo, context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(_dec(b), context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _dec(a).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a).to_eng_string(context=self)

    def max(self, a, b):
        return _dec(a).max(b, context=self)

    def min(self, a, b):
        return _dec(a).min(b, context=self)


def _signal_dict(given, default):
    d = {s: False for s in _SIGNALS}
    if given is None:
        return d
    if isinstance(given, dict):
        for s, v in given.items():
            d[s] = bool(v)
    else:
        for s in given:
            d[s] = True
    return d


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                       InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# Each interpreter runs its Python code on one goroutine, so one current context per module
# instance serves as the thread's context.
_current = [DefaultContext.copy()]


def getcontext():
    """Returns the current context."""
    return _current[0]


def setcontext(context):
    """Makes context the current one."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext(object):
    def __init__(self, ctx):
        self.new = ctx
        self.saved = None

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    """Returns a context manager that makes a copy of ctx (or the current context) current."""
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        if not hasattr(new, k):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _LocalContext(new)


def _digits(n):
    return len(str(n))


def _round_coeff(sign, c, drop, rounding):
    """Drops drop > 0 trailing digits of coefficient c, rounding by mode; returns (c, inexact)."""
    p = 10 ** drop
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _dec(v, strict=True):
    """Converts an operand to Decimal: Decimal and int always, other types per strict."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)
    return NotImplemented


# Builtin types whose own reflected operators never accept a Decimal: mixing them with one is
# a TypeError worded as CPython's C implementation words it.
_FOREIGN = (float, str, bytes, bytearray, complex, list, tuple, dict, set, frozenset, type(None))


def _operand(v, op=None, mine=None, reflected=False):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if op is not None and isinstance(v, _FOREIGN):
        names = (type(v).__name__, 'decimal.Decimal') if reflected else ('decimal.Decimal', type(v).__name__)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % ((op,) + names))
    return NotImplemented


def _parse(s):
    """Parses a numeric string into (sign, coefficient, exponent, special) or None."""
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if not payload.isdigit() or not payload.isascii():
                return None
            return sign, int(payload), 0, kind
    mant, exp = s, 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        mant, es = s[:epos], s[epos + 1:]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body or not body.isdigit() or not body.isascii():
            return None
        exp = int(es)
    if mant.count('.') > 1:
        return None
    ip, _, fp = mant.partition('.')
    if not (ip + fp) or not (ip + fp).isdigit():
        return None
    # isdigit accepts other scripts' digits; int() converts them like CPython does.
    return sign, int(ip + fp), exp - len(fp), ''


class Decimal(object):
    """A decimal floating point number, exact until an operation rounds to the context."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                p = (0, 0, 0, 'n')
            self._sign, self._int, self._exp, self._special = p
            return self
        if isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._int = -v if v < 0 else v
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx.flags[FloatOperation] = True
            return cls.from_float(value)
        if isinstance(value, (tuple, list)):
            return cls._from_tuple(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def _from_tuple(cls, value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = value
        if sign not in (0, 1):
            raise ValueError('sign must be an integer with the value 0 or 1')
        self = object.__new__(cls)
        self._sign = sign
        c = 0
        for d in digits:
            if not isinstance(d, int) or d < 0 or d > 9:
                raise ValueError('coefficient must be a tuple of digits')
            c = c * 10 + d
        self._int = c
        if exp in ('F', 'n', 'N'):
            self._special = exp
            self._exp = 0
            if exp == 'F':
                self._int = 0
        elif isinstance(exp, int):
            self._special = ''
            self._exp = exp
        else:
            raise ValueError("exponent must be an integer")
        return self

    @classmethod
    def from_float(cls, f):
        """Converts f exactly: Decimal(0.1) is 0.1000000000000000055511151231257827021181583404541015625."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls._make(0, 0, 0, 'n') if cls is Decimal else cls('NaN')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f in (float('inf'), float('-inf')):
            d = _make(sign, 0, 0, 'F')
        else:
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _make(sign, n * 5 ** k, -k, '')
        return d if cls is Decimal else cls(d)

    # --- basic properties -------------------------------------------------------------------

    def _is_nan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special == ''

    def is_zero(self):
        return self._special == '' and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._special == '' and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._special == '' and self._int != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(ch) for ch in str(self._int)) if self._int or not self._special else ()
        if self._special == 'F':
            digits = (0,)
        exp = self._exp if not self._special else self._special
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _dec(other)
        return _make(other._sign, self._int, self._exp, self._special)

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    # --- string forms -----------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + payload
        ctx = context if context is not None else getcontext()
        digits = str(self._int)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            point = len(digits) + exp
        elif not eng:
            point = 1
        elif self._int == 0:
            # Zero in engineering form shows an exponent that is a multiple of three.
            shown = -(-exp // 3) * 3
            zeros = shown - exp
            body = '0.' + '0' * zeros if zeros else '0'
            return sign + body + ('E' if ctx.capitals else 'e') + ('+' if shown >= 0 else '-') + str(abs(shown))
        else:
            point = (adjusted % 3) + 1
        if point <= 0:
            body = '0.' + '0' * -point + digits
        elif point >= len(digits):
            body = digits + '0' * (point - len(digits))
        else:
            body = digits[:point] + '.' + digits[point:]
        shown = exp + len(digits) - point
        if shown == 0:
            tail = ''
        else:
            e = 'E' if ctx.capitals else 'e'
            tail = e + ('+' if shown > 0 else '-') + str(abs(shown))
        return sign + body + tail

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # --- rounding to a context --------------------------------------------------------------

    def _fix(self, ctx):
        """Rounds a finite result to ctx's precision and checks its exponent limits."""
        if self._special:
            return self
        c, exp = self._int, self._exp
        n = _digits(c)
        if n > ctx.prec:
            drop = n - ctx.prec
            c, inexact = _round_coeff(self._sign, c, drop, ctx.rounding)
            exp += drop
            if _digits(c) > ctx.prec:
                c //= 10
                exp += 1
            ctx._raise(Rounded)
            if inexact:
                ctx._raise(Inexact)
        if c != 0 and exp + _digits(c) - 1 > ctx.Emax:
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            ctx._raise(Overflow)
            return _make(self._sign, 0, 0, 'F')
        if c == 0 and exp > ctx.Emax - ctx.prec + 1 and ctx.clamp:
            exp = ctx.Emax - ctx.prec + 1
        if c == 0 and exp > ctx.Emax:
            exp = ctx.Emax
            ctx._raise(Clamped)
        if exp < ctx.Etiny():
            # Subnormal territory: round the coefficient down to Etiny.
            drop = ctx.Etiny() - exp
            c, inexact = _round_coeff(self._sign, c, drop, ctx.rounding)
            exp = ctx.Etiny()
            if inexact:
                ctx._raise(Inexact)
                ctx._raise(Rounded)
                ctx._raise(Subnormal)
                ctx._raise(Underflow)
        if c == self._int and exp == self._exp:
            return self
        return _make(self._sign, c, exp, '')

    def _check_nans(self, other, ctx):
        """Returns the NaN result of an operation with a NaN operand, or None."""
        for v in (self, other):
            if v is not None and v._special == 'N':
                ctx._raise(InvalidOperation)
                return _make(v._sign, v._int, 0, 'n')
        for v in (self, other):
            if v is not None and v._special == 'n':
                return v
        return None

    # --- arithmetic -------------------------------------------------------------------------

    def _add(self, other, ctx):
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                return ctx._raise(InvalidOperation, _NaN)
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and ctx.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return _make(sign, 0, exp, '')._fix(ctx)
        sign = 1 if total < 0 else 0
        return _make(sign, abs(total), exp, '')._fix(ctx)

    def __add__(self, other, context=None):
        other = _operand(other, '+')
        if other is NotImplemented:
            return other
        return self._add(other, context or getcontext())

    def __radd__(self, other, context=None):
        other = _operand(other, '+', reflected=True)
        if other is NotImplemented:
            return other
        return other._add(self, context or getcontext())

    def __sub__(self, other, context=None):
        other = _operand(other, '-')
        if other is NotImplemented:
            return other
        return self._add(_negated(other), context or getcontext())

    def __rsub__(self, other, context=None):
        other = _operand(other, '-', reflected=True)
        if other is NotImplemented:
            return other
        return other._add(_negated(self), context or getcontext())

    def _mul(self, other, ctx):
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return ctx._raise(InvalidOperation, _NaN)
            return _make(sign, 0, 0, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp, '')._fix(ctx)

    def __mul__(self, other, context=None):
        other = _operand(other, '*')
        if other is NotImplemented:
            return other
        return self._mul(other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _operand(other, '*', reflected=True)
        if other is NotImplemented:
            return other
        return other._mul(self, context or getcontext())

    def _div(self, other, ctx):
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return ctx._raise(InvalidOperation, _NaN)
            return _make(sign, 0, 0, 'F')
        if other._special == 'F':
            ctx._raise(Clamped)
            return _make(sign, 0, ctx.Etiny(), '')
        if other._int == 0:
            if self._int == 0:
                return ctx._raise(DivisionUndefined, _NaN)
            return ctx._raise(DivisionByZero, _make(sign, 0, 0, 'F'))
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal, '')._fix(ctx)
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r != 0:
            if q % 5 == 0:
                q += 1  # a sticky digit keeps an inexact quotient from looking like a tie
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp, '')._fix(ctx)

    def __truediv__(self, other, context=None):
        other = _operand(other, '/')
        if other is NotImplemented:
            return other
        return self._div(other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _operand(other, '/', reflected=True)
        if other is NotImplemented:
            return other
        return other._div(self, context or getcontext())

    def _divmod(self, other, ctx, part=2):
        """Returns (integer quotient truncated toward zero, remainder with the dividend's sign);
        part says which the caller wants (0 quotient, 1 remainder, 2 both), since the
        conditions raised differ."""
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F' or part != 0:
                r = ctx._raise(InvalidOperation, _NaN)
                return r, r
            return _make(sign, 0, 0, 'F'), _NaN
        if other._special == 'F':
            return _make(sign, 0, 0, ''), self._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                r = ctx._raise(DivisionUndefined, _NaN)
                return r, r
            if part == 0:
                return ctx._raise(DivisionByZero, _make(sign, 0, 0, 'F')), _NaN
            if part == 1:
                r = ctx._raise(InvalidOperation, _NaN)
                return r, r
            ctx.flags[InvalidOperation] = True
            ctx.flags[DivisionByZero] = True
            if ctx.traps.get(InvalidOperation) or ctx.traps.get(DivisionByZero):
                cls = InvalidOperation if ctx.traps.get(InvalidOperation) else DivisionByZero
                raise cls([InvalidOperation, DivisionByZero])
            return _make(sign, 0, 0, 'F'), _NaN
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            r = ctx._raise(DivisionImpossible, _NaN)
            return r, r
        return _make(sign, q, 0, ''), _make(self._sign, r, exp, '')._fix(ctx)

    def __floordiv__(self, other, context=None):
        other = _operand(other, '//')
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext(), 0)[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other, '//', reflected=True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext(), 0)[0]

    def __mod__(self, other, context=None):
        other = _operand(other, '%')
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext(), 1)[1]

    def __rmod__(self, other, context=None):
        other = _operand(other, '%', reflected=True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext(), 1)[1]

    def __divmod__(self, other, context=None):
        other = _operand(other, 'divmod()')
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _operand(other, 'divmod()', reflected=True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())

    def remainder_near(self, other, context=None):
        """Returns self - n*other for the integer n nearest self/other (ties to even)."""
        ctx = context or getcontext()
        other = _dec(other)
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special or other._int == 0:
            return self._divmod(other, ctx, 1)[1]
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        q, r = divmod(abs(a), abs(b))
        if 2 * r > abs(b) or (2 * r == abs(b) and q % 2 == 1):
            q += 1
        if (a < 0) != (b < 0):
            q = -q
        if _digits(abs(q)) > ctx.prec:
            return ctx._raise(DivisionImpossible, _NaN)
        rem = a - q * b
        sign = (1 if rem < 0 else 0) if rem else self._sign
        return _make(sign, abs(rem), exp, '')._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other, '** or pow()')
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            return self._powmod(other, _dec(modulo), ctx)
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if other._special == 'F' or self._special == 'F':
            return self._pow_infinite(other, ctx)
        if not other._is_integral():
            return self._pow_fractional(other, ctx)
        n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
        if other._sign:
            n = -n
        sign = self._sign if n % 2 == 1 else 0
        if self._int == 0:
            if n == 0:
                return ctx._raise(InvalidOperation, _NaN)
            if n < 0:
                return _make(sign, 0, 0, 'F')
            return _make(sign, 0, 0, '')
        if n == 0:
            return _make(0, 1, 0, '')._fix(ctx)
        if n > 0:
            # Beyond the context's reach the exact power is not worth computing digit by digit.
            if (self.adjusted() + 1) * n > ctx.Emax + ctx.prec + 2 and self.adjusted() >= 0 and not (self._int == 1 and self._exp == 0):
                return ctx._raise(Overflow, _make(sign, 0, 0, 'F'))
            return _make(sign, self._int ** n, self._exp * n, '')._fix(ctx)
        denom = _make(0, self._int ** -n, self._exp * -n, '')
        ext = ctx.copy()
        ext.prec = ctx.prec + 3
        ext.traps = {s: False for s in _SIGNALS}
        one = _make(0, 1, 0, '')
        q = one._div(denom, ext)
        return _make(sign, q._int, q._exp, q._special)._fix(ctx)

    def _powmod(self, other, modulo, ctx):
        for v in (self, other, modulo):
            if not v._is_integral() or v._special:
                return ctx._raise(InvalidOperation, _NaN)
        a, b, m = int(self), int(other), int(modulo)
        if b < 0 or m == 0:
            return ctx._raise(InvalidOperation, _NaN)
        r = pow(abs(a), b, abs(m))
        sign = 1 if a < 0 and b % 2 == 1 else 0
        return _make(sign, r, 0, '')

    def _pow_infinite(self, other, ctx):
        if other._special == 'F':
            if self._special == 'F':
                mag = 1 if other._sign == 0 else 0
            else:
                a = self.copy_abs()._cmp(Decimal(1))
                if a == 0:
                    return _make(0, 1, -(ctx.prec - 1), '')._fix(ctx) if False else _make(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), '')
                mag = 1 if (a > 0) == (other._sign == 0) else 0
            return _make(0, 0, 0, 'F') if mag else _make(0, 0, 0, '')
        # self is infinite, other finite
        if other.is_zero():
            return _make(0, 1, 0, '')
        odd = other._is_integral() and int(other) % 2 == 1
        sign = self._sign if odd else 0
        if other._sign:
            return _make(sign, 0, 0, '')
        return _make(sign, 0, 0, 'F')

    def _pow_fractional(self, other, ctx):
        if self._sign and self._int != 0:
            return ctx._raise(InvalidOperation, _NaN)
        if self._int == 0:
            return _make(0, 0, 0, 'F') if other._sign else _make(0, 0, 0, '')
        # x**y = exp(y*ln(x)), computed with guard digits and rounded once.
        extra = 10
        while True:
            p = ctx.prec + extra
            lnx = _ln_scaled(self._int, self._exp, p + 5)
            num, den = other.as_integer_ratio()
            t = lnx * num // den  # scaled by 10**(p+5)
            res_c, res_e = _exp_scaled(t, p + 5, p)
            lo, hi = res_c - 1, res_c + 1
            # Accept when the guard digits cannot change the rounded result.
            d = _digits(res_c) - ctx.prec
            if d <= 0 or (lo // 10 ** d == hi // 10 ** d and _round_coeff(0, lo, d, ctx.rounding)[0] == _round_coeff(0, hi, d, ctx.rounding)[0]):
                break
            extra += 10
            if extra > 60:
                break
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _make(0, res_c + (1 if res_c % 5 == 0 else 0), res_e, '')._fix(ctx)

    def __rpow__(self, other, context=None):
        other = _operand(other, '** or pow()', reflected=True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0 or self._int == 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self.copy_negate()
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp, '')._fix(ctx)
        return self.copy_negate()._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp, '')._fix(ctx)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self.copy_abs()
        return self.copy_abs()._fix(ctx) if round else self.copy_abs()

    def plus(self, context=None):
        return self.__pos__(context=context)

    def minus(self, context=None):
        return self.__neg__(context=context)

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        other, third = _dec(other), _dec(third)
        if self._special or other._special:
            product = self._mul(other, ctx)
        else:
            product = _make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp, '')
        return product._add(third, ctx)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return ctx._raise(InvalidOperation, _NaN)
            return self
        if self._int == 0:
            return _make(self._sign, 0, self._exp // 2, '')._fix(ctx)
        if self._sign:
            return ctx._raise(InvalidOperation, _NaN)
        ideal = self._exp // 2
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        k = max(0, ctx.prec + 1 - (_digits(c) + 1) // 2)
        scaled = c * 100 ** k
        r = _math.isqrt(scaled)
        exp = e // 2 - k
        if r * r == scaled:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        rounding = ctx.rounding
        ctx2 = ctx.copy()
        ctx2.rounding = ROUND_HALF_EVEN
        result = _make(0, r, exp, '')._fix(ctx2)
        for s in (Inexact, Rounded):
            if ctx2.flags.get(s):
                ctx._raise(s)
        return result

    # --- comparisons ------------------------------------------------------------------------

    def _cmp(self, other):
        """Three-way comparison of two non-NaN Decimals."""
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        adj_a, adj_b = self.adjusted(), other.adjusted()
        if adj_a != adj_b:
            r = 1 if adj_a > adj_b else -1
        else:
            exp = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - exp)
            b = other._int * 10 ** (other._exp - exp)
            r = 0 if a == b else (1 if a > b else -1)
        return -r if self._sign else r

    def _coerce_cmp(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx.flags[FloatOperation] = True
            else:
                ctx._raise(FloatOperation)
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real)
        ratio = getattr(other, 'as_integer_ratio', None)
        if ratio is not None and hasattr(other, 'denominator') and hasattr(other, 'numerator'):
            return _FractionOperand(other.numerator, other.denominator)
        return NotImplemented

    def _compare_with(self, other, equality):
        other = self._coerce_cmp(other, equality)
        if other is NotImplemented:
            return NotImplemented
        if isinstance(other, _FractionOperand):
            if self._special:
                if self._is_nan():
                    return None
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            lhs, rhs = n * other.den, other.num * d
            return 0 if lhs == rhs else (1 if lhs > rhs else -1)
        if self._is_nan() or other._is_nan():
            if self._special == 'N' or other._special == 'N' or not equality:
                getcontext()._raise(InvalidOperation)
            return None
        return self._cmp(other)

    def __eq__(self, other):
        r = self._compare_with(other, True)
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._compare_with(other, True)
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = self._compare_with(other, False)
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._compare_with(other, False)
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._compare_with(other, False)
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._compare_with(other, False)
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def compare(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other)
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _dec(other)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        r = self._cmp(other) if not (self._is_nan() or other._is_nan()) else 0
        if r == 0 and not self._special and not other._special:
            r = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                r = -r
        return Decimal(r)

    def max(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other)
        if self._is_nan() or other._is_nan():
            if self._special == 'n' and not other._is_nan():
                return other._fix(ctx)
            if other._special == 'n' and not self._is_nan():
                return self._fix(ctx)
            return self._check_nans(other, ctx)
        r = self._cmp(other)
        if r == 0:
            r = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if r >= 0 else other)._fix(ctx)

    def min(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other)
        if self._is_nan() or other._is_nan():
            if self._special == 'n' and not other._is_nan():
                return other._fix(ctx)
            if other._special == 'n' and not self._is_nan():
                return self._fix(ctx)
            return self._check_nans(other, ctx)
        r = self._cmp(other)
        if r == 0:
            r = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if r <= 0 else other)._fix(ctx)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2305843009213693951
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, P) % P
        else:
            h = self._int * pow(pow(10, -self._exp, P), P - 2, P) % P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._special != '' or self._int != 0

    # --- conversions ------------------------------------------------------------------------

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'n' or self._special == 'N':
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def _to_int(self, rounding):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        return int(self._rescale(0, rounding))

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n, ''))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # --- exponent manipulation --------------------------------------------------------------

    def _rescale(self, exp, rounding):
        """Returns self with exponent exp, rounding away digits by rounding (no precision check)."""
        if self._special:
            return self
        if self._int == 0:
            return _make(self._sign, 0, exp, '')
        if self._exp >= exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp, '')
        c, _ = _round_coeff(self._sign, self._int, exp - self._exp, rounding)
        return _make(self._sign, c, exp, '')

    def quantize(self, exp, rounding=None, context=None):
        """Rounds self to the exponent of exp: Decimal('1.234').quantize(Decimal('0.01')) is 1.23."""
        ctx = context or getcontext()
        exp = _dec(exp)
        rounding = rounding or ctx.rounding
        nan = self._check_nans(exp, ctx)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return self
            return ctx._raise(InvalidOperation, _NaN)
        if exp._exp > ctx.Emax or exp._exp < ctx.Etiny():
            return ctx._raise(InvalidOperation, _NaN)
        result = self._rescale(exp._exp, rounding)
        if result._int != 0 and _digits(result._int) > ctx.prec:
            return ctx._raise(InvalidOperation, _NaN)
        if result._int != 0 and result.adjusted() > ctx.Emax:
            return ctx._raise(InvalidOperation, _NaN)
        if self._int != 0 and result._exp > self._exp:
            if self._int * 10 ** 0 != result._int * 10 ** (result._exp - self._exp):
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        return result

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return (self._is_nan() and other._is_nan()) or (self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other)
        if self._special:
            return self
        return _make(self._sign, self._int, self._exp + int(other), '')._fix(ctx)

    def to_integral_value(self, rounding=None, context=None):
        """Rounds to an integer by rounding (or the context's mode), without Inexact flags."""
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self
        if self._exp >= 0:
            return self
        result = self._rescale(0, rounding or ctx.rounding)
        if result._int * 10 ** -self._exp != self._int:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
        return result

    def normalize(self, context=None):
        """Rounds to the context, then strips trailing zeros: Decimal('1.200') -> Decimal('1.2')."""
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0, '')
        c, exp = d._int, d._exp
        while c % 10 == 0 and exp < ctx.Emax:
            c //= 10
            exp += 1
        return _make(d._sign, c, exp, '')

    reduce = normalize

    def logb(self, context=None):
        if self._special == 'F':
            return _make(0, 0, 0, 'F')
        if self._int == 0:
            return getcontext()._raise(DivisionByZero, _make(1, 0, 0, 'F'))
        return Decimal(self.adjusted())

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F':
                return _make(0, 0, 0, '') if self._sign else self
            return self._check_nans(None, ctx)
        if self._int == 0:
            return _make(0, 1, 0, '')
        p = ctx.prec + 10
        num, den = self.as_integer_ratio()
        t = num * 10 ** (p + 5) // den
        c, e = _exp_scaled(t, p + 5, p)
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _make(0, c + (1 if c % 5 == 0 else 0), e, '')._fix(_half_even(ctx))

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F' and not self._sign:
                return self
            return self._check_nans(None, ctx) or ctx._raise(InvalidOperation, _NaN)
        if self._int == 0:
            return _make(1, 0, 0, 'F')
        if self._sign:
            return ctx._raise(InvalidOperation, _NaN)
        if self._int == 1 and self._exp == 0:
            return _make(0, 0, 0, '')
        p = ctx.prec + 10
        s = p + 5 + max(0, _digits(abs(self.adjusted())))
        v = _ln_scaled(self._int, self._exp, s)
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _scaled_to_dec(v, s)._fix(_half_even(ctx))

    def log10(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F' and not self._sign:
                return self
            return self._check_nans(None, ctx) or ctx._raise(InvalidOperation, _NaN)
        if self._int == 0:
            return _make(1, 0, 0, 'F')
        if self._sign:
            return ctx._raise(InvalidOperation, _NaN)
        stripped = self._int
        k = 0
        while stripped % 10 == 0:
            stripped //= 10
            k += 1
        if stripped == 1:
            return Decimal(self._exp + k)
        s = ctx.prec + 15
        v = _ln_scaled(self._int, self._exp, s) * 10 ** s // _ln_scaled(10, 0, s)
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _scaled_to_dec(v, s)._fix(_half_even(ctx))

    # --- formatting -------------------------------------------------------------------------

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


def _half_even(ctx):
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    c.traps = {s: False for s in _SIGNALS}
    return c


def _scaled_to_dec(v, s):
    """Turns an integer v meaning v / 10**s into a Decimal with a sticky last digit."""
    sign = 1 if v < 0 else 0
    v = abs(v)
    if v % 5 == 0:
        v += 1
    return _make(sign, v, -s, '')


def _ln_scaled(c, e, s):
    """Returns ln(c * 10**e) * 10**s as an integer, accurate to a few units in the last place."""
    # Write x = m * 10**k with m in [0.1, 1), then ln x = ln m + k ln 10.
    n = _digits(c)
    k = e + n
    g = s + 10
    m = c * 10 ** g // 10 ** n  # m scaled by 10**g
    lm = _ln_near_one(m, g)
    l10 = _ln10(g)
    return (lm + k * l10) // 10 ** 10


def _ln10(g):
    # ln 10 = 3 ln 2 + ln 1.25
    return 3 * _ln_near_one(2 * 10 ** g, g) + _ln_near_one(125 * 10 ** g // 100, g)


def _ln_near_one(m, g):
    """ln(m / 10**g) * 10**g for m > 0, by square roots toward 1 and the atanh series."""
    one = 10 ** g
    halvings = 0
    # Pull m close to one by repeated square roots; each halves the logarithm.
    while abs(m - one) * 100 > one:
        m = _math.isqrt(m * one)
        halvings += 1
    # ln m = 2 atanh((m-1)/(m+1))
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = 0
    k = 1
    while term != 0:
        total += _tdiv(term, k)
        term = _tdiv(term * z2, one)
        k += 2
    return 2 * total * 2 ** halvings


def _tdiv(a, b):
    """Integer division truncating toward zero, so series terms of either sign reach 0."""
    q = abs(a) // b
    return -q if a < 0 else q


def _exp_scaled(t, s, p):
    """For t meaning t / 10**s, returns (c, e) with exp(t/10**s) ~ c * 10**e to about p digits."""
    g = p + 10
    # exp(x) = exp(x / 2**r) ** (2**r), with the reduced argument small.
    x = t * 10 ** g // 10 ** s if g >= s else t // 10 ** (s - g)
    one = 10 ** g
    r = 0
    while abs(x) > one // 100:
        x //= 2
        r += 1
    g2 = g + r + 5
    xx = x * 10 ** (g2 - g)
    one2 = 10 ** g2
    total = one2
    term = one2
    k = 1
    while term != 0:
        term = _tdiv(term * xx, one2 * k)
        total += term
        k += 1
    for _ in range(r):
        total = total * total // one2
    # total = exp * 10**g2; express as coefficient with ~p+5 significant digits.
    drop = _digits(total) - (p + 5)
    if drop > 0:
        total //= 10 ** drop
        return total, drop - g2
    return total, -g2


class _FractionOperand(object):
    def __init__(self, num, den):
        self.num = num
        self.den = den


def _negated(d):
    """-d for subtraction: a NaN operand passes through with its sign."""
    return d if d._special in ('n', 'N') else d.copy_negate()


def _make(sign, c, exp, special):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = exp
    d._special = special
    return d


_NaN = _make(0, 0, 0, 'n')


def _group(intpart, sep, minwidth=0):
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _parse_spec(spec):
    fill, align, sign, zero, alt, width, group, prec, typ = ' ', None, '-', False, False, None, '', None, None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        i += 1
    if spec[i:i + 1] == '#':
        alt = True
        i += 1
    if spec[i:i + 1] == '0':
        zero = True
        i += 1
    j = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    if i > j:
        width = int(spec[j:i])
    if spec[i:i + 1] in (',', '_'):
        group = spec[i]
        i += 1
    if spec[i:i + 1] == '.':
        j = i + 1
        i = j
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('Invalid format specifier')
        prec = int(spec[j:i])
    if i < len(spec):
        typ = spec[i]
        i += 1
    if alt or group == '_' or i != len(spec) or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError('Invalid format specifier')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align, sign, alt, width, group, prec, typ


def _format(d, spec):
    fill, align, signopt, alt, width, group, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    zeros = 0
    if d._special and fill == '0' and align == '=' and spec.lstrip('+- ')[:1] == '0':
        fill, align = ' ', '>'
    rounding = ctx.rounding
    if d._special:
        body = str(d.copy_abs()) if d._special else ''
        body = 'Infinity' if d._special == 'F' else body
        sign = d._sign
    else:
        sign = d._sign
        c, exp = d._int, d._exp
        if typ == '%':
            exp += 2
        if typ in (None, 'g', 'G', 'n') and prec is not None:
            p = max(prec, 1)
            n = _digits(c)
            if n > p:
                c, _ = _round_coeff(sign, c, n - p, rounding)
                exp += n - p
                if _digits(c) > p:
                    c //= 10
                    exp += 1
        elif typ in ('e', 'E') and prec is not None:
            n = _digits(c)
            if n > prec + 1:
                c, _ = _round_coeff(sign, c, n - prec - 1, rounding)
                exp += n - prec - 1
                if _digits(c) > prec + 1:
                    c //= 10
                    exp += 1
            elif n < prec + 1 and c != 0:
                exp -= prec + 1 - n
                c *= 10 ** (prec + 1 - n)
            elif c == 0:
                zeros = prec + 1
        elif typ in ('f', 'F', '%') and prec is not None:
            tmp = _make(sign, c, exp, '')._rescale(-prec, rounding)
            c, exp = tmp._int, tmp._exp
        digits = '0' * zeros if zeros else str(c)
        adjusted = exp + len(digits) - 1
        if typ in ('e', 'E'):
            point = 1
        elif typ in ('f', 'F', '%'):
            point = len(digits) + exp
        else:
            point = len(digits) + exp if (exp <= 0 and adjusted >= -6) else 1
        if c == 0 and not zeros and point > 1:
            point = 1
            exp = 0
        if point <= 0:
            intpart, frac = '0', '0' * -point + digits
        elif point >= len(digits):
            intpart, frac = digits + '0' * (point - len(digits)), ''
        else:
            intpart, frac = digits[:point], digits[point:]
        shown = exp + len(digits) - point
        if typ in ('e', 'E') or shown != 0 or (point == 1 and typ in ('g', 'G', None) and not (exp <= 0 and adjusted >= -6) and prec is None):
            if typ in ('e', 'E', 'g', 'G') or (typ is None):
                letter = 'e' if typ in ('e', 'g') else ('E' if typ in ('E', 'G') or (typ is None and ctx.capitals) else 'e')
                tail = letter + ('+' if shown >= 0 else '-') + str(abs(shown))
            else:
                tail = ''
        else:
            tail = ''
        if typ in ('f', 'F', '%') and intpart and shown > 0:
            intpart = intpart
        if group:
            intpart = _group(intpart, group)
        body = intpart + ('.' + frac if frac or alt else '') + tail
        if typ == '%':
            body += '%'
    if d._special:
        if d._special in ('n', 'N'):
            body = ('sNaN' if d._special == 'N' else 'NaN') + (str(d._int) if d._int else '')
        if typ == '%':
            body += '%'
    if sign:
        prefix = '-'
    elif signopt == '+':
        prefix = '+'
    elif signopt == ' ':
        prefix = ' '
    else:
        prefix = ''
    if align is None:
        align = '>' if False else '<' if False else '>'
        align = '>'
    total = len(prefix) + len(body)
    if width is None or total >= width:
        return prefix + body
    pad = width - total
    if align == '=':
        if fill == '0' and group:
            # Zero padding extends the digit groups.
            return prefix + _zero_grouped(body, width - len(prefix), group)
        return prefix + fill * pad + body
    if align == '<':
        return prefix + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + prefix + body + fill * (pad - pad // 2)
    return fill * pad + prefix + body


def _zero_grouped(body, width, sep):
    head, dot, rest = body.partition('.')
    digits = head.replace(sep, '')
    tail = dot + rest
    while True:
        g = _group(digits, sep)
        if len(g) + len(tail) >= width:
            return g + tail
        digits = '0' + digits
