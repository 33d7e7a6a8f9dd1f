"""Retention and destruction through the services: the schedule, the 파기 대상 list, destruction (due, early, held
by another law, already done), the second administrator, the 파기 기록 without personal data, and the backups that
still hold what was destroyed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.retention import METHOD, RecordKind, Schedule
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.safety import MeasureKind
from onestop_desktop.domain.settings import DESTRUCTION_SECOND_ADMIN, RETENTION_ACCESS_LOG_YEARS, RETENTION_CASE_YEARS
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..retention_helpers import case_number, case_with_content

TODAY = date(2026, 12, 7)


def _codes(call: object) -> ErrorCode:
    assert callable(call)
    with pytest.raises(OneStopError) as caught:
        call()
    return caught.value.code


def test_the_schedule_defaults_and_an_administrator_changes_it_within_the_law(admin_session: Session) -> None:
    assert admin_session.retention.schedule() == Schedule(3, 2, 3)
    assert admin_session.retention.schedule().years(RecordKind.CONSENT) == 3  # consents go with their case
    admin_session.settings.set(RETENTION_CASE_YEARS, 5)
    assert admin_session.retention.schedule().years(RecordKind.DOCUMENTS) == 5
    with pytest.raises(OneStopError):  # access records: at least 2 years (안전성 확보조치 기준 제8조)
        admin_session.settings.set(RETENTION_ACCESS_LOG_YEARS, 1)
    with admin_session.store.read() as conn:  # a center setting: replicated and change-logged like the others
        logged = conn.execute("SELECT count(*) FROM change_log WHERE table_name = 'settings' AND row_id = ?",
                              (RETENTION_CASE_YEARS.key,)).fetchone()[0]  # fmt: skip
    assert logged == 1


def test_closed_cases_are_due_the_day_after_their_retention_ends(admin_session: Session) -> None:
    old = case_with_content(admin_session, "오래된사례", "010-1111-2222", "메모", closed_on=date(2023, 12, 6))
    recent = case_with_content(admin_session, "최근사례", "010-1111-3333", "메모", closed_on=date(2023, 12, 7))
    case_with_content(admin_session, "진행사례", "010-1111-4444", "메모")  # open: never due
    due = admin_session.retention.due(TODAY)
    assert [(d.case_id, d.closed_on, d.due_on) for d in due] == [(old, date(2023, 12, 6), date(2026, 12, 7))]
    assert [d.case_id for d in admin_session.retention.due(date(2026, 12, 8))] == [old, recent]
    admin_session.settings.set(RETENTION_CASE_YEARS, 5)
    assert admin_session.retention.due(date(2026, 12, 8)) == []


def test_a_case_not_due_needs_early_and_a_reason(admin_session: Session) -> None:
    case_id = case_with_content(admin_session, "조기파기", "010-2222-3333", "메모", closed_on=date(2026, 11, 1))
    number = case_number(admin_session, case_id)
    destroy = admin_session.retention.destroy
    assert _codes(lambda: destroy([number], "본인 요구", today=TODAY)) is ErrorCode.NOT_DUE_FOR_DESTRUCTION
    assert _codes(lambda: destroy([number], "  ", early=True, today=TODAY)) is ErrorCode.INVALID_VALUE
    assert _codes(lambda: destroy(["D1-2026-99999"], "x", early=True)) is ErrorCode.CASE_NUMBER_UNKNOWN
    assert admin_session.retention.log() == []  # nothing was destroyed or recorded
    [outcome] = destroy([number], "본인 삭제 요구", early=True, today=TODAY)
    assert outcome.done
    [record] = admin_session.retention.log()
    assert (record.case_number, record.early, record.reason, record.method) == (number, True, "본인 삭제 요구", METHOD)
    assert record.closed_on == date(2026, 11, 1) and record.destroyed_on == TODAY and record.due_on == date(2029, 11, 2)
    assert _codes(lambda: destroy([number], "again", early=True)) is ErrorCode.ALREADY_DESTROYED


def test_an_open_case_may_be_destroyed_early(admin_session: Session) -> None:
    case_id = case_with_content(admin_session, "진행중삭제", "010-2222-4444", "메모")
    number = case_number(admin_session, case_id)
    assert _codes(lambda: admin_session.retention.destroy([number], "본인 요구")) is ErrorCode.NOT_DUE_FOR_DESTRUCTION
    admin_session.retention.destroy([number], "본인 요구", early=True)
    assert admin_session.retention.log()[0].closed_on is None


def test_another_law_holds_an_early_destruction_back_and_is_named(admin_session: Session) -> None:
    measured = case_with_content(admin_session, "보호명령", "010-3333-4444", "메모", closed_on=date(2026, 11, 1))
    relief = case_with_content(admin_session, "구조금", "010-3333-5555", "메모", closed_on=date(2026, 11, 1))
    with admin_session.store.write(admin_session.actor) as tx:
        tx.insert("protective_measures", {"id": "m1", "case_id": measured, "kind": MeasureKind.PROTECTION_ORDER.value,
                                          "starts_on": "2026-11-01", "expires_on": "2027-11-01", "decided_by": "법원",
                                          "reference": "", "note": ""})  # fmt: skip
        tx.update("cases", relief, {"relief_decision_on": "2026-06-01"})
    for case_id, law in ((measured, "제55조의2"), (relief, "범죄피해자 보호법 제31조")):
        number = case_number(admin_session, case_id)
        with pytest.raises(OneStopError) as caught:
            admin_session.retention.destroy([number], "본인 요구", early=True, today=TODAY)
        assert caught.value.code is ErrorCode.LEGAL_HOLD and law in str(caught.value.params["law"])
    # once the retention has ended the law requires destruction: nothing holds it back
    admin_session.retention.destroy([case_number(admin_session, measured)], "보존 기간 경과", today=date(2030, 1, 1))


def test_the_client_stays_while_another_case_of_theirs_remains(admin_session: Session) -> None:
    first = case_with_content(admin_session, "두사례고객", "010-4444-5555", "첫메모", closed_on=date(2020, 1, 1))
    second = case_with_content(admin_session, "두사례고객", "010-4444-5555", "둘째메모", client_of=first)
    admin_session.retention.destroy([case_number(admin_session, first)], "보존 기간 경과")
    with admin_session.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM cases WHERE id = ?", (first,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM case_sessions WHERE note = '첫메모'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM case_sessions WHERE note = '둘째메모'").fetchone()[0] == 1
    assert admin_session.cases.open(second).client.name == "두사례고객"


def test_a_second_administrator_confirms_when_the_center_has_two(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("boss", "센터장", Role.ADMIN, "Temp-Pass-1234")
    case_id = case_with_content(admin_session, "확인필요", "010-5555-6666", "메모", closed_on=date(2020, 1, 1))
    number = case_number(admin_session, case_id)
    [ordered] = admin_session.retention.destroy([number], "보존 기간 경과")
    assert not ordered.done and [p.case_number for p in admin_session.retention.pending()] == [number]
    assert admin_session.cases.open(case_id).client.name == "확인필요"  # still here until confirmed
    assert _codes(lambda: admin_session.retention.confirm([number])) is ErrorCode.SECOND_ADMIN_NEEDED
    again = admin_session.retention.destroy
    assert _codes(lambda: again([number], "보존 기간 경과")) is ErrorCode.SECOND_ADMIN_NEEDED  # ordered already
    boss = vault.login("boss", "Temp-Pass-1234")
    try:
        assert boss.retention.confirm([number])[0].done
        [record] = boss.retention.log()
        assert (record.requested_by, record.confirmed_by) == ("admin", "boss")
    finally:
        boss.logout()
    assert _codes(lambda: admin_session.retention.confirm([number])) is ErrorCode.DESTRUCTION_NOT_PENDING
    admin_session.settings.set(DESTRUCTION_SECOND_ADMIN, False)  # the setting: one administrator is enough
    other = case_with_content(admin_session, "한명으로", "010-5555-7777", "메모", closed_on=date(2020, 1, 1))
    assert admin_session.retention.destroy([case_number(admin_session, other)], "보존 기간 경과")[0].done


def test_only_administrators_see_and_destroy(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim = vault.login("kim", "Temp-Pass-1234")
    try:
        for call in (kim.retention.due, kim.retention.log, lambda: kim.retention.destroy(["x"], "y", early=True)):
            assert _codes(call) is ErrorCode.PERMISSION_DENIED
    finally:
        kim.logout()


def test_the_record_and_the_audit_name_no_person(admin_session: Session) -> None:
    case_id = case_with_content(admin_session, "기록에없을이름", "010-6666-7777", "메모", closed_on=date(2020, 1, 1))
    number = case_number(admin_session, case_id)
    admin_session.retention.destroy([number], "보존 기간 경과")
    text = repr(admin_session.retention.log()) + repr(admin_session.audit.recent(200))
    assert number in text and "기록에없을이름" not in text and "01066667777" not in text


def test_backups_made_before_the_last_destruction_are_listed(admin_session: Session, tmp_path: Path) -> None:
    assert admin_session.retention.backups_before_last_destruction() == []
    admin_session.backups.create(tmp_path / "before.onestop-backup")
    case_id = case_with_content(admin_session, "백업속사람", "010-7777-8888", "메모", closed_on=date(2020, 1, 1))
    admin_session.retention.destroy([case_number(admin_session, case_id)], "보존 기간 경과")
    admin_session.backups.create(tmp_path / "after.onestop-backup")
    older = admin_session.retention.backups_before_last_destruction()
    assert [b.detail.split(",")[0] for b in older] == ["before.onestop-backup"]
