// Standard modules completed by gowsgi.
package pylib

import _ "gowsgi/pylib/lib/math" // math: gcd, lcm, isqrt, comb, perm, prod, isclose, inf, nan, tau...
