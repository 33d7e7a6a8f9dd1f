"""A removal and a data subject's request are case rows like any other: a request logged at the desk reaches the
field kit with its case, its answer recorded on the kit comes back, and a session removed on the kit (with its
reason) is removed at the desk too: tombstoned with the reason until tombstone collection takes the row and its
history, while the audit entry (which travels to workstations) keeps that it happened and why."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from onestop_desktop.domain.casework import CounselingSessionForm, IntakeForm
from onestop_desktop.domain.corrections import RemovableKind, RemovalReason
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.subject_requests import AnswerForm, RequestForm, RequestKind, RequestOutcome
from onestop_desktop.domain.taxonomy import CrimeType

from .test_engine import OUTREACH_PASSPHRASE, Center

TODAY = date.today()


def test_requests_and_removals_travel_with_their_case(tmp_path: Path) -> None:
    center = Center(tmp_path)
    desk = center.desk
    outreach = desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    case_id = desk.intake.create(IntakeForm(name="요구사례", birth_date="2000-01-01", crime_types={CrimeType.OTHER}))
    request_id = desk.subject_requests.log(case_id, RequestForm(RequestKind.ACCESS, TODAY.isoformat()))
    desk.cases.set_team(case_id, {outreach.id})
    kit = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    try:
        assert [r.id for r in kit.subject_requests.my_reminders()] == [request_id]
        kit.subject_requests.answer(request_id, AnswerForm(RequestOutcome.GRANTED, TODAY.isoformat()))
        when = f"{(TODAY - timedelta(days=1)).isoformat()} 10:00"
        session_id = kit.cases.add_counseling_session(case_id, CounselingSessionForm(started_at=when, note="잘못"))
        center.sync(kit, desk)
        assert [s.id for s in desk.cases.open(case_id).counseling_sessions] == [session_id]
        kit.corrections.remove(case_id, RemovableKind.SESSION, session_id, RemovalReason.WRONG_CASE)
        center.sync(kit, desk)
        [answered] = desk.subject_requests.for_case(case_id)
        assert answered.answered_on == TODAY and answered.outcome is RequestOutcome.GRANTED
        assert desk.cases.open(case_id).counseling_sessions == ()
        with desk.store.read() as conn:
            row = conn.execute("SELECT deleted_at, deleted_reason FROM case_sessions WHERE id = ?", (session_id,))
            kept = row.fetchone()
            collected = conn.execute(
                "SELECT count(*) FROM sync_collected WHERE table_name = 'case_sessions' AND row_id = ?", (session_id,)
            ).fetchone()[0]
        assert (kept is not None and kept[0] and kept[1] == "wrong_case") or (kept is None and collected == 1)
        audit = desk.audit.export_csv(TODAY - timedelta(days=1))
        assert "session removed: wrong_case" in audit
    finally:
        kit.logout()
        desk.logout()
