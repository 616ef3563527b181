import sys, os, os.path
print('sys' in sys.modules, 'os' in sys.modules, sys.modules['sys'] is sys, sys.modules.get('nope', 1))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y.txt"), os.path.splitext("a/b.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"))
print(os.path.normpath("/a/./b/../c//d"), os.path.isabs("/x"), os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.sep)
print(os.path.relpath("/a/b/c", "/a"), os.path.abspath("/x/../y"), os.path.splitext(".bashrc"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
import posixpath; print(posixpath is os.path)
print(os.path.getsize(__file__) > 100, os.path.isfile(__file__), os.path.basename(__file__))
try:
    os.path.getsize("/no/such/file")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(os.path.join("a", ""), os.path.join("", "b"), os.path.split("a"), os.path.split("/"), os.path.normpath(""), os.path.normpath("//a//b"), os.path.normpath("../a/.."))
print(os.path.dirname("a/b/"), os.path.splitext("a.b/c"), os.path.expanduser("x/~"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
