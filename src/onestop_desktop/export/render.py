"""The four entry points: domain objects in, PDF bytes out. Nothing is written to disk.

Metadata carries no personal data: a fixed title, the center's name as author, and
"OneStop Desktop <version>" as creator and producer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reportlab.platypus import Flowable

from onestop_desktop.domain.documents import ConsentFormData, Packet, Production, ReferralLetter

from . import consent_form, referral_letter
from . import packet as packet_parts
from .errors import Cancelled
from .flowables import Call, Lazy
from .fonts import ensure_fonts
from .page import PdfBytes, build

SUBJECT = "범죄피해자 지원 연계"
LETTER_TITLE = "연계 의뢰서"
CONSENT_TITLE = consent_form.TITLE
PACKET_TITLE = "연계 의뢰 문서"
BATCH_TITLE = "연계 의뢰 문서 일괄 출력"


def render_referral_letter(letter: ReferralLetter) -> PdfBytes:
    """연계 의뢰서 (the letter that goes with a referral), showing only what `letter.disclosure` holds."""
    ensure_fonts()
    return build(referral_letter.story(letter), referral_letter.context(letter), title=LETTER_TITLE,
                 author=letter.sender.center_name, subject=SUBJECT)  # fmt: skip


def render_consent_form(data: ConsentFormData, *, production: Production | None = None) -> PdfBytes:
    """개인정보 수집·이용 및 제공 동의서 (the consent form, a section per purpose); blank without `data.client_name`.

    Without `production` the footer has no 출력 line and the bytes are reproducible (fixed
    creation date and file id), so their sha256 can serve as the consent's form version.
    """
    ensure_fonts()
    year = production.produced_at.year if production is not None else None
    return build(consent_form.story(data, year=year), consent_form.context(data, production), title=CONSENT_TITLE,
                 author=data.center_name, invariant=production is None)  # fmt: skip


def render_packet(packet: Packet) -> PdfBytes:
    """Cover sheet, letter, consent form copy and case summary, numbered `쪽 x / y` as one document."""
    ensure_fonts()
    story = packet_parts.story(packet, 0, first=True)
    return build(story, packet_parts.contexts(packet, 0)[packet_parts.COVER], title=PACKET_TITLE,
                 author=packet.letter.sender.center_name, subject=SUBJECT)  # fmt: skip


def render_batch(packets: Iterable[Packet], progress: Callable[[int, int], bool] | None = None) -> PdfBytes:
    """Every packet in one PDF (fonts embedded once); each packet numbers its own pages.

    `progress(done, total)` is called after each packet is laid out; returning False stops
    the work and raises `Cancelled`. Raises ValueError when there is no packet.
    """
    ensure_fonts()
    items = list(packets)
    if not items:
        raise ValueError("no packets to render")
    total = len(items)

    def expand(index: int, packet: Packet) -> Callable[[], list[Flowable]]:
        def parts() -> list[Flowable]:
            return [*packet_parts.story(packet, index, first=index == 0), Call(lambda: _report(index + 1))]

        return parts

    def _report(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled(f"cancelled after {done} of {total} packets")

    story: list[Flowable] = [Lazy(expand(i, p)) for i, p in enumerate(items)]
    first = packet_parts.contexts(items[0], 0)[packet_parts.COVER]
    return build(story, first, title=f"{BATCH_TITLE} ({total}건)", author=items[0].letter.sender.center_name,
                 subject=SUBJECT)  # fmt: skip
