import random
random.seed(42); print(random.random())
print([random.randrange(100) for _ in range(5)], random.getrandbits(100), random.randint(1,6))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(2**200+7); print(random.random())
random.seed(-5); print(random.random())
random.seed(1.5); print(random.random())
random.seed(-2.5); print(random.random())
random.seed(3)
l=list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(1000), 10), random.sample('abcdef', 3), random.sample(['a','b'], 4, counts=[2,3]))
print(random.choices('abc', k=5), random.choices('abc', [1,2,3], k=5), random.choices('abc', cum_weights=[1,2,10], k=5))
print(random.gauss(), random.gauss(1,2), random.normalvariate(), random.expovariate(2), random.triangular(), random.uniform(3,4))
print(random.gammavariate(0.5,1), random.gammavariate(1,2), random.gammavariate(3,1), random.betavariate(2,3), random.paretovariate(2), random.weibullvariate(1,2), random.lognormvariate(0,1))
print(random.randbytes(5), random.randrange(10, 100, 7), random.randrange(100, 10, -3), random.choice('xyz'))
s = random.getstate(); a = random.random(); random.setstate(s); print(a == random.random())
r = random.Random(7); print(r.random(), r.getrandbits(3))
class R(random.Random):
    def random(self): return 0.5
print(R().randrange(10), R().choice([1,2,3]))
class Q(random.Random):
    def __init__(self, x): super().__init__(x); self.extra = 1
print(Q(5).random())
sr = random.SystemRandom(); print(0 <= sr.random() < 1, sr.getrandbits(8) < 256, len(sr.randbytes(4)))
try: sr.getstate()
except NotImplementedError as e: print(e)
