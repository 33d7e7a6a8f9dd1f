"""Safety records sync and merge like other case records: assessments and plan versions made offline on two
devices both arrive (they are only ever added), a measure edited on both sides merges per field, and the risk
level two offline assessments both set settles like any other field."""

from __future__ import annotations

from datetime import date, timedelta

from onestop_desktop.domain.safety import Answer, MeasureKind, PlanSection
from onestop_desktop.services.session import Session

from .test_engine import Center, _case, _digest, center  # noqa: F401  (the fixture)

TODAY = date.today()


def _answers(session: Session, yes: set[str]) -> dict[str, Answer]:
    return {i.code: Answer.YES if i.code in yes else Answer.NO for i in session.safety.checklist().items}


def test_safety_records_from_two_devices_converge(center: Center) -> None:  # noqa: F811
    case_id = _case(center.desk)
    desk2 = center.enrol("desk2")
    center.desk.safety.assess(case_id, _answers(center.desk, {"control"}), TODAY.isoformat())
    desk2.safety.assess(case_id, _answers(desk2, {"strangulation", "weapon"}), TODAY.isoformat())
    center.desk.safety.save_plan(case_id, {PlanSection.CODE_WORD: "파란 우산"}, "")
    desk2.safety.save_plan(case_id, {PlanSection.CONTACTS: "언니 010-1111-2222"}, "")
    start = (TODAY - timedelta(days=30)).isoformat()
    measure = center.desk.safety.save_measure(case_id, MeasureKind.SMARTWATCH, start, TODAY.isoformat())
    center.desk.safety.waive(case_id, "civil_damages", "해당 없음: 재산 피해 없음")
    center.sync(center.desk, desk2)

    current = desk2.safety.measures(case_id)[0]
    desk2.safety.save_measure(case_id, MeasureKind.SMARTWATCH, start, (TODAY + timedelta(days=180)).isoformat(),
                              measure_id=measure.id, expected_updated_at=current.updated_at)  # fmt: skip
    center.desk.safety.save_measure(case_id, MeasureKind.SMARTWATCH, start, TODAY.isoformat(), decided_by="○○경찰서",
                                    measure_id=measure.id, expected_updated_at=current.updated_at)  # fmt: skip
    center.sync(center.desk, desk2)

    for session in (center.desk, desk2):
        assert sorted(a.score for a in session.safety.assessments(case_id)) == [1, 6]
        assert len(session.safety.plans(case_id)) == 2
        merged = session.safety.measures(case_id)[0]
        assert merged.expires_on == TODAY + timedelta(days=180) and merged.decided_by == "○○경찰서"
        waived = [d for d in session.safety.case_deadlines(case_id) if not d.open]
        assert [d.rule.code for d in waived] == ["civil_damages"] or session.safety.case_deadlines(case_id) == []
    # Two assessments made offline each set the case's risk level: that is a conflict for a person to settle,
    # like any field of the case edited on two devices; the safety records themselves never conflict.
    conflicts = center.desk.sync.conflicts()
    columns = {(c.table, c.column) for c in conflicts}
    assert ("cases", "risk_level") in columns and columns <= {("cases", "risk_level"), ("cases", "risk_rank")}
    assert [c.id for c in desk2.sync.conflicts()] == [c.id for c in conflicts]
    assert _digest(center.desk) == _digest(desk2)
    desk2.logout()
