"""Text wrapping and filling (gowsgi's textwrap module)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return c == '_' or c.isalpha()


def _is_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _hyphen_break(word, h):
    # Whether a word may break after the single hyphen at h: two letters (or letter-hyphen-
    # letter) before it, and a letter, an optional hyphen and a letter after it.
    def letter(k):
        return 0 <= k < len(word) and _is_letter(word[k])
    before = (letter(h - 2) and letter(h - 1)) or (
        letter(h - 3) and h >= 2 and word[h - 2] == '-' and letter(h - 1))
    after = letter(h + 1) and (letter(h + 2) or (
        h + 2 < len(word) and word[h + 2] == '-' and letter(h + 3)))
    return before and after


def _split_hyphens(word):
    # Split a run of non-space characters after the hyphens of hyphenated words ("well-known"
    # -> "well-", "known"), and set dashes of two or more hyphens after a word apart.
    pieces = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        if word[i] != '-':
            i += 1
            continue
        j = i
        while j < n and word[j] == '-':
            j += 1
        if j - i >= 2 and i > 0 and _is_punct(word[i - 1]) and j < n and _is_word(word[j]):
            pieces.append(word[start:i])
            pieces.append(word[i:j])
            start = j
        elif j - i == 1 and i > start and _hyphen_break(word, i):
            pieces.append(word[start:j])
            start = j
        i = j if j - i >= 2 else i + 1
    pieces.append(word[start:])
    return [p for p in pieces if p]


class TextWrapper:
    """Wraps paragraphs to a width; the attributes match the keyword arguments of wrap()."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            if space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(_split_hyphens(text[i:j]))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == " " and _sentence_end(chunk):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._finish_with_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _finish_with_placeholder(self, lines, cur_line, cur_len, indent, width):
        # The last allowed line: cut words until the placeholder fits.
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def _sentence_end(chunk):
    # A lowercase letter, then . ! or ?, then optionally a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and chunk[-2].islower()


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and return it as one string of newline-separated lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending with the placeholder if cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace every non-blank line starts with; blank lines become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        if line.strip(' \t') == '' and line.strip() == line.strip(' \t') and line.strip(' \t') == '':
            lines[i] = ''
            continue
        lead = _leading(line)
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (default: non-blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
