"""Packets and batches: page numbering per document, progress and cancel, fonts, metadata, no files."""

from __future__ import annotations

import builtins
import io
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from onestop_desktop import __version__
from onestop_desktop.domain.referrals import Urgency
from onestop_desktop.domain.taxonomy import (
    COUNSELING_MODE_LABELS,
    CRIME_TYPE_LABELS,
    GENDER_LABELS,
    POLICE_REPORT_LABELS,
    RISK_LEVEL_LABELS,
    SERVICE_DOMAIN_LABELS,
    SERVICE_STATUS_LABELS,
)
from onestop_desktop.export import (
    Cancelled,
    FontMissing,
    labels,
    render_batch,
    render_consent_form,
    render_packet,
    render_referral_letter,
)
from onestop_desktop.export import fonts as export_fonts
from onestop_desktop.resources import translation

from . import factories as f
from .pdfcheck import fonts, metadata, page_numbers, page_texts, reader, text

PACKET_PAGES = 6  # cover 1, letter 2, consent copy 2, summary 1


def three_packets() -> list[Any]:
    return [
        f.packet(),
        f.packet(f.letter(the_client=f.minor_client(), urgency=Urgency.IMMEDIATE)),
        f.packet(f.letter(f.WITHHELD_ITEMS, the_agency=f.agency(name=f.LONG_AGENCY), number="D1-연계-2026-00099")),
    ]


def test_packet_parts_and_page_numbers() -> None:
    pdf = render_packet(f.packet())
    assert pdf.pages == PACKET_PAGES == len(reader(pdf).pages)
    assert page_numbers(pdf) == [(n, PACKET_PAGES) for n in range(1, PACKET_PAGES + 1)]
    pages = page_texts(pdf)
    cover = pages[0]
    assert "연계 의뢰 문서 송부" in cover and "서울동부스마일센터" in cover and "D1-연계-2026-00012" in cover
    assert "1. 표지 (1쪽)" in cover and "2. 연계 의뢰서 (2쪽)" in cover and "4. 사례 요약 (1쪽)" in cover
    assert f"총 {PACKET_PAGES}쪽" in cover and "취급 주의" in cover
    assert "홍길동" not in cover  # the cover travels on top: no client name
    assert "연계 의뢰서" in pages[1]
    assert "사본" in pages[3] and "개인정보 수집·이용 및 제공 동의서" in pages[3]
    summary = pages[-1]
    assert "사례 요약" in summary and "2026. 10. 2." in summary and "화상" in summary and "5회" in summary
    for page in pages:
        assert "대외비" in page and "목적 외 사용 금지" in page
        assert "수신: 서울동부스마일센터" in page
        assert "출력: 김상담, 2026. 11. 26. 14:05, 사유: 연계 기관 발송" in page


def test_summary_never_prints_withheld_items() -> None:
    pdf = render_packet(f.packet(f.letter(f.WITHHELD_ITEMS)))
    body = text(pdf)
    for secret in ("올림픽로", "010-2345-6789", "송파경찰서", "위험 높음", "1,234,000원"):
        assert secret not in body


def test_batch_numbers_each_packet_on_its_own_and_reports_progress() -> None:
    packets = three_packets()
    singles = [render_packet(p).pages for p in packets]
    calls: list[tuple[int, int]] = []
    pdf = render_batch(packets, progress=lambda done, total: calls.append((done, total)) is None)
    assert pdf.pages == sum(singles) == len(reader(pdf).pages)
    expected = [(n, total) for total in singles for n in range(1, total + 1)]
    assert page_numbers(pdf) == expected
    assert calls == [(1, 3), (2, 3), (3, 3)]
    pages = page_texts(pdf)
    assert "D1-연계-2026-00099" in pages[singles[0] + singles[1]]  # the third packet starts with its cover
    recipients = [p for p in pages if "한국가정법률상담소" in p]
    assert len(recipients) == singles[2]  # the long agency heads every page of its own packet


def test_batch_can_be_cancelled() -> None:
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 2

    with pytest.raises(Cancelled):
        render_batch(three_packets(), progress)
    assert calls == [1, 2]


def test_batch_needs_a_packet() -> None:
    with pytest.raises(ValueError):
        render_batch([])


def test_batch_embeds_each_font_once() -> None:
    one = len(fonts(render_packet(f.packet())))
    many = fonts(render_batch(three_packets()))
    assert len(many) <= one + 2  # a new 256-glyph subset at most per face, not a copy per packet


