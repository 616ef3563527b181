package vm

// Operators with CPython's dispatch rules. gpython dispatches operators on Go interfaces only, so
// methods defined on Python classes (__add__, __lt__, __bool__ ...) are ignored there. These
// functions look them up through the class's MRO first and fall back to gpython for built-in
// operands. Builtins such as sorted, min and max use them too.

import (
	"math"
	"math/big"
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib/pybytes"
)

// FormatPercent, when set, implements `format % args` for a str or bytes format (CPython's
// %-formatting). When nil, gpython's own formatting is used.
var FormatPercent func(format, args py.Object) (py.Object, error)

// BuiltinBinary, when set, gets the first look at a binary operator on built-in operands (after
// bools became ints): sym is the operator's symbol ("+", "//", "** or pow()" ...), inplace is set
// for augmented assignment. It returns py.NotImplemented to leave the operation to gpython.
// pylib/builtins sets it to give CPython's results and messages where gpython's differ.
var BuiltinBinary func(sym string, inplace bool, a, b py.Object) (py.Object, error)

// HashBuiltin, when set, hashes built-in objects before gpython is asked (ok false: not
// handled). pylib/builtins sets it to give CPython's hash values for numbers and tuples.
var HashBuiltin func(x py.Object) (h int64, ok bool, err error)

// Comparison operators, numbered as COMPARE_OP's argument.
const (
	LT = iota
	LE
	EQ
	NE
	GT
	GE
)

var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var compareNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var compareSwapped = [...]int{GT, GE, EQ, NE, LT, LE}

// instanceClass returns the class of o when o is an instance of a class defined in Python
// (gpython represents those instances as *py.Type values without an MRO), else nil.
func instanceClass(o py.Object) *py.Type {
	t, ok := o.(*py.Type)
	if !ok || t.Mro != nil {
		return nil
	}
	c := t.ObjectType
	if c == nil || c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil
	}
	return c
}

// lookupSpecial finds a special method on o's Python class, through the MRO (nil if none).
func lookupSpecial(o py.Object, name string) py.Object {
	c := instanceClass(o)
	if c == nil {
		return nil
	}
	return c.Lookup(name)
}

// callSpecial calls the method m found on self's class with self and args.
func callSpecial(m, self py.Object, args ...py.Object) (py.Object, error) {
	if fn, ok := m.(*py.Function); ok {
		t, err := threadOf(fn.Context)
		if err != nil {
			return nil, err
		}
		return t.callFunction(fn, self, args, nil)
	}
	if d, ok := m.(py.I__get__); ok {
		bound, err := d.M__get__(self, self.Type())
		if err != nil {
			return nil, err
		}
		return callObject(bound, py.Tuple(args), nil)
	}
	all := make(py.Tuple, 0, len(args)+1)
	all = append(append(all, self), args...)
	return callObject(m, all, nil)
}

// Call calls fn with args and kwargs, honouring __call__ on instances of Python classes.
func Call(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return callObject(fn, args, kwargs)
}

// binop describes one binary operator.
type binop struct {
	name, rname, iname, sym string
	fn, ifn                 func(a, b py.Object) (py.Object, error)
	bitwise                 bool // & | ^: two bools give a bool
}

func pow2(a, b py.Object) (py.Object, error)  { return py.Pow(a, b, py.None) }
func ipow2(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) }

