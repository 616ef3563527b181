package wsgi

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// hopByHop are the headers PEP 3333 forbids an app to set: they belong to the connection.
var hopByHop = map[string]bool{
	"connection": true, "keep-alive": true, "proxy-authenticate": true, "proxy-authorization": true,
	"te": true, "trailers": true, "transfer-encoding": true, "upgrade": true,
}

// startResponse is the start_response callable given to the app (PEP 3333).
func (rs *responder) startResponse(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var status, headers py.Object
	var excInfo py.Object = py.None
	err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:start_response",
		[]string{"status", "response_headers", "exc_info"}, &status, &headers, &excInfo)
	if err != nil {
		return nil, err
	}
	if excInfo != py.None {
		if rs.sent {
			// Too late to change the response: re-raise the app's error (PEP 3333).
			return nil, reraise(excInfo)
		}
	} else if rs.started {
		return nil, py.ExceptionNewf(py.AssertionError, "start_response() called a second time without exc_info")
	}
	code, reason, err := checkStatus(status)
	if err != nil {
		return nil, err
	}
	hdrs, err := checkHeaders(headers)
	if err != nil {
		return nil, err
	}
	rs.started = true
	rs.code, rs.reason, rs.headers = code, reason, hdrs
	return rs.writeFn, nil
}

// reraise turns an exc_info tuple back into the error it describes.
func reraise(excInfo py.Object) error {
	t, ok := excInfo.(py.Tuple)
	if !ok || len(t) != 3 {
		return py.ExceptionNewf(py.TypeError, "exc_info must be a (type, value, traceback) tuple")
	}
	exc, ok := t[1].(*py.Exception)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "exc_info[1] must be an exception instance")
	}
	info := py.ExceptionInfo{Type: exc.Base, Value: exc}
	if tb, ok := t[2].(*py.Traceback); ok {
		info.Traceback = tb
	}
	return info
}

// checkStatus validates a status such as "200 OK" and splits it.
func checkStatus(status py.Object) (int, string, error) {
	s, ok := status.(py.String)
	if !ok {
		return 0, "", py.ExceptionNewf(py.TypeError, "status must be a str, not %s", status.Type().Name)
	}
	str := string(s)
	if len(str) < 4 || str[3] != ' ' || !isDigits(str[:3]) {
		return 0, "", py.ExceptionNewf(py.ValueError, "status must be a 3-digit code, a space and a reason, like '200 OK': %q", str)
	}
	code, _ := strconv.Atoi(str[:3])
	if code < 100 {
		return 0, "", py.ExceptionNewf(py.ValueError, "status code must be at least 100: %q", str)
	}
	if strings.ContainsAny(str, "\r\n\x00") {
		return 0, "", py.ExceptionNewf(py.ValueError, "status must not contain control characters: %q", str)
	}
	return code, str[4:], nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// checkHeaders validates response_headers: a list of (name, value) pairs of str, names that
// are HTTP tokens, values without CR or LF and within latin-1, no hop-by-hop headers.
func checkHeaders(headers py.Object) ([][2]string, error) {
	list, ok := headers.(*py.List)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "response_headers must be a list, not %s", headers.Type().Name)
	}
	out := make([][2]string, 0, len(list.Items))
	for _, item := range list.Items {
		pair, err := headerPair(item)
		if err != nil {
			return nil, err
		}
		name, value := pair[0], pair[1]
		if !isToken(name) {
			return nil, py.ExceptionNewf(py.ValueError, "invalid header name %q", name)
		}
		if hopByHop[strings.ToLower(name)] {
			return nil, py.ExceptionNewf(py.AssertionError, "hop-by-hop header %q is not allowed (PEP 3333)", name)
		}
		if strings.ContainsAny(value, "\r\n\x00") {
			return nil, py.ExceptionNewf(py.ValueError, "header %q: value must not contain CR, LF or NUL", name)
		}
		raw, ok := fromLatin1(value)
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "header %q: value must be latin-1 text", name)
		}
		out = append(out, [2]string{name, raw})
	}
	return out, nil
}

func headerPair(item py.Object) ([2]string, error) {
	var seq []py.Object
	switch v := item.(type) {
	case py.Tuple:
		seq = v
	case *py.List:
		seq = v.Items
	default:
		return [2]string{}, py.ExceptionNewf(py.TypeError, "each header must be a (name, value) tuple, not %s", item.Type().Name)
	}
	if len(seq) != 2 {
		return [2]string{}, py.ExceptionNewf(py.ValueError, "each header must be a (name, value) pair, got %d items", len(seq))
	}
	var pair [2]string
	for i, what := range []string{"name", "value"} {
		s, ok := seq[i].(py.String)
		if !ok {
			return pair, py.ExceptionNewf(py.TypeError, "header %s must be a str, not %s", what, seq[i].Type().Name)
		}
		pair[i] = string(s)
	}
	return pair, nil
}

// isToken reports whether s is an HTTP token (RFC 9110), as a header name must be.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"(),/:;<=>?@[\\]{}", c) >= 0 {
			return false
		}
	}
	return true
}

// header returns the first value of the named response header the app set.
func (rs *responder) header(name string) (string, bool) {
	for _, h := range rs.headers {
		if strings.EqualFold(h[0], name) {
			return h[1], true
		}
	}
	return "", false
}

// sendHeaders writes the status line and headers, once.
func (rs *responder) sendHeaders(knownLength int64) error {
	if rs.sent {
		return nil
	}
	if !rs.started {
		return py.ExceptionNewf(py.AssertionError, "the app did not call start_response() before its body")
	}
	h := rs.w.Header()
	for _, kv := range rs.headers {
		h.Add(kv[0], kv[1])
	}
	if _, has := h["Content-Type"]; !has {
		h["Content-Type"] = nil // net/http must not invent one
	}
	if _, has := h["Content-Length"]; !has && knownLength >= 0 {
		h.Set("Content-Length", strconv.FormatInt(knownLength, 10))
	}
	rs.sent = true
	rs.status = rs.code
	rs.w.WriteHeader(rs.code)
	return nil
}
