# f-strings: every prefix and quote, conversions, specs, nested fields, debugging '='.
name = "w"
x = 3.14159
w = 10
p = 3
n = 255
print(f"hello {name}!", F'{name!r}', rf"\d{name}", fR'\n{name}', Rf"{name}\t")
print(f"{x:.2f} {x!r} {x!s}")
print(f"{x = } {x=} {x=!s} {x=:.3f} {name=!r:>6}")
print(f"{{literal}} {{{name}}} {name:>{w}}|{name!r:^{w}}|")
print(f"{x:{w}.{p}f}|{n:x}|{n:>8d}|{name:*<5}|")
print(f"""multi
{name}
line""", f'''{
    x
}''')
d = {'a': 1, 'b': [1, 2, 3]}
print(f"{d['a']} {d['b'][1:]} {(lambda y: y * 2)(4)} {'nested ' + f'{name}'}")
print(f"{'quoted'!r} {len(d)} {x > 3} {x != 3} {x == 3.14159} {[i * 2 for i in range(3)]}")
print("plain " f"{name}" ' more', "a" "b", f"")
print(f"{name}" # a comment between the parts
      f"{name}")
print(f"{'{'}{'}'} {'a' if x else 'b'}")
print(f"ascii: {'é'!a} {name!a}")
t = (1, 2)
print(f"{t} {t[0]}{t[1]} {None} {True} {[1, 'a']}")
print(f"\N{BULLET} {name}\N{EM DASH}", f"tab\tend", f"brace\{name}")

# Code that shadows format, repr and str keeps working: fields call reserved builtins.
def format(*a):
    return "shadowed"
repr = str = format
print(f"{x!r} {x!s} {x:.1f} {name}")
