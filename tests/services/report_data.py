"""Small, exactly known data for the dashboard and report tests.

Cases go through the intake service; programs, attendance and feedback are written with `Store.write`
directly (their services live on another branch), with the columns of migration 0070.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

from onestop_desktop.domain.casework import IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType, Gender
from onestop_desktop.services.session import Session

SECRET_COMMENT = "상담원 이름을 밝힌 비밀 의견"
PROGRAM_NAME = "목요 자조모임 달빛"


def add_case(session: Session, intake: str, *, gender: Gender = Gender.FEMALE, birth: str = "1990-03-01",
             crimes: frozenset[CrimeType] = frozenset({CrimeType.STALKING}), closed_on: str | None = None,
             lead: str | None = None) -> str:  # fmt: skip
    case_id = session.intake.create(
        IntakeForm(
            name="가나다",
            gender=gender,
            birth_date=birth,
            crime_types=set(crimes),
            intake_date=intake,
            lead_counselor_id=lead,
        ),
        today=date(2026, 11, 26),
    )
    if closed_on is not None:
        with session.store.write(session.actor) as tx:
            tx.update("cases", case_id, {"status": "closed", "closed_on": closed_on, "closing_reason": "goals_met"})
    return case_id


def add_program(session: Session, kind: str = "self_help", name: str = PROGRAM_NAME) -> str:
    program_id = str(uuid.uuid4())
    with session.store.write(session.actor) as tx:
        tx.insert("programs", {"id": program_id, "name": name, "kind": kind, "starts_on": "2026-07-01",
                               "status": "running"})  # fmt: skip
    return program_id


def add_meeting(session: Session, program_id: str, held_on: str, attendance: dict[str, str]) -> None:
    """One program session; `attendance` maps a case id to present/absent/excused (enrolled on the way)."""
    user = session.user.id
    with session.store.write(session.actor) as tx:
        meeting = str(uuid.uuid4())
        tx.insert("program_sessions", {"id": meeting, "program_id": program_id, "held_on": held_on})
        for case_id, status in attendance.items():
            enrolment = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{program_id}/{case_id}"))
            if tx.conn.execute("SELECT 1 FROM program_enrolments WHERE id = ?", (enrolment,)).fetchone() is None:
                tx.insert("program_enrolments", {"id": enrolment, "program_id": program_id, "case_id": case_id,
                                                 "enrolled_on": held_on, "enrolled_by": user})  # fmt: skip
            tx.insert("program_attendance", {"id": str(uuid.uuid4()), "enrolment_id": enrolment, "session_id": meeting,
                                             "status": status, "recorded_by": user})  # fmt: skip


def add_feedback(session: Session, month: str, scores: list[int], *, program_id: str | None = None,
                 comment: str = "") -> None:  # fmt: skip
    """One anonymous response per score (every question answered with that score)."""
    with session.store.write(session.actor) as tx:
        version = tx.conn.execute("SELECT id FROM survey_versions LIMIT 1").fetchone()
        if version is None:
            version_id = str(uuid.uuid4())
            questions = [
                {"code": "q1", "kind": "scale5", "text_ko": "도움이 되었나요?", "text_en": "Did it help?"},
                {"code": "q2", "kind": "scale5", "text_ko": "존중받았나요?", "text_en": "Respected?"},
            ]
            tx.insert(
                "survey_versions",
                {
                    "id": version_id,
                    "subject": "case",
                    "version": 1,
                    "questions": json.dumps(questions),
                    "published_on": "2026-01-01",
                },
            )
        else:
            version_id = str(version[0])
        for score in scores:
            tx.insert("feedback_responses", {
                "id": str(uuid.uuid4()), "survey_version_id": version_id,
                "subject": "program" if program_id else "case", "program_id": program_id, "answered_month": month,
                "method": "paper", "answers": json.dumps({"q1": score, "q2": score}), "helped_most": "PSYCH",
                "comment": comment, "created_at": f"{month}-01T00:00:00.000Z",
            })  # fmt: skip
