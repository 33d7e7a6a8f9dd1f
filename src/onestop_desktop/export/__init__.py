"""PDF documents drawn from domain objects: referral letter, consent form, packet, batch.

Everything renders to bytes in memory; the service that asked writes them through the
atomic writer (or hands them to the print dialog). Only `onestop_desktop.domain`,
`onestop_desktop.resources` and reportlab are used here.

Errors: `FontMissing` (a bundled font file is absent or broken), `Cancelled` (the batch
progress callback returned False); both derive from `ExportError`.
"""

from __future__ import annotations

from . import labels
from .errors import Cancelled, ExportError, FontMissing
from .fonts import ensure_fonts
from .layout import CONFIDENTIAL_MARK, PRODUCER, PdfBytes, clear_caches
from .render import render_batch, render_consent_form, render_packet, render_referral_letter

__all__ = [
    "CONFIDENTIAL_MARK",
    "PRODUCER",
    "Cancelled",
    "ExportError",
    "FontMissing",
    "PdfBytes",
    "clear_caches",
    "ensure_fonts",
    "labels",
    "render_batch",
    "render_consent_form",
    "render_packet",
    "render_referral_letter",
]
