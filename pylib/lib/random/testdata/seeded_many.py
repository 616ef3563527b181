# Seeded sequences over many seeds, one JSON line per seed. Keys starting with "approx_" hold
# results that go through log/exp/sin/cos (compared to 1e-12 by the Go test, since math's
# last bit may differ from the C library's); every other value must be exact.
import json
import random

seeds = list(range(60)) + [2**32 - 1, 2**32, 2**64 + 5, -(2**70) - 3, 10**40, 123456789012345678901234567890]
seeds += ["", "a", "hello world", "ünïcødé", b"", b"\x00\xff", bytearray(b"spam"), 0.5, -3.25, 1e300]
for s in seeds:
    r = random.Random(s)
    out = {"seed": repr(s)}
    out["random"] = [r.random() for _ in range(3)]
    out["bits"] = [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 100, 257)]
    out["randrange"] = [r.randrange(10), r.randrange(1, 2**40), r.randrange(-50, 50, 3), r.randrange(100, 0, -7), r.randint(-5, 5), r.randrange(3**50)]
    x = list(range(20))
    r.shuffle(x)
    out["shuffle"] = x
    out["sample"] = [r.sample(range(30), 7), r.sample(range(10**6), 5), r.sample("abcdefgh", 8), r.sample(["x", "y", "z"], 5, counts=[1, 2, 3])]
    out["choice"] = [r.choice("abcdefghijklmnop") for _ in range(5)]
    out["choices"] = [r.choices(range(10), k=4), r.choices("abc", [5, 1, 0.5], k=4), r.choices("abcd", cum_weights=[1, 1.5, 4, 9], k=4)]
    out["uniform"] = [r.uniform(-2, 7), r.triangular(0, 10, 3), r.triangular()]
    out["randbytes"] = list(r.randbytes(9))
    st = r.getstate()
    a = r.random()
    r.setstate(st)
    out["restored"] = (a == r.random())
    out["approx_dist"] = [r.gauss(), r.gauss(5, 2), r.gauss(), r.normalvariate(1, 3), r.expovariate(1.5),
                          r.lognormvariate(0, 0.5), r.gammavariate(2.5, 1), r.gammavariate(0.7, 2),
                          r.betavariate(2, 5), r.paretovariate(3), r.weibullvariate(2, 1.5)]
    out["after"] = r.getrandbits(64)
    print(json.dumps(out, sort_keys=True))
