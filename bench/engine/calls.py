def add(a, b):
    return a + b


def bench():
    s = 0
    for i in range(1000):
        s = add(s, i)
    return s
