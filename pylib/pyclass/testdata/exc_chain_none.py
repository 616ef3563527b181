class NotFound(LookupError):
    def __str__(self):
        return "missing: " + self.args[0]
try:
    [][1]
except IndexError:
    raise NotFound("item") from None
