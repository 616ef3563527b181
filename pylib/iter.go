package pylib

import "github.com/go-python/gpython/py"

// ForEach calls fn for each item of the Python iterable obj, stopping at the first error (from
// the iteration or from fn). Only StopIteration ends the loop quietly.
func ForEach(obj py.Object, fn func(py.Object) error) error {
	it, err := py.Iter(obj)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}
