"""Safety through the services: assessments set the risk level and keep a trend, plans are versioned, measures
remind before they expire, deadlines can be waived with a reason, scope holds, and the card is discreet."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.legal_deadlines import Unit, period_end
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.safety import Answer, DueKind, MeasureKind, PlanSection
from onestop_desktop.domain.settings import CENTER_NAME, CENTER_PHONE
from onestop_desktop.domain.taxonomy import CrimeType, RiskLevel
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..export.pdfcheck import reader, text

TODAY = date.today()
PASS = "Temp-Pass-1234"
GIVEAWAYS = ("피해", "범죄", "폭력", "센터")


def _case(session: Session, name: str = "홍길동", incident: date | None = None, lead: str | None = None) -> str:
    form = IntakeForm(
        name=name,
        crime_types={CrimeType.STALKING},
        incident_date=incident.isoformat() if incident else "",
        lead_counselor_id=lead,
    )
    return session.intake.create(form)


def _answers(session: Session, yes: set[str]) -> dict[str, Answer]:
    return {i.code: Answer.YES if i.code in yes else Answer.NO for i in session.safety.checklist().items}


def test_an_assessment_sets_the_risk_level_and_the_trend_keeps_every_one(admin_session: Session) -> None:
    case_id = _case(admin_session)
    safety = admin_session.safety
    first = safety.assess(case_id, _answers(admin_session, {"control"}), (TODAY - timedelta(days=30)).isoformat())
    second = safety.assess(case_id, _answers(admin_session, {"strangulation"}), TODAY.isoformat())
    assert (first.score, first.level) == (1, RiskLevel.LOW)
    assert second.level is RiskLevel.HIGH  # strangulation alone lifts the level
    trend = safety.assessments(case_id)
    assert [a.score for a in trend] == [1, 3] and trend[-1].checklist_version == 1
    case = admin_session.cases.open(case_id).case
    assert case.risk_level is RiskLevel.HIGH and case.risk_assessed_on == TODAY


def test_an_override_needs_a_reason_and_every_answer_is_needed(admin_session: Session) -> None:
    case_id = _case(admin_session)
    safety = admin_session.safety
    with pytest.raises(OneStopError) as caught:
        safety.assess(case_id, {"control": Answer.YES}, TODAY.isoformat(), override=RiskLevel.CRITICAL)
    fields = {p.field for p in caught.value.params["problems"]}
    assert fields == {"answers", "override_reason"}
    made = safety.assess(
        case_id, _answers(admin_session, set()), TODAY.isoformat(), override=RiskLevel.CRITICAL,
        override_reason="가해자 출소 임박",
    )  # fmt: skip
    assert made.computed_level is RiskLevel.LOW and made.level is RiskLevel.CRITICAL


def test_plans_are_versioned_and_the_review_date_is_a_reminder(admin_session: Session) -> None:
    case_id = _case(admin_session)
    safety = admin_session.safety
    safety.save_plan(case_id, {PlanSection.CODE_WORD: "파란 우산"}, (TODAY + timedelta(days=3)).isoformat())
    safety.save_plan(case_id, {PlanSection.CODE_WORD: "노란 우산", PlanSection.CONTACTS: "언니 010-1111-2222"}, "")
    plans = safety.plans(case_id)
    assert [p.version for p in plans] == [2, 1] and plans[0].text(PlanSection.CODE_WORD) == "노란 우산"
    assert not [d for d in safety.due(30, today=TODAY) if d.kind is DueKind.PLAN_REVIEW]  # latest has no review
    safety.save_plan(case_id, {PlanSection.CODE_WORD: "노란 우산"}, (TODAY + timedelta(days=3)).isoformat())
    assert [d.kind for d in safety.due(30, today=TODAY)] == [DueKind.PLAN_REVIEW]


def test_a_smartwatch_reminds_14_days_before_expiry_and_an_extension_moves_it(
    admin_session: Session, vault: Vault
) -> None:
    admin_session.users.add("kim", "김상담", Role.COUNSELOR, PASS)
    case_id = _case(admin_session, lead=admin_session.user.id)
    safety = admin_session.safety
    expiry = TODAY + timedelta(days=10)
    measure = safety.save_measure(case_id, MeasureKind.SMARTWATCH, (TODAY - timedelta(days=170)).isoformat(),
                                  expiry.isoformat(), decided_by="○○경찰서")  # fmt: skip
    reminders = safety.my_reminders(today=TODAY)
    assert [(r.due, r.label) for r in reminders] == [(expiry, "Smartwatch: return or extend")]
    assert safety.my_reminders(today=expiry - timedelta(days=15)) == []
    current = safety.measures(case_id)[0]
    safety.save_measure(case_id, MeasureKind.SMARTWATCH, current.starts_on.isoformat(),
                        (expiry + timedelta(days=180)).isoformat(), measure_id=measure.id,
                        expected_updated_at=current.updated_at)  # fmt: skip
    assert safety.my_reminders(today=TODAY) == []
    with pytest.raises(OneStopError) as caught:
        safety.save_measure(case_id, MeasureKind.SMARTWATCH, TODAY.isoformat(), "", measure_id=measure.id,
                            expected_updated_at=current.updated_at)  # fmt: skip
    assert caught.value.code is ErrorCode.EDIT_CONFLICT
    kim_session = vault.login("kim", PASS)  # not the lead nor on the team: no reminder for kim
    assert kim_session.safety.my_reminders(today=TODAY) == [] and kim_session.safety.due(None, today=TODAY)


def test_deadlines_from_the_case_dates_and_a_waiver_with_its_reason(admin_session: Session) -> None:
    incident = TODAY - timedelta(days=3 * 365 - 20)
    case_id = _case(admin_session, incident=incident)
    safety = admin_session.safety
    kinds = {d.rule.code: d for d in safety.case_deadlines(case_id)}
    assert set(kinds) == {"relief_application", "civil_damages"}
    assert kinds["relief_application"].due == period_end(incident, 3, Unit.YEARS)
    due = [d for d in safety.due(30, today=TODAY) if d.kind is DueKind.DEADLINE]
    assert {d.label for d in due} == {"Relief fund application", "Civil damages claim"}
    safety.waive(case_id, "civil_damages", "민사 소송 이미 제기")
    assert {d.label for d in safety.due(30, today=TODAY)} == {"Relief fund application"}
    safety.waive(case_id, "civil_damages", None)
    assert len(safety.due(30, today=TODAY)) == 2
    safety.set_dates(case_id, TODAY.isoformat(), (TODAY - timedelta(days=3)).isoformat())
    codes = {d.rule.code: d.due for d in safety.case_deadlines(case_id)}
    assert codes["relief_review"] == TODAY + timedelta(days=11)
    assert codes["relief_application"] == period_end(TODAY, 3, Unit.YEARS)  # learned today: 3 years from today
    with pytest.raises(OneStopError):
        safety.waive(case_id, "no_such_rule", "x")


def test_an_outreach_worker_sees_only_the_deadlines_of_assigned_cases(admin_session: Session, vault: Vault) -> None:
    admin_session.users.add("field", "현장", Role.OUTREACH, PASS)
    field_id = next(u.id for u in admin_session.cases.colleagues() if u.username == "field")
    incident = TODAY - timedelta(days=400)
    _case(admin_session, "이몽룡", incident=incident)
    mine = _case(admin_session, "성춘향", incident=incident, lead=field_id)
    session = vault.login("field", PASS)
    assert {d.case_id for d in session.safety.due(None, today=TODAY)} == {mine}
    assert len({d.case_id for d in admin_session.safety.due(None, today=TODAY)}) == 2


def test_the_card_is_small_discreet_and_registered(admin_session: Session, tmp_path: Path) -> None:
    admin_session.settings.set(CENTER_PHONE, "0212345678")
    admin_session.settings.set(CENTER_NAME, "해바라기센터")
    case_id = _case(admin_session, "김비밀")
    safety = admin_session.safety
    bare = safety.safety_card(case_id, "내담자 전달")
    body = text(bare.data)
    page = reader(bare.data).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width <= 300 and height <= 425 and len(reader(bare.data).pages) == 1
    assert all(n in body for n in ("112", "1366", "182", "02-1234-5678"))
    assert not [w for w in (*GIVEAWAYS, "김비밀") if w in body]
    safety.save_plan(case_id, {PlanSection.CODE_WORD: "파란 우산", PlanSection.CONTACTS: "언니 010-1111-2222"}, "")
    body = text(safety.safety_card(case_id, "내담자 전달").data)
    assert "파란 우산" in body and "010-1111-2222" in body and "센터" not in body
    safety.save_plan(case_id, {PlanSection.CODE_WORD: "파란 우산"}, "", card_names_center=True)
    named = safety.safety_card(case_id, "내담자 전달")
    assert "해바라기센터" in text(named.data)  # only because the counselor chose it
    target = tmp_path / "card.pdf"
    safety.save_card(named, target)
    assert target.read_bytes() == named.data
    with admin_session.store.read() as conn:
        kind, purpose = conn.execute("SELECT kind, purpose FROM documents").fetchone()
        audited = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND subject_id = ?", (case_id,)
        ).fetchone()[0]
    assert (kind, purpose, audited) == ("safety_card", "내담자 전달", 1)
    with pytest.raises(OneStopError) as caught:
        safety.safety_card(case_id, "  ")
    assert caught.value.code is ErrorCode.INVALID_INPUT
