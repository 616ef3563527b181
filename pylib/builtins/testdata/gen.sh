#!/bin/sh
# Regenerates the expected outputs with CPython 3.11.
cd "$(dirname "$0")" && python3 gen_cases.py > cases.json && python3 gen_ops.py > ops.json && for f in *.py; do case $f in gen_*) ;; *) python3 "$f" > "${f%.py}.out";; esac; done
