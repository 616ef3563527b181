// Package uuid is Python's uuid module for gowsgi (RFC 4122 UUIDs), written in Python
// (uuid.py) over hashlib, random and time.
//
// The Python-visible surface:
//
//	UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=SafeUUID.unknown)
//	UUID: .int .hex .bytes .bytes_le .fields .urn .version .variant .time .time_low .time_mid
//	      .time_hi_version .clock_seq .clock_seq_hi_variant .clock_seq_low .node .is_safe
//	      str() repr() int() == < <= > >= hash(); immutable
//	uuid1(node=None, clock_seq=None)  uuid3(namespace, name)  uuid4()  uuid5(namespace, name)
//	getnode()                         # a random 48-bit node with the multicast bit set
//	NAMESPACE_DNS  NAMESPACE_URL  NAMESPACE_OID  NAMESPACE_X500  SafeUUID
//	RESERVED_NCS  RFC_4122  RESERVED_MICROSOFT  RESERVED_FUTURE
//
// getnode() never reads the hardware address: uuid1's node is random, as the Library
// Reference allows when no address can be found.
package uuid

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed uuid.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "uuid", Doc: "UUID objects (universally unique identifiers) according to RFC 4122.", FileDesc: "<uuid>"},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}
