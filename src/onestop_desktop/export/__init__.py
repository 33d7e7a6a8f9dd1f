"""Documents drawn from domain objects: referral letter, consent form, packet, batch (PDF), period report
(PDF and .xlsx), the 삭제지원 item list (.xlsx), the discreet safety card, the 열람 자료 (PDF and zip).

Everything renders to bytes in memory; the service that asked writes them through the
atomic writer (or hands them to the print dialog). Only `onestop_desktop.domain`,
`onestop_desktop.resources` and reportlab are used here.

Errors: `FontMissing` (a bundled font file is absent or broken), `Cancelled` (the batch
progress callback returned False); both derive from `ExportError`.
"""

from __future__ import annotations

from . import labels
from .access_record import render_access_archive, render_access_record
from .day_sheet import render_day_sheet
from .errors import Cancelled, ExportError, FontMissing
from .flowables import Stamp
from .fonts import ensure_fonts
from .page import CONFIDENTIAL_MARK, PRODUCER, PdfBytes
from .render import render_batch, render_consent_form, render_packet, render_referral_letter
from .report_pdf import render_activity_report
from .report_xlsx import activity_report_xlsx
from .safety_card import render_safety_card
from .takedown_xlsx import TakedownList, takedown_list_xlsx
from .text import clear_text_caches

__all__ = [
    "CONFIDENTIAL_MARK",
    "PRODUCER",
    "Cancelled",
    "ExportError",
    "FontMissing",
    "PdfBytes",
    "TakedownList",
    "activity_report_xlsx",
    "clear_caches",
    "ensure_fonts",
    "labels",
    "render_access_archive",
    "render_access_record",
    "render_activity_report",
    "render_batch",
    "render_consent_form",
    "render_day_sheet",
    "render_packet",
    "render_referral_letter",
    "render_safety_card",
    "takedown_list_xlsx",
]


def clear_caches() -> None:
    """Forget every laid-out block, parsed text and fitted line (when a session locks or logs out)."""
    clear_text_caches()
    Stamp.clear_cache()
