"""Demo programs and surveys: a living center over the last two years, counted by `stats`."""

from __future__ import annotations

from datetime import date, timedelta

from onestop_desktop.services.session import Session

TODAY = date(2026, 11, 26)


def test_demo_data_has_programs_attendance_and_surveys_over_two_years(admin_session: Session) -> None:
    admin_session.demo.seed(200, 1, today=TODAY)
    stats = dict(admin_session.stats.counts(TODAY))
    assert stats["programs"] >= 10 and stats["program_sessions"] > stats["programs"]
    assert stats["programs.status.running"] + stats["programs.status.planned"] >= 1
    assert stats["programs.status.finished"] >= 5
    for name in ("program_enrolments.status.enrolled", "program_enrolments.status.completed",
                 "program_enrolments.status.dropped", "program_attendance.present", "program_attendance.absent",
                 "feedback.requests.answered", "feedback.requests.declined", "feedback.responses.case",
                 "feedback.responses.program"):  # fmt: skip
        assert stats[name] > 0, name
    assert stats["feedback.responses.case"] + stats["feedback.responses.program"] == stats["feedback.requests.answered"]
    with admin_session.store.read() as conn:
        months = {r[0] for r in conn.execute("SELECT answered_month FROM feedback_responses")}
        requested = [r[0] for r in conn.execute("SELECT recorded_on FROM feedback_requests")]
        late = conn.execute(
            "SELECT count(*) FROM program_attendance a JOIN program_sessions s ON s.id = a.session_id"
            " WHERE s.held_on > ?",
            (TODAY.isoformat(),),
        ).fetchone()[0]
        dense = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM feedback_responses GROUP BY answered_month, subject, program_id"
            " HAVING count(*) >= 5)"
        ).fetchone()[0]
    assert len(months) >= 12 and max(months) <= "2026-11"
    assert dense >= 4  # months with enough answers to be shown (reports hide averages of fewer than five)
    assert min(requested) >= (TODAY - timedelta(days=731)).isoformat() and max(requested) <= TODAY.isoformat()
    assert late == 0  # nobody attended a session that has not happened
    assert admin_session.maintenance.check() == []
    assert admin_session.audit.verify()[1] == []


def test_stats_keep_the_older_lines_first_and_in_order(admin_session: Session) -> None:
    names = [name for name, _ in admin_session.stats.counts()]
    assert names[:2] == ["clients", "cases"] and names.index("referrals") < names.index("programs")
    assert {"programs", "program_enrolments", "feedback.requests.declined", "survey_versions"} <= set(names)
