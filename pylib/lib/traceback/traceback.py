"""Extract, format and print Python stack traces (gowsgi's traceback module)."""

import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_list', 'print_tb', 'FrameSummary', 'StackSummary', 'TracebackException']

_sentinel = object()


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the (stripped) source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals and
                    self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line.strip())
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame))
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(n):
    return '  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else '')


def extract_tb(tb, limit=None):
    """The frames of traceback tb, oldest first, as a StackSummary."""
    frames = _limited(_traceback.walk_tb(tb), limit)
    return StackSummary.from_list(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _split_lines(text):
    lines = []
    start = 0
    while start < len(text):
        end = text.find('\n', start)
        if end < 0:
            lines.append(text[start:])
            break
        lines.append(text[start:end + 1])
        start = end + 1
    return lines


def _only(value):
    if value is None or not isinstance(value, BaseException):
        return ['{}: {}\n'.format(type(value).__name__, value)]
    lines = _split_lines(_traceback.exception_only(value))
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                lines.append('{}\n'.format(note))
        else:
            lines.append('{}\n'.format(repr(notes)))
    return lines


class TracebackException:
    """An exception captured for rendering: its stack, its final line and its chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if isinstance(exc_value, BaseException) else False)
        self.__cause__ = None
        self.__context__ = None
        if isinstance(exc_value, BaseException):
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen and (
                    not compact or (self.__cause__ is None and not self.__suppress_context__)):
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, limit=limit,
                                                      _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return str(self._value)

    def format_exception_only(self):
        return iter(_only(self._value))

    def format(self, *, chain=True):
        parts = []
        exc = self
        while exc is not None:
            msg = None
            nxt = None
            if chain:
                if exc.__cause__ is not None:
                    msg, nxt = _CAUSE, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _CONTEXT, exc.__context__
            parts.append((msg, exc))
            exc = nxt
        out = []
        for msg, exc in reversed(parts):
            if msg is not None:
                out.append(msg)
            if exc.stack:
                out.append('Traceback (most recent call last):\n')
                out.extend(exc.stack.format())
            out.extend(_only(exc._value))
        return iter(out)


_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines CPython prints for an exception: traceback, chain and 'Type: message'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The current exception's traceback as one string (like print_exc)."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit=limit, file=file, chain=chain)
