# Differential test of uuid3/uuid5: many namespaces and names (ASCII, Latin-1, BMP, control characters).
import uuid

namespaces = [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500,
              uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.UUID('c0ffee00-dead-beef-0123-456789abcdef')]
names = ['', 'a', 'python.org', 'http://example.com/path?q=1', 'ünïcødé ☃', '日本語', 'x' * 200,
         '\x00\xff\x80', ''.join(map(chr, range(1, 300)))]
for i in range(40):
    names.append('name-%d-%s' % (i, 'z' * i))
for ns in namespaces:
    for name in names:
        u3, u5 = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
        print(u3, u3.version, u5, u5.version, u5.int % 1000003)
