"""Type sizes, colours and paragraph styles shared by every template.

The consent form's highlighted items (민감정보, 보유·이용 기간, 제공받는 자 and 이용 목적) must
be at least 9 pt and at least 20 % larger than the other text, and bold or coloured
(시행령 제17조③, PIPC 고시 제4조): HIGHLIGHT_SIZE / BODY_SIZE and MAX_PLAIN_SIZE say so, and
tests/export reads the sizes back out of the rendered PDF.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, REGULAR

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm  # below the confidentiality band
MARGIN_BOTTOM = 24 * mm  # above the footer
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

BODY_SIZE = 9.5
HIGHLIGHT_SIZE = 12.0
MAX_PLAIN_SIZE = 10.0  # no text on the consent form but the title is larger than this, except highlights
LABEL_SIZE = 9.0
SMALL_SIZE = 8.5
MARK_SIZE = 7.5
TITLE_SIZE = 17.0

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#4A4F57")
GRID = colors.HexColor("#8A9099")
FRAME = colors.HexColor("#30343A")
LABEL_BG = colors.HexColor("#ECEFF4")
HEAD_BG = colors.HexColor("#DDE3EC")
HIGHLIGHT = colors.HexColor("#0B3D91")  # dark blue
ALERT = colors.HexColor("#A4161A")  # dark red
BAND_BG = colors.HexColor("#F7E8E8")
NOTE_BG = colors.HexColor("#F6F7F9")


# WRAPPING: Korean text breaks between words (어절), as Korean word processors do by default;
# a word too long for its cell (a 12-syllable foreign name, an agency name without spaces, an
# e-mail address) is split between characters (splitLongWords). reportlab's wordWrap="CJK"
# breaks after any syllable and cuts phone numbers and dates in narrow cells ("010-9876-543|2").


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None, align: int = TA_LEFT,
           color: colors.Color = INK, space_before: float = 0, space_after: float = 0, left_indent: float = 0,
           first_indent: float = 0, keep_with_next: bool = False) -> ParagraphStyle:  # fmt: skip
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.42, 1),
        alignment=align,
        textColor=color,
        spaceBefore=space_before,
        spaceAfter=space_after,
        leftIndent=left_indent,
        firstLineIndent=first_indent,
        wordWrap=None,  # break between 어절 (words) as Korean forms do; see WRAPPING below
        splitLongWords=1,
        bulletFontName=REGULAR,
        bulletFontSize=size,
        allowWidows=0,
        allowOrphans=0,
        keepWithNext=int(keep_with_next),
    )


BODY = _style("body", BODY_SIZE)
BODY_CENTER = _style("body-center", BODY_SIZE, align=TA_CENTER)
BODY_RIGHT = _style("body-right", BODY_SIZE, align=TA_RIGHT)
BODY_BOLD = _style("body-bold", BODY_SIZE, bold=True)
BODY_BOLD_CENTER = _style("body-bold-center", BODY_SIZE, bold=True, align=TA_CENTER)
LABEL = _style("label", LABEL_SIZE, bold=True)
LABEL_CENTER = _style("label-center", LABEL_SIZE, bold=True, align=TA_CENTER)
VALUE = _style("value", BODY_SIZE)
VALUE_CENTER = _style("value-center", BODY_SIZE, align=TA_CENTER)
WITHHELD = _style("withheld", SMALL_SIZE, color=MUTED)
SMALL = _style("small", SMALL_SIZE, color=INK)
NOTICE = _style("notice", SMALL_SIZE, left_indent=10, first_indent=-10)
TITLE = _style("title", TITLE_SIZE, bold=True, align=TA_CENTER, leading=TITLE_SIZE * 1.3)
SUBTITLE = _style("subtitle", BODY_SIZE, align=TA_CENTER, color=MUTED)
SECTION = _style("section", MAX_PLAIN_SIZE, bold=True, leading=14, space_before=7, space_after=3, keep_with_next=True)
HIGHLIGHTED = _style("highlight", HIGHLIGHT_SIZE, bold=True, color=HIGHLIGHT, leading=HIGHLIGHT_SIZE * 1.3)
HIGHLIGHTED_CENTER = _style("highlight-center", HIGHLIGHT_SIZE, bold=True, color=HIGHLIGHT,
                            leading=HIGHLIGHT_SIZE * 1.3, align=TA_CENTER)  # fmt: skip
ALERT_TEXT = _style("alert", BODY_SIZE, bold=True, color=ALERT)
ALERT_NOTE = _style("alert-note", SMALL_SIZE + 0.5, bold=True, color=ALERT)
BOX_LINE = _style("boxes", MAX_PLAIN_SIZE, bold=True, leading=14)
BODY_HL_LEADING = _style("body-hl", BODY_SIZE, leading=HIGHLIGHT_SIZE * 1.3)  # mixes body text and highlights
NOTICE_BOLD = _style("notice-bold", SMALL_SIZE, bold=True, left_indent=10, first_indent=-10)
SIGN_HINT = _style("sign-hint", SMALL_SIZE, color=MUTED, align=TA_RIGHT)
ADDRESSEE = _style("addressee", MAX_PLAIN_SIZE, bold=True, align=TA_RIGHT)
COVER_NAME = _style("cover-name", 13, bold=True, leading=17)
COVER_NOTICE = _style("cover-notice", BODY_SIZE, leading=15)
COPY_NOTE = _style("copy-note", SMALL_SIZE, color=MUTED, align=TA_RIGHT, space_after=2)


def css(color: colors.Color) -> str:
    """`#0b3d91`, for `<font color=…>` in paragraph markup."""
    return "#" + str(color.hexval())[2:]
