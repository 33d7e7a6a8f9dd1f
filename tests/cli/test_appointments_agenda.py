"""`onestop-admin appointments add` and `agenda`: the number printed, clashes named on stderr without refusing,
tab-separated lines by case number, the place withheld for 주소 비공개, and the day sheet as a PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from onestop_desktop.domain.casework import ClientForm, IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType

from ..conftest import ADMIN_PASSPHRASE
from .conftest import Installation

D0 = date.today() + timedelta(days=1)
D14, D15 = D0 + timedelta(days=14), D0 + timedelta(days=15)


def _case(installed: Installation, *, private: bool = False) -> str:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        case_id = session.intake.create(IntakeForm(name="방문대상", crime_types={CrimeType.STALKING}))
        if private:
            session.cases.update_client(case_id, ClientForm(name="방문대상", address_road="비밀로 1",
                                                            address_private=True))  # fmt: skip
        return session.cases.open(case_id).case.case_number
    finally:
        session.logout()


def test_a_weekly_series_a_clash_and_the_agenda(installed: Installation, tmp_path: Path) -> None:
    case = _case(installed)
    added = installed.admin("appointments", "add", case, "--start", f"{D0} 10:00", "--minutes", "60", "--kind", "방문",
                            "--place", "자택", "--weekly", "10")  # fmt: skip
    assert (added.code, added.err) == (0, "") and len(added.out.strip()) > 8
    clash = installed.admin("appointments", "add", case, "--start", f"{D14} 10:30", "--minutes", "30", "--kind", "전화")
    assert clash.code == 0 and clash.err.startswith("Clash for admin") and clash.err.count("\n") == 1
    day14 = installed.admin("agenda", "--date", str(D14), "--days", "1")
    assert day14.code == 0
    assert day14.out.splitlines() == [
        f"{D14} 10:00-11:00\t{case}\t방문\t자택\tadmin",
        f"{D14} 10:30-11:00\t{case}\t전화\t\tadmin",
    ]
    assert installed.admin("agenda", "--date", str(D15)).out == ""
    assert len(installed.admin("agenda", "--date", str(D0), "--days", "70").out.splitlines()) == 11
    sheet = installed.admin("agenda", "--date", str(D14), "--out", str(tmp_path / "day.pdf"))
    assert sheet.code == 0 and (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")
    again = installed.admin("agenda", "--date", str(D14), "--out", str(tmp_path / "day.pdf"))
    assert again.code != 0 and again.one_error_line()


def test_the_place_of_a_private_address_is_never_printed(installed: Installation) -> None:
    case = _case(installed, private=True)
    added = installed.admin("appointments", "add", case, "--start", f"{D0} 09:00", "--minutes", "30", "--kind", "상담",
                            "--place", "은신처 근처 카페")  # fmt: skip
    assert added.code == 0
    line = installed.admin("agenda", "--date", str(D0)).out
    assert "은신처" not in line and "비공개" in line


def test_bad_input_is_one_line_and_a_non_zero_exit(installed: Installation) -> None:
    case = _case(installed)
    for argv in (
        ("appointments", "add", case, "--start", "tomorrow", "--minutes", "30", "--kind", "상담"),
        ("appointments", "add", case, "--start", f"{D0} 09:00", "--minutes", "30", "--kind", "회의"),
        ("appointments", "add", "D9-2026-99999", "--start", f"{D0} 09:00", "--minutes", "30", "--kind", "상담"),
        (
            "appointments",
            "add",
            case,
            "--start",
            f"{D0} 09:00",
            "--minutes",
            "30",
            "--kind",
            "상담",
            "--staff",
            "nobody",
        ),
        ("agenda", "--date", "2026-02-30"),
        ("agenda", "--for", "nobody"),
    ):
        refused = installed.admin(*argv)
        assert refused.code != 0 and refused.one_error_line(), argv
