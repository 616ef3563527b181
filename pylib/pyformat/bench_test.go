package pyformat

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

func BenchmarkPercentRow(b *testing.B) {
	format := py.String("%-20s|%8d|%10.2f|%5.1f%%|%x")
	args := py.Tuple{py.String("widget"), py.Int(123456), py.Float(9876.54321), py.Float(42.25), py.Int(48879)}
	for i := 0; i < b.N; i++ {
		if _, err := Percent(format, args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrFormat(b *testing.B) {
	args := py.Tuple{py.String("widget"), py.Int(123456)}
	kwargs := py.StringDict{"price": py.Float(9876.54321), "w": py.Int(10)}
	for i := 0; i < b.N; i++ {
		if _, err := StrFormat("{:<20}|{:>8,}|{price:{w}.2f}|{price!r}", args, kwargs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	values := []py.Float{0.1, 1.0 / 3, 1e16, 123456.789, -2.5e-7}
	specs := []string{"", ".2f", ",.3f", "e", ".6g", ">12.4%"}
	for i := 0; i < b.N; i++ {
		for _, v := range values {
			for _, s := range specs {
				if _, err := Format(v, s); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

func BenchmarkReprList1000(b *testing.B) {
	items := make([]py.Object, 1000)
	for i := range items {
		switch i % 4 {
		case 0:
			items[i] = py.Int(i * 7919)
		case 1:
			items[i] = py.Float(float64(i) / 7)
		case 2:
			items[i] = py.String("item's name")
		default:
			items[i] = py.Tuple{py.Int(i), py.None}
		}
	}
	list := py.NewListFromItems(items)
	for i := 0; i < b.N; i++ {
		if _, err := Repr(list); err != nil {
			b.Fatal(err)
		}
	}
}

// mib is a 1 MiB text with a little non-ASCII in it.
var mib = strings.Repeat("abcdefghijklmnopqrstuvwxyz012345678901234567890123456789012345\u00e9", 16384)[:1<<20]

func BenchmarkPercent1MiB(b *testing.B) {
	format := py.String("<%s>")
	args := py.String(mib)
	b.SetBytes(1 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := Percent(format, args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPercentFormat1MiB(b *testing.B) {
	format := py.String(strings.ReplaceAll(mib, "%", "%%") + "%d")
	b.SetBytes(1 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := Percent(format, py.Int(1)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat1MiB(b *testing.B) {
	value := py.String(mib)
	b.SetBytes(1 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := Format(value, "^1048600"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrFormat1MiB(b *testing.B) {
	args := py.Tuple{py.String(mib)}
	b.SetBytes(1 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := StrFormat("[{0}] {0:.10}", args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRepr1MiB(b *testing.B) {
	value := py.String(mib)
	b.SetBytes(1 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := Repr(value); err != nil {
			b.Fatal(err)
		}
	}
}
