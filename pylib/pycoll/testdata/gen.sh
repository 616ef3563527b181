#!/bin/sh
# Regenerates CPython's answers: the expected output of every testdata program, and the
# differential cases in diff/cases.json.
set -e
cd "$(dirname "$0")"
for f in *.py; do python3 "$f" > "${f%.py}.out"; done
cd diff && python3 gen_cases.py
