"""The survey rules hold for any input: answers are accepted exactly when they fit the version, and a
set of questions is publishable exactly when it has a scale item, unique codes and both texts."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.feedback import (
    CODE,
    MAX_QUESTIONS,
    FeedbackAnswers,
    Question,
    QuestionKind,
    SurveySubject,
    SurveyVersion,
    answer_problems,
    question_problems,
    request_id,
)
from onestop_desktop.domain.programs import (
    ENROLMENT_TRANSITIONS,
    EnrolmentStatus,
    attendance_id,
    can_move,
    enrolment_id,
    status_on,
)
from onestop_desktop.domain.taxonomy import ServiceDomain

SURVEY = SurveyVersion(
    "v1", SurveySubject.CASE, 1,
    (Question("helpful", QuestionKind.SCALE5, "도움", "Help"), Question("kind", QuestionKind.SCALE5, "친절", "Kind"),
     Question("helped_most", QuestionKind.SERVICE, "서비스", "Service"),
     Question("comment", QuestionKind.TEXT, "의견", "Comment")),
    date(2026, 11, 26))  # fmt: skip

codes = st.sampled_from(["helpful", "kind", "prompt", "nosuch"])
scores = st.dictionaries(codes, st.integers(-2, 8), max_size=4)


@given(scores, st.none() | st.sampled_from(list(ServiceDomain)), st.text(max_size=1100))
def test_answers_are_accepted_exactly_when_they_fit_the_version(
    given_scores: dict[str, int], helped: ServiceDomain | None, comment: str
) -> None:
    answers = FeedbackAnswers(given_scores, helped, comment)
    fits = (
        all(code in {"helpful", "kind"} and 1 <= score <= 5 for code, score in given_scores.items())
        and len(comment.strip()) <= 1000
        and bool(given_scores or helped or comment.strip())
    )
    assert (answer_problems(SURVEY, answers) == []) == fits


question = st.builds(
    Question,
    st.from_regex(r"[a-z][a-z0-9_]{0,3}", fullmatch=True) | st.sampled_from(["", "Bad", "1x"]),
    st.sampled_from(list(QuestionKind)),
    st.sampled_from(["", "문항", "x" * 201]),
    st.sampled_from(["", "Question"]),
)


@given(st.lists(question, max_size=MAX_QUESTIONS + 2))
def test_questions_are_publishable_exactly_when_well_formed(questions: list[Question]) -> None:
    kinds = [q.kind for q in questions]
    codes_seen = [q.code for q in questions]
    well_formed = (
        len(questions) <= MAX_QUESTIONS
        and QuestionKind.SCALE5 in kinds
        and kinds.count(QuestionKind.SERVICE) <= 1
        and kinds.count(QuestionKind.TEXT) <= 1
        and all(CODE.match(c) for c in codes_seen)
        and len(set(codes_seen)) == len(codes_seen)
        and all(q.text_ko.strip() and q.text_en.strip() and len(q.text_ko) <= 200 for q in questions)
    )
    assert (question_problems(questions) == []) == well_formed


@given(st.uuids(), st.uuids(), st.uuids())
def test_ids_are_the_same_on_every_device_and_never_collide(program: object, case: object, other: object) -> None:
    p, c, o = str(program), str(case), str(other)
    assert enrolment_id(p, c) == enrolment_id(p, c)
    assert (enrolment_id(p, c) == enrolment_id(p, o)) == (c == o)
    assert attendance_id(enrolment_id(p, c), o) != enrolment_id(p, c)
    assert request_id(SurveySubject.CASE, c, None) != request_id(SurveySubject.PROGRAM, c, None)


def test_enrolment_moves_and_program_dates() -> None:
    assert can_move(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED)
    assert not can_move(EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED)
    assert all(current not in targets for current, targets in ENROLMENT_TRANSITIONS.items())
    today = date(2026, 11, 26)
    assert str(status_on(date(2026, 12, 1), None, today)) == "planned"
    assert str(status_on(date(2026, 11, 1), date(2026, 11, 25), today)) == "finished"
    assert str(status_on(date(2026, 11, 1), today, today)) == "running"
