package host

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMapPath(t *testing.T) {
	tests := []struct {
		in   string
		want route
	}{
		{"/", route{Kind: routeStatic, Rel: "", Dir: true}},
		{"/index.html", route{Kind: routeStatic, Rel: "index.html"}},
		{"/a/b/", route{Kind: routeStatic, Rel: "a/b", Dir: true}},
		{"/a%20b.txt", route{Kind: routeStatic, Rel: "a b.txt"}},
		{"/hello.py", route{Kind: routeApp, Rel: "hello.py", ScriptName: "/hello.py"}},
		{"/hello.py/", route{Kind: routeApp, Rel: "hello.py", ScriptName: "/hello.py", PathInfo: "/"}},
		{"/hello.py/more/path", route{Kind: routeApp, Rel: "hello.py", ScriptName: "/hello.py", PathInfo: "/more/path"}},
		{"/shop/cart.py", route{Kind: routeApp, Rel: "shop/cart.py", ScriptName: "/shop/cart.py"}},
		{"/shop/cart.py/x%2Fy/%E4%B8%AD", route{Kind: routeApp, Rel: "shop/cart.py", ScriptName: "/shop/cart.py", PathInfo: "/x/y/\xe4\xb8\xad"}},
		{"/hello.py/../../etc", route{Kind: routeApp, Rel: "hello.py", ScriptName: "/hello.py", PathInfo: "/../../etc"}},
		{"/a.py/b.py", route{Kind: routeApp, Rel: "a.py", ScriptName: "/a.py", PathInfo: "/b.py"}},
		{"/hello%2Epy", route{Kind: routeApp, Rel: "hello.py", ScriptName: "/hello.py"}},
		{"/../x", route{Kind: routeNotFound}},
		{"/.py", route{Kind: routeNotFound}},
		{"/a/./b", route{Kind: routeNotFound}},
		{"/a//b", route{Kind: routeNotFound}},
		{"/a%2Fb", route{Kind: routeNotFound}},
		{"/a%5Cb", route{Kind: routeNotFound}},
		{"/a%00", route{Kind: routeNotFound}},
		{"/.git/HEAD", route{Kind: routeNotFound}},
		{"/dir/..%2F..%2Fhello.py", route{Kind: routeNotFound}},
		{"/%zz", route{Kind: routeBadRequest}},
		{"/hello.py/%zz", route{Kind: routeBadRequest}},
		{"relative", route{Kind: routeBadRequest}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, mapPath(tt.in))
		})
	}
}

// FuzzMapPath checks that whatever the client sends, a path that leads to a file stays inside
// its folder and names no hidden file.
func FuzzMapPath(f *testing.F) {
	for _, seed := range []string{"/", "/a/b.py/c", "/../x", "/%2e%2e/x", "/a%2fb.py", "/.x", "/x.py/../..", "/\\..\\", "/%00.py"} {
		f.Add(seed)
	}
	root := filepath.FromSlash("/srv/site")
	f.Fuzz(func(t *testing.T, in string) {
		rt := mapPath(in)
		if rt.Kind != routeStatic && rt.Kind != routeApp {
			return
		}
		if rt.Rel != "" {
			for _, seg := range strings.Split(rt.Rel, "/") {
				if !plainName(seg) {
					t.Fatalf("%q: segment %q of %q is not a plain name", in, seg, rt.Rel)
				}
			}
		}
		joined := filepath.Join(root, filepath.FromSlash(rt.Rel))
		if !within(joined, root) {
			t.Fatalf("%q leads outside the folder: %s", in, joined)
		}
		if rt.Kind == routeApp && (!strings.HasSuffix(rt.Rel, ".py") || rt.ScriptName != "/"+rt.Rel) {
			t.Fatalf("%q: app route %+v", in, rt)
		}
	})
}
