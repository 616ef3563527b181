package parse

import (
	"net/netip"
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/norm"

	"gowsgi/pylib/lib/internal/libarg"
	"gowsgi/pylib/pyformat"
)

// Schemes whose URLs have a netloc, take ;params, or resolve relative references.
var (
	usesNetloc = []string{"", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
		"shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"}
	usesParams = []string{"", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip",
		"sips", "mms", "sftp", "tel"}
	usesRelative = []string{"", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
		"prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"}
)

func isSchemeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// splitURL is urlsplit on str: scheme, netloc, path, query, fragment.
func splitURL(url, scheme string, frags bool) ([5]string, error) {
	url = strings.TrimLeft(url, controlOrSpace)
	scheme = strings.Trim(scheme, controlOrSpace)
	drop := strings.NewReplacer("\t", "", "\r", "", "\n", "")
	url, scheme = drop.Replace(url), drop.Replace(scheme)
	var netloc, query, fragment string
	if i := strings.IndexByte(url, ':'); i > 0 && isASCIILetter(url[0]) {
		ok := true
		for j := 0; j < i; j++ {
			if !isSchemeChar(url[j]) {
				ok = false
				break
			}
		}
		if ok {
			scheme, url = strings.ToLower(url[:i]), url[i+1:]
		}
	}
	if strings.HasPrefix(url, "//") {
		end := len(url)
		if i := strings.IndexAny(url[2:], "/?#"); i >= 0 {
			end = i + 2
		}
		netloc, url = url[2:end], url[end:]
		open, close := strings.Contains(netloc, "["), strings.Contains(netloc, "]")
		if open != close {
			return [5]string{}, py.ExceptionNewf(py.ValueError, "Invalid IPv6 URL")
		}
		if open {
			_, after, _ := strings.Cut(netloc, "[")
			host, _, _ := strings.Cut(after, "]")
			if err := checkBracketedHost(host); err != nil {
				return [5]string{}, err
			}
		}
	}
	if frags {
		if i := strings.IndexByte(url, '#'); i >= 0 {
			url, fragment = url[:i], url[i+1:]
		}
	}
	if i := strings.IndexByte(url, '?'); i >= 0 {
		url, query = url[:i], url[i+1:]
	}
	if err := checkNetloc(netloc); err != nil {
		return [5]string{}, err
	}
	return [5]string{scheme, netloc, url, query, fragment}, nil
}

// controlOrSpace is the C0 controls and space, stripped from the start of a URL (WHATWG).
var controlOrSpace = func() string {
	var b []byte
	for c := 0; c <= ' '; c++ {
		b = append(b, byte(c))
	}
	return string(b)
}()

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// checkBracketedHost accepts what may stand between [ and ]: an IPv6 address or an IPvFuture.
func checkBracketedHost(host string) error {
	if strings.HasPrefix(host, "v") {
		hexPart, rest, ok := strings.Cut(host[1:], ".")
		if !ok || hexPart == "" || rest == "" || strings.Trim(hexPart, "0123456789abcdefABCDEF") != "" {
			return py.ExceptionNewf(py.ValueError, "IPvFuture address is invalid")
		}
		return nil
	}
	addr, err := netip.ParseAddr(host)
	if err != nil || (addr.Is6() && strings.Contains(host, "%") && addr.Zone() == "") {
		r, _ := pyformat.Repr(py.String(host))
		return py.ExceptionNewf(py.ValueError, "%s does not appear to be an IPv4 or IPv6 address", r)
	}
	if addr.Is4() {
		return py.ExceptionNewf(py.ValueError, "An IPv4 address cannot be in brackets")
	}
	return nil
}

// checkNetloc rejects a non-ASCII netloc whose NFKC form gains URL delimiters.
func checkNetloc(netloc string) error {
	ascii := true
	for i := 0; i < len(netloc); i++ {
		if netloc[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return nil
	}
	n := strings.NewReplacer("@", "", ":", "", "#", "", "?", "").Replace(netloc)
	n2 := norm.NFKC.String(n)
	if n == n2 {
		return nil
	}
	if strings.ContainsAny(n2, "/?#@:") {
		return py.ExceptionNewf(py.ValueError, "netloc '%s' contains invalid characters under NFKC normalization", netloc)
	}
	return nil
}

// splitParams splits ;params off the last path segment.
func splitParams(path string) (string, string) {
	start := 0
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		start = i
	}
	i := strings.IndexByte(path[start:], ';')
	if i < 0 {
		return path, ""
	}
	return path[:start+i], path[start+i+1:]
}

