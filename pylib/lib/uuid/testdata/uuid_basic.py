import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.clock_seq, u.node, u.time, u.is_safe)
for v in (uuid.UUID('12345678123456781234567812345678'), uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
          uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4), uuid.UUID(bytes_le=u.bytes_le),
          uuid.UUID(fields=u.fields), uuid.UUID(int=u.int), uuid.UUID(int=0), uuid.UUID(int=2**128 - 1),
          uuid.UUID(int=u.int, version=4), uuid.UUID(hex=u.hex, version=1)):
    print(v, v == u, v.version, v.variant, int(v) == v.int, str(v) == v.__str__())
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, a != 'x')
print(hash(a) == hash(uuid.UUID(int=1)), hash(a) == hash(1), len({a, b, uuid.UUID(int=1)}))
print(sorted([b, a, uuid.UUID(int=0)]))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/'), uuid.uuid5(uuid.NAMESPACE_URL, 'ünïcode'))
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4())
u1 = uuid.uuid1()
print(u1.version, u1.variant, u1 < uuid.uuid1() or True, u1.node == uuid.getnode(), 0 <= uuid.getnode() < 2**48)
u1b = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(u1b.node == 0x123456789abc, u1b.clock_seq == 0x1234, u1b.time > 0x01b21dd213814000)
print(uuid.UUID('00000000-0000-0000-0000-000000000000').variant, uuid.UUID(int=0xc000 << 48).variant,
      uuid.UUID(int=0xe000 << 48).variant, uuid.UUID(int=0).version)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122)
print(isinstance(u, uuid.UUID), f'{u}', '%s' % u, {u: 1}[uuid.UUID(str(u))])
tries = [lambda: uuid.UUID(), lambda: uuid.UUID('123'), lambda: uuid.UUID('zz345678123456781234567812345678'),
         lambda: uuid.UUID(bytes=b'x'), lambda: uuid.UUID(bytes_le=b'x' * 17), lambda: uuid.UUID(fields=(1, 2)),
         lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)), lambda: uuid.UUID(fields=(0, 0, 0, -1, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 2**16, 0, 0, 0)),
         lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48)), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=2**128),
         lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID(hex=u.hex, int=1), lambda: setattr(u, 'int', 3),
         lambda: a < 1, lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x'), lambda: uuid.uuid5(uuid.NAMESPACE_DNS, 3)]
for f in tries:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
