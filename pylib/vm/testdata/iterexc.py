# Only StopIteration ends a for loop; any other error from the iterator propagates.

def bad_gen():
    yield 1
    yield 2
    raise ValueError("from generator")

got = []
try:
    for x in bad_gen():
        got.append(x)
except ValueError as e:
    print("for loop propagated:", str(e), got)

try:
    print([x for x in bad_gen()])
except ValueError as e:
    print("list comprehension propagated:", str(e))

try:
    print({x for x in bad_gen()})
except ValueError as e:
    print("set comprehension propagated:", str(e))

try:
    print(sum(x for x in bad_gen()))
except ValueError as e:
    print("generator expression propagated:", str(e))

try:
    print([1 / x for x in [1, 0, 2]])
except ZeroDivisionError as e:
    print("element error propagated:", str(e))

class BadIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise KeyError("custom iterator")
        return self.n

try:
    for v in BadIter():
        print("custom", v)
except KeyError:
    print("custom iterator error propagated")

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

print([v for v in Countdown(3)])

def unpack_bad():
    a, b, c = bad_gen()

try:
    unpack_bad()
except ValueError as e:
    print("unpack propagated:", str(e))

def yield_from_bad():
    yield from bad_gen()

try:
    for v in yield_from_bad():
        print("yf", v)
except ValueError as e:
    print("yield from propagated:", str(e))
