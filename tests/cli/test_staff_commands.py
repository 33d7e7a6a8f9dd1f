"""`referrals list|dispatch`, `packet --referral NUMBER`, `register list` and `audit review` from a terminal."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation

NUMBER = re.compile(r"^[A-Z0-9]+-연계-\d{4}-\d{5}$")


def _staff(installed: Installation) -> None:
    added = installed.admin(
        "users", "add", "staff1", "--name", "서무", "--role", "staff", stdin=f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    )
    assert added.code == 0, added
    assert installed.choose_own("staff1").code == 0


def _staff_run(installed: Installation, *argv: str):  # type: ignore[no-untyped-def]
    return installed.as_user("staff1", OWN_PASSPHRASE, *argv)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_staff_list_print_dispatch_and_the_register_names_them(installed: Installation, tmp_path: Path) -> None:
    assert installed.admin("seed-demo", "--clients", "40", "--sessions-per-case", "1").code == 0
    _staff(installed)
    listed = _staff_run(installed, "referrals", "list", "--status", "작성중")
    assert listed.code == 0, listed
    rows = [line.split("\t") for line in listed.out.splitlines()]
    assert rows and all(len(r) == 5 and NUMBER.match(r[0]) for r in rows)
    assert all(date.fromisoformat(r[4]) for r in rows)
    batch = _staff_run(installed, "packet", "--ready", "--out", str(tmp_path / "ready.pdf"))
    assert batch.code == 0, batch
    in_batch = sorted(set(re.findall(r"[A-Z0-9]+-연계-\d{4}-\d{5}", _pdf_text(tmp_path / "ready.pdf"))))
    assert len(in_batch) >= 2
    one = _staff_run(installed, "packet", "--referral", in_batch[0], "--out", str(tmp_path / "one.pdf"))
    assert one.code == 0, one
    assert in_batch[0] in _pdf_text(tmp_path / "one.pdf")
    sent = _staff_run(installed, "referrals", "dispatch", *in_batch[:2], "--by", "우편")
    assert sent.code == 0, sent
    assert [line.split("\t")[0] for line in sent.out.splitlines()] == in_batch[:2]
    now_sent = _staff_run(installed, "referrals", "list", "--status", "sent")
    assert set(in_batch[:2]) <= {line.split("\t")[0] for line in now_sent.out.splitlines()}
    again = _staff_run(installed, "referrals", "dispatch", in_batch[0], "--by", "팩스")
    assert again.code == 2 and in_batch[0] in again.one_error_line()
    register = installed.admin("register", "list", "--since", "2000-01-01")
    assert register.code == 0, register
    lines = [line.split("\t") for line in register.out.splitlines()]
    assert len(lines) >= len(in_batch) + 1 and all(len(line) == 7 for line in lines)
    assert {line[1] for line in lines} == {"staff1 (서무)"}
    assert {line[2] for line in lines} == {"Batch of packets", "Referral packet"}


def test_numbers_and_means_that_do_not_exist_are_one_line(installed: Installation, tmp_path: Path) -> None:
    _staff(installed)
    unknown = _staff_run(installed, "packet", "--referral", "D1-연계-1999-99999", "--out", str(tmp_path / "x.pdf"))
    assert unknown.code == 2 and "D1-연계-1999-99999" in unknown.one_error_line()
    means = _staff_run(installed, "referrals", "dispatch", "D1-연계-1999-99999", "--by", "비둘기")
    assert means.code == 2 and "unknown means" in means.one_error_line()
    case = _staff_run(installed, "referrals", "list", "--case", "D1-1999-99999")
    assert case.code == 2 and "D1-1999-99999" in case.one_error_line()
    denied = _staff_run(installed, "register", "list", "--since", "2000-01-01")
    assert denied.code == 3


def test_the_monthly_review_is_recorded_and_in_the_audit_export(installed: Installation) -> None:
    month = date.today().strftime("%Y-%m")
    done = installed.admin("audit", "review", "--month", month, "--note", "월간 점검: 이상 없음")
    assert done.code == 0, done
    assert month in done.out
    exported = installed.admin("audit", "export", "--since", "2000-01-01")
    assert f"access-log review {month}" in exported.out and ",review," in exported.out
    bad = installed.admin("audit", "review", "--month", "11-2026", "--note", "x")
    assert bad.code == 2 and "11-2026" in bad.one_error_line()


def test_contact_details_from_the_command_line(installed: Installation) -> None:
    done = installed.admin("contacts", "center", "--phone", "02-555-0100", "--email", "onestop@example.kr")
    assert done.code == 0, done
    shown = dict(line.split("\t") for line in done.out.splitlines())
    assert shown["center_phone"] == "02-555-0100" and shown["center_email"] == "onestop@example.kr"
    mine = installed.admin("contacts", "mine", "--phone", "01022223333")
    assert dict(line.split("\t") for line in mine.out.splitlines())["my_phone"] == "010-2222-3333"
    kept = installed.admin("contacts", "show")
    assert dict(line.split("\t") for line in kept.out.splitlines())["center_phone"] == "02-555-0100"
    bad = installed.admin("contacts", "center", "--fax", "12")
    assert bad.code == 2 and bad.err_lines
    _staff(installed)
    denied = _staff_run(installed, "contacts", "center", "--phone", "02-555-0100")
    assert denied.code == 3
