#!/bin/sh
# Regenerates the expected output of every testdata script with CPython (the oracle):
#   python3 cpython/runner.py script.py > script.out
cd "$(dirname "$0")"
for f in *.py; do python3 cpython/runner.py "$f" > "${f%.py}.out"; done
(cd intarith && python3 gen.py)