def all_renders() -> dict[str, bytes]:
    return {
        "letter": render_referral_letter(f.letter(rrn=f.RRN)),
        "blank form": render_consent_form(f.consent_form(client_name=None, birth=None, recipients=())),
        "filled form": render_consent_form(
            f.consent_form(minor=True, guardian_is_suspect=True), production=f.PRODUCTION
        ),
        "packet": render_packet(f.packet()),
        "batch": render_batch(three_packets()),
    }


def test_every_font_is_an_embedded_nanum_subset() -> None:
    for name, pdf in all_renders().items():
        found = fonts(pdf)
        assert found, name
        for base, font in found.items():
            assert "+Nanum" in base, (name, base)  # a subset tag, never a base-14 font
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, (name, base)
            assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000


def test_metadata_holds_no_personal_data() -> None:
    personal = ["홍길동", "김민지", "이서준", "1990", "010", "올림픽로", f.RRN, "D1-2026-00042", "D1-연계",
                "서울동부스마일센터", "김상담"]  # fmt: skip
    for name, pdf in all_renders().items():
        info = metadata(pdf)
        assert info.get("/Producer") == f"OneStop Desktop {__version__}", name
        assert info.get("/Creator") == f"OneStop Desktop {__version__}", name
        assert info.get("/Author") == f.CENTER, name
        assert info.get("/Title"), name
        values = " ".join(v for k, v in info.items() if k not in ("/CreationDate", "/ModDate"))
        for item in personal:
            assert item not in values, (name, item)


def test_pdfs_pass_poppler_and_qpdf(tmp_path: Path) -> None:
    tools = [shutil.which(t) for t in ("pdffonts", "qpdf")]
    if None in tools:
        pytest.skip("poppler-utils and qpdf are not installed")
    for name, pdf in all_renders().items():
        path = tmp_path / "doc.pdf"
        path.write_bytes(pdf)
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, (name, check.stdout, check.stderr)
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows, name
        for row in rows:
            emb = row.split()[-5]
            assert emb == "yes", (name, row)


def test_rendering_writes_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    render_packet(f.packet())  # fonts loaded, caches warm
    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"export opened {file!r} for writing")
        return real_open(file, mode, *args, **kwargs)

    def no_temp(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("export made a temporary file")

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temp)
    assert render_batch(three_packets()).startswith(b"%PDF-")


def test_missing_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(export_fonts, "_registered", False)
    monkeypatch.setattr(export_fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(FontMissing) as raised:
        render_referral_letter(f.letter())
    assert "NanumGothic.ttf" in str(raised.value)


def test_broken_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "NanumGothic.ttf").write_bytes(b"not a font")
    monkeypatch.setattr(export_fonts, "_registered", False)
    monkeypatch.setattr(export_fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(FontMissing):
        render_referral_letter(f.letter())


def _ts(context: str) -> dict[str, str]:
    root = ET.parse(translation("onestop_ko.ts")).getroot()
    found: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        (CRIME_TYPE_LABELS, labels.CRIME_TYPE),
        (SERVICE_DOMAIN_LABELS, labels.SERVICE_DOMAIN),
        (RISK_LEVEL_LABELS, labels.RISK_LEVEL),
        (GENDER_LABELS, labels.GENDER),
        (POLICE_REPORT_LABELS, labels.POLICE_REPORT),
        (SERVICE_STATUS_LABELS, labels.SERVICE_STATUS),
        (COUNSELING_MODE_LABELS, labels.COUNSELING_MODE),
    ],
)
def test_korean_labels_match_the_translation(english: dict[Any, str], korean: dict[Any, str]) -> None:
    ts = _ts("Taxonomy")
    assert set(korean) == set(english)
    for key, source in english.items():
        assert korean[key] == ts[source], (key, korean[key], ts[source])


def test_client_text_is_not_kept_in_caches() -> None:
    from onestop_desktop.export import clear_caches, flowables
    from onestop_desktop.export import text as wording

    render_packet(f.packet(f.letter(the_client=f.client(name="남궁민수"))))
    kept = " ".join(text for text, _ in wording._parsed)
    assert "남궁민수" not in kept and "올림픽로" not in kept and "010-2345-6789" not in kept
    clear_caches()
    assert not wording._parsed and not wording._fitted and not flowables.Stamp._cache
    assert "남궁민수" in text(render_packet(f.packet(f.letter(the_client=f.client(name="남궁민수")))))
