"""`onestop-admin deadlines` and `safety-card`: tab-separated lines soonest first with the kind in Korean, the
--within and --on edges, one-line refusals, and a discreet card through the output checks and the register."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.legal_deadlines import Unit, period_end
from onestop_desktop.domain.safety import MeasureKind
from onestop_desktop.domain.taxonomy import CrimeType

from ..conftest import ADMIN_PASSPHRASE
from ..export.pdfcheck import reader, text
from .conftest import Installation

ON = date(2026, 12, 7)


def _cases(installed: Installation) -> tuple[str, str]:
    """A case whose 구조금 deadline falls 20 days after ON, and one with a smartwatch ending 5 days after ON."""
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        incident = ON + timedelta(days=20)
        incident = incident.replace(year=incident.year - 3)
        first = session.intake.create(
            IntakeForm(name="기한확인", crime_types={CrimeType.LIFE_BODY}, incident_date=incident.isoformat())
        )
        second = session.intake.create(IntakeForm(name="시계확인", crime_types={CrimeType.STALKING}))
        session.safety.save_measure(second, MeasureKind.SMARTWATCH, "2026-06-12", (ON + timedelta(days=5)).isoformat())
        numbers = [session.cases.open(c).case.case_number for c in (first, second)]
    finally:
        session.logout()
    return numbers[0], numbers[1]


def test_deadlines_are_listed_soonest_first_within_the_days_asked(installed: Installation) -> None:
    relief_case, watch_case = _cases(installed)
    listed = installed.admin("deadlines", "--within", "30", "--on", ON.isoformat())
    assert (listed.code, listed.err) == (0, "")
    rows = [line.split("\t") for line in listed.out.splitlines()]
    due = (ON + timedelta(days=20)).isoformat()
    assert rows[0] == [(ON + timedelta(days=5)).isoformat(), watch_case, "스마트워치 반납/연장 검토"]
    assert [due, relief_case, "구조금 신청 기한"] in rows and [due, relief_case, "손해배상 청구 기한"] in rows
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert "기한확인" not in listed.out and "시계확인" not in listed.out
    within_ten = installed.admin("deadlines", "--within", "10", "--on", ON.isoformat())
    assert "구조금" not in within_ten.out and watch_case in within_ten.out
    edge = installed.admin("deadlines", "--within", "20", "--on", ON.isoformat())
    assert "구조금" in edge.out  # the last day counts
    everything = installed.admin("deadlines", "--on", ON.isoformat())
    ten_years = period_end(date.fromisoformat(due).replace(year=ON.year - 3), 10, Unit.YEARS)
    assert ten_years.isoformat() not in everything.out  # the 3-year limb comes first
    assert installed.admin("deadlines", "--on", "2026-13-01").code != 0


def test_the_safety_card_is_small_and_gives_nothing_away(installed: Installation, tmp_path: Path) -> None:
    relief_case, _ = _cases(installed)
    target = tmp_path / "card.pdf"
    made = installed.admin("safety-card", relief_case, "--out", str(target), "--purpose", "내담자 전달")
    assert made.code == 0, made
    pdf = target.read_bytes()
    page = reader(pdf).pages[0]
    assert float(page.mediabox.width) <= 300 and float(page.mediabox.height) <= 425
    body = text(pdf)
    assert "112" in body and "1366" in body
    assert not [w for w in ("피해", "범죄", "폭력", "센터", "기한확인") if w in body]
    again = installed.admin("safety-card", relief_case, "--out", str(target))
    assert again.code != 0 and len(again.err.strip().splitlines()) == 1  # no overwrite without --force
    unknown = installed.admin("safety-card", "D1-2026-99999", "--out", str(tmp_path / "x.pdf"))
    assert unknown.code != 0 and len(unknown.err.strip().splitlines()) == 1
