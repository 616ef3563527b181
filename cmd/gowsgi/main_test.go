package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseConfigPrecedence(t *testing.T) {
	env := map[string]string{"GOWSGI_ADDR": ":9000", "GOWSGI_HTML": "/e/html", "GOWSGI_WORKERS": "3", "GOWSGI_DEV": "true"}
	getenv := func(k string) string { return env[k] }

	cfg, err := parseConfig(nil, getenv, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, ":9000", cfg.Addr)
	assert.Equal(t, "/e/html", cfg.HTMLDir)
	assert.Equal(t, "./apps", cfg.AppsDir)
	assert.Equal(t, 3, cfg.Workers)
	assert.True(t, cfg.Dev)

	cfg, err = parseConfig([]string{"-addr", "127.0.0.1:1", "-workers", "5", "-dev=false", "-apps", "/f/apps"}, getenv, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1:1", cfg.Addr, "a flag wins over the environment")
	assert.Equal(t, 5, cfg.Workers)
	assert.False(t, cfg.Dev)
	assert.Equal(t, "/f/apps", cfg.AppsDir)

	for _, bad := range []map[string]string{{"GOWSGI_WORKERS": "many"}, {"GOWSGI_DEV": "maybe"}} {
		_, err := parseConfig(nil, func(k string) string { return bad[k] }, io.Discard)
		assert.Error(t, err)
	}
	_, err = parseConfig([]string{"stray"}, getenv, io.Discard)
	assert.Error(t, err)
}

func TestHelpAndStartupErrors(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, realMain([]string{"-h"}, &out, &out))
	assert.Contains(t, out.String(), "Usage:")
	assert.Contains(t, out.String(), "GOWSGI_WORKERS")

	out.Reset()
	assert.Equal(t, 2, realMain([]string{"-html", "/no/such/folder"}, &out, &out))
	assert.Equal(t, 1, strings.Count(out.String(), "\n"), "one line: %q", out.String())
	assert.Contains(t, out.String(), "/no/such/folder")

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "html"), 0o755))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "apps"), 0o755))
	out.Reset()
	code := realMain([]string{"-addr", ln.Addr().String(), "-html", filepath.Join(dir, "html"), "-apps", filepath.Join(dir, "apps")}, &out, &out)
	assert.Equal(t, 2, code)
	assert.Contains(t, out.String(), "address already in use")
}

func TestRunScript(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	write("ok.py", "import sys, helper\nprint('argv', sys.argv[1:], helper.X)\n")
	write("helper.py", "X = 42\n")
	write("exit3.py", "import sys\nprint('before')\nsys.exit(3)\nprint('after')\n")
	write("exitmsg.py", "import sys\nsys.exit('bye')\n")
	write("boom.py", "def f():\n    raise ValueError('boom')\nf()\n")
	write("syntax.py", "x = (\n")
	tests := []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"ok.py", "a", "b"}, 0, "argv ['a', 'b'] 42\n", ""},
		{[]string{"exit3.py"}, 3, "before\n", ""},
		{[]string{"exitmsg.py"}, 1, "", "bye\n"},
		{[]string{"boom.py"}, 1, "", "Traceback (most recent call last):\n  File \"boom.py\", line 3, in <module>\n    f()\n  File \"boom.py\", line 2, in f\n    raise ValueError('boom')\nValueError: boom\n"},
		{[]string{"syntax.py"}, 1, "", "SyntaxError"},
		{[]string{"missing.py"}, 2, "", "can't open file"},
	}
	for _, tt := range tests {
		t.Run(tt.args[0], func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			cmd := gowsgiCmd(ctx, dir, append([]string{"run"}, tt.args...)...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(interface{ ExitCode() int }); ok {
				code = ee.ExitCode()
			}
			assert.Equal(t, tt.code, code, stderr.String())
			assert.Equal(t, tt.stdout, stdout.String())
			assert.Contains(t, stderr.String(), tt.stderr)
		})
	}
}

// TestSignalStopsGracefully runs the real binary, sends SIGTERM during a slow request, and
// checks the request completes and the process exits 0.
func TestSignalStopsGracefully(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "html"), 0o755))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "apps"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "apps", "slow.py"),
		[]byte("import time\ndef application(e, s):\n    time.sleep(0.5)\n    s('200 OK', [])\n    return [b'done']\n"), 0o644))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := gowsgiCmd(ctx, dir, "-addr", addr, "-workers", "1")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	cmd.Stdout = io.Discard
	require.NoError(t, cmd.Start())
	sc := bufio.NewScanner(stderr)
	require.True(t, sc.Scan())
	first := sc.Text()
	assert.True(t, strings.Contains(first, "addr=http://"+addr) && strings.Contains(first, "html=./html") &&
		strings.Contains(first, "apps=./apps") && strings.Contains(first, "workers=1"), first)
	go func() {
		for sc.Scan() {
		}
	}()

	result := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/slow.py")
		if err != nil {
			result <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		result <- string(b)
	}()
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	assert.Equal(t, "done", <-result)
	assert.NoError(t, cmd.Wait(), "exit status 0")
}
