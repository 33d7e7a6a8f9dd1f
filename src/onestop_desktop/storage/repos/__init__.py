"""One module per aggregate; functions take a connection (reads) or a WriteTx (writes)."""

from . import devices, settings, users

__all__ = ["devices", "settings", "users"]
