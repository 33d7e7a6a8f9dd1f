"""What the document templates raise; the services turn these into messages."""

from __future__ import annotations


class ExportError(Exception):
    """Base class: a document could not be rendered."""


class FontMissing(ExportError):
    """A bundled Korean font file is missing or unreadable (the installation is incomplete)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Korean font not available: {path} ({reason})")
        self.path = path
        self.reason = reason


class Cancelled(ExportError):
    """The progress callback asked to stop; nothing was produced."""