var (
	opAdd      = &binop{"__add__", "__radd__", "__iadd__", "+", py.Add, py.IAdd, false}
	opSub      = &binop{"__sub__", "__rsub__", "__isub__", "-", py.Sub, py.ISub, false}
	opMul      = &binop{"__mul__", "__rmul__", "__imul__", "*", py.Mul, py.IMul, false}
	opTrueDiv  = &binop{"__truediv__", "__rtruediv__", "__itruediv__", "/", py.TrueDiv, py.ITrueDiv, false}
	opFloorDiv = &binop{"__floordiv__", "__rfloordiv__", "__ifloordiv__", "//", py.FloorDiv, py.IFloorDiv, false}
	opMod      = &binop{"__mod__", "__rmod__", "__imod__", "%", py.Mod, py.IMod, false}
	opPow      = &binop{"__pow__", "__rpow__", "__ipow__", "** or pow()", pow2, ipow2, false}
	opLshift   = &binop{"__lshift__", "__rlshift__", "__ilshift__", "<<", py.Lshift, py.ILshift, false}
	opRshift   = &binop{"__rshift__", "__rrshift__", "__irshift__", ">>", py.Rshift, py.IRshift, false}
	opAnd      = &binop{"__and__", "__rand__", "__iand__", "&", py.And, py.IAnd, true}
	opOr       = &binop{"__or__", "__ror__", "__ior__", "|", py.Or, py.IOr, true}
	opXor      = &binop{"__xor__", "__rxor__", "__ixor__", "^", py.Xor, py.IXor, true}
)

// Add returns a + b.
func Add(a, b py.Object) (py.Object, error) { return binary(opAdd, a, b) }

// Sub returns a - b.
func Sub(a, b py.Object) (py.Object, error) { return binary(opSub, a, b) }

// Mul returns a * b.
func Mul(a, b py.Object) (py.Object, error) { return binary(opMul, a, b) }

// TrueDiv returns a / b.
func TrueDiv(a, b py.Object) (py.Object, error) { return binary(opTrueDiv, a, b) }

// FloorDiv returns a // b.
func FloorDiv(a, b py.Object) (py.Object, error) { return binary(opFloorDiv, a, b) }

// Mod returns a % b (str and bytes formats go to FormatPercent when it is set).
func Mod(a, b py.Object) (py.Object, error) { return binary(opMod, a, b) }

// Pow returns a ** b.
func Pow(a, b py.Object) (py.Object, error) { return binary(opPow, a, b) }

// Lshift returns a << b.
func Lshift(a, b py.Object) (py.Object, error) { return binary(opLshift, a, b) }

// Rshift returns a >> b.
func Rshift(a, b py.Object) (py.Object, error) { return binary(opRshift, a, b) }

// And returns a & b.
func And(a, b py.Object) (py.Object, error) { return binary(opAnd, a, b) }

// Or returns a | b.
func Or(a, b py.Object) (py.Object, error) { return binary(opOr, a, b) }

// Xor returns a ^ b.
func Xor(a, b py.Object) (py.Object, error) { return binary(opXor, a, b) }

