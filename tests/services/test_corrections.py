"""Removing a record entered on the wrong case: the author within a day, an administrator later, always with a
reason; the row becomes a tombstone that carries the reason into the change log (history, sync) and the audit
trail says that it happened without the note."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from onestop_desktop.domain.casework import (
    ConsentForm,
    CounselingSessionForm,
    FollowupForm,
    GoalForm,
    IntakeForm,
    ServiceForm,
)
from onestop_desktop.domain.consent import ConsentKind
from onestop_desktop.domain.corrections import RemovableKind, RemovalReason, may_remove
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()
NOTE = "박다른 님 사례에 쓸 기록"


def _case(session: Session, name: str = "김잘못") -> str:
    return session.intake.create(IntakeForm(name=name, birth_date="1990-01-02", crime_types={CrimeType.STALKING}))


def _records(session: Session, case_id: str) -> dict[RemovableKind, str]:
    cases = session.cases
    when = f"{TODAY.isoformat()} 09:00"
    return {
        RemovableKind.SESSION: cases.add_counseling_session(case_id, CounselingSessionForm(started_at=when, note="x")),
        RemovableKind.SERVICE: cases.add_service(case_id, ServiceForm(service="상담")),
        RemovableKind.GOAL: cases.add_goal(case_id, GoalForm(goal="안전 확보")),
        RemovableKind.FOLLOWUP: cases.add_followup(case_id, FollowupForm("전화", TODAY.isoformat())),
        RemovableKind.CONSENT: session.consents.record(
            case_id, ConsentForm(ConsentKind.COLLECTION, purpose="상담", given_on=TODAY.isoformat())
        ),
    }


def test_the_author_removes_each_kind_with_a_reason_kept_in_the_change_log(admin_session: Session) -> None:
    case_id = _case(admin_session)
    records = _records(admin_session, case_id)
    for kind, row_id in records.items():
        admin_session.corrections.remove(case_id, kind, row_id, RemovalReason.WRONG_CASE, NOTE)
    opened = admin_session.cases.open(case_id)
    assert not (opened.counseling_sessions or opened.services or opened.goals or opened.followups)
    assert admin_session.consents.for_case(case_id) == []
    with admin_session.store.read() as conn:
        for kind, row_id in records.items():
            row = conn.execute(
                f"SELECT deleted_at, deleted_reason, deleted_note FROM {kind.value} WHERE id = ?", (row_id,)
            ).fetchone()
            assert row[0] and row[1] == "wrong_case" and row[2] == NOTE, kind
            logged = conn.execute(
                "SELECT data FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'delete'",
                (kind.value, row_id),
            ).fetchone()
            assert json.loads(logged[0])["deleted_reason"] == "wrong_case", kind
    history = admin_session.cases.history(case_id)
    assert {e.table for e in history if e.op == "delete"} == {k.value for k in RemovableKind}
    assert {e.removal_reason for e in history if e.op == "delete"} == {"wrong_case"}
    audit = admin_session.audit.export_csv(TODAY - timedelta(days=1))
    assert "session removed: wrong_case" in audit and "consent removed: wrong_case" in audit
    assert NOTE not in audit  # the note may name people: it stays in the encrypted record


def test_another_users_record_or_one_older_than_a_day_needs_an_administrator(
    admin_session: Session, vault: Vault
) -> None:
    case_id = _case(admin_session)
    admin_session.users.add("counsel1", "상담원", Role.COUNSELOR, "Temp-Pass-1234")
    counselor = vault.login("counsel1", "Temp-Pass-1234")
    try:
        own = counselor.cases.add_service(case_id, ServiceForm(service="동행"))
        theirs = admin_session.cases.add_service(case_id, ServiceForm(service="법률"))
        with pytest.raises(OneStopError) as caught:
            counselor.corrections.remove(case_id, RemovableKind.SERVICE, theirs, RemovalReason.DUPLICATE)
        assert caught.value.code is ErrorCode.INVALID_INPUT
        later = datetime.now(UTC) + timedelta(days=1, minutes=1)
        assert counselor.corrections.may_remove(case_id, RemovableKind.SERVICE, own)
        assert not counselor.corrections.may_remove(case_id, RemovableKind.SERVICE, own, now=later)
        with pytest.raises(OneStopError):
            counselor.corrections.remove(case_id, RemovableKind.SERVICE, own, RemovalReason.DUPLICATE, now=later)
        counselor.corrections.remove(case_id, RemovableKind.SERVICE, own, RemovalReason.DUPLICATE)
    finally:
        counselor.logout()
    admin_session.corrections.remove(case_id, RemovableKind.SERVICE, theirs, RemovalReason.DUPLICATE,
                                     now=datetime.now(UTC) + timedelta(days=30))  # fmt: skip
    assert admin_session.cases.open(case_id).services == ()


def test_a_record_of_another_case_or_one_already_removed_is_not_found(admin_session: Session) -> None:
    first, second = _case(admin_session), _case(admin_session, "이다른")
    goal = admin_session.cases.add_goal(first, GoalForm(goal="목표"))
    with pytest.raises(OneStopError) as caught:
        admin_session.corrections.remove(second, RemovableKind.GOAL, goal, RemovalReason.WRONG_CASE)
    assert caught.value.code is ErrorCode.NOT_FOUND
    admin_session.corrections.remove(first, RemovableKind.GOAL, goal, RemovalReason.WRONG_CASE)
    with pytest.raises(OneStopError) as again:
        admin_session.corrections.remove(first, RemovableKind.GOAL, goal, RemovalReason.WRONG_CASE)
    assert again.value.code is ErrorCode.NOT_FOUND


def test_other_needs_a_note(admin_session: Session) -> None:
    case_id = _case(admin_session)
    goal = admin_session.cases.add_goal(case_id, GoalForm(goal="목표"))
    with pytest.raises(OneStopError) as caught:
        admin_session.corrections.remove(case_id, RemovableKind.GOAL, goal, RemovalReason.OTHER, "  ")
    assert [p.field for p in caught.value.params["problems"]] == ["note"]


def test_the_rule_author_within_a_day_administrator_always() -> None:
    entered = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    rule = {"author_id": "u1", "created_at": entered, "user_id": "u1", "is_admin": False}
    assert may_remove(now=entered + timedelta(hours=23, minutes=59), **rule)  # type: ignore[arg-type]
    assert not may_remove(now=entered + timedelta(days=1), **rule)  # type: ignore[arg-type]
    assert not may_remove(now=entered, **{**rule, "user_id": "u2"})  # type: ignore[arg-type]
    assert not may_remove(now=entered, **{**rule, "author_id": None})  # type: ignore[arg-type]
    assert may_remove(now=entered + timedelta(days=400), **{**rule, "user_id": "u2", "is_admin": True})  # type: ignore[arg-type]
