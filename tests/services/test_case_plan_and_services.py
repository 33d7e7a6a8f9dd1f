"""Plan goals, services provided and the risk assessment through the service: what they store, who may, and the
change log and audit entry each edit leaves."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from onestop_desktop.domain.casework import GoalForm, IntakeForm, ServiceForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType, GoalStatus, RiskLevel, ServiceDomain, ServiceStatus
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

TODAY = date.today()


def _case(session: Session, name: str = "홍길동") -> str:
    return session.intake.create(IntakeForm(name=name, crime_types={CrimeType.STALKING}, birth_date="1990-03-15"))


def _member(admin: Session, vault: Vault, username: str, role: Role) -> Session:
    admin.users.add(username, f"{username} 님", role, "Temp-Pass-1234")
    return vault.login(username, "Temp-Pass-1234")


def _changes(session: Session, table: str, row_id: str) -> list[tuple[str, dict[str, object]]]:
    """(op, data) of every change-log entry of one row, oldest first."""
    with session.store.read() as conn:
        rows = conn.execute(
            "SELECT op, data FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY seq", (table, row_id)
        ).fetchall()
    return [(op, json.loads(data)) for op, data in rows]


def _change_count(session: Session) -> int:
    with session.store.read() as conn:
        return int(conn.execute("SELECT count(*) FROM change_log").fetchone()[0])


def _last_audit(session: Session) -> tuple[str, str, str, str]:
    entry = session.audit.recent(1)[0]
    return str(entry.action), entry.subject_type, entry.subject_id, entry.detail


def test_a_plan_goal_is_added_and_changed_with_its_history(admin_session: Session) -> None:
    case_id = _case(admin_session)
    target = (TODAY + timedelta(days=30)).isoformat()
    goal_id = admin_session.cases.add_goal(
        case_id, GoalForm(domain=ServiceDomain.PSYCH, goal="  수면 회복  ", target_date=target)
    )
    assert _last_audit(admin_session) == ("update", "case", case_id, "plan goal added")
    (goal,) = admin_session.cases.open(case_id).goals
    assert (goal.id, goal.domain, goal.goal, goal.target_date, goal.status) == (
        goal_id,
        ServiceDomain.PSYCH,
        "수면 회복",
        date.fromisoformat(target),
        GoalStatus.OPEN,
    )

    admin_session.cases.update_goal(
        case_id, goal_id, GoalForm(domain=None, goal="수면 회복", target_date="", status=GoalStatus.ACHIEVED)
    )
    assert _last_audit(admin_session) == ("update", "case", case_id, "plan goal changed")
    (goal,) = admin_session.cases.open(case_id).goals
    assert (goal.domain, goal.target_date, goal.status) == (None, None, GoalStatus.ACHIEVED)

    changes = _changes(admin_session, "plan_goals", goal_id)
    assert changes[0][0] == "insert" and changes[0][1]["goal"] == "수면 회복"
    assert changes[-1][0] == "update"
    assert {"domain", "target_date", "status"} <= set(changes[-1][1]) and "goal" not in changes[-1][1]  # per field
    history = [h for h in admin_session.cases.history(case_id) if h.table == "plan_goals"]
    assert {h.op for h in history} >= {"insert", "update"} and all(h.row_id == goal_id for h in history)
    assert any("status" in h.fields for h in history)


def test_a_goal_needs_its_text_and_a_real_date(admin_session: Session) -> None:
    case_id = _case(admin_session)
    before = _change_count(admin_session)
    with pytest.raises(OneStopError) as refused:
        admin_session.cases.add_goal(case_id, GoalForm(goal="   ", target_date="2026-02-30"))
    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert {p.field for p in refused.value.params["problems"]} == {"goal", "target_date"}
    assert _change_count(admin_session) == before and admin_session.cases.open(case_id).goals == ()
    goal_id = admin_session.cases.add_goal(case_id, GoalForm(goal="안전한 거처"))
    with pytest.raises(OneStopError) as refused:
        admin_session.cases.update_goal(case_id, goal_id, GoalForm(goal=""))
    assert [p.field for p in refused.value.params["problems"]] == ["goal"]
    assert admin_session.cases.open(case_id).goals[0].goal == "안전한 거처"
    assert [op for op, _ in _changes(admin_session, "plan_goals", goal_id)] == ["insert"]  # the refusal left none


def test_a_service_is_recorded_and_updated_with_its_history(admin_session: Session) -> None:
    case_id = _case(admin_session)
    provided = (TODAY - timedelta(days=2)).isoformat()
    service_id = admin_session.cases.add_service(
        case_id,
        ServiceForm(
            domain=ServiceDomain.ECON,
            service="긴급 생계비",
            provider_kind="agency",
            provider_name="구청",
            provided_on=provided,
            amount_krw="1,234,000",
            status=ServiceStatus.IN_PROGRESS,
        ),
    )
    assert _last_audit(admin_session) == ("create", "case", case_id, "service")
    (service,) = admin_session.cases.open(case_id).services
    assert (service.id, service.domain, service.service, service.provider_kind, service.provider_name) == (
        service_id,
        ServiceDomain.ECON,
        "긴급 생계비",
        "agency",
        "구청",
    )
    assert (service.provided_on, service.amount_krw, service.status) == (
        date.fromisoformat(provided),
        1234000,
        ServiceStatus.IN_PROGRESS,
    )

    admin_session.cases.update_service(
        case_id,
        service_id,
        ServiceForm(
            domain=ServiceDomain.ECON,
            service="긴급 생계비",
            provider_kind="agency",
            provider_name="구청",
            provided_on=provided,
            amount_krw="1234000",
            status=ServiceStatus.DONE,
        ),
    )
    assert _last_audit(admin_session) == ("update", "case", case_id, "service")
    assert admin_session.cases.open(case_id).services[0].status is ServiceStatus.DONE

    changes = _changes(admin_session, "case_services", service_id)
    assert [op for op, _ in changes] == ["insert", "update"]
    assert changes[0][1]["amount_krw"] == 1234000
    assert "status" in changes[1][1] and "amount_krw" not in changes[1][1]  # only what changed
    history = [h for h in admin_session.cases.history(case_id) if h.table == "case_services"]
    assert [h.op for h in history] == ["update", "insert"] and "status" in history[0].fields


def test_a_bad_service_is_refused_whole(admin_session: Session) -> None:
    case_id = _case(admin_session)
    bad = ServiceForm(service="", provided_on=(TODAY + timedelta(days=1)).isoformat(), amount_krw="많이")
    with pytest.raises(OneStopError) as refused:
        admin_session.cases.add_service(case_id, bad)
    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert {p.field for p in refused.value.params["problems"]} == {"service", "provided_on", "amount_krw"}
    assert admin_session.cases.open(case_id).services == ()
    service_id = admin_session.cases.add_service(case_id, ServiceForm(service="법률 상담"))
    with pytest.raises(OneStopError):
        admin_session.cases.update_service(case_id, service_id, bad)
    assert len(_changes(admin_session, "case_services", service_id)) == 1


def test_a_risk_assessment_is_stored_with_who_and_when(admin_session: Session) -> None:
    case_id = _case(admin_session)
    earlier = TODAY - timedelta(days=3)
    admin_session.cases.assess_risk(case_id, RiskLevel.HIGH, earlier)
    assert _last_audit(admin_session) == ("update", "case", case_id, "risk: high")
    case = admin_session.cases.open(case_id).case
    assert (case.risk_level, case.risk_assessed_on, case.risk_assessed_by) == (
        RiskLevel.HIGH,
        earlier,
        admin_session.user.id,
    )
    admin_session.cases.assess_risk(case_id, RiskLevel.CRITICAL)  # today by default
    case = admin_session.cases.open(case_id).case
    assert (case.risk_level, case.risk_assessed_on) == (RiskLevel.CRITICAL, TODAY)
    op, data = _changes(admin_session, "cases", case_id)[-1]
    assert op == "update" and data["risk_level"] == "critical" and data["risk_assessed_on"] == TODAY.isoformat()
    history = admin_session.cases.history(case_id)
    assert any(h.table == "cases" and "risk_level" in h.fields for h in history)


def test_plan_services_and_risk_are_refused_without_case_edit_or_access(admin_session: Session, vault: Vault) -> None:
    case_id = _case(admin_session)
    goal_id = admin_session.cases.add_goal(case_id, GoalForm(goal="안전한 거처"))
    service_id = admin_session.cases.add_service(case_id, ServiceForm(service="법률 상담"))

    def attempts(session: Session) -> list[tuple[str, Callable[[], object]]]:
        return [
            ("add_goal", lambda: session.cases.add_goal(case_id, GoalForm(goal="다른 목표"))),
            ("update_goal", lambda: session.cases.update_goal(case_id, goal_id, GoalForm(goal="바꾼 목표"))),
            ("add_service", lambda: session.cases.add_service(case_id, ServiceForm(service="다른 지원"))),
            ("update_service", lambda: session.cases.update_service(case_id, service_id, ServiceForm(service="x"))),
            ("assess_risk", lambda: session.cases.assess_risk(case_id, RiskLevel.LOW)),
        ]

    staff = _member(admin_session, vault, "desk", Role.STAFF)  # sees every case, may not edit one
    outreach = _member(admin_session, vault, "field1", Role.OUTREACH)  # may edit, but not a case it is not on
    before = _change_count(admin_session)
    for member in (staff, outreach):
        for name, attempt in attempts(member):
            with pytest.raises(OneStopError) as refused:
                attempt()
            assert refused.value.code is ErrorCode.PERMISSION_DENIED, (member.user.username, name)
        member.logout()

    assert _change_count(admin_session) == before  # nothing was written by a refusal
    case_file = admin_session.cases.open(case_id)
    assert [g.goal for g in case_file.goals] == ["안전한 거처"]
    assert [s.service for s in case_file.services] == ["법률 상담"]
    assert case_file.case.risk_level is None


def test_a_goal_or_service_of_another_case_cannot_be_edited_through_a_case_one_may_see(
    admin_session: Session, vault: Vault
) -> None:
    """Access is checked on the case named in the call: the record must belong to it, or an outreach worker could
    edit the plan of a case they may not see by naming one of their own."""
    theirs = _case(admin_session, "김보호")
    mine = _case(admin_session, "이현장")
    goal_id = admin_session.cases.add_goal(theirs, GoalForm(goal="숨겨진 목표"))
    service_id = admin_session.cases.add_service(theirs, ServiceForm(service="숨겨진 지원"))
    outreach = _member(admin_session, vault, "field2", Role.OUTREACH)
    admin_session.cases.set_team(mine, {outreach.user.id})
    before = _change_count(admin_session)
    with pytest.raises(OneStopError) as goal_refused:
        outreach.cases.update_goal(mine, goal_id, GoalForm(goal="바꿔 버린 목표"))
    with pytest.raises(OneStopError) as service_refused:
        outreach.cases.update_service(mine, service_id, ServiceForm(service="바꿔 버린 지원"))
    outreach.logout()
    assert goal_refused.value.code is service_refused.value.code is ErrorCode.NOT_FOUND
    assert _change_count(admin_session) == before
    case_file = admin_session.cases.open(theirs)
    assert [g.goal for g in case_file.goals] == ["숨겨진 목표"]
    assert [s.service for s in case_file.services] == ["숨겨진 지원"]