// binary implements a binary operator with CPython's order: a.__op__(b), then b.__rop__(a),
// except that a right operand whose class is a subclass of the left's goes first.
func binary(op *binop, a, b py.Object) (py.Object, error) {
	if op == opMul {
		if res, ok, err := matmulStep(a, b, false); ok {
			return res, err
		}
	}
	ca, cb := instanceClass(a), instanceClass(b)
	if ca == nil && cb == nil {
		if isSubclassInstance(a) || isSubclassInstance(b) {
			return instanceBinary(op, a, b) // class_builtin.go
		}
		return builtinBinary(op, a, b)
	}
	var fa, fb py.Object
	if ca != nil {
		fa = ca.Lookup(op.name)
	}
	if cb != nil && cb != ca {
		fb = cb.Lookup(op.rname)
	}
	if fb != nil && (ca == nil || cb.IsSubtype(ca)) {
		res, err := callSpecial(fb, b, a)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
		fb = nil
	}
	if fa != nil {
		res, err := callSpecial(fa, a, b)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	if fb != nil {
		res, err := callSpecial(fb, b, a)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	if ca != nil && cb != nil {
		return nil, unsupported(op.sym, a, b)
	}
	return builtinBinary(op, a, b)
}

// inplace implements a augmented assignment such as a += b.
func inplace(op *binop, a, b py.Object) (py.Object, error) {
	if op == opMul {
		if res, ok, err := matmulStep(a, b, true); ok {
			return res, err
		}
	}
	ca, cb := instanceClass(a), instanceClass(b)
	if ca == nil && cb == nil {
		if isSubclassInstance(a) || isSubclassInstance(b) {
			return instanceInplace(op, a, b) // class_builtin.go
		}
		ua, ub := unbool(op, a, b)
		if op == opMod && FormatPercent != nil && isFormat(ua) {
			return FormatPercent(ua, ub)
		}
		if BuiltinBinary != nil {
			if res, err := BuiltinBinary(op.sym, true, ua, ub); err != nil || res != py.NotImplemented {
				return res, renameOperands(err, a, b)
			}
		}
		res, err := op.ifn(ua, ub)
		return res, renameOperands(err, a, b)
	}
	if ca != nil {
		if f := ca.Lookup(op.iname); f != nil {
			res, err := callSpecial(f, a, b)
			if err != nil || res != py.NotImplemented {
				return res, err
			}
		}
	}
	res, err := binary(op, a, b)
	return res, augmented(op, err)
}

// augmented turns binary's "unsupported operand type(s) for +" into augmented assignment's
// "for +=".
func augmented(op *binop, err error) error {
	if err == nil || !py.IsException(py.TypeError, err) {
		return err
	}
	prefix := "unsupported operand type(s) for " + op.sym + ":"
	if msg, ok := exceptionText(err); ok && strings.HasPrefix(msg, prefix) {
		sym := strings.TrimSuffix(op.sym, " or pow()")
		return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s=:%s", sym, msg[len(prefix):])
	}
	return err
}

// IAdd returns the result of a += b.
func IAdd(a, b py.Object) (py.Object, error) { return inplace(opAdd, a, b) }

func isFormat(a py.Object) bool {
	switch a.(type) {
	case py.String, py.Bytes:
		return true
	}
	return false
}

// unbool turns bool operands into ints, which gpython's Bool lacks the arithmetic for, when
// the other operand is a number too: against anything else a bool stays a bool, so a failing
// operator names 'bool' as CPython does.
func unbool(op *binop, a, b py.Object) (py.Object, py.Object) {
	ba, aok := a.(py.Bool)
	bb, bok := b.(py.Bool)
	if !aok && !bok {
		return a, b
	}
	if aok && bok {
		if op.bitwise {
			return a, b
		}
		return boolInt(ba), boolInt(bb)
	}
	if aok && isNumber(b) {
		return boolInt(ba), b
	}
	if bok && isNumber(a) {
		return a, boolInt(bb)
	}
	return a, b
}

// isNumber reports whether o is a built-in int, float or complex (bools included).
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	return false
}

func boolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

func builtinBinary(op *binop, a, b py.Object) (py.Object, error) {
	if op.bitwise {
		if ba, ok := a.(py.Bool); ok {
			if bb, ok := b.(py.Bool); ok {
				switch op {
				case opAnd:
					return py.NewBool(bool(ba && bb)), nil
				case opOr:
					return py.NewBool(bool(ba || bb)), nil
				default:
					return py.NewBool(ba != bb), nil
				}
			}
		}
	}
	ua, ub := unbool(op, a, b)
	if op == opMod && FormatPercent != nil && isFormat(ua) {
		return FormatPercent(ua, ub)
	}
	if BuiltinBinary != nil {
		if res, err := BuiltinBinary(op.sym, false, ua, ub); err != nil || res != py.NotImplemented {
			return res, renameOperands(err, a, b)
		}
	}
	res, err := op.fn(ua, ub)
	return res, renameOperands(err, a, b)
}

// renameOperands gives back an "unsupported operand type(s)" TypeError raised for bools turned
// into ints the operands' own type names.
func renameOperands(err error, a, b py.Object) error {
	_, aBool := a.(py.Bool)
	_, bBool := b.(py.Bool)
	if err == nil || !aBool && !bBool || !py.IsException(py.TypeError, err) {
		return err
	}
	msg, ok := exceptionText(err)
	const prefix = "unsupported operand type(s) for "
	colon := strings.IndexByte(msg, ':')
	if !ok || !strings.HasPrefix(msg, prefix) || colon < 0 {
		return err
	}
	return py.ExceptionNewf(py.TypeError, "%s: '%s' and '%s'", msg[:colon], a.Type().Name, b.Type().Name)
}

// exceptionText returns the message of an exception raised with one string argument.
func exceptionText(err error) (string, bool) {
	var exc *py.Exception
	switch e := err.(type) {
	case *py.Exception:
		exc = e
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	}
	if exc == nil {
		return "", false
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return "", false
	}
	s, ok := args[0].(py.String)
	return string(s), ok
}

func unsupported(sym string, a, b py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
}

// Is reports whether a and b are the same object (Python's `is`).
func Is(a, b py.Object) bool {
	switch x := a.(type) {
	case py.Int:
		y, ok := b.(py.Int)
		return ok && x == y
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y
	case *py.Type:
		return a == b
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.Bytes:
		y, ok := b.(py.Bytes)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta == nil || ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Map, reflect.Slice, reflect.Func, reflect.Pointer:
		return va.Pointer() == vb.Pointer() && (va.Kind() != reflect.Slice || va.Len() == vb.Len())
	}
	return false
}

// Compare implements a OP b for OP in LT, LE, EQ, NE, GT, GE with CPython's rules: the right
// operand's reflected method goes first when its class is a subclass of the left's, __ne__
// defaults to the inverse of __eq__, == and != fall back to identity, and tuples and lists
// compare lexicographically.
func Compare(op int, a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return py.NewBool(intCompare(op, x, y)), nil
		}
	case py.String:
		if y, ok := b.(py.String); ok {
			return py.NewBool(stringCompare(op, x, y)), nil
		}
	}
	ca, cb := instanceClass(a), instanceClass(b)
	rop := compareSwapped[op]
	if cb != nil && ca != nil && cb != ca && cb.IsSubtype(ca) {
		res, err := tryCompare(cb, rop, b, a)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	res, err := tryCompare(ca, op, a, b)
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	res, err = tryCompare(cb, rop, b, a)
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	switch op {
	case EQ:
		return py.NewBool(Is(a, b)), nil
	case NE:
		return py.NewBool(!Is(a, b)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", compareSymbols[op], a.Type().Name, b.Type().Name)
}

// Eq reports whether a == b, trying identity first as CPython's containers do.
func Eq(a, b py.Object) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	res, err := Compare(EQ, a, b)
	if err != nil {
		return false, err
	}
	return Truth(res)
}

// Lt reports whether a < b (what sorting uses).
func Lt(a, b py.Object) (bool, error) {
	res, err := Compare(LT, a, b)
	if err != nil {
		return false, err
	}
	return Truth(res)
}

// tryCompare asks self (of Python class c, or a built-in when c is nil) for self OP other,
// returning NotImplemented when it has no answer.
func tryCompare(c *py.Type, op int, self, other py.Object) (py.Object, error) {
	if c == nil {
		return builtinCompare(op, self, other)
	}
	if f := c.Lookup(compareNames[op]); f != nil {
		return callSpecial(f, self, other)
	}
	if op == NE {
		// object.__ne__ inverts __eq__ unless that is NotImplemented.
		if f := c.Lookup("__eq__"); f != nil {
			res, err := callSpecial(f, self, other)
			if err != nil || res == py.NotImplemented {
				return res, err
			}
			t, err := Truth(res)
			if err != nil {
				return nil, err
			}
			return py.NewBool(!t), nil
		}
	}
	return py.NotImplemented, nil
}

func intCompare(op int, x, y py.Int) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}

