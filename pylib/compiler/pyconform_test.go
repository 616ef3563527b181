package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pyconformDir holds the project's shared conformance programs and CPython's output for them.
const pyconformDir = "/work/shared/pyconform"

// pyconformMatching lists the pyconform programs whose output must equal CPython's with this
// compiler (the others need runtime features gpython lacks, or print dicts of several keys,
// whose order is random in gpython: comprehensions, dict_merge_literal, ...).
var pyconformMatching = []string{
	"annotations", "args_kwargs", "assert_stmt", "async_def", "walrus", "augmented_assign", "bare_raise_reraise",
	"bitops", "bound_method_as_value", "chained_comparison", "class_in_function_closure",
	"closure_arg_captured", "closure_basic", "closure_cell_and_free", "closure_counter_nonlocal",
	"closure_late_binding", "closure_over_loop_var_in_func", "compile_builtin", "complex_numbers",
	"cond_expr_lambda", "decorator_factory", "decorator_registry",
	"decorator_simple", "default_mutable", "dunder_getattr", "dunder_getitem_iter_fallback",
	"dunder_iter_len_getitem", "dunder_name_main", "dunder_setitem_delitem", "eval_exec",
	"exception_with_traceback_attr", "finally_with_break", "fstring", "fstring_fmt",
	"generator_expression_in_call", "generator_in_class_method", "generator_send", "generators",
	"global_nonlocal", "in_operator", "int_float_compare", "int_str_conversion_big",
	"int_underscore_literal", "is_none_identity", "kwonly_required",
	"lambda_closure_in_loop_func", "method_decorator_on_class", "nested_data_structures",
	"nested_funcs_recursion", "nested_function_default_from_closure", "print_kwargs", "slicing",
	"stacked_decorators", "star_unpack_in_call_and_literal", "str_compare_sort_mixed", "str_comparison", "string_concat_implicit",
	"string_escapes", "string_in_bytes_mix_error", "string_multiply_concat", "ternary_and_or",
	"try_finally", "unpacking", "var_annotation", "while_else_break_continue", "with_multiple",
}

// TestPyconform runs the listed pyconform programs and compares them with CPython's output;
// with -v it also logs how every other program fares.
func TestPyconform(t *testing.T) {
	if _, err := os.Stat(pyconformDir); err != nil {
		t.Skip("no " + pyconformDir)
	}
	must := map[string]bool{}
	for _, n := range pyconformMatching {
		must[n] = true
	}
	files, err := filepath.Glob(filepath.Join(pyconformDir, "programs", "*.py"))
	require.NoError(t, err)
	var matched []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join(pyconformDir, "expected", name+".out"))
		if err != nil {
			continue
		}
		got, err := runPython(t, string(src), f)
		ok := err == nil && got == string(want)
		if ok {
			matched = append(matched, name)
		}
		if must[name] {
			if assert.NoError(t, err, name) {
				assert.Equal(t, string(want), got, name)
			}
		}
	}
	t.Logf("%d of %d pyconform programs match: %s", len(matched), len(files), strings.Join(matched, " "))
}
