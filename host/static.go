package host

import (
	"fmt"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// contentTypes maps extensions to the Content-Type sent for them. Text types carry no charset:
// the file's own bytes decide (a GBK page says so in its <meta>), as nginx does.
var contentTypes = map[string]string{
	".html": "text/html", ".htm": "text/html", ".css": "text/css", ".js": "text/javascript",
	".mjs": "text/javascript", ".json": "application/json", ".txt": "text/plain", ".xml": "text/xml",
	".csv": "text/csv", ".md": "text/markdown", ".svg": "image/svg+xml", ".png": "image/png",
	".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
	".avif": "image/avif", ".ico": "image/vnd.microsoft.icon", ".bmp": "image/bmp",
	".wasm": "application/wasm", ".pdf": "application/pdf", ".zip": "application/zip",
	".gz": "application/gzip", ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf",
	".otf": "font/otf", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".wav": "audio/wav",
	".mp4": "video/mp4", ".webm": "video/webm", ".map": "application/json",
	".webmanifest": "application/manifest+json",
}

// contentType returns the Content-Type for a file name.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if ct, ok := contentTypes[ext]; ok {
		return ct
	}
	if ct := mime.TypeByExtension(ext); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			return mt
		}
	}
	return "application/octet-stream"
}

// staticFiles serves the html folder. Opening through an os.Root means no symlink or path
// trick can reach a file outside it.
type staticFiles struct {
	root     *os.Root
	appsPath string // the apps folder, resolved, when it lies inside the html folder; else ""
}

func newStaticFiles(htmlDir, appsDir string) (*staticFiles, error) {
	root, err := os.OpenRoot(htmlDir)
	if err != nil {
		return nil, fmt.Errorf("-html folder %s: %w", htmlDir, err)
	}
	s := &staticFiles{root: root}
	html, apps := resolvedPath(htmlDir), resolvedPath(appsDir)
	if within(apps, html) {
		s.appsPath = apps
	}
	return s, nil
}

// resolvedPath is the absolute path of p with symlinks resolved (as far as they resolve).
func resolvedPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		return resolved
	}
	return abs
}

// within reports whether path p is dir or lies below it.
func within(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}

func (s *staticFiles) Close() error { return s.root.Close() }

// serve answers a GET or HEAD for the file at rel (slash-separated, below the html folder).
func (s *staticFiles) serve(w http.ResponseWriter, r *http.Request, rt route) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		errorPage(w, r, http.StatusMethodNotAllowed)
		return
	}
	name := rt.Rel
	if name == "" {
		name = "."
	}
	st, err := s.root.Stat(name)
	if err != nil {
		errorPage(w, r, http.StatusNotFound)
		return
	}
	if st.IsDir() {
		if !rt.Dir {
			// A folder's pages link relative to it, so its URL must end in "/".
			target := r.URL.EscapedPath() + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
	} else if rt.Dir {
		errorPage(w, r, http.StatusNotFound) // "/file.txt/" names no folder
		return
	}
	s.serveFile(w, r, name)
}

func (s *staticFiles) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	if ext := strings.ToLower(path.Ext(name)); ext == ".py" || ext == ".pyc" || s.insideApps(name) {
		errorPage(w, r, http.StatusNotFound) // app source is never sent, wherever the folders are
		return
	}
	f, err := s.root.Open(name)
	if err != nil {
		errorPage(w, r, http.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		errorPage(w, r, http.StatusNotFound)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("ETag", fmt.Sprintf(`"%x-%x"`, st.ModTime().UnixNano(), st.Size()))
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// insideApps reports whether the html-relative name lies in the apps folder (when the apps
// folder is below the html folder).
func (s *staticFiles) insideApps(name string) bool {
	if s.appsPath == "" {
		return false
	}
	return within(resolvedPath(filepath.Join(s.root.Name(), filepath.FromSlash(name))), s.appsPath)
}
