package compiler

import "github.com/go-python/gpython/py"

// An "async def" becomes a generator function, the coroutine protocol CPython's coroutines
// are built on (send, throw, StopIteration carrying the return value): "async" is dropped,
// "await x" becomes "(yield from __gowsgi_await__(x))", and the body's first simple statement gets the prefix
// asyncYield, a yield that never runs but makes the function a generator. "async for",
// "async with" and asynchronous generators are not lowered.

// awaitBuiltin returns the iterator an awaitable's __await__ gives, or a coroutine itself.
const awaitBuiltin = "__gowsgi_await__"

func builtinAwait(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 argument (%d given)", awaitBuiltin, len(args))
	}
	if m, err := py.GetAttrString(args[0], "__await__"); err == nil {
		return py.Call(m, nil, nil)
	}
	if _, err := py.GetAttrString(args[0], "send"); err == nil {
		return args[0], nil // a generator: what an async def returns here
	}
	return nil, py.ExceptionNewf(py.TypeError, "object %s can't be used in 'await' expression", args[0].Type().Name)
}

// asyncYield makes a function body a generator without yielding.
const asyncYield = "0 and (yield); "

// asyncBodies returns, for the logical lines that host them, the asyncYield prefixes of the
// async def bodies.
func (l *lowerer) asyncBodies() map[int]string {
	out := map[int]string{}
	for scope, sc := range l.scopes {
		if !sc.async {
			continue
		}
		if host := l.bindingHost(scope); host >= 0 {
			out[host] = asyncYield
		}
	}
	return out
}

// lowerAwait lowers "await <primary>" at token i to "(yield from __gowsgi_await__(<primary>))";
// it returns the text and the index of the last token consumed.
func (l *lowerer) lowerAwait(i, to int) (string, int, error) {
	start := l.nextCode(i)
	end := l.primaryEnd(start, to)
	if end <= start {
		return "", 0, &lowerError{l.toks[i].line, "invalid syntax"}
	}
	operand, err := l.lowerRange(start, end)
	if err != nil {
		return "", 0, err
	}
	gap := lineBreaks(l.src[l.toks[i].end:l.toks[start].start])
	return "(yield from " + awaitBuiltin + "(" + gap + operand + "))", end - 1, nil
}

// primaryEnd returns the end of the primary expression (an atom and its trailers: attribute
// references, calls, subscripts) starting at token from.
func (l *lowerer) primaryEnd(from, to int) int {
	if from >= to {
		return from
	}
	end := from + 1
	switch t := l.toks[from]; {
	case t.kind == tkOp && (l.text(from) == "(" || l.text(from) == "[" || l.text(from) == "{"):
		c := l.closingBracket(from)
		if c < 0 || c >= to {
			return from
		}
		end = c + 1
	case t.kind == tkString:
		end = l.stringGroupEnd(from, to)
	case t.kind == tkName && (l.text(from) == "await" || !keywords[l.text(from)]) || t.kind == tkNumber:
	default:
		return from
	}
	for end < to {
		next := l.nextCode(end - 1)
		switch {
		case next >= to:
			return end
		case l.isOp(next, ".") && next+1 < to && l.toks[next+1].kind == tkName:
			end = next + 2
		case l.isOp(next, "(") || l.isOp(next, "["):
			c := l.closingBracket(next)
			if c < 0 || c >= to {
				return end
			}
			end = c + 1
		default:
			return end
		}
	}
	return end
}
