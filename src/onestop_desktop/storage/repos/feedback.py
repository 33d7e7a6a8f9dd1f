"""Survey versions, feedback requests (that a case was asked) and the answers (kept apart from identity).

An answer row is written with its own random id (not time-ordered), with `created_at`/`updated_at`
set to the first day of its month and `updated_by` set to ANONYMOUS, so nothing in the row points
to the day, the person who took it, or the request it belongs to. Reads of answers here are
aggregates or anonymous comment lists; no function returns an answer together with a case.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from ...domain.feedback import (
    AnonymousComment,
    FeedbackAnswers,
    FeedbackMethod,
    FeedbackOutcome,
    FeedbackRequest,
    Question,
    QuestionKind,
    SurveySubject,
    SurveyVersion,
    request_id,
)
from ...domain.ids import new_id
from ...domain.taxonomy import ServiceDomain
from ..db import Connection
from ..store import WriteTx

ANONYMOUS = "anonymous"
_VERSION = "id, subject, version, questions, published_on"


def _version(r: Any) -> SurveyVersion:
    questions = tuple(
        Question(q["code"], QuestionKind(q["kind"]), q["text_ko"], q["text_en"]) for q in json.loads(r[3])
    )
    return SurveyVersion(r[0], SurveySubject(r[1]), int(r[2]), questions, date.fromisoformat(r[4]))


def versions(conn: Connection, subject: SurveySubject) -> list[SurveyVersion]:
    rows = conn.execute(
        f"SELECT {_VERSION} FROM survey_versions WHERE subject = ? AND deleted_at IS NULL ORDER BY version DESC,"
        " created_at DESC",
        (str(subject),),
    ).fetchall()
    return [_version(r) for r in rows]


def current(conn: Connection, subject: SurveySubject) -> SurveyVersion | None:
    found = versions(conn, subject)
    return found[0] if found else None


def version(conn: Connection, version_id: str) -> SurveyVersion | None:
    row = conn.execute(
        f"SELECT {_VERSION} FROM survey_versions WHERE id = ? AND deleted_at IS NULL", (version_id,)
    ).fetchone()
    return _version(row) if row else None


def publish(tx: WriteTx, subject: SurveySubject, questions: list[Question], on: date) -> SurveyVersion:
    last = tx.conn.execute(
        "SELECT coalesce(max(version), 0) FROM survey_versions WHERE subject = ?", (str(subject),)
    ).fetchone()[0]
    version_id = new_id()
    payload = [{"code": q.code, "kind": str(q.kind), "text_ko": q.text_ko, "text_en": q.text_en} for q in questions]
    tx.insert(
        "survey_versions",
        {
            "id": version_id,
            "subject": str(subject),
            "version": int(last) + 1,
            "questions": json.dumps(payload, ensure_ascii=False),
            "published_on": on.isoformat(),
        },
    )
    return SurveyVersion(version_id, subject, int(last) + 1, tuple(questions), on)


# -- requests: that a case was asked ----------------------------------------------------------------
def _request(r: Any) -> FeedbackRequest:
    return FeedbackRequest(
        r[0], SurveySubject(r[1]), r[2], r[3], FeedbackOutcome(r[4]), FeedbackMethod(r[5]), date.fromisoformat(r[6])
    )


_REQUEST = "id, subject, case_id, enrolment_id, outcome, method, recorded_on"


def request(conn: Connection, subject: SurveySubject, case_id: str, enrolment_id: str | None) -> FeedbackRequest | None:
    row = conn.execute(
        f"SELECT {_REQUEST} FROM feedback_requests WHERE id = ? AND deleted_at IS NULL",
        (request_id(subject, case_id, enrolment_id),),
    ).fetchone()
    return _request(row) if row else None


def requests_for_case(conn: Connection, case_id: str) -> list[FeedbackRequest]:
    rows = conn.execute(
        f"SELECT {_REQUEST} FROM feedback_requests WHERE case_id = ? AND deleted_at IS NULL ORDER BY recorded_on",
        (case_id,),
    ).fetchall()
    return [_request(r) for r in rows]


def insert_request(
    tx: WriteTx,
    subject: SurveySubject,
    case_id: str,
    enrolment_id: str | None,
    outcome: FeedbackOutcome,
    method: FeedbackMethod,
    on: date,
) -> str:
    row_id = request_id(subject, case_id, enrolment_id)
    tx.insert(
        "feedback_requests",
        {
            "id": row_id,
            "subject": str(subject),
            "case_id": case_id,
            "enrolment_id": enrolment_id,
            "outcome": str(outcome),
            "method": str(method),
            "recorded_on": on.isoformat(),
        },
    )
    return row_id


# -- responses: what was answered, by nobody in particular -----------------------------------------------
def insert_response(
    tx: WriteTx,
    survey: SurveyVersion,
    program_id: str | None,
    month: str,
    method: FeedbackMethod,
    answers: FeedbackAnswers,
) -> None:
    first_day = f"{month}-01T00:00:00.000Z"
    tx.conn.execute(
        "INSERT INTO feedback_responses (id, survey_version_id, subject, program_id, answered_month, method,"
        " answers, helped_most, comment, created_at, updated_at, updated_by, origin_device)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuid.uuid4()),  # random: a time-ordered id would date the answer
            survey.id,
            str(survey.subject),
            program_id,
            month,
            str(method),
            json.dumps(dict(sorted(answers.scores.items()))),
            str(answers.helped_most) if answers.helped_most is not None else None,
            answers.comment.strip(),
            first_day,
            first_day,
            ANONYMOUS,
            tx.device.device_id,
        ),
    )


def _month_range(first: str, last: str) -> tuple[str, tuple[object, ...]]:
    return "answered_month BETWEEN ? AND ?", (first, last)


def outcome_counts(conn: Connection, subject: SurveySubject, first: date, last: date) -> dict[FeedbackOutcome, int]:
    rows = conn.execute(
        "SELECT outcome, count(*) FROM feedback_requests WHERE subject = ? AND deleted_at IS NULL"
        " AND recorded_on BETWEEN ? AND ? GROUP BY outcome",
        (str(subject), first.isoformat(), last.isoformat()),
    ).fetchall()
    return {FeedbackOutcome(r[0]): int(r[1]) for r in rows}


def score_means(conn: Connection, subject: SurveySubject, first: str, last: str) -> tuple[int, dict[str, float]]:
    where, params = _month_range(first, last)
    answered = int(
        conn.execute(
            f"SELECT count(*) FROM feedback_responses WHERE subject = ? AND deleted_at IS NULL AND {where}",
            (str(subject), *params),
        ).fetchone()[0]
    )
    rows = conn.execute(
        "SELECT j.key, avg(j.value) FROM feedback_responses r, json_each(r.answers) j"
        f" WHERE r.subject = ? AND r.deleted_at IS NULL AND {where} GROUP BY j.key",
        (str(subject), *params),
    ).fetchall()
    return answered, {str(r[0]): float(r[1]) for r in rows}


def helped_most_counts(conn: Connection, subject: SurveySubject, first: str, last: str) -> dict[ServiceDomain, int]:
    where, params = _month_range(first, last)
    rows = conn.execute(
        "SELECT helped_most, count(*) FROM feedback_responses WHERE subject = ? AND deleted_at IS NULL"
        f" AND helped_most IS NOT NULL AND {where} GROUP BY helped_most",
        (str(subject), *params),
    ).fetchall()
    return {ServiceDomain(r[0]): int(r[1]) for r in rows if r[0] in {d.value for d in ServiceDomain}}


def comments(conn: Connection, first: str, last: str, min_answers: int, limit: int = 500) -> list[AnonymousComment]:
    """Free comments by month, then alphabetically (never in the order they were written), only from months
    in which at least `min_answers` people answered that survey."""
    where, params = _month_range(first, last)
    rows = conn.execute(
        "SELECT r.answered_month, r.subject, coalesce(p.name, ''), r.comment FROM feedback_responses r"
        " LEFT JOIN programs p ON p.id = r.program_id"
        f" WHERE r.deleted_at IS NULL AND r.comment <> '' AND r.{where}"
        " AND (SELECT count(*) FROM feedback_responses x WHERE x.subject = r.subject"
        "  AND x.answered_month = r.answered_month AND x.deleted_at IS NULL) >= ?"
        " ORDER BY r.answered_month DESC, r.comment LIMIT ?",
        (*params, min_answers, limit),
    ).fetchall()
    return [AnonymousComment(r[0], SurveySubject(r[1]), r[2], r[3]) for r in rows]
