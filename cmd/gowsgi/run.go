package main

import (
	"fmt"
	"io"
	"path/filepath"

	"gowsgi/pylib"
)

// runScript is `gowsgi run FILE.py [ARGS...]`: it runs the program as __main__ with the
// program's folder on the import path, and returns the exit status python3 would.
func runScript(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: gowsgi run FILE.py [ARGS...]")
		return 2
	}
	file := args[0]
	in, err := pylib.New(pylib.Options{
		Path:   []string{filepath.Dir(file)},
		Argv:   args,
		Stdout: stdout,
		Stderr: stderr,
	})
	if err != nil {
		fmt.Fprintln(stderr, "gowsgi:", err)
		return 1
	}
	defer in.Close()
	return in.RunMain(file)
}
