#!/bin/sh
# Regenerates the expected output of every program here with CPython (python3 -I).
cd "$(dirname "$0")" && for f in *.py; do python3 -I "$f" > "${f%.py}.out"; done
