import random
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known, self-evident--really "
        "obvious--fact:\tthis sentence is long enough to wrap several times over. "
        "Supercalifragilisticexpialidocious words break too.")
for width in (10, 20, 35, 70):
    print(textwrap.wrap(text, width))
    print(textwrap.fill(text, width=width))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("a\tb\tc\nd", 80), textwrap.wrap("a\tb\tc", 80, expand_tabs=False),
      textwrap.wrap("a\tb\tc", 80, tabsize=4))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("Hello there.  How are you? Fine! ok.", 15, fix_sentence_endings=True))
print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
print(repr(textwrap.shorten(text, 40)))
w = textwrap.TextWrapper(width=16, subsequent_indent="> ")
print(w.wrap(text)[:4], w.width, w.placeholder)
w.width = 40
print(w.fill(text))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [more]")
except ValueError as e:
    print("ValueError:", e)

print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n")), repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("   \n  a\n   b")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "# ")))

rng = random.Random(3)
vocab = ["a", "be", "cat", "dove-tail", "e-mail", "x--y", "long" * 5, "end.", "Tab\t", "mid-"]
for _ in range(40):
    para = " ".join(rng.choice(vocab) for _ in range(rng.randrange(1, 25)))
    width = rng.randrange(6, 30)
    print(textwrap.wrap(para, width), textwrap.wrap(para, width, break_on_hyphens=False,
                                                    max_lines=2))
