"""`onestop-admin retention due`, `destroy` and `destruction-log`: the exact lines scripts read, exit 2 with one line
for a case not due without --early or one already destroyed, and the schedule commands."""

from __future__ import annotations

from datetime import date

from ..conftest import ADMIN_PASSPHRASE
from ..retention_helpers import case_number, case_with_content
from .conftest import Installation


def _two_closed(installed: Installation) -> tuple[str, str]:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        old = case_with_content(session, "예전종결", "010-1212-3434", "메모", closed_on=date(2022, 5, 2))
        new = case_with_content(session, "최근종결", "010-1212-5656", "메모", closed_on=date(2026, 5, 2))
        case_with_content(session, "진행중", "010-1212-7878", "메모")
        return case_number(session, old), case_number(session, new)
    finally:
        session.logout()


def test_due_lists_tab_separated_lines_as_of_a_day(installed: Installation) -> None:
    old, new = _two_closed(installed)
    listed = installed.admin("retention", "due", "--on", "2026-12-07")
    assert listed.code == 0 and listed.out.splitlines() == [f"{old}\t2022-05-02\t2025-05-03"]
    later = installed.admin("retention", "due", "--on", "2030-01-01").out.splitlines()
    assert [line.split("\t")[0] for line in later] == [old, new]
    assert installed.admin("retention", "due", "--on", "2026-13-01").one_error_line().startswith("onestop-admin")


def test_destroy_needs_early_for_a_case_not_due_and_refuses_a_second_time(installed: Installation) -> None:
    old, new = _two_closed(installed)
    refused = installed.admin("destroy", new, "--reason", "본인 삭제 요구")
    assert refused.code == 2 and "--early" in refused.one_error_line()
    assert installed.admin("destroy", new, old, "--reason", "본인 삭제 요구").code == 2  # all or none
    assert installed.admin("destruction-log").out == ""
    done = installed.admin("destroy", new, old, "--reason", "본인 삭제 요구", "--early")
    assert done.code == 0 and len(done.out.splitlines()) == 2
    log = installed.admin("destruction-log").out.splitlines()
    assert sorted(line.split("\t")[0] for line in log) == sorted([old, new])
    assert all("예전종결" not in line and "최근종결" not in line for line in log)
    early = {line.split("\t")[0]: line.split("\t")[6] for line in log}
    assert early == {old: "", new: "early"}  # the old one was due: not an early destruction
    again = installed.admin("destroy", old, "--reason", "again", "--early")
    assert again.code == 2 and "already been destroyed" in again.one_error_line()
    stats = installed.admin("stats").out.splitlines()
    assert "cases: 1" in stats and "clients: 1" in stats


def test_the_schedule_is_shown_and_set_within_the_law(installed: Installation) -> None:
    assert installed.admin("retention", "schedule").out.splitlines()[0] == "case\t3\t(min 1)"
    assert installed.admin("retention", "set", "case", "5").code == 0
    assert installed.admin("retention", "schedule").out.splitlines()[0].startswith("case\t5")
    assert installed.admin("retention", "set", "access_log", "1").code == 2  # at least 2 years
    assert installed.admin("retention", "set", "consent", "4").code == 2  # consents go with their case
