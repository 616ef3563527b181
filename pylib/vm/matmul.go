package vm

// The @ operator. gpython's grammar has no @ between expressions, so pylib/compiler lowers
// "a @ b" to "a * __gowsgi_matmul__ * b": * has @'s precedence and associativity, so operands
// group exactly as they would around @. Multiplying by MatmulMarker (before any __mul__ is
// asked) wraps the left operand, and multiplying that wrapper by the right operand is a @ b.
// "a @= b" becomes "a *= __gowsgi_imatmul__((b))", whose result makes *= do a @= b.

import "github.com/go-python/gpython/py"

var opMatmul = &binop{"__matmul__", "__rmatmul__", "__imatmul__", "@", matmulUnsupported, imatmulUnsupported, false}

func matmulUnsupported(a, b py.Object) (py.Object, error) { return nil, unsupported("@", a, b) }

func imatmulUnsupported(a, b py.Object) (py.Object, error) { return nil, unsupported("@=", a, b) }

// Matmul returns a @ b.
func Matmul(a, b py.Object) (py.Object, error) { return binary(opMatmul, a, b) }

// IMatmul returns the result of a @= b.
func IMatmul(a, b py.Object) (py.Object, error) { return inplace(opMatmul, a, b) }

type matmulMarker struct{}

var matmulMarkerType = py.NewType("gowsgi_matmul", "the @ operator's marker (see pylib/compiler)")

func (matmulMarker) Type() *py.Type { return matmulMarkerType }

// MatmulMarker is the value of the reserved builtin __gowsgi_matmul__.
var MatmulMarker py.Object = matmulMarker{}

// matmulLeft is a * MatmulMarker: the left operand of a pending @.
type matmulLeft struct{ a py.Object }

func (*matmulLeft) Type() *py.Type { return matmulMarkerType }

// matmulInplace is __gowsgi_imatmul__(b): the right operand of a pending @=.
type matmulInplace struct{ b py.Object }

func (*matmulInplace) Type() *py.Type { return matmulMarkerType }

// InplaceMatmulOperand is the reserved builtin __gowsgi_imatmul__(b).
func InplaceMatmulOperand(b py.Object) py.Object { return &matmulInplace{b} }

// matmulStep handles the lowered forms of @ and @= inside a multiplication; ok is false for an
// ordinary one.
func matmulStep(a, b py.Object, inplace bool) (res py.Object, ok bool, err error) {
	switch x := b.(type) {
	case matmulMarker:
		return &matmulLeft{a}, true, nil
	case *matmulInplace:
		if inplace {
			res, err = IMatmul(a, x.b)
			return res, true, err
		}
	}
	if x, isLeft := a.(*matmulLeft); isLeft {
		res, err = Matmul(x.a, b)
		return res, true, err
	}
	return nil, false, nil
}
