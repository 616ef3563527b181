import io
s = io.StringIO("a\nbb\nccc")
print(s.readline(), s.read(2), s.tell(), s.readlines())
s.seek(0); print(list(s))
s = io.StringIO(); s.write("hello "); print(s.write("world"), s.getvalue())
s.seek(0); s.write("J"); print(s.getvalue())
b = io.BytesIO(b"x" * 10 + b"\nend")
print(b.read(4), b.readline(), b.read(), b.read())
with io.BytesIO() as f:
    f.write(b"abc"); f.seek(1); print(f.read(), f.getvalue())
print(f.closed)
try: f.read()
except ValueError as e: print(e)
print(isinstance(io.StringIO(), io.IOBase))
