"""Appointments sync like any case record: a field kit holds those of its cases only (series, exceptions, staff),
and what is scheduled or skipped on the laptop reaches the workstation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from onestop_desktop.domain.appointments import AppointmentKind, PlaceKind
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.appointments import AppointmentForm

from .test_engine import OUTREACH_PASSPHRASE, Center, _case


@pytest.fixture
def center(tmp_path: Path) -> Iterator[Center]:
    made = Center(tmp_path)
    yield made
    if not made.desk.is_locked:
        made.desk.logout()


TOMORROW = date.today() + timedelta(days=1)


def _form(clock: str, *, staff: tuple[str, ...] = (), weekly: int = 1) -> AppointmentForm:
    return AppointmentForm(f"{TOMORROW} {clock}", 60, AppointmentKind.VISIT, PlaceKind.HOME, staff=staff,
                           weekly_count=weekly)  # fmt: skip


def test_a_field_kit_holds_the_appointments_of_its_cases_and_sends_its_own(center: Center) -> None:
    outreach = center.desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    mine, other = _case(center.desk, "배정사례"), _case(center.desk, "비배정사례")
    center.desk.cases.set_team(mine, {outreach.id})
    series = center.desk.appointments.add(mine, _form("10:00", staff=(outreach.id,), weekly=4)).appointment_id
    center.desk.appointments.change_occurrence(series, 1, None)
    center.desk.appointments.add(other, _form("13:00"))
    kit = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    try:
        with kit.store.read() as conn:
            assert [r[0] for r in conn.execute("SELECT id FROM appointments")] == [series]
            assert conn.execute("SELECT count(*) FROM appointment_changes").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM appointment_staff").fetchone()[0] == 1
        assert len(kit.appointments.agenda(TOMORROW, 28)) == 3
        added = kit.appointments.add(mine, _form("15:00")).appointment_id  # scheduled offline on the laptop
        kit.appointments.change_occurrence(series, 2, None)
        center.sync(center.desk, kit)
        mine_on_desk = center.desk.appointments.agenda(TOMORROW, 28, case_id=mine)
        assert {e.occurrence.series_id for e in mine_on_desk} == {series, added}
        assert [e.occurrence.index for e in mine_on_desk if e.occurrence.series_id == series] == [0, 3]
    finally:
        kit.logout()
