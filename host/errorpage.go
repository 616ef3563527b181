package host

import (
	"fmt"
	"net/http"
)

// errorPage answers with a small HTML page for an HTTP error status.
func errorPage(w http.ResponseWriter, r *http.Request, code int) {
	text := http.StatusText(code)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	body := fmt.Sprintf("<!DOCTYPE html>\n<html><head><title>%d %s</title></head>\n<body><h1>%d %s</h1></body></html>\n",
		code, text, code, text)
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(body))
	}
}
