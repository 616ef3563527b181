class P:
    def __init__(self):
        self.x = 0
        self.y = 0

    def move(self, d):
        self.x = self.x + d
        self.y = self.y - d


def bench():
    p = P()
    for i in range(1000):
        p.move(i)
        p.x = p.x + p.y
    return p.x
