#!/bin/sh
# Regenerates the expected output of every script here with CPython (python3 3.11).
cd "$(dirname "$0")" && for f in *.py; do python3 "$f" > "${f%.py}.out"; done