func stringCompare(op int, x, y py.String) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}

// builtinCompare asks a gpython object for self OP other through its Go methods.
func builtinCompare(op int, self, other py.Object) (py.Object, error) {
	switch x := self.(type) {
	case py.StringDict:
		if y, ok := other.(py.StringDict); ok && (op == EQ || op == NE) {
			eq, err := nsEqual(x, y)
			if err != nil {
				return nil, err
			}
			return py.NewBool(eq == (op == EQ)), nil
		}
	case *py.BoundMethod:
		if y, ok := other.(*py.BoundMethod); ok && (op == EQ || op == NE) {
			return py.NewBool((Is(x.Self, y.Self) && Is(x.Method, y.Method)) == (op == EQ)), nil
		}
	case py.Bool:
		switch other.(type) {
		case py.Int, py.Float, *py.BigInt, py.Bool:
			return builtinCompare(op, boolInt(x), other)
		}
	case py.Tuple:
		if y, ok := other.(py.Tuple); ok {
			return sequenceCompare(op, x, y)
		}
		if _, ok := other.(*py.List); ok || op == EQ || op == NE {
			return py.NotImplemented, nil
		}
	case *py.List:
		if y, ok := other.(*py.List); ok {
			return sequenceCompare(op, x.Items, y.Items)
		}
		if op == EQ || op == NE {
			return py.NotImplemented, nil
		}
	}
	if bo, ok := other.(py.Bool); ok {
		switch self.(type) {
		case py.Int, py.Float, *py.BigInt:
			other = boolInt(bo)
		}
	}
	if res, ok := intFloatCompare(op, self, other); ok {
		return res, nil
	}
	var res py.Object = py.NotImplemented
	var err error
	switch op {
	case LT:
		if I, ok := self.(py.I__lt__); ok {
			res, err = I.M__lt__(other)
		}
	case LE:
		if I, ok := self.(py.I__le__); ok {
			res, err = I.M__le__(other)
		}
	case EQ:
		if I, ok := self.(py.I__eq__); ok {
			res, err = I.M__eq__(other)
		}
	case NE:
		if I, ok := self.(py.I__ne__); ok {
			res, err = I.M__ne__(other)
		} else if I, ok := self.(py.I__eq__); ok {
			res, err = I.M__eq__(other)
			if err == nil && res != py.NotImplemented {
				t, terr := Truth(res)
				res, err = py.NewBool(!t), terr
			}
		}
	case GT:
		if I, ok := self.(py.I__gt__); ok {
			res, err = I.M__gt__(other)
		}
	case GE:
		if I, ok := self.(py.I__ge__); ok {
			res, err = I.M__ge__(other)
		}
	}
	if err != nil && res == nil {
		// Some gpython types raise TypeError instead of returning NotImplemented.
		if py.IsException(py.TypeError, err) {
			return py.NotImplemented, nil
		}
	}
	return res, err
}

