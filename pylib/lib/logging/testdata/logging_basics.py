import logging, sys

class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
errors = Out()
logger = logging.getLogger("corpus.logging_errors")
handler = logging.StreamHandler(errors)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.info("handled %s", "GET")
logger.warning("a warning with %d args", 1)
logger.debug("not shown")
logger.removeHandler(handler)
print("".join(errors.parts), end="")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(5))
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
logging.info("root %d", 3)
a = logging.getLogger("a"); ab = logging.getLogger("a.b")
print(ab.parent is a, a.parent is logging.root, ab.getEffectiveLevel(), logging.getLogger() is logging.root, repr(a))
ab.error("from %s", "ab")
a.propagate = False
ab.warning("swallowed")
f = logging.Formatter("{levelname}|{message}", style="{")
r = logging.LogRecord("n", logging.ERROR, "/x/y.py", 3, "hi %s", ("there",), None)
print(f.format(r), r.filename, r.module, logging.Formatter("$levelname-$message", style="$").format(r))
ad = logging.LoggerAdapter(logging.getLogger("ad"), {"k": 1})
ad.warning("adapter")
print(logging.getLogger("a.b").getChild("c").name, logging.NullHandler().level)