// parseURL is urlparse on str: scheme, netloc, path, params, query, fragment.
func parseURL(url, scheme string, frags bool) ([6]string, error) {
	p, err := splitURL(url, scheme, frags)
	if err != nil {
		return [6]string{}, err
	}
	path, params := p[2], ""
	if slices.Contains(usesParams, p[0]) && strings.Contains(path, ";") {
		path, params = splitParams(path)
	}
	return [6]string{p[0], p[1], path, params, p[3], p[4]}, nil
}

// unsplit is urlunsplit on str.
func unsplit(scheme, netloc, url, query, fragment string) string {
	if netloc != "" || (scheme != "" && slices.Contains(usesNetloc, scheme) && !strings.HasPrefix(url, "//")) {
		if url != "" && url[0] != '/' {
			url = "/" + url
		}
		url = "//" + netloc + url
	}
	if scheme != "" {
		url = scheme + ":" + url
	}
	if query != "" {
		url += "?" + query
	}
	if fragment != "" {
		url += "#" + fragment
	}
	return url
}

func unparse(p [6]string) string {
	url := p[2]
	if p[3] != "" {
		url += ";" + p[3]
	}
	return unsplit(p[0], p[1], url, p[4], p[5])
}

// join is urljoin on str: url resolved against base (RFC 3986 section 5.2 as CPython does it).
func join(base, url string, frags bool) (string, error) {
	if base == "" {
		return url, nil
	}
	if url == "" {
		return base, nil
	}
	b, err := parseURL(base, "", frags)
	if err != nil {
		return "", err
	}
	u, err := parseURL(url, b[0], frags)
	if err != nil {
		return "", err
	}
	if u[0] != b[0] || !slices.Contains(usesRelative, u[0]) {
		return url, nil
	}
	if slices.Contains(usesNetloc, u[0]) {
		if u[1] != "" {
			return unparse(u), nil
		}
		u[1] = b[1]
	}
	if u[2] == "" && u[3] == "" {
		u[2], u[3] = b[2], b[3]
		if u[4] == "" {
			u[4] = b[4]
		}
		return unparse(u), nil
	}
	var segments []string
	if strings.HasPrefix(u[2], "/") {
		segments = strings.Split(u[2], "/")
	} else {
		baseParts := strings.Split(b[2], "/")
		if baseParts[len(baseParts)-1] != "" {
			baseParts = baseParts[:len(baseParts)-1]
		}
		segments = append(baseParts, strings.Split(u[2], "/")...)
		// Empty segments between the first and the last are dropped.
		kept := []string{segments[0]}
		for _, s := range segments[1 : len(segments)-1] {
			if s != "" {
				kept = append(kept, s)
			}
		}
		if len(segments) > 1 {
			kept = append(kept, segments[len(segments)-1])
		}
		segments = kept
	}
	var resolved []string
	for _, seg := range segments {
		switch seg {
		case "..":
			if len(resolved) > 0 {
				resolved = resolved[:len(resolved)-1]
			}
		case ".":
		default:
			resolved = append(resolved, seg)
		}
	}
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		resolved = append(resolved, "")
	}
	u[2] = strings.Join(resolved, "/")
	if u[2] == "" {
		u[2] = "/"
	}
	return unparse(u), nil
}

