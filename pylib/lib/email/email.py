"""A package for parsing, handling, and generating email messages (gowsgi: email.utils only)."""

__path__ = []
__all__ = ["utils"]