// sequenceCompare compares two tuples or two lists lexicographically.
func sequenceCompare(op int, x, y []py.Object) (py.Object, error) {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	for i := 0; i < n; i++ {
		eq, err := Eq(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if eq {
			continue
		}
		switch op {
		case EQ:
			return py.False, nil
		case NE:
			return py.True, nil
		}
		return Compare(op, x[i], y[i])
	}
	return py.NewBool(intCompare(op, py.Int(len(x)), py.Int(len(y)))), nil
}

// Truth reports whether x is true: __bool__, then __len__ on Python classes.
func Truth(x py.Object) (bool, error) {
	switch v := x.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Int:
		return v != 0, nil
	case py.NoneType:
		return false, nil
	case py.String:
		return len(v) > 0, nil
	case py.Bytes:
		return len(v) > 0, nil
	case py.Float:
		return v != 0, nil
	case py.Complex:
		return v != 0, nil
	case py.Tuple:
		return len(v) > 0, nil
	case *py.List:
		return len(v.Items) > 0, nil
	case py.StringDict:
		return len(v) > 0, nil
	}
	if c := instanceClass(x); c != nil {
		if f := c.Lookup("__bool__"); f != nil {
			res, err := callSpecial(f, x)
			if err != nil {
				return false, err
			}
			b, ok := res.(py.Bool)
			if !ok {
				return false, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", res.Type().Name)
			}
			return bool(b), nil
		}
		if f := c.Lookup("__len__"); f != nil {
			res, err := callSpecial(f, x)
			if err != nil {
				return false, err
			}
			n, err := lenResult(res)
			return n > 0, err
		}
		return true, nil
	}
	res, err := py.MakeBool(x)
	if err != nil {
		return false, err
	}
	return res == py.True, nil
}

