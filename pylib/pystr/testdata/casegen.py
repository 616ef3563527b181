"""Shared helpers for the differential case generators (gen_cases.py in
pylib/pystr, pylib/pybytes and pylib/codecs testdata).

Values are stored in a typed JSON form that the Go tests rebuild:
  {"s": str} {"b": hex} {"ba": hex (bytearray)} {"i": int} {"f": float} {"bool": b} {"none": 1}
  {"list": [...]} {"tuple": [...]} {"dict": [[key, value], ...]}
  {"slice": [start, stop, step]} {"type": name} {"notimpl": 1}
A case is {"recv", "m", "args", "kw"} plus either {"ok": value} or
{"exc": type name, "msg": str(exception)}, and {"after": value} when the
call changed a bytearray receiver.
"""
import json


def enc(v):
    if v is None:
        return {"none": 1}
    if v is NotImplemented:
        return {"notimpl": 1}
    if isinstance(v, type):
        return {"type": v.__name__}
    if isinstance(v, slice):
        return {"slice": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"i": v}
    if isinstance(v, float):
        return {"f": v}
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, bytearray):
        return {"ba": v.hex()}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def run(recv, m, args=(), kw=None):
    kw = kw or {}
    before = bytes(recv) if isinstance(recv, bytearray) else None
    case = {"recv": enc(recv), "m": m, "args": [enc(a) for a in args], "kw": {k: enc(v) for k, v in kw.items()}}
    try:
        case["ok"] = enc(getattr(recv, m)(*args, **kw))
    except Exception as e:  # the exception is the expected result
        case["exc"] = type(e).__name__
        case["msg"] = str(e)
    if before is not None and bytes(recv) != before:
        case["after"] = enc(recv)
    return case


def dump(cases, path):
    seen, out = set(), []
    for c in cases:
        key = json.dumps(c, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(c)
    with open(path, "w") as f:
        json.dump(out, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    return len(out)
