#!/bin/sh
# Regenerates the expected output of the script tests here (*.py other than gen_*) with CPython.
cd "$(dirname "$0")" && for f in *.py; do
	case "$f" in gen_*) continue ;; esac
	python3 -I "$f" > "${f%.py}.out" 2>/dev/null
done
