"""Appointments through the service: what a series stores (and logs for sync), range reads through the index,
conflicts named not refused, scope, reminders and missed appointments, and the discreet day sheet."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from onestop_desktop.domain.appointments import AppointmentKind, ConflictKind, PlaceKind
from onestop_desktop.domain.casework import ClientForm, CounselingSessionForm, IntakeForm, PhoneForm
from onestop_desktop.domain.day_sheet import ADDRESS_WITHHELD, NO_SMS, OFFENDER_COHABITS
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.appointments import AppointmentForm
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TOMORROW = date.today() + timedelta(days=1)


def _case(session: Session, name: str = "방문대상", alias: str = "") -> str:
    return session.intake.create(IntakeForm(name=name, alias=alias, crime_types={CrimeType.STALKING},
                                            birth_date="1950-03-04"))  # fmt: skip


def _at(day: date, clock: str) -> str:
    return f"{day.isoformat()} {clock}"


def _weekly_visit(session: Session, case_id: str) -> str:
    form = AppointmentForm(_at(TOMORROW, "10:00"), 60, AppointmentKind.VISIT, PlaceKind.HOME, weekly_count=10)
    scheduled = session.appointments.add(case_id, form)
    assert scheduled.conflicts == []
    return scheduled.appointment_id


def test_a_weekly_series_is_one_entry_that_shows_on_its_days_only(admin_session: Session) -> None:
    case_id = _case(admin_session)
    series_id = _weekly_visit(admin_session, case_id)
    with admin_session.store.read() as conn:
        rows = conn.execute("SELECT count(*), min(first_day), max(last_day) FROM appointments").fetchone()
        logged = conn.execute(
            "SELECT count(*) FROM change_log WHERE table_name IN ('appointments', 'appointment_staff')"
        ).fetchone()[0]
    assert rows == (1, TOMORROW.isoformat(), (TOMORROW + timedelta(weeks=9)).isoformat())
    assert logged == 2  # the series and its one staff row, captured for sync
    day14 = admin_session.appointments.agenda(TOMORROW + timedelta(days=14))
    assert [(e.occurrence.series_id, e.occurrence.index) for e in day14] == [(series_id, 2)]
    assert admin_session.appointments.agenda(TOMORROW + timedelta(days=15)) == []
    week = admin_session.appointments.agenda(TOMORROW, 70)
    assert len(week) == 10 and all(e.start.weekday() == TOMORROW.weekday() for e in week)
    assert len(admin_session.appointments.agenda(TOMORROW, 7, case_id=case_id)) == 1
    assert len(admin_session.appointments.agenda(TOMORROW, 7, team=True)) == 1


def test_a_clash_is_named_and_scheduled_all_the_same(admin_session: Session) -> None:
    case_id = _case(admin_session)
    _weekly_visit(admin_session, case_id)
    day14 = TOMORROW + timedelta(days=14)
    call = admin_session.appointments.add(case_id, AppointmentForm(_at(day14, "10:30"), 30, AppointmentKind.PHONE))
    assert [(c.kind, c.user_id) for c in call.conflicts] == [(ConflictKind.OVERLAP, admin_session.user.id)]
    assert len(admin_session.appointments.agenda(day14)) == 2
    court = AppointmentForm(_at(day14, "11:15"), 60, AppointmentKind.ACCOMPANY, PlaceKind.COURT)
    travel = admin_session.appointments.add(case_id, court)
    assert [c.kind for c in travel.conflicts] == [ConflictKind.NO_TRAVEL_TIME]


def test_skipping_and_moving_keep_the_indexed_days_right(admin_session: Session) -> None:
    case_id = _case(admin_session)
    series_id = _weekly_visit(admin_session, case_id)
    appointments = admin_session.appointments
    appointments.change_occurrence(series_id, 2, None)
    assert appointments.agenda(TOMORROW + timedelta(days=14)) == []
    far = datetime.combine(TOMORROW + timedelta(weeks=20), datetime.min.time()).replace(hour=9)
    appointments.change_occurrence(series_id, 3, far)
    moved = appointments.agenda(far.date())
    assert [(e.occurrence.index, e.start) for e in moved] == [(3, far)]
    with admin_session.store.read() as conn:
        days = conn.execute("SELECT last_day FROM appointment_staff").fetchall()
    assert days == [(far.date().isoformat(),)]
    with pytest.raises(OneStopError) as refused:
        appointments.change_occurrence(series_id, 10, None)
    assert refused.value.code is ErrorCode.NOT_FOUND
    appointments.cancel(series_id)
    assert appointments.agenda(TOMORROW, 200, team=True) == []


def test_bad_forms_are_refused_with_every_problem(admin_session: Session) -> None:
    case_id = _case(admin_session)
    form = AppointmentForm("내일 10시", 0, AppointmentKind.COUNSELING, weekly_count=500, interval_weeks=9)
    with pytest.raises(OneStopError) as refused:
        admin_session.appointments.add(case_id, form)
    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert {p.field for p in refused.value.params["problems"]} == {"start", "minutes", "weekly_count", "interval_weeks"}


def test_an_outreach_worker_sees_only_appointments_of_assigned_cases(admin_session: Session, vault: Vault) -> None:
    mine, other = _case(admin_session, "가나다"), _case(admin_session, "라마바")
    admin_session.users.add("field1", "현장 1", Role.OUTREACH, "Temp-Pass-1234")
    field1 = next(u for u in admin_session.cases.colleagues() if u.username == "field1")
    admin_session.cases.set_team(mine, {field1.id})
    form = AppointmentForm(_at(TOMORROW, "10:00"), 60, AppointmentKind.VISIT, staff=(field1.id,))
    admin_session.appointments.add(other, form)
    worker = vault.login("field1", "Temp-Pass-1234")
    try:
        assert worker.appointments.agenda(TOMORROW, team=True) == []
        assert worker.appointments.agenda(TOMORROW) == []  # the series names them, but the case is not theirs
        worker.appointments.add(mine, AppointmentForm(_at(TOMORROW, "15:00"), 30, AppointmentKind.PHONE))
        assert len(worker.appointments.agenda(TOMORROW)) == 1
        with pytest.raises(OneStopError):
            worker.appointments.add(other, form)
    finally:
        worker.logout()


def test_reminders_and_missed_appointments(admin_session: Session) -> None:
    case_id = _case(admin_session)
    today = date.today()
    yesterday = today - timedelta(days=1)
    admin_session.appointments.add(case_id, AppointmentForm(_at(TOMORROW, "09:00"), 30, AppointmentKind.PHONE))
    admin_session.appointments.add(case_id, AppointmentForm(_at(yesterday, "09:00"), 30, AppointmentKind.COUNSELING))
    two_ago = today - timedelta(days=2)
    admin_session.appointments.add(case_id, AppointmentForm(_at(two_ago, "09:00"), 30, AppointmentKind.COUNSELING))
    assert [e.start.date() for e in admin_session.appointments.reminders()] == [TOMORROW]
    assert [e.start.date() for e in admin_session.appointments.missed()] == [two_ago, yesterday]
    admin_session.cases.add_counseling_session(
        case_id, CounselingSessionForm(started_at=_at(yesterday, "09:05"), duration_minutes="30")
    )
    assert [e.start.date() for e in admin_session.appointments.missed()] == [two_ago]


def test_the_day_sheet_is_discreet(admin_session: Session, tmp_path: Path) -> None:
    hidden, shown = _case(admin_session, "숨김대상", alias="별칭가"), _case(admin_session, "공개대상")
    admin_session.cases.update_client(hidden, ClientForm(name="숨김대상", alias="별칭가", address_road="비밀로 1",
                                                         address_private=True, offender_cohabits=True))  # fmt: skip
    admin_session.cases.update_client(shown, ClientForm(name="공개대상", address_road="서울시 중구 세종대로 110"))
    admin_session.cases.add_phone(shown, PhoneForm(number="010-1234-5678", sms_ok=False, call_hours="18시 이후"))
    for case_id, clock in ((hidden, "10:00"), (shown, "13:00")):
        admin_session.appointments.add(case_id, AppointmentForm(_at(TOMORROW, clock), 60, AppointmentKind.VISIT,
                                                                PlaceKind.HOME))  # fmt: skip
    sheet = admin_session.appointments.day_sheet(TOMORROW, "외근")
    first, second = sheet.rows
    assert (first.who, first.place) == ("별칭가", ADDRESS_WITHHELD) and OFFENDER_COHABITS in first.safe_contact
    assert (second.who, second.place) == ("", "서울시 중구 세종대로 110")
    assert second.safe_contact == (f"010-1234-5678: {NO_SMS}, 통화 18시 이후",)
    named = admin_session.appointments.day_sheet(TOMORROW, "외근", show_names=True)
    assert [r.who for r in named.rows] == ["숨김대상", "공개대상"]
    document = admin_session.appointments.render_day_sheet(sheet)
    target = tmp_path / "day.pdf"
    admin_session.appointments.save_day_sheet(document, target)
    assert target.read_bytes().startswith(b"%PDF")
    with admin_session.store.read() as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM documents")]
    assert kinds == ["day_sheet"]
    with pytest.raises(OneStopError) as refused:
        admin_session.appointments.day_sheet(TOMORROW, "  ")
    assert refused.value.code is ErrorCode.INVALID_INPUT


def test_a_past_appointment_becomes_a_session_record_in_one_step(admin_session: Session) -> None:
    case_id = _case(admin_session)
    yesterday = date.today() - timedelta(days=1)
    form = AppointmentForm(_at(yesterday, "14:00"), 40, AppointmentKind.VISIT, PlaceKind.HOME)
    past = admin_session.appointments.add(case_id, form).appointment_id
    assert len(admin_session.appointments.missed()) == 1
    admin_session.appointments.record_counseling_session(past, 0)
    recorded = admin_session.cases.open(case_id).counseling_sessions
    assert [(s.started_at[:16].replace("T", " "), s.duration_minutes, s.mode.value) for s in recorded] == [
        (_at(yesterday, "14:00"), 40, "outreach")
    ]
    assert admin_session.appointments.missed() == []
    future = admin_session.appointments.add(case_id, AppointmentForm(_at(TOMORROW, "09:00"), 30,
                                                                     AppointmentKind.PHONE)).appointment_id  # fmt: skip
    with pytest.raises(OneStopError) as refused:
        admin_session.appointments.record_counseling_session(future, 0)
    assert refused.value.code is ErrorCode.INVALID_INPUT
