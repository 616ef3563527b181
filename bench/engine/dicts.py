def bench():
    d = {}
    keys = ["a", "b", "c", "d", "e", "f", "g", "h"]
    for i in range(1000):
        k = keys[i % 8]
        if k in d:
            d[k] = d[k] + i
        else:
            d[k] = i
    total = 0
    for k in keys:
        total = total + d.get(k, 0)
    return total
