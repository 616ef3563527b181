def bench():
    s = ""
    parts = []
    for i in range(1000):
        t = "item" + str(i)
        if t < "item5":
            s = s + t[0]
        parts.append(t.upper())
    return len(s) + len(", ".join(parts))
