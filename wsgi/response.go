package wsgi

import (
	"errors"
	"mime"
	"net/http"

	"github.com/go-python/gpython/py"

	"gowsgi/pylib"
	"gowsgi/pylib/codecs"
)

// errClientGone ends a response whose client went away: nothing more can be sent.
var errClientGone = errors.New("client disconnected")

// responder is the state of one response: what start_response set and what has been sent.
type responder struct {
	w       http.ResponseWriter
	r       *http.Request
	writeFn py.Object // the write() callable start_response returns

	started bool // start_response was called
	sent    bool // the status line and headers are on the wire
	code    int
	reason  string
	headers [][2]string

	status int   // the status sent, for the access log
	bytes  int64 // body bytes sent
	flush  bool  // flush after each chunk (the body is produced lazily)

	nonPortable func(what string) // reports a use of gowsgi's str-body extension
}

func newResponder(w http.ResponseWriter, r *http.Request) *responder {
	rs := &responder{w: w, r: r}
	rs.writeFn = py.MustNewMethod("write", func(self, data py.Object) (py.Object, error) {
		b, ok := data.(py.Bytes)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be bytes, not %s", data.Type().Name)
		}
		rs.flush = true
		return py.None, rs.writeChunk(b)
	}, 0, "write(data: bytes) -> None; sends data at once (PEP 3333's imperative write)")
	return rs
}

// writeChunk sends one piece of the body, sending the headers first if they have not gone.
func (rs *responder) writeChunk(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	if err := rs.sendHeaders(-1); err != nil {
		return err
	}
	if rs.r.Method == http.MethodHead {
		return nil
	}
	n, err := rs.w.Write(b)
	rs.bytes += int64(n)
	if err != nil {
		if errors.Is(err, http.ErrBodyNotAllowed) {
			return nil // 204 and 304 answers have no body; the app's bytes are dropped
		}
		return errClientGone
	}
	if rs.flush {
		if f, ok := rs.w.(http.Flusher); ok {
			f.Flush()
		}
	}
	return nil
}

// finish sends the app's return value as the body and calls its close(), whatever happens.
// An error from close() fails the response only if nothing was sent yet; otherwise it is
// reported through closeErr, since the client already has its answer.
func (rs *responder) finish(result py.Object, closeErr func(error)) (err error) {
	defer func() {
		if cerr := callClose(result); cerr != nil {
			if err == nil && !rs.sent {
				err = cerr
			} else {
				closeErr(cerr)
			}
		}
	}()
	switch v := result.(type) {
	case py.String:
		rs.nonPortable("returned a str instead of an iterable of bytes")
		return rs.whole(rs.encodeText(string(v)))
	case py.Bytes:
		rs.nonPortable("returned bare bytes instead of an iterable of bytes")
		return rs.whole([]byte(v), nil)
	case *py.List:
		if len(v.Items) == 1 {
			if b, ok := v.Items[0].(py.Bytes); ok {
				return rs.whole([]byte(b), nil)
			}
		}
	case py.Tuple:
		if len(v) == 1 {
			if b, ok := v[0].(py.Bytes); ok {
				return rs.whole([]byte(b), nil)
			}
		}
	default:
		rs.flush = true
	}
	if err := pylib.ForEach(result, rs.chunk); err != nil {
		return err
	}
	return rs.sendHeaders(-1)
}

// chunk sends one item of the response iterable.
func (rs *responder) chunk(item py.Object) error {
	switch v := item.(type) {
	case py.Bytes:
		return rs.writeChunk(v)
	case py.String:
		rs.nonPortable("yielded str instead of bytes")
		b, err := rs.encodeText(string(v))
		if err != nil {
			return err
		}
		return rs.writeChunk(b)
	}
	return py.ExceptionNewf(py.TypeError, "the response iterable yielded %s; a WSGI body is made of bytes", item.Type().Name)
}

// whole sends a body known in full, with its length unless the app set one.
func (rs *responder) whole(b []byte, err error) error {
	if err != nil {
		return err
	}
	if err := rs.sendHeaders(int64(len(b))); err != nil {
		return err
	}
	return rs.writeChunk(b)
}

// encodeText encodes a str body with the charset its Content-Type names, else UTF-8.
func (rs *responder) encodeText(s string) ([]byte, error) {
	charset := "utf-8"
	if ct, ok := rs.header("Content-Type"); ok {
		if _, params, err := mime.ParseMediaType(ct); err == nil && params["charset"] != "" {
			charset = params["charset"]
		}
	}
	return codecs.Encode(s, charset, "strict")
}

// callClose calls result.close() if the object has one (PEP 3333).
func callClose(result py.Object) error {
	closeFn, err := py.GetAttrString(result, "close")
	if err != nil {
		return nil
	}
	_, err = py.Call(closeFn, nil, nil)
	return err
}
