package compiler

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// specRE is the subset of the format-spec mini-language the test formatter knows.
var specRE = regexp.MustCompile(`^(?:(.)?([<>^]))?(\d+)?(?:\.(\d+))?([dfsx]?)$`)

// testFormat is a small stand-in for the real formatting package, wired to FormatValue by the
// tests: fill, alignment, width, precision and the types d, f, s, x.
func testFormat(v py.Object, spec string) (py.Object, error) {
	m := specRE.FindStringSubmatch(spec)
	if m == nil {
		return nil, py.ExceptionNewf(py.ValueError, "test formatter: unsupported spec %q", spec)
	}
	fill, align, width, prec, typ := m[1], m[2], m[3], m[4], m[5]
	var s string
	switch x := v.(type) {
	case py.Float:
		switch {
		case prec != "":
			p, _ := strconv.Atoi(prec)
			s = strconv.FormatFloat(float64(x), 'f', p, 64)
		case typ == "f":
			s = strconv.FormatFloat(float64(x), 'f', 6, 64)
		default:
			r, err := py.Str(x)
			if err != nil {
				return nil, err
			}
			s = string(r.(py.String))
		}
		if align == "" {
			align = ">"
		}
	case py.Int:
		if typ == "x" {
			s = fmt.Sprintf("%x", int64(x))
		} else {
			s = fmt.Sprint(int64(x))
		}
		if align == "" {
			align = ">"
		}
	default:
		r, err := py.Str(v)
		if err != nil {
			return nil, err
		}
		s = string(r.(py.String))
	}
	w, _ := strconv.Atoi(width)
	if fill == "" {
		fill = " "
	}
	pad := w - len([]rune(s))
	if pad <= 0 {
		return py.String(s), nil
	}
	switch align {
	case ">":
		s = strings.Repeat(fill, pad) + s
	case "^":
		s = strings.Repeat(fill, pad/2) + s + strings.Repeat(fill, pad-pad/2)
	default:
		s += strings.Repeat(fill, pad)
	}
	return py.String(s), nil
}
