"""The bundled NanumGothic TrueType fonts, registered with reportlab once per process.

reportlab embeds a TTFont as subsets of the glyphs actually used, so every PDF carries its
own fonts and never relies on the reader's substitution. Nothing here uses the base-14 fonts.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from onestop_desktop.resources import resource

from .errors import FontMissing

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}

_lock = threading.Lock()
_registered = False


def ensure_fonts() -> None:
    """Register both faces (and the family, so `<b>` in a paragraph picks the bold face).

    Raises FontMissing when a file is absent or not a usable TrueType font.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FontMissing(str(path), "file not found")
            try:
                font = TTFont(name, str(path))
            except (OSError, TTFError) as exc:
                raise FontMissing(str(path), str(exc) or type(exc).__name__) from exc
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True
