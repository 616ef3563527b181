def cleanup():
    raise RuntimeError("cleanup failed")
try:
    int("x")
except ValueError:
    cleanup()