func lenResult(res py.Object) (int, error) {
	switch n := res.(type) {
	case py.Int:
		if n < 0 {
			return 0, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
		}
		return int(n), nil
	case py.Bool:
		return int(boolInt(n)), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", res.Type().Name)
}

// Len returns len(x), honouring __len__ on Python classes (inherited ones too).
func Len(x py.Object) (int, error) {
	if sd, ok := x.(py.StringDict); ok {
		return NSLen(sd), nil
	}
	if f := lookupSpecial(x, "__len__"); f != nil {
		res, err := callSpecial(f, x)
		if err != nil {
			return 0, err
		}
		return lenResult(res)
	}
	res, err := py.Len(x)
	if err != nil {
		return 0, err
	}
	return lenResult(res)
}

// Contains reports whether item in container: __contains__, then iteration, as CPython does.
func Contains(container, item py.Object) (bool, error) {
	switch c := container.(type) {
	case py.Tuple:
		return containsIn(c, item)
	case *py.List:
		return containsIn(c.Items, item)
	case py.String:
		if s, ok := item.(py.String); ok {
			return stringContains(c, s), nil
		}
	case py.Bytes:
		// gpython's bytes has no __contains__; bytearray's has CPython's rules.
		res, err := pybytes.NewByteArray([]byte(c)).M__contains__(item)
		if err != nil {
			return false, err
		}
		return res == py.True, nil
	}
	if cls := instanceClass(container); cls != nil {
		if f := cls.Lookup("__contains__"); f != nil {
			res, err := callSpecial(f, container, item)
			if err != nil {
				return false, err
			}
			return Truth(res)
		}
		if cls.Lookup("__iter__") == nil && cls.Lookup("__getitem__") == nil {
			return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", container.Type().Name)
		}
	} else if I, ok := container.(py.I__contains__); ok {
		res, err := I.M__contains__(item)
		if err != nil {
			return false, err
		}
		return Truth(res)
	}
	it, err := Iter(container)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", container.Type().Name)
		}
		return false, err
	}
	for {
		x, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return false, nil
			}
			return false, err
		}
		eq, err := Eq(x, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

func stringContains(s, sub py.String) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i:i+n] == sub {
			return true
		}
	}
	return false
}

