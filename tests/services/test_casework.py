"""Case work through the services: intake, validation, the list's filters and search, roles, history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from onestop_desktop.domain.case_status import CaseStatus, ClosingReason
from onestop_desktop.domain.casework import (
    CaseQuery,
    CaseSort,
    ClientForm,
    CounselingSessionForm,
    FollowupForm,
    IntakeForm,
)
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType, IntakeChannel, NeedLevel, RiskLevel, ServiceDomain
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()


def _intake(
    session: Session,
    name: str,
    *,
    phone: str = "",
    crime: CrimeType = CrimeType.STALKING,
    lead: str | None = None,
    risk: RiskLevel | None = None,
) -> str:
    form = IntakeForm(
        name=name,
        phone=phone,
        crime_types={crime},
        lead_counselor_id=lead,
        risk_level=risk,
        birth_date="1990-03-15",
        channel=IntakeChannel.PHONE,
    )
    return session.intake.create(form)


def _names(session: Session, query: CaseQuery) -> list[str]:
    return [row.client_display_name for row in session.cases.page(query)]


def test_intake_creates_client_and_case_with_a_device_unique_number(admin_session: Session) -> None:
    case_id = _intake(admin_session, "홍길동", phone="010-1234-5678")
    case_file = admin_session.cases.open(case_id)
    assert case_file.case.case_number == f"D1-{TODAY.year}-00001"
    assert case_file.client.name == "홍길동" and case_file.client.phones[0].digits == "01012345678"
    assert case_file.case.crime_types == {CrimeType.STALKING}
    assert case_file.case.status is CaseStatus.INTAKE
    assert case_file.case.lead_counselor_id == admin_session.user.id
    second = admin_session.cases.open(_intake(admin_session, "김영희"))
    assert second.case.case_number == f"D1-{TODAY.year}-00002"
    actions = [(str(e.action), e.subject_id) for e in admin_session.audit.recent(10)]
    assert ("create", case_id) in actions and ("view", case_id) in actions


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"name": ""}, {"name"}),
        ({"phone": "010-12-34"}, {"phone"}),
        ({"birth_date": "2999-01-01"}, {"birth_date"}),
        ({"birth_date": "1990-02-30"}, {"birth_date"}),
        ({"crime_types": set()}, {"crime_types"}),
        ({"channel": IntakeChannel.AGENCY}, {"referring_agency"}),
        ({"incident_date": "1980-01-01"}, {"incident_date"}),  # before birth
        ({"name": "", "phone": "abc", "crime_types": set()}, {"name", "phone", "crime_types"}),
    ],
)
def test_bad_intake_is_refused_whole_with_every_problem(
    admin_session: Session, changes: dict[str, object], fields: set[str]
) -> None:
    form = IntakeForm(name="박민수", phone="010-1111-2222", crime_types={CrimeType.OTHER}, birth_date="1990-01-01")
    for key, value in changes.items():
        setattr(form, key, value)
    with pytest.raises(OneStopError) as caught:
        admin_session.intake.create(form)
    assert caught.value.code is ErrorCode.INVALID_INPUT
    assert {p.field for p in caught.value.params["problems"]} == fields
    assert admin_session.cases.count(CaseQuery()) == 0


def test_filters_sort_and_search_are_answered_in_sql(admin_session: Session) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    kim_id = next(u.id for u in admin_session.users.list() if u.username == "kim")
    a = _intake(admin_session, "홍길동", phone="010-1234-5678", crime=CrimeType.STALKING, risk=RiskLevel.HIGH)
    _intake(admin_session, "김민지", phone="02-987-6543", crime=CrimeType.DOMESTIC, lead=kim_id)
    c = _intake(admin_session, "남궁민수", crime=CrimeType.SEXUAL, risk=RiskLevel.LOW)
    admin_session.cases.change_status(c, CaseStatus.ACTIVE)
    admin_session.cases.add_followup(a, FollowupForm("경찰 신고 동행", (TODAY - timedelta(days=2)).isoformat()))

    assert sorted(_names(admin_session, CaseQuery())) == ["김민지", "남궁민수", "홍길동"]
    assert _names(admin_session, CaseQuery(statuses=frozenset({CaseStatus.ACTIVE}))) == ["남궁민수"]
    assert _names(admin_session, CaseQuery(crime_type=CrimeType.DOMESTIC)) == ["김민지"]
    assert _names(admin_session, CaseQuery(lead_counselor_id=kim_id)) == ["김민지"]
    assert _names(admin_session, CaseQuery(min_risk=RiskLevel.MEDIUM)) == ["홍길동"]
    assert _names(admin_session, CaseQuery(overdue_only=True)) == ["홍길동"]
    assert _names(admin_session, CaseQuery(sort=CaseSort.RISK, descending=True))[0] == "홍길동"
    assert _names(admin_session, CaseQuery(sort=CaseSort.CLIENT_NAME, descending=False)) == [
        "김민지",
        "남궁민수",
        "홍길동",
    ]
    # search as you type: inside a name, one syllable, phone digits, case number
    assert _names(admin_session, CaseQuery(text="길동")) == ["홍길동"]
    assert sorted(_names(admin_session, CaseQuery(text="민"))) == ["김민지", "남궁민수"]
    assert _names(admin_session, CaseQuery(text="궁민")) == ["남궁민수"]
    assert _names(admin_session, CaseQuery(text="5678")) == ["홍길동"]
    assert _names(admin_session, CaseQuery(text="010-1234")) == ["홍길동"]
    assert _names(admin_session, CaseQuery(text="00002")) == ["김민지"]
    # typing a case number from its start: device code or year first
    assert _names(admin_session, CaseQuery(text=f"d1-{TODAY.year}-00002")) == ["김민지"]
    assert _names(admin_session, CaseQuery(text=f"{TODAY.year}-0000")) == ["남궁민수", "김민지", "홍길동"]
    assert _names(admin_session, CaseQuery(text="D1-1999")) == []
    assert _names(admin_session, CaseQuery(text="없는이름")) == []
    assert admin_session.cases.count(CaseQuery(text="민")) == 2
    row = admin_session.cases.page(CaseQuery(text="홍길동"))[0]
    assert row.overdue_followups == 1 and row.open_followups == 1


def test_search_follows_renames_and_alias(admin_session: Session) -> None:
    case_id = _intake(admin_session, "이서연")
    case_file = admin_session.cases.open(case_id)
    admin_session.cases.update_client(
        case_id, ClientForm(name="이서윤", alias="하늘", birth_date="1990-03-15"), case_file.client.updated_at
    )
    assert _names(admin_session, CaseQuery(text="서연")) == []
    assert _names(admin_session, CaseQuery(text="서윤")) == ["하늘"]  # the alias is what shows
    assert _names(admin_session, CaseQuery(text="하늘")) == ["하늘"]


def test_an_edit_against_an_old_copy_is_refused(admin_session: Session) -> None:
    case_id = _intake(admin_session, "이서연")
    stale = admin_session.cases.open(case_id).client.updated_at
    admin_session.cases.update_client(case_id, ClientForm(name="이서연", alias="가명1"), stale)
    with pytest.raises(OneStopError) as caught:
        admin_session.cases.update_client(case_id, ClientForm(name="이서연", alias="가명2"), stale)
    assert caught.value.code is ErrorCode.EDIT_CONFLICT


def test_full_text_search_in_session_notes(admin_session: Session) -> None:
    case_id = _intake(admin_session, "홍길동")
    admin_session.cases.add_counseling_session(
        case_id,
        CounselingSessionForm(
            started_at=f"{TODAY.isoformat()} 10:00", note="가해자가 직장 앞에서 기다렸다고 함. 동작경찰서 신고 예정."
        ),
    )
    assert [h.case_id for h in admin_session.cases.search_notes("해자")] == [case_id]
    assert [h.case_id for h in admin_session.cases.search_notes("경찰서")] == [case_id]
    assert admin_session.cases.search_notes("병원") == []
    assert "경찰서" in admin_session.cases.search_notes("경찰서")[0].snippet


def _member(admin: Session, vault: Vault, username: str, role: Role) -> Session:
    admin.users.add(username, f"{username} 님", role, "Temp-Pass-1234")
    return vault.login(username, "Temp-Pass-1234")


def test_outreach_workers_see_only_their_cases_and_staff_no_notes(admin_session: Session, vault: Vault) -> None:
    mine = _intake(admin_session, "홍길동")
    other = _intake(admin_session, "김민지")
    admin_session.cases.add_counseling_session(
        mine, CounselingSessionForm(started_at=f"{TODAY.isoformat()} 09:30", note="비밀 상담 내용")
    )
    outreach = _member(admin_session, vault, "field1", Role.OUTREACH)
    admin_session.cases.set_team(mine, {outreach.user.id})
    assert [r.id for r in outreach.cases.page(CaseQuery())] == [mine]
    with pytest.raises(OneStopError) as denied:
        outreach.cases.open(other)
    assert denied.value.code is ErrorCode.PERMISSION_DENIED
    assert outreach.cases.open(mine).counseling_sessions[0].note == "비밀 상담 내용"
    outreach.logout()

    staff = _member(admin_session, vault, "desk", Role.STAFF)
    case_file = staff.cases.open(mine)
    assert not case_file.notes_visible and case_file.counseling_sessions[0].note == ""
    with pytest.raises(OneStopError):
        staff.cases.search_notes("상담")
    with pytest.raises(OneStopError):
        staff.cases.add_counseling_session(
            mine, CounselingSessionForm(started_at=f"{TODAY.isoformat()} 09:30", note="x")
        )
    staff.cases.add_followup(mine, FollowupForm("서류 발송", TODAY.isoformat()))  # scheduling is allowed
    staff.logout()


def test_status_lifecycle_and_closing_reason(admin_session: Session) -> None:
    case_id = _intake(admin_session, "홍길동")
    admin_session.cases.change_status(case_id, CaseStatus.ACTIVE)
    with pytest.raises(OneStopError) as no_reason:
        admin_session.cases.change_status(case_id, CaseStatus.CLOSED)
    assert no_reason.value.params["problems"][0].field == "closing_reason"
    admin_session.cases.change_status(case_id, CaseStatus.CLOSED, ClosingReason.GOALS_MET)
    closed = admin_session.cases.open(case_id).case
    assert closed.status is CaseStatus.CLOSED and closed.closing_reason is ClosingReason.GOALS_MET
    with pytest.raises(OneStopError):
        admin_session.cases.change_status(case_id, CaseStatus.INTAKE)
    admin_session.cases.change_status(case_id, CaseStatus.ACTIVE)  # reopened
    assert admin_session.cases.open(case_id).case.closing_reason is None


def test_followups_due_this_week_and_history(admin_session: Session) -> None:
    case_id = _intake(admin_session, "홍길동")
    admin_session.cases.add_followup(case_id, FollowupForm("지난 일", (TODAY - timedelta(days=3)).isoformat()))
    admin_session.cases.add_followup(case_id, FollowupForm("먼 일", (TODAY + timedelta(days=30)).isoformat()))
    admin_session.cases.set_need(case_id, ServiceDomain.LEGAL, NeedLevel.HIGH, "국선변호사 필요")
    due = admin_session.cases.due_followups()
    assert [f.title for f in due] == ["지난 일"]
    admin_session.cases.complete_followup(due[0].id)
    assert admin_session.cases.due_followups() == ()
    history = admin_session.cases.history(case_id)
    tables = {h.table for h in history}
    assert {"cases", "clients", "followups", "needs", "case_crime_types"} <= tables
    assert all(h.username == "admin" for h in history)
    assert any(h.table == "followups" and "done_on" in h.fields for h in history)


def test_resident_registration_number_is_masked_and_revealed_only_with_a_reason(
    admin_session: Session, vault: Vault
) -> None:
    case_id = _intake(admin_session, "홍길동")
    with pytest.raises(OneStopError):
        admin_session.cases.set_rrn(case_id, "900101-1234567", "")
    admin_session.cases.set_rrn(case_id, "900101-1234567", "범죄피해자 보호법 시행령 제3조의2")
    admin_session.cases.set_rrn(case_id, "900101-2999999", "범죄피해자 보호법 시행령 제3조의2")  # changed number
    assert admin_session.cases.open(case_id).client.rrn_masked == "900101-2******"
    assert admin_session.cases.reveal_rrn(case_id, "구조금 신청서 작성") == "900101-2999999"
    assert any("rrn revealed" in e.detail for e in admin_session.audit.recent(5))
    counselor = _member(admin_session, vault, "kim", Role.COUNSELOR)
    with pytest.raises(OneStopError):
        counselor.cases.reveal_rrn(case_id, "궁금해서")
    counselor.logout()
