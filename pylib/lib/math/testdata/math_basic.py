import math
tests = ["math.floor(2.5)", "math.ceil(2.1)", "math.floor(-0.5)", "math.floor(10**20)", "math.sqrt(2)", "math.pi", "math.e",
 "math.gcd(12, 18)", "math.gcd(2**70, 2**65)", "math.lcm(4, 6)", "math.factorial(20)", "math.factorial(25)", "math.isqrt(10**20+1)",
 "math.comb(10, 3)", "math.perm(5, 2)", "math.prod([1, 2, 3, 4])", "math.isclose(0.1+0.2, 0.3)", "math.inf", "math.nan", "math.tau",
 "math.fsum([0.1]*10)", "math.trunc(-2.7)", "math.log(8, 2)", "math.log10(1000)", "math.log2(8)", "math.exp(1)", "math.pow(2, 10)",
 "math.copysign(1, -0.0)", "math.fabs(-3)", "math.hypot(3, 4)", "math.dist([0, 0], [3, 4])", "math.isfinite(1e308)", "math.isinf(math.inf)",
 "math.isnan(math.nan)", "math.degrees(math.pi)", "math.radians(180)", "math.fmod(7, 3)", "math.modf(2.5)", "math.frexp(8.0)",
 "math.ldexp(0.5, 4)", "math.floor(True)", "math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.0)", "math.gcd()", "math.atan2(1, 1)", "math.cos(0)", "math.ulp(1.0)", "math.nextafter(1.0, 2.0)", "math.erf(1)", "math.gamma(5)", "math.expm1(1e-10)", "math.log1p(1e-10)" ]
for t in tests:
    try:
        print(t, "=>", repr(eval(t)))
    except Exception as e:
        print(t, "=>", type(e).__name__, e)