func containsIn(items []py.Object, item py.Object) (bool, error) {
	for _, x := range items {
		eq, err := Eq(x, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// unary implements a unary operator; sym names it in CPython's message ("unary -", "abs()").
func unary(name, sym string, x py.Object, fn func(py.Object) (py.Object, error)) (py.Object, error) {
	if f := lookupSpecial(x, name); f != nil {
		return callSpecial(f, x)
	}
	if b, ok := x.(py.Bool); ok {
		x = boolInt(b)
	}
	res, err := fn(x)
	if err != nil && py.IsException(py.TypeError, err) {
		if msg, ok := exceptionText(err); ok && strings.HasPrefix(msg, "unsupported operand type") {
			return nil, py.ExceptionNewf(py.TypeError, "bad operand type for %s: '%s'", sym, x.Type().Name)
		}
	}
	return res, err
}

// Neg returns -x.
func Neg(x py.Object) (py.Object, error) { return unary("__neg__", "unary -", x, py.Neg) }

// Pos returns +x.
func Pos(x py.Object) (py.Object, error) { return unary("__pos__", "unary +", x, py.Pos) }

// Invert returns ~x.
func Invert(x py.Object) (py.Object, error) { return unary("__invert__", "unary ~", x, py.Invert) }

// Abs returns abs(x).
func Abs(x py.Object) (py.Object, error) { return unary("__abs__", "abs()", x, py.Abs) }

// GetItem returns x[key].
func GetItem(x, key py.Object) (py.Object, error) {
	if f := lookupSpecial(x, "__getitem__"); f != nil {
		return callSpecial(f, x, key)
	}
	if res, ok, err := classGetItem(x, key); ok {
		return res, err
	}
	key = sequenceKey(x, key)
	if BuiltinGetItem != nil {
		if res, ok, err := BuiltinGetItem(x, key); ok {
			return res, err
		}
	}
	return py.GetItem(x, key)
}

// sequenceKey is key as a builtin sequence's index: an instance of an int subclass indexes
// by its value (CPython calls its __index__); mapping keys stay as they are.
func sequenceKey(x, key py.Object) py.Object {
	inst, ok := key.(*Instance)
	if !ok {
		return key
	}
	switch inst.value.(type) {
	case py.Int, *py.BigInt, py.Bool:
	default:
		return key
	}
	switch x.(type) {
	case py.Tuple, *py.List, py.String, py.Bytes, *py.Range:
		return inst.value
	}
	if t := x.Type(); t != nil && t.Name == "bytearray" {
		return inst.value
	}
	return key
}

// BuiltinGetItem, when set, answers x[key] for built-in types whose subscription gpython lacks
// (bytes); ok reports whether it handled x.
var BuiltinGetItem func(x, key py.Object) (res py.Object, ok bool, err error)

// BuiltinSetItem and BuiltinDelItem, when set, do x[key] = value and del x[key] for built-in
// types whose item assignment gpython gets wrong (list slices); ok reports whether they
// handled x. pylib/pylist sets them.
var (
	BuiltinSetItem func(x, key, value py.Object) (ok bool, err error)
	BuiltinDelItem func(x, key py.Object) (ok bool, err error)
)

// SetItem does x[key] = value.
func SetItem(x, key, value py.Object) error {
	if f := lookupSpecial(x, "__setitem__"); f != nil {
		_, err := callSpecial(f, x, key, value)
		return err
	}
	if sd, ok := x.(py.StringDict); ok {
		// A namespace (one that records its order) keeps recording; gpython's plain dicts,
		// which the evaluator builds only when no dict type is installed, stay plain maps.
		if _, isNS := sd[OrderKey]; isNS {
			if k, ok := key.(py.String); ok {
				NSStore(sd, string(k), value)
				return nil
			}
		}
	}
	key = sequenceKey(x, key)
	if BuiltinSetItem != nil {
		if ok, err := BuiltinSetItem(x, key, value); ok {
			return err
		}
	}
	_, err := py.SetItem(x, key, value)
	return err
}

// DelItem does del x[key].
func DelItem(x, key py.Object) error {
	if f := lookupSpecial(x, "__delitem__"); f != nil {
		_, err := callSpecial(f, x, key)
		return err
	}
	if sd, ok := x.(py.StringDict); ok {
		if k, ok := key.(py.String); ok {
			if !NSDelete(sd, string(k)) {
				return nsKeyError(key)
			}
			return nil
		}
	}
	key = sequenceKey(x, key)
	if BuiltinDelItem != nil {
		if ok, err := BuiltinDelItem(x, key); ok {
			return err
		}
	}
	_, err := py.DelItem(x, key)
	return err
}

// Hash returns hash(x), honouring __hash__ on Python classes. A Python class that defines
// __eq__ without __hash__ is unhashable, as in CPython.
func Hash(x py.Object) (int64, error) {
	if c := instanceClass(x); c != nil {
		f := c.Lookup("__hash__")
		if f == nil && c.Lookup("__eq__") != nil || f == py.None {
			return 0, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", c.Name)
		}
		if f != nil {
			res, err := callSpecial(f, x)
			if err != nil {
				return 0, err
			}
			n, ok := res.(py.Int)
			if !ok {
				return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
			}
			return int64(n), nil
		}
		return int64(reflect.ValueOf(x).Pointer()), nil
	}
	if HashBuiltin != nil {
		if h, ok, err := HashBuiltin(x); ok {
			return h, err
		}
	}
	if I, ok := x.(py.I__hash__); ok {
		res, err := I.M__hash__()
		if err != nil {
			return 0, err
		}
		if n, ok := res.(py.Int); ok {
			return int64(n), nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
	}
	switch v := x.(type) {
	case py.Int:
		return int64(v), nil
	case py.Bool:
		return int64(boolInt(v)), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", x.Type().Name)
}

// Iter returns iter(x), honouring __iter__ (and the __getitem__ protocol) on Python classes.
func Iter(x py.Object) (py.Object, error) {
	if c := instanceClass(x); c != nil {
		if f := c.Lookup("__iter__"); f != nil {
			return callSpecial(f, x)
		}
		if c.Lookup("__getitem__") != nil {
			return &seqIter{seq: x}, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", c.Name)
	}
	if sd, ok := x.(py.StringDict); ok {
		return py.Iter(nsKeyTuple(sd))
	}
	if _, ok := x.(py.Bytes); ok {
		return &seqIter{seq: x}, nil // gpython's bytes cannot be iterated; indexing yields ints
	}
	return py.Iter(x)
}

// Next returns next(it); the end is a StopIteration error.
func Next(it py.Object) (py.Object, error) {
	switch g := it.(type) {
	case *Generator:
		return g.send(py.None)
	}
	if f := lookupSpecial(it, "__next__"); f != nil {
		return callSpecial(f, it)
	}
	return py.Next(it)
}

// isStopIteration reports whether err is a StopIteration.
func isStopIteration(err error) bool {
	switch e := err.(type) {
	case *py.Type:
		return e == py.StopIteration
	case *py.Exception:
		return e.Base == py.StopIteration || e.Base.IsSubtype(py.StopIteration)
	}
	return py.IsException(py.StopIteration, err)
}

// seqIter iterates an object that only has __getitem__, as CPython's sequence iterator.
type seqIter struct {
	seq py.Object
	i   int
}

var seqIterType = py.NewType("iterator", "sequence iterator")

func (it *seqIter) Type() *py.Type { return seqIterType }

func (it *seqIter) M__iter__() (py.Object, error) { return it, nil }

func (it *seqIter) M__next__() (py.Object, error) {
	if it.seq == nil {
		return nil, py.StopIteration
	}
	v, err := GetItem(it.seq, py.Int(it.i))
	if err != nil {
		if py.IsException(py.IndexError, err) || isStopIteration(err) {
			it.seq = nil
			return nil, py.StopIteration
		}
		return nil, err
	}
	it.i++
	return v, nil
}

// intFloatCompare compares an int with a float exactly, as CPython does (converting the int to
// a float, as gpython does, makes 2**53+1 == 2.0**53). ok is false for other operand types.
func intFloatCompare(op int, a, b py.Object) (py.Object, bool) {
	if f, isFloat := a.(py.Float); isFloat {
		if _, bothFloat := b.(py.Float); bothFloat {
			return nil, false
		}
		return intFloatCompare(swapped(op), b, f)
	}
	f, isFloat := b.(py.Float)
	if !isFloat {
		return nil, false
	}
	var i *big.Int
	switch x := a.(type) {
	case py.Int:
		if x > -(1<<53) && x < 1<<53 {
			return nil, false // exact as a float: the ordinary path is right
		}
		i = big.NewInt(int64(x))
	case *py.BigInt:
		i = (*big.Int)(x)
	default:
		return nil, false
	}
	fv := float64(f)
	var cmp int
	switch {
	case math.IsNaN(fv):
		return py.NewBool(op == NE), true
	case math.IsInf(fv, 1):
		cmp = -1
	case math.IsInf(fv, -1):
		cmp = 1
	default:
		cmp = new(big.Float).SetInt(i).Cmp(big.NewFloat(fv))
	}
	var r bool
	switch op {
	case LT:
		r = cmp < 0
	case LE:
		r = cmp <= 0
	case EQ:
		r = cmp == 0
	case NE:
		r = cmp != 0
	case GT:
		r = cmp > 0
	case GE:
		r = cmp >= 0
	}
	return py.NewBool(r), true
}

// swapped is the comparison that gives the same answer with the operands exchanged.
func swapped(op int) int {
	switch op {
	case LT:
		return GT
	case LE:
		return GE
	case GT:
		return LT
	case GE:
		return LE
	}
	return op
}
