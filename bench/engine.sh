#!/usr/bin/env bash
# Engine speed: each bench/engine/NAME.py defines bench(); this times it under gowsgi's evaluator,
# under gpython's own VM (both through `go test -bench`) and under python3 (timeit), and prints
# the ratios. Usage: bench/engine.sh [-benchtime 2s]
set -euo pipefail
cd "$(dirname "$0")/.."
benchtime=${2:-1s}
go test -run '^$' -bench 'BenchmarkEngine' -benchtime "$benchtime" -benchmem ./pylib/ | tee /tmp/gowsgi-engine-bench.txt
python3 - <<'PY'
import glob, os, re, timeit, importlib.util
go = {}
for line in open('/tmp/gowsgi-engine-bench.txt'):
    m = re.match(r'BenchmarkEngine/(\w+)/(\w+)-\d+\s+\d+\s+([\d.]+) ns/op', line)
    if m:
        go[(m.group(1), m.group(2))] = float(m.group(3)) / 1000
print('%-12s %12s %12s %12s %10s %10s' % ('program', 'gowsgi µs', 'gpython µs', 'python3 µs', 'vs gpython', 'vs python3'))
for path in sorted(glob.glob('bench/engine/*.py')):
    name = os.path.basename(path)[:-3]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    n, t = timeit.Timer(mod.bench).autorange()
    cpy = t / n * 1e6
    ours, gp = go.get((name, 'gowsgi')), go.get((name, 'gpython'))
    fmt = lambda v: '%12.1f' % v if v else '%12s' % '-'
    ratio = lambda a, b: '%9.2fx' % (a / b) if a and b else '%10s' % '-'
    print('%-12s %s %s %s %s %s' % (name, fmt(ours), fmt(gp), fmt(cpy), ratio(gp, ours), ratio(ours, cpy)))
PY
