#!/bin/sh
# Regenerates the expected output of every testdata program with CPython (the oracle).
cd "$(dirname "$0")" || exit 1
for f in *.py; do
	python3 "$f" > "${f%.py}.out" || echo "gen.sh: $f failed" >&2
done
