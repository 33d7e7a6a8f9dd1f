"""`onestop-admin takedown add | list | export`: addresses masked unless --show-urls (audited), refusals in one
line that never quote an address, the export formula-free with the addresses in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType

from ..conftest import ADMIN_PASSPHRASE
from .conftest import Installation

TODAY = date.today().isoformat()
URL = "https://video.example.invalid/watch/zq81x7"


def _case_number(installed: Installation) -> str:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        form = IntakeForm(name="김삭제", birth_date="2001-05-06", crime_types={CrimeType.DIGITAL_SEX})
        return session.cases.open(session.intake.create(form)).case.case_number
    finally:
        session.logout()


def test_add_list_masked_and_shown_on_request(installed: Installation) -> None:
    number = _case_number(installed)
    added = installed.admin("takedown", "add", number, "--platform", "동영상사이트", "--url", URL, "--kind", "영상",
                            "--found", TODAY)  # fmt: skip
    assert (added.code, added.err) == (0, ""), added
    assert "zq81x7" not in added.out
    second = installed.admin("takedown", "add", number, "--platform", "게시판", "--description", "비공개 단체방",
                             "--kind", "협박 메시지", "--found", TODAY, "--found-by", "내담자")  # fmt: skip
    assert second.code == 0, second
    listed = installed.admin("takedown", "list", number)
    rows = [line.split("\t") for line in listed.out.splitlines()]
    assert len(rows) == 2 and all(len(r) == 6 and r[0] == number for r in rows)
    assert "zq81x7" not in listed.out and "https://video.example.invalid/…" in listed.out
    assert "비공개 단체방" in listed.out
    shown = installed.admin("takedown", "list", "--show-urls")
    assert URL in shown.out
    only_found = installed.admin("takedown", "list", number, "--status", "요청")
    assert (only_found.code, only_found.out) == (0, "")
    audit = installed.admin("audit", "export", "--since", "2000-01-01")
    assert audit.code == 0 and "takedown addresses shown" in audit.out and "zq81x7" not in audit.out


def test_refusals_are_one_line_and_never_quote_the_address(installed: Installation) -> None:
    number = _case_number(installed)
    bad = installed.admin("takedown", "add", number, "--platform", "p", "--url", "ftp://x.example.invalid/zq81x7",
                          "--kind", "영상", "--found", TODAY)  # fmt: skip
    line = bad.one_error_line()
    assert "zq81x7" not in line and "http" in line
    assert "unknown kind" in installed.admin("takedown", "add", number, "--platform", "p", "--url", URL, "--kind",
                                             "소리", "--found", TODAY).one_error_line()  # fmt: skip
    unknown = installed.admin("takedown", "list", "D9-2026-99999")
    assert "D9-2026-99999" in unknown.one_error_line()


def test_export_holds_the_addresses_and_no_formula(installed: Installation, tmp_path: Path) -> None:
    number = _case_number(installed)
    formula = '=HYPERLINK("https://x.example.invalid","열기")'
    for platform in ("동영상사이트", formula):
        assert installed.admin("takedown", "add", number, "--platform", platform, "--url", URL, "--kind", "사진",
                               "--found", TODAY).code == 0  # fmt: skip
    target = tmp_path / "t.xlsx"
    done = installed.admin("takedown", "export", number, "--out", str(target), "--purpose", "기관 발송")
    assert done.code == 0, done
    cells = [c for ws in openpyxl.load_workbook(target) for row in ws.iter_rows() for c in row if c.value is not None]
    assert not any(c.data_type == "f" for c in cells)
    assert sum(c.value == URL for c in cells) == 2
    again = installed.admin("takedown", "export", number, "--out", str(target))
    assert again.one_error_line() and again.code != 0
    inside = installed.admin("takedown", "export", number, "--out", str(installed.data_dir / "t.xlsx"))
    assert inside.code != 0
