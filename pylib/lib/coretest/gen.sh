#!/bin/sh
# Regenerates the expected output of the language-support modules' testdata programs with
# CPython (python3 -I). Only h14's module folders: the others have their own gen.sh.
cd "$(dirname "$0")/.." || exit 1
for d in abc collections contextlib copy dataclasses enum functools io itertools operator posixpath types typing; do
  for f in $d/testdata/*.py; do
    (cd "$d/testdata" && python3 -I "$(basename "$f")" > "$(basename "${f%.py}").out")
  done
done
