"""`onestop-admin cases list`: case numbers in the user's scope, by number, never names; `case_id` resolves a
visible number the same way for every command that takes one."""

from __future__ import annotations

import pytest

from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.errors import ErrorCode, OneStopError

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation


def _user(installed: Installation, name: str, role: str) -> None:
    added = installed.admin(
        "users", "add", name, "--name", name, "--role", role, stdin=f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    )
    assert added.code == 0, added
    assert installed.choose_own(name).code == 0


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_lists_every_case_by_number_without_names(installed: Installation) -> None:
    assert installed.admin("seed-demo", "--clients", "12", "--sessions-per-case", "1").code == 0
    listed = installed.admin("cases", "list")
    assert (listed.code, listed.err) == (0, "")
    rows = _rows(listed.out)
    assert len(rows) == 12 and all(len(r) == 3 for r in rows)
    numbers = [r[0] for r in rows]
    assert numbers == sorted(numbers)
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        names = {session.cases.open(session.cases.case_id(n)).client.name for n in numbers}
        active = [r.case_number for r in session.cases.numbers(frozenset({CaseStatus.ACTIVE}))]
    finally:
        session.logout()
    assert not any(name in listed.out for name in names)
    only_active = installed.admin("cases", "list", "--status", "진행")
    assert [r[0] for r in _rows(only_active.out)] == active
    assert {r[1] for r in _rows(only_active.out)} <= {"In progress"}
    korean = installed.admin("cases", "list", "--status", "진행 중", lang="ko")
    assert {r[1] for r in _rows(korean.out)} <= {"진행 중"}


def test_an_unknown_status_is_one_line(installed: Installation) -> None:
    refused = installed.admin("cases", "list", "--status", "finished")
    assert refused.code == 2 and "unknown status" in refused.one_error_line()


def test_an_outreach_worker_sees_only_assigned_cases(installed: Installation) -> None:
    assert installed.admin("seed-demo", "--clients", "6", "--sessions-per-case", "1").code == 0
    _user(installed, "field1", "outreach")
    admin = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        numbers = [r.case_number for r in admin.cases.numbers()]
        field1 = next(u for u in admin.cases.colleagues() if u.username == "field1")
        admin.cases.set_team(admin.cases.case_id(numbers[2]), {field1.id})
    finally:
        admin.logout()
    mine = installed.as_user("field1", OWN_PASSPHRASE, "cases", "list")
    assert [r[0] for r in _rows(mine.out)] == [numbers[2]]
    field = installed.vault().login("field1", OWN_PASSPHRASE)
    try:
        assert field.cases.case_id(numbers[2])
        with pytest.raises(OneStopError) as outside:  # told exactly like a number that does not exist
            field.cases.case_id(numbers[0])
        with pytest.raises(OneStopError) as missing:
            field.cases.case_id("D1-1999-99999")
    finally:
        field.logout()
    assert outside.value.code is missing.value.code is ErrorCode.CASE_NUMBER_UNKNOWN
