# The Python part of gowsgi's binascii: its exception classes.


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass
