package vm

// Python classes derived from builtin value types: class AttrDict(dict), class Path(str),
// class Flags(int), class Stack(list), class Bag(set), class Row(tuple) ... An instance is an
// *Instance: its class, the builtin value it extends (its storage) and its attribute dict.
//
// What sees an Instance as its value:
//   - the operators: Instance implements gpython's M__op__ interfaces, each calling the Python
//     override when the class defines one, else the operation on the value (ops.go reaches them
//     through gpython's fallbacks, since instanceClass knows only *py.Type instances);
//   - attributes: builtin methods (d.keys, s.upper) are bound to the value (attr.go, bindAttr);
//   - the slot methods of the builtin types (dict.__init__, dict.__setitem__, str.__new__,
//     int.__add__ ...), which super() and explicit calls reach, unwrap their self;
//   - pyformat (repr, str, format) and pycoll (dict(sub), {**sub}, update) through
//     BuiltinValue;
//   - anything else that switches on Go types should call BuiltinValue or Unwrap.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Instance is an instance of a Python class derived from a builtin value type.
type Instance struct {
	cls   *py.Type
	value py.Object
	dict  py.StringDict
}

// Type returns the instance's class.
func (o *Instance) Type() *py.Type { return o.cls }

// BuiltinValue returns the builtin value (the dict, str, int ...) o extends.
func (o *Instance) BuiltinValue() py.Object { return o.value }

// PyOverride returns the method named name that o's class (or a base defined in Python)
// defines, or nil: what decides whether a builtin behaviour is overridden.
func (o *Instance) PyOverride(name string) py.Object { return lookupPython(o.cls, name) }

// BuiltinValue returns the builtin value that o extends when o is an instance of a Python
// subclass of a builtin type (ok false otherwise). Code that switches on Go types (py.String,
// *pycoll.Dict ...) uses it to accept subclass instances as CPython does.
func BuiltinValue(o py.Object) (py.Object, bool) {
	if inst, ok := o.(*Instance); ok {
		return inst.value, true
	}
	return nil, false
}

// Unwrap returns the builtin value o extends, or o itself.
func Unwrap(o py.Object) py.Object {
	if inst, ok := o.(*Instance); ok {
		return inst.value
	}
	return o
}

// valueBase describes a builtin type Python classes may derive from.
type valueBase struct {
	// fills is set for the mutable containers (dict, list, set, bytearray): __new__ makes an
	// empty value and __init__ fills it. The others take their value from __new__'s arguments.
	fills bool
}

// valueBases holds the builtin types registered with RegisterValueType, written at init only.
var valueBases = map[*py.Type]valueBase{}

// RegisterValueType lets Python classes derive from the builtin type t, whose instances are
// made by calling t. fills is set for mutable containers, whose __init__ fills the value that
// __new__ made empty. Call it from an init function (it writes process-wide tables).
func RegisterValueType(t *py.Type, fills bool) {
	t.Flags |= py.TPFLAGS_BASETYPE
	valueBases[t] = valueBase{fills: fills}
	sample, err := t.New(t, nil, nil)
	if err != nil {
		panic("vm: RegisterValueType " + t.Name + ": " + err.Error())
	}
	addValueSlots(t, sample, fills)
}

func init() {
	RegisterValueType(py.StringType, false)
	RegisterValueType(py.BytesType, false)
	RegisterValueType(py.IntType, false)
	RegisterValueType(py.FloatType, false)
	RegisterValueType(py.ComplexType, false)
	RegisterValueType(py.TupleType, false)
	RegisterValueType(py.ListType, true)
}

// valueBaseOf returns the builtin value type cls derives from (nil if none).
func valueBaseOf(cls *py.Type) *py.Type {
	b := builtinBase(cls)
	if _, ok := valueBases[b]; ok {
		return b
	}
	return nil
}

// newInstance is base.__new__(cls, *args, **kwargs) for a class derived from the value type
// base: the value made from the arguments (empty for containers __init__ fills).
func newInstance(cls, base *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if valueBases[base].fills {
		args, kwargs = nil, nil
	}
	v, err := callObject(base, args, kwargs)
	if err != nil {
		return nil, err
	}
	if cls == base || !isHeapClass(cls) {
		return v, nil
	}
	return &Instance{cls: cls, value: v, dict: py.StringDict{}}, nil
}

// initValue is base.__init__(self, *args, **kwargs) for the containers __init__ fills: dict
// updates, list, set and bytearray replace their contents.
func initValue(self py.Object, base *py.Type, args py.Tuple, kwargs py.StringDict) error {
	v := Unwrap(self)
	if !valueBases[base].fills {
		return nil
	}
	if base.Name == "dict" {
		_, err := callAttr(v, "update", args, kwargs)
		return err
	}
	fresh, err := callObject(base, args, kwargs)
	if err != nil {
		return err
	}
	if l, ok := v.(*py.List); ok {
		if fl, ok := fresh.(*py.List); ok {
			l.Items = append(l.Items[:0:0], fl.Items...)
			return nil
		}
	}
	if _, err := callAttr(v, "clear", nil, nil); err != nil {
		return err
	}
	add := "update"
	if base.Name != "set" {
		add = "extend"
	}
	_, err = callAttr(v, add, py.Tuple{fresh}, nil)
	return err
}

// callAttr calls the method name of a builtin value.
func callAttr(v py.Object, name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, err := GetAttr(v, name)
	if err != nil {
		return nil, err
	}
	return callObject(m, args, kwargs)
}

// override calls the Python method name of o's class with args; ok is false when the class
// does not define it.
func (o *Instance) override(name string, args ...py.Object) (py.Object, bool, error) {
	f := lookupPython(o.cls, name)
	if f == nil {
		return nil, false, nil
	}
	res, err := callMethodOf(f, o, o.cls, args, nil)
	return res, true, err
}

// getItem is the builtin base's self[key]: dict subclasses call __missing__ for a missing key.
func (o *Instance) getItem(key py.Object) (py.Object, error) {
	res, err := GetItem(o.value, Unwrap(key))
	if err != nil && py.IsException(py.KeyError, err) && isDictValue(o.value) {
		if res, ok, merr := o.override("__missing__", key); ok {
			return res, merr
		}
	}
	return res, err
}

func isDictValue(v py.Object) bool {
	t := v.Type()
	return t != nil && t.Name == "dict"
}

// M__getattribute__ lets gpython's own attribute lookup see the instance as Python does.
func (o *Instance) M__getattribute__(name string) (py.Object, error) {
	return GetAttr(o, name)
}

// M__repr__ is repr(): the class's __repr__, else the builtin's (pyformat).
func (o *Instance) M__repr__() (py.Object, error) {
	if res, ok, err := o.override("__repr__"); ok {
		return res, err
	}
	return Repr(o)
}

// M__str__ is str(): the class's __str__, else the builtin's (pyformat).
func (o *Instance) M__str__() (py.Object, error) {
	if res, ok, err := o.override("__str__"); ok {
		return res, err
	}
	return Str(o)
}

// M__bool__ is bool(): __bool__, then __len__ of the class, else the value's truth.
func (o *Instance) M__bool__() (py.Object, error) {
	if res, ok, err := o.override("__bool__"); ok {
		return res, err
	}
	if res, ok, err := o.override("__len__"); ok {
		if err != nil {
			return nil, err
		}
		n, err := lenResult(res)
		return py.NewBool(n > 0), err
	}
	t, err := Truth(o.value)
	return py.NewBool(t), err
}

// M__len__ is len().
func (o *Instance) M__len__() (py.Object, error) {
	if res, ok, err := o.override("__len__"); ok {
		return res, err
	}
	n, err := valueLen(o.value)
	return py.Int(n), err
}

// M__iter__ is iter().
func (o *Instance) M__iter__() (py.Object, error) {
	if res, ok, err := o.override("__iter__"); ok {
		return res, err
	}
	if lookupPython(o.cls, "__getitem__") != nil && !isDictValue(o.value) {
		if _, isStr := o.value.(py.String); !isStr {
			return &seqIter{seq: o}, nil
		}
	}
	return iterValue(o.value)
}

// iterValue is iter(v) for a builtin value (gpython's bytes has no __iter__).
func iterValue(v py.Object) (py.Object, error) {
	if b, ok := v.(py.Bytes); ok {
		items := make(py.Tuple, len(b))
		for i, c := range b {
			items[i] = py.Int(c)
		}
		return Iter(items)
	}
	return Iter(v)
}

// M__contains__ is `x in self`.
func (o *Instance) M__contains__(item py.Object) (py.Object, error) {
	if res, ok, err := o.override("__contains__", item); ok {
		return res, err
	}
	c, err := Contains(o.value, Unwrap(item))
	return py.NewBool(c), err
}

// M__getitem__ is self[key].
func (o *Instance) M__getitem__(key py.Object) (py.Object, error) {
	if res, ok, err := o.override("__getitem__", key); ok {
		return res, err
	}
	return o.getItem(key)
}

// M__setitem__ is self[key] = value.
func (o *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	if res, ok, err := o.override("__setitem__", key, value); ok {
		return res, err
	}
	return py.None, SetItem(o.value, key, value)
}

// M__delitem__ is del self[key].
func (o *Instance) M__delitem__(key py.Object) (py.Object, error) {
	if res, ok, err := o.override("__delitem__", key); ok {
		return res, err
	}
	return py.None, DelItem(o.value, key)
}

// M__hash__ is hash(): the class's __hash__; none when it defines __eq__ alone; else the
// value's (an error for dict, list and set).
func (o *Instance) M__hash__() (py.Object, error) {
	f := lookupPython(o.cls, "__hash__")
	if f == py.None || (f == nil && lookupPython(o.cls, "__eq__") != nil) {
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.cls.Name)
	}
	if f != nil {
		return callMethodOf(f, o, o.cls, nil, nil)
	}
	h, err := Hash(o.value)
	if err != nil && py.IsException(py.TypeError, err) {
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.cls.Name)
	}
	return py.Int(h), err
}

func (o *Instance) compare(op int, other py.Object) (py.Object, error) {
	if res, ok, err := o.override(compareNames[op], other); ok {
		return res, err
	}
	if op == NE {
		if res, ok, err := o.override("__eq__", other); ok {
			if err != nil || res == py.NotImplemented {
				return res, err
			}
			t, err := Truth(res)
			return py.NewBool(!t), err
		}
	}
	return builtinCompare(op, o.value, Unwrap(other))
}

// M__eq__ is self == other.
func (o *Instance) M__eq__(other py.Object) (py.Object, error) { return o.compare(EQ, other) }

// M__ne__ is self != other.
func (o *Instance) M__ne__(other py.Object) (py.Object, error) { return o.compare(NE, other) }

// M__lt__ is self < other.
func (o *Instance) M__lt__(other py.Object) (py.Object, error) { return o.compare(LT, other) }

// M__le__ is self <= other.
func (o *Instance) M__le__(other py.Object) (py.Object, error) { return o.compare(LE, other) }

// M__gt__ is self > other.
func (o *Instance) M__gt__(other py.Object) (py.Object, error) { return o.compare(GT, other) }

// M__ge__ is self >= other.
func (o *Instance) M__ge__(other py.Object) (py.Object, error) { return o.compare(GE, other) }

// valueBinary is the builtin operator on a builtin value a (the other operand unwrapped),
// NotImplemented when the builtin does not support the operands.
func valueBinary(op *binop, a, b py.Object) (py.Object, error) {
	a = Unwrap(a)
	if v, ok := BuiltinValue(b); ok {
		// The argument of str % arg keeps its own __str__, unless it is a tuple of arguments.
		if _, isTuple := v.(py.Tuple); isTuple || op != opMod || !isFormat(a) {
			b = v
		}
	}
	res, err := builtinBinary(op, a, b)
	if err != nil && py.IsException(py.TypeError, err) && strings.Contains(errorText(err), "unsupported operand") {
		return py.NotImplemented, nil
	}
	return res, err
}

func errorText(err error) string {
	if e, ok := err.(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
			if s, ok := args[0].(py.String); ok {
				return string(s)
			}
		}
	}
	return err.Error()
}

// binary is self OP other: the class's __op__, else the builtin's.
func (o *Instance) binary(op *binop, other py.Object) (py.Object, error) {
	if res, ok, err := o.override(op.name, other); ok {
		return res, err
	}
	return valueBinary(op, o.value, other)
}

// rbinary is other OP self: the class's __rop__, else the builtin's.
func (o *Instance) rbinary(op *binop, other py.Object) (py.Object, error) {
	if res, ok, err := o.override(op.rname, other); ok {
		return res, err
	}
	return valueBinary(op, other, o.value)
}

// inplace is self OP= other: the class's __iop__, the builtin's in-place operation for mutable
// values (the result is self), else self OP other.
func (o *Instance) inplace(op *binop, other py.Object) (py.Object, error) {
	if res, ok, err := o.override(op.iname, other); ok {
		return res, err
	}
	if lookupPython(o.cls, op.name) == nil && valueBases[builtinBase(o.cls)].fills {
		res, err := op.ifn(o.value, Unwrap(other))
		if err == nil && Is(res, o.value) {
			return o, nil
		}
		if err == nil || !py.IsException(py.TypeError, err) {
			return res, err
		}
	}
	return o.binary(op, other)
}

// M__add__ is self + other.
func (o *Instance) M__add__(other py.Object) (py.Object, error) { return o.binary(opAdd, other) }

// M__radd__ is other + self.
func (o *Instance) M__radd__(other py.Object) (py.Object, error) { return o.rbinary(opAdd, other) }

// M__iadd__ is self += other.
func (o *Instance) M__iadd__(other py.Object) (py.Object, error) { return o.inplace(opAdd, other) }

// M__sub__ is self - other.
func (o *Instance) M__sub__(other py.Object) (py.Object, error) { return o.binary(opSub, other) }

// M__rsub__ is other - self.
func (o *Instance) M__rsub__(other py.Object) (py.Object, error) { return o.rbinary(opSub, other) }

// M__isub__ is self -= other.
func (o *Instance) M__isub__(other py.Object) (py.Object, error) { return o.inplace(opSub, other) }

// M__mul__ is self * other.
func (o *Instance) M__mul__(other py.Object) (py.Object, error) { return o.binary(opMul, other) }

// M__rmul__ is other * self.
func (o *Instance) M__rmul__(other py.Object) (py.Object, error) { return o.rbinary(opMul, other) }

// M__imul__ is self *= other.
func (o *Instance) M__imul__(other py.Object) (py.Object, error) { return o.inplace(opMul, other) }

// M__truediv__ is self / other.
func (o *Instance) M__truediv__(other py.Object) (py.Object, error) {
	return o.binary(opTrueDiv, other)
}

// M__rtruediv__ is other / self.
func (o *Instance) M__rtruediv__(other py.Object) (py.Object, error) {
	return o.rbinary(opTrueDiv, other)
}

// M__itruediv__ is self /= other.
func (o *Instance) M__itruediv__(other py.Object) (py.Object, error) {
	return o.inplace(opTrueDiv, other)
}

// M__floordiv__ is self // other.
func (o *Instance) M__floordiv__(other py.Object) (py.Object, error) {
	return o.binary(opFloorDiv, other)
}

// M__rfloordiv__ is other // self.
func (o *Instance) M__rfloordiv__(other py.Object) (py.Object, error) {
	return o.rbinary(opFloorDiv, other)
}

// M__ifloordiv__ is self //= other.
func (o *Instance) M__ifloordiv__(other py.Object) (py.Object, error) {
	return o.inplace(opFloorDiv, other)
}

// M__mod__ is self % other (formatting for str and bytes).
func (o *Instance) M__mod__(other py.Object) (py.Object, error) { return o.binary(opMod, other) }

// M__rmod__ is other % self.
func (o *Instance) M__rmod__(other py.Object) (py.Object, error) { return o.rbinary(opMod, other) }

// M__imod__ is self %= other.
func (o *Instance) M__imod__(other py.Object) (py.Object, error) { return o.inplace(opMod, other) }

// M__pow__ is self ** other.
func (o *Instance) M__pow__(other, mod py.Object) (py.Object, error) {
	return o.binary(opPow, other)
}

// M__rpow__ is other ** self.
func (o *Instance) M__rpow__(other py.Object) (py.Object, error) { return o.rbinary(opPow, other) }

// M__ipow__ is self **= other.
func (o *Instance) M__ipow__(other, mod py.Object) (py.Object, error) {
	return o.inplace(opPow, other)
}

// M__lshift__ is self << other.
func (o *Instance) M__lshift__(other py.Object) (py.Object, error) {
	return o.binary(opLshift, other)
}

// M__rlshift__ is other << self.
func (o *Instance) M__rlshift__(other py.Object) (py.Object, error) {
	return o.rbinary(opLshift, other)
}

// M__ilshift__ is self <<= other.
func (o *Instance) M__ilshift__(other py.Object) (py.Object, error) {
	return o.inplace(opLshift, other)
}

// M__rshift__ is self >> other.
func (o *Instance) M__rshift__(other py.Object) (py.Object, error) {
	return o.binary(opRshift, other)
}

// M__rrshift__ is other >> self.
func (o *Instance) M__rrshift__(other py.Object) (py.Object, error) {
	return o.rbinary(opRshift, other)
}

// M__irshift__ is self >>= other.
func (o *Instance) M__irshift__(other py.Object) (py.Object, error) {
	return o.inplace(opRshift, other)
}

// M__and__ is self & other.
func (o *Instance) M__and__(other py.Object) (py.Object, error) { return o.binary(opAnd, other) }

// M__rand__ is other & self.
func (o *Instance) M__rand__(other py.Object) (py.Object, error) { return o.rbinary(opAnd, other) }

// M__iand__ is self &= other.
func (o *Instance) M__iand__(other py.Object) (py.Object, error) { return o.inplace(opAnd, other) }

// M__or__ is self | other.
func (o *Instance) M__or__(other py.Object) (py.Object, error) { return o.binary(opOr, other) }

// M__ror__ is other | self.
func (o *Instance) M__ror__(other py.Object) (py.Object, error) { return o.rbinary(opOr, other) }

// M__ior__ is self |= other.
func (o *Instance) M__ior__(other py.Object) (py.Object, error) { return o.inplace(opOr, other) }

// M__xor__ is self ^ other.
func (o *Instance) M__xor__(other py.Object) (py.Object, error) { return o.binary(opXor, other) }

// M__rxor__ is other ^ self.
func (o *Instance) M__rxor__(other py.Object) (py.Object, error) { return o.rbinary(opXor, other) }

// M__ixor__ is self ^= other.
func (o *Instance) M__ixor__(other py.Object) (py.Object, error) { return o.inplace(opXor, other) }

func (o *Instance) unary(name string, fn func(py.Object) (py.Object, error)) (py.Object, error) {
	if res, ok, err := o.override(name); ok {
		return res, err
	}
	return fn(o.value)
}

// M__neg__ is -self.
func (o *Instance) M__neg__() (py.Object, error) { return o.unary("__neg__", Neg) }

// M__pos__ is +self.
func (o *Instance) M__pos__() (py.Object, error) { return o.unary("__pos__", Pos) }

// M__abs__ is abs(self).
func (o *Instance) M__abs__() (py.Object, error) { return o.unary("__abs__", Abs) }

// M__invert__ is ~self.
func (o *Instance) M__invert__() (py.Object, error) { return o.unary("__invert__", Invert) }

// M__int__ is int(self).
func (o *Instance) M__int__() (py.Object, error) {
	return o.unary("__int__", func(v py.Object) (py.Object, error) { return py.MakeInt(v) })
}

// M__float__ is float(self).
func (o *Instance) M__float__() (py.Object, error) {
	return o.unary("__float__", func(v py.Object) (py.Object, error) { return py.MakeFloat(v) })
}

// M__index__ is operator.index(self).
func (o *Instance) M__index__() (py.Int, error) {
	if res, ok, err := o.override("__index__"); ok {
		if err != nil {
			return 0, err
		}
		return py.Index(res)
	}
	return py.Index(o.value)
}

// M__reversed__ is reversed(self) for values that have it (dict, list).
func (o *Instance) M__reversed__() (py.Object, error) {
	return o.unary("__reversed__", reverseValue)
}

// reverseValue is reversed(v) for a builtin value.
func reverseValue(v py.Object) (py.Object, error) {
	if r, ok := v.(py.I__reversed__); ok {
		return r.M__reversed__()
	}
	// Sequences (list, tuple, str, bytes) go backwards through their items.
	n, err := valueLen(v)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", v.Type().Name)
	}
	items := make(py.Tuple, 0, n)
	for i := n - 1; i >= 0; i-- {
		x, err := GetItem(v, py.Int(i))
		if err != nil {
			return nil, err
		}
		items = append(items, x)
	}
	return Iter(items)
}

// valueLen is len(v) for a builtin value (gpython's bytes has no __len__).
func valueLen(v py.Object) (int, error) {
	if b, ok := v.(py.Bytes); ok {
		return len(b), nil
	}
	return Len(v)
}

// valueSlot describes one special method of the builtin value types, reachable as
// dict.__setitem__, super().__init__(...) ...
type valueSlot struct {
	name string
	kind slotKind
	fn   func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error)
	// has reports whether values of the type support it (nil: all do).
	has func(sample py.Object) bool
}

func oneArg(name string, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
	}
	return args[0], nil
}

// addValueSlots registers the special methods of the builtin value type t.
func addValueSlots(t *py.Type, sample py.Object, fills bool) {
	addSlot(t, "__new__", slotStatic, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cls, ok := self.(*py.Type)
		if !ok || cls.Mro == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", t.Name, TypeOf(self).Name)
		}
		if !IsSubclass(cls, t) {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", t.Name, cls.Name, cls.Name, t.Name)
		}
		return newInstance(cls, t, args, kw)
	})
	if fills {
		addSlot(t, "__init__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.None, initValue(self, t, args, kw)
		})
	}
	addSlot(t, "__repr__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if inst, ok := self.(*Instance); ok {
			return Repr(builtinRepr{inst}) // the builtin's repr, not the class's override
		}
		return Repr(self)
	})
	if _, isStr := sample.(py.String); isStr {
		addSlot(t, "__str__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return Unwrap(self), nil
		})
	}
	for op := LT; op <= GE; op++ {
		op := op
		addSlot(t, compareNames[op], slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			other, err := oneArg(compareNames[op], args)
			if err != nil {
				return nil, err
			}
			return builtinCompare(op, Unwrap(self), Unwrap(other))
		})
	}
	addSlot(t, "__hash__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		h, err := Hash(Unwrap(self))
		return py.Int(h), err
	})
	if _, ok := sample.(py.I__len__); ok {
		addSlot(t, "__len__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			n, err := valueLen(Unwrap(self))
			return py.Int(n), err
		})
	}
	if _, ok := sample.(py.I__iter__); ok {
		addSlot(t, "__iter__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return iterValue(Unwrap(self))
		})
	}
	_, isList := sample.(*py.List)
	if _, ok := sample.(py.I__reversed__); ok || isList {
		addSlot(t, "__reversed__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return reverseValue(Unwrap(self))
		})
	}
	if _, ok := sample.(py.I__contains__); ok {
		addSlot(t, "__contains__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			x, err := oneArg("__contains__", args)
			if err != nil {
				return nil, err
			}
			c, err := Contains(Unwrap(self), Unwrap(x))
			return py.NewBool(c), err
		})
	}
	if _, ok := sample.(py.I__getitem__); ok {
		addSlot(t, "__getitem__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			key, err := oneArg("__getitem__", args)
			if err != nil {
				return nil, err
			}
			if inst, ok := self.(*Instance); ok {
				return inst.getItem(key)
			}
			return GetItem(self, key)
		})
	}
	if _, ok := sample.(py.I__setitem__); ok {
		addSlot(t, "__setitem__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
			}
			return py.None, SetItem(Unwrap(self), args[0], args[1])
		})
	}
	if _, ok := sample.(py.I__delitem__); ok {
		addSlot(t, "__delitem__", slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			key, err := oneArg("__delitem__", args)
			if err != nil {
				return nil, err
			}
			return py.None, DelItem(Unwrap(self), key)
		})
	}
	for _, op := range []*binop{opAdd, opSub, opMul, opTrueDiv, opFloorDiv, opMod, opPow, opLshift, opRshift, opAnd, opOr, opXor} {
		op := op
		if !supportsBinary(sample, op) {
			continue
		}
		addSlot(t, op.name, slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			other, err := oneArg(op.name, args)
			if err != nil {
				return nil, err
			}
			return valueBinary(op, self, other)
		})
		addSlot(t, op.rname, slotMethod, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			other, err := oneArg(op.rname, args)
			if err != nil {
				return nil, err
			}
			return valueBinary(op, other, self)
		})
	}
}

