// Command gowsgi serves a website: static files from ./html and Python WSGI apps from ./apps,
// run by an embedded interpreter. `gowsgi run FILE.py` runs a plain Python program instead.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"gowsgi/host"
)

const usage = `gowsgi serves static files from an html folder and Python WSGI apps from an apps folder.

Usage:
  gowsgi [-addr :8000] [-html ./html] [-apps ./apps] [-workers N] [-dev]
  gowsgi run FILE.py [ARGS...]     run a Python program, like python3 FILE.py

A request for /NAME.py or /dir/NAME.py/more/path runs application() in apps/NAME.py
(apps/dir/NAME.py); every other path is a file under the html folder.

Flags (each also set by the environment variable shown; a flag wins):
`

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr))
}

func realMain(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "run" {
		return runScript(args[1:], stdout, stderr)
	}
	cfg, err := parseConfig(args, os.Getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "gowsgi:", err)
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	srv, err := host.New(cfg, host.Logs{Logger: logger, AccessLog: stdout, ErrorLog: stderr})
	if err != nil {
		fmt.Fprintln(stderr, "gowsgi:", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := srv.ListenAndServe(ctx); err != nil {
		fmt.Fprintln(stderr, "gowsgi:", err)
		return 2
	}
	return 0
}

// parseConfig fills a host.Config from the defaults, then the environment, then the flags.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (host.Config, error) {
	cfg := host.DefaultConfig()
	if err := applyEnv(&cfg, getenv); err != nil {
		return cfg, err
	}
	fs := flag.NewFlagSet("gowsgi", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "address to listen on (GOWSGI_ADDR)")
	fs.StringVar(&cfg.HTMLDir, "html", cfg.HTMLDir, "folder of static files (GOWSGI_HTML)")
	fs.StringVar(&cfg.AppsDir, "apps", cfg.AppsDir, "folder of WSGI apps (GOWSGI_APPS)")
	fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "number of Python interpreters running requests at once (GOWSGI_WORKERS)")
	fs.BoolVar(&cfg.Dev, "dev", cfg.Dev, "development mode: tracebacks in error pages (GOWSGI_DEV)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q (see gowsgi -h)", fs.Arg(0))
	}
	return cfg, nil
}

// applyEnv reads the GOWSGI_* variables.
func applyEnv(cfg *host.Config, getenv func(string) string) error {
	if v := getenv("GOWSGI_ADDR"); v != "" {
		cfg.Addr = v
	}
	if v := getenv("GOWSGI_HTML"); v != "" {
		cfg.HTMLDir = v
	}
	if v := getenv("GOWSGI_APPS"); v != "" {
		cfg.AppsDir = v
	}
	if v := getenv("GOWSGI_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("GOWSGI_WORKERS=%q: not a number", v)
		}
		cfg.Workers = n
	}
	if v := getenv("GOWSGI_DEV"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("GOWSGI_DEV=%q: want true or false", v)
		}
		cfg.Dev = b
	}
	return nil
}
