# Random values vary, so this prints their shapes, ranges and the errors.
import re
import secrets

print(len(secrets.token_bytes()), type(secrets.token_bytes(5)).__name__, len(secrets.token_bytes(5)), secrets.token_bytes(0))
h = secrets.token_hex()
print(len(h), bool(re.fullmatch('[0-9a-f]+', h)), len(secrets.token_hex(3)), secrets.token_hex(0) == '')
for n in (None, 1, 2, 3, 16, 31):
    u = secrets.token_urlsafe(n)
    print(n, len(u), bool(re.fullmatch('[A-Za-z0-9_-]*', u)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(len({secrets.randbelow(3) for _ in range(300)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice('aaa'), secrets.choice([7]))
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
print(secrets.DEFAULT_ENTROPY, secrets.token_bytes(8) != secrets.token_bytes(8))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), 0.0 <= secrets.SystemRandom().random() < 1.0)
for f in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.choice([]),
          lambda: secrets.randbits(-1), lambda: secrets.compare_digest('a', b'a')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