// supportsBinary reports whether values like sample implement the operator op.
func supportsBinary(sample py.Object, op *binop) bool {
	var ok bool
	switch op {
	case opAdd:
		_, ok = sample.(py.I__add__)
	case opSub:
		_, ok = sample.(py.I__sub__)
	case opMul:
		_, ok = sample.(py.I__mul__)
	case opTrueDiv:
		_, ok = sample.(py.I__truediv__)
	case opFloorDiv:
		_, ok = sample.(py.I__floordiv__)
	case opMod:
		_, ok = sample.(py.I__mod__)
	case opPow:
		_, ok = sample.(py.I__pow__)
	case opLshift:
		_, ok = sample.(py.I__lshift__)
	case opRshift:
		_, ok = sample.(py.I__rshift__)
	case opAnd:
		_, ok = sample.(py.I__and__)
	case opOr:
		_, ok = sample.(py.I__or__)
	case opXor:
		_, ok = sample.(py.I__xor__)
	}
	return ok
}

func isSubclassInstance(o py.Object) bool {
	_, ok := o.(*Instance)
	return ok
}

// instanceBinary is a OP b when an operand is an Instance and neither is a plain Python
// object: a reflected override of a subclass of a's type first, then a's operation (its
// override or the builtin's on the values), then b's reflected one.
func instanceBinary(op *binop, a, b py.Object) (py.Object, error) {
	ia, _ := a.(*Instance)
	ib, _ := b.(*Instance)
	triedB := false
	if ib != nil && TypeOf(a) != ib.cls && IsSubclass(ib.cls, TypeOf(a)) {
		res, ok, err := ib.override(op.rname, a)
		if ok && (err != nil || res != py.NotImplemented) {
			return res, err
		}
		triedB = ok
	}
	var res py.Object
	var err error
	if ia != nil {
		res, err = ia.binary(op, b)
	} else {
		res, err = valueBinary(op, a, b)
	}
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	if ib != nil && !triedB && (ia == nil || ia.cls != ib.cls) {
		res, err = ib.rbinary(op, a)
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	return nil, unsupported(op.sym, a, b)
}

// instanceInplace is a OP= b when an operand is an Instance.
func instanceInplace(op *binop, a, b py.Object) (py.Object, error) {
	ia, ok := a.(*Instance)
	if !ok {
		res, err := inplace(op, a, Unwrap(b))
		if err != nil && py.IsException(py.TypeError, err) {
			if res, err2 := instanceBinary(op, a, b); err2 == nil {
				return res, nil
			}
		}
		return res, err
	}
	if res, ok, err := ia.override(op.iname, b); ok && (err != nil || res != py.NotImplemented) {
		return res, err
	}
	if lookupPython(ia.cls, op.name) == nil && valueBases[builtinBase(ia.cls)].fills {
		res, err := inplace(op, ia.value, Unwrap(b))
		if err == nil && Is(res, ia.value) {
			return ia, nil
		}
		if err == nil || !py.IsException(py.TypeError, err) {
			return res, err
		}
	}
	return instanceBinary(op, a, b)
}

// builtinRepr presents an Instance to pyformat without its class's overrides: what
// dict.__repr__(self) and the like print.
type builtinRepr struct{ *Instance }

// PyOverride reports no override.
func (builtinRepr) PyOverride(string) py.Object { return nil }

// reversedMethod is the __reversed__ builtins.reversed finds on instances of tuple, str and
// bytes subclasses (their builtin types have none: reversed indexes them).
var reversedMethod *py.Method

func init() {
	reversedMethod = py.MustNewMethod("__reversed__", func(self py.Object) (py.Object, error) {
		return reverseValue(self)
	}, 0, "Return a reverse iterator.")
}

// instanceValueAttr is the attribute name that gpython gives inst's builtin value outside its
// type dict (M__len__ ...), or nil.
func instanceValueAttr(inst *Instance, name string) py.Object {
	if name == "__reversed__" {
		switch inst.value.(type) {
		case py.Tuple, py.String, py.Bytes:
			return py.NewBoundMethod(inst.value, reversedMethod)
		}
	}
	if res, err := GetAttr(inst.value, name); err == nil {
		return res
	}
	return nil
}
