class Record:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.next = None


def proc(rec, n):
    rec.a = rec.a + n
    if rec.a > 1000:
        rec.a = rec.a - 1000
    return rec.b * 2


def bench():
    arr = [0] * 50
    r = Record(1, 2)
    total = 0
    for i in range(1000):
        total = total + proc(r, i)
        arr[i % 50] = arr[(i + 1) % 50] + 1
        if i % 3 == 0 and r.a < 500:
            total = total - 1
        j = 0
        while j < 3:
            j = j + 1
    return total
