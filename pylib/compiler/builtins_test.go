package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func callBuiltin(t *testing.T, name string, args ...py.Object) (py.Object, error) {
	t.Helper()
	fn, ok := Builtins()[name]
	require.True(t, ok, name)
	return py.Call(fn, py.Tuple(args), nil)
}

func TestBuiltinID(t *testing.T) {
	got, err := callBuiltin(t, "__gowsgi_id__", py.Int(7))
	require.NoError(t, err)
	assert.Equal(t, py.Int(7), got)
	_, err = callBuiltin(t, "__gowsgi_id__")
	assert.Error(t, err)
}

// TestFmtFallbacks checks __gowsgi_fmt__ with no hooks installed.
func TestFmtFallbacks(t *testing.T) {
	for _, c := range []struct {
		v          py.Object
		conv, spec string
		want       string
	}{
		{py.Int(3), "", "", "3"},
		{py.String("a"), "", "", "a"},
		{py.String("a"), "r", "", "'a'"},
		{py.String("a"), "s", "", "a"},
		{py.String("é€😀"), "a", "", `'\xe9\u20ac\U0001f600'`},
		{py.None, "", "", "None"},
	} {
		got, err := callBuiltin(t, "__gowsgi_fmt__", c.v, py.String(c.conv), py.String(c.spec))
		require.NoError(t, err)
		assert.Equal(t, py.String(c.want), got)
	}
	_, err := callBuiltin(t, "__gowsgi_fmt__", py.Float(1.5), py.String(""), py.String(".2f"))
	require.Error(t, err)
	assert.Equal(t, py.NotImplementedError, err.(*py.Exception).Type())
	_, err = callBuiltin(t, "__gowsgi_fmt__", py.Int(1), py.String("x"), py.String(""))
	assert.Error(t, err)
	_, err = callBuiltin(t, "__gowsgi_fmt__", py.Int(1))
	assert.Error(t, err)
}

// TestFmtHooks checks __gowsgi_fmt__ calls the installed hooks: conversion first, then format.
func TestFmtHooks(t *testing.T) {
	var calls []string
	Repr = func(o py.Object) (py.Object, error) { calls = append(calls, "repr"); return py.String("R"), nil }
	Str = func(o py.Object) (py.Object, error) { calls = append(calls, "str"); return py.String("S"), nil }
	Ascii = func(o py.Object) (py.Object, error) { calls = append(calls, "ascii"); return py.String("A"), nil }
	FormatValue = func(v py.Object, spec string) (py.Object, error) {
		calls = append(calls, "format:"+spec)
		s, _ := py.Str(v)
		return py.String("<" + string(s.(py.String)) + ">"), nil
	}
	defer func() { Repr, Str, Ascii, FormatValue = nil, nil, nil, nil }()
	for conv, want := range map[string]string{"r": "<R>", "s": "<S>", "a": "<A>", "": "<5>"} {
		calls = nil
		got, err := callBuiltin(t, "__gowsgi_fmt__", py.Int(5), py.String(conv), py.String(">3"))
		require.NoError(t, err)
		assert.Equal(t, py.String(want), got)
		assert.Equal(t, "format:>3", calls[len(calls)-1])
	}
}
