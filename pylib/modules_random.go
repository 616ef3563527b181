package pylib

// The randomness modules (pylib/lib): random, secrets and uuid.
import (
	_ "gowsgi/pylib/lib/random"
	_ "gowsgi/pylib/lib/secrets"
	_ "gowsgi/pylib/lib/uuid"
)