// coerce reads urllib.parse's str-or-bytes arguments: all str, or all bytes (ASCII) when the
// first is bytes; empty or None arguments of either kind are allowed.
func coerce(args ...py.Object) ([]string, bool, error) {
	_, isStr := args[0].(py.String)
	out := make([]string, len(args))
	for i, a := range args {
		if a == nil || a == py.None {
			continue
		}
		if s, ok := a.(py.String); ok {
			if !isStr && s != "" {
				return nil, false, py.ExceptionNewf(py.TypeError, "Cannot mix str and non-str arguments")
			}
			out[i] = string(s)
			continue
		}
		b, ok := libarg.Bytes(a)
		if !ok {
			if i == 0 {
				return nil, false, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'decode'", libarg.TypeName(a))
			}
			t, _ := truth(a)
			if t && isStr {
				return nil, false, py.ExceptionNewf(py.TypeError, "Cannot mix str and non-str arguments")
			}
			continue
		}
		if isStr && len(b) > 0 {
			return nil, false, py.ExceptionNewf(py.TypeError, "Cannot mix str and non-str arguments")
		}
		s, _, err := textArg(a)
		if err != nil {
			return nil, false, err
		}
		out[i] = s
	}
	return out, !isStr, nil
}

func results(parts []string, isBytes bool) (py.Object, error) {
	t := make(py.Tuple, len(parts))
	for i, p := range parts {
		r, err := result(p, isBytes)
		if err != nil {
			return nil, err
		}
		t[i] = r
	}
	return t, nil
}

func flag(o py.Object) (bool, error) {
	if o == nil {
		return true, nil
	}
	return libarg.Truth(o)
}

var splitSpec = libarg.Spec{Name: "urlsplit", Params: []string{"url", "scheme", "allow_fragments"}, Required: 1}

func splitFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := splitSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, isBytes, err := coerce(a[0], libarg.Or(a[1], py.String("")))
	if err != nil {
		return nil, err
	}
	frags, err := flag(a[2])
	if err != nil {
		return nil, err
	}
	p, err := splitURL(s[0], s[1], frags)
	if err != nil {
		return nil, err
	}
	return results(p[:], isBytes)
}

func parseFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	spec := splitSpec
	spec.Name = "urlparse"
	a, _, err := spec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	s, isBytes, err := coerce(a[0], libarg.Or(a[1], py.String("")))
	if err != nil {
		return nil, err
	}
	frags, err := flag(a[2])
	if err != nil {
		return nil, err
	}
	p, err := parseURL(s[0], s[1], frags)
	if err != nil {
		return nil, err
	}
	return results(p[:], isBytes)
}

// unsplitFn is _unsplit(scheme, netloc, url, query, fragment), behind urlunsplit.
func unsplitFn(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 5 {
		return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 5)")
	}
	s, isBytes, err := coerce(args...)
	if err != nil {
		return nil, err
	}
	return result(unsplit(s[0], s[1], s[2], s[3], s[4]), isBytes)
}

// unparseFn is _unparse(scheme, netloc, url, params, query, fragment), behind urlunparse.
func unparseFn(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 6 {
		return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 6)")
	}
	s, isBytes, err := coerce(args...)
	if err != nil {
		return nil, err
	}
	return result(unparse([6]string(s)), isBytes)
}

var joinSpec = libarg.Spec{Name: "urljoin", Params: []string{"base", "url", "allow_fragments"}, Required: 2}

func joinFn(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, _, err := joinSpec.Parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	if t, _ := truth(a[0]); !t {
		return a[1], nil
	}
	if t, _ := truth(a[1]); !t {
		return a[0], nil
	}
	s, isBytes, err := coerce(a[0], a[1])
	if err != nil {
		return nil, err
	}
	frags, err := flag(a[2])
	if err != nil {
		return nil, err
	}
	r, err := join(s[0], s[1], frags)
	if err != nil {
		return nil, err
	}
	return result(r, isBytes)
}

// defragFn is _defrag(url) -> (url without fragment, fragment), behind urldefrag.
func defragFn(self py.Object, arg py.Object) (py.Object, error) {
	s, isBytes, err := coerce(arg)
	if err != nil {
		return nil, err
	}
	url, frag := s[0], ""
	if strings.Contains(url, "#") {
		p, err := parseURL(url, "", true)
		if err != nil {
			return nil, err
		}
		frag = p[5]
		p[5] = ""
		url = unparse(p)
	}
	return results([]string{url, frag}, isBytes)
}

func truth(o py.Object) (bool, error) { return libarg.Truth(o) }
