"""`onestop-admin clients duplicates | merge`: likely pairs by case number (never names), merging the client of the
second case into the first, exit 2 with one line when they are one client already; administrators only."""

from __future__ import annotations

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation


def _two_of_one_person(installed: Installation) -> tuple[str, str]:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        form = IntakeForm(name="홍길동", birth_date="1990-03-15", crime_types={CrimeType.STALKING})
        cases = [session.intake.create(form), session.intake.create(form)]
        other = IntakeForm(name="김다른", birth_date="1970-01-01", crime_types={CrimeType.OTHER})
        session.intake.create(other)
        numbers = [session.cases.open(c).case.case_number for c in cases]
    finally:
        session.logout()
    return numbers[0], numbers[1]


def _stat(installed: Installation, name: str) -> int:
    out = installed.admin("stats").out
    return int(next(line.split(":")[1] for line in out.splitlines() if line.split(":")[0].strip() == name))


def test_duplicates_then_merge_then_refuse_the_same_merge(installed: Installation) -> None:
    first, second = _two_of_one_person(installed)
    listed = installed.admin("clients", "duplicates")
    assert (listed.code, listed.err) == (0, "")
    assert listed.out.splitlines() == [f"{first}\t{second}\tsame name and birth date"]
    assert "홍길동" not in listed.out
    korean = installed.admin("clients", "duplicates", lang="ko")
    assert korean.out.splitlines() == [f"{first}\t{second}\t같은 이름·생년월일"]
    assert (_stat(installed, "clients"), _stat(installed, "cases")) == (3, 3)
    merged = installed.admin("clients", "merge", first, second)
    assert (merged.code, merged.err) == (0, ""), merged
    assert (_stat(installed, "clients"), _stat(installed, "cases")) == (2, 3)
    assert installed.admin("clients", "duplicates").out == ""
    again = installed.admin("clients", "merge", first, second)
    assert again.code == 2
    assert first in again.one_error_line() and second in again.one_error_line()
    unknown = installed.admin("clients", "merge", first, "D1-2026-99999")
    assert unknown.code == 2 and "D1-2026-99999" in unknown.one_error_line()
    assert installed.admin("check").code == 0


def test_a_counselor_may_not_list_or_merge(installed: Installation) -> None:
    first, second = _two_of_one_person(installed)
    added = installed.admin(
        "users",
        "add",
        "kim",
        "--name",
        "김상담",
        "--role",
        "counselor",
        stdin=f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n",
    )
    assert added.code == 0
    assert installed.choose_own("kim").code == 0
    for argv in (("clients", "duplicates"), ("clients", "merge", first, second)):
        refused = installed.as_user("kim", OWN_PASSPHRASE, *argv)
        assert refused.code == 3 and refused.one_error_line()
