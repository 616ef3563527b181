# printf-style % formatting of instances of Python classes: %d %i %u take __int__ or
# __index__, %o %x %X %c take __index__, %e %f %g take __float__ or __index__ (CPython 3.11).
from enum import IntEnum


class Idx:
    def __index__(self):
        return 42


class Fl:
    def __float__(self):
        return 2.5


class IntOnly:
    def __int__(self):
        return 7


class Both:
    def __int__(self):
        return 1

    def __index__(self):
        return 2

    def __float__(self):
        return 3.5


class Big:
    def __index__(self):
        return 2 ** 70 + 1


class Neg:
    def __index__(self):
        return -255


class BadIndex:
    def __index__(self):
        return 'x'


class BadInt:
    def __int__(self):
        return 2.5


class BadFloat:
    def __float__(self):
        return 1


class Raises:
    def __index__(self):
        raise ValueError('boom')


class RaisesType:
    def __index__(self):
        raise TypeError('inner')


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


class Sub(Idx):
    pass


values = [Idx(), Fl(), IntOnly(), Both(), Big(), Neg(), BadIndex(), BadInt(), BadFloat(),
          Raises(), RaisesType(), Status.OK, Sub()]
for fmt in ('%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%+5d', '%-6d|', '%05x', '%.3d', '%c',
            '%f', '%e', '%g', '%.2f', '%10.3E', '%G'):
    for v in values:
        try:
            print(fmt, type(v).__name__, repr(fmt % v))
        except Exception as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
for fmt in (b'%d', b'%x', b'%c', b'%f'):
    for v in (Idx(), Both(), Status.NOT_FOUND):
        try:
            print(fmt, type(v).__name__, repr(fmt % v))
        except Exception as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
print('%d %s %x' % (Status.OK, Status.OK.name, Status.NOT_FOUND), '%(a)d' % {'a': Idx()})
for spec in ('d', 'x', '5d', 'f'):
    for v in (Status.OK, Fl()):
        try:
            print(spec, type(v).__name__, repr(format(v, spec)))
        except Exception as e:
            print(spec, type(v).__name__, type(e).__name__, e)
print('{:d} {:x}'.format(Status.OK, Status.OK), f'{Status.NOT_FOUND:>6d}')
