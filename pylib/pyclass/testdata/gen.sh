#!/bin/sh
# Regenerates the expected output of every program here with CPython (python3 3.11). Paths in
# tracebacks are made relative to this folder, as the Go test runs the programs from here.
cd "$(dirname "$0")" || exit 1
dir=$(pwd)
for f in *.py; do
	python3 "$f" >"${f%.py}.out" 2>"${f%.py}.err.tmp"
	sed "s#$dir/##g" "${f%.py}.err.tmp" >"${f%.py}.err"
	rm -f "${f%.py}.err.tmp"
done
