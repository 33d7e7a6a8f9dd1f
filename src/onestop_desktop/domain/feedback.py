"""Satisfaction surveys (만족도 조사) for a closed case and for a completed program.

The questions are data: an administrator publishes a new version, and every answer keeps the
version it answered. What was answered is stored apart from who answered (see migration 0070):
`FeedbackAnswers` carries no case, client or day, and the request that records *that* a case was
asked (answered or declined) never holds an answer.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .casework import FieldProblem
from .taxonomy import ServiceDomain
from .text import QT_TRANSLATE_NOOP
from .validation import TOO_LONG

_NAMESPACE = uuid.UUID("3e9d1c6a-52b7-5f04-8a1e-6c7d8e9f0a1b")
CODE = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
MAX_QUESTIONS = 15
MAX_TEXT = 200
MAX_COMMENT = 1000
SCALE = range(1, 6)
# Summaries of fewer answers than this are not shown: a handful of answers could be recognised.
MIN_ANSWERS_SHOWN = 5


class SurveySubject(StrEnum):
    CASE = "case"  # 종결 사례
    PROGRAM = "program"  # 수료한 프로그램


SUBJECT_LABELS: dict[SurveySubject, str] = {
    SurveySubject.CASE: QT_TRANSLATE_NOOP("Feedback", "Closed case"),
    SurveySubject.PROGRAM: QT_TRANSLATE_NOOP("Feedback", "Completed program"),
}


class FeedbackMethod(StrEnum):
    KIOSK = "kiosk"  # 센터 단말기에서 본인이 직접
    PHONE = "phone"  # 상담원이 전화로
    PAPER = "paper"  # 종이 설문지를 입력


METHOD_LABELS: dict[FeedbackMethod, str] = {
    FeedbackMethod.KIOSK: QT_TRANSLATE_NOOP("Feedback", "On this computer, by the client"),
    FeedbackMethod.PHONE: QT_TRANSLATE_NOOP("Feedback", "By phone"),
    FeedbackMethod.PAPER: QT_TRANSLATE_NOOP("Feedback", "From a paper form"),
}


class FeedbackOutcome(StrEnum):
    ANSWERED = "answered"
    DECLINED = "declined"


OUTCOME_LABELS: dict[FeedbackOutcome, str] = {
    FeedbackOutcome.ANSWERED: QT_TRANSLATE_NOOP("Feedback", "Answered"),
    FeedbackOutcome.DECLINED: QT_TRANSLATE_NOOP("Feedback", "Declined"),
}


class QuestionKind(StrEnum):
    SCALE5 = "scale5"  # 1 (전혀 아니다) … 5 (매우 그렇다)
    SERVICE = "service"  # which service domain helped most (feedback_responses.helped_most)
    TEXT = "text"  # free comment (feedback_responses.comment)


QUESTION_KIND_LABELS: dict[QuestionKind, str] = {
    QuestionKind.SCALE5: QT_TRANSLATE_NOOP("Feedback", "5-point scale"),
    QuestionKind.SERVICE: QT_TRANSLATE_NOOP("Feedback", "Service that helped most"),
    QuestionKind.TEXT: QT_TRANSLATE_NOOP("Feedback", "Free comment"),
}

SCALE_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Feedback", "Not at all"),
    2: QT_TRANSLATE_NOOP("Feedback", "Not really"),
    3: QT_TRANSLATE_NOOP("Feedback", "So-so"),
    4: QT_TRANSLATE_NOOP("Feedback", "Mostly"),
    5: QT_TRANSLATE_NOOP("Feedback", "Very much"),
}

# The five items of the default survey (migration 0080); reports may rely on these codes.
HELPFUL, KIND, PROMPT, SAFE, RECOMMEND = "helpful", "kind", "prompt", "safe", "recommend"
DEFAULT_SCALE_CODES = (HELPFUL, KIND, PROMPT, SAFE, RECOMMEND)

NEED_QUESTION_TEXT = QT_TRANSLATE_NOOP("Validation", "Write the question in Korean and in English.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Validation", "A code has 2 to 31 lower-case Latin letters, digits or '_', starting with a letter."
)
DUPLICATE_CODE = QT_TRANSLATE_NOOP("Validation", "Two questions share the code '{code}'.")
NEED_SCALE = QT_TRANSLATE_NOOP("Validation", "A survey needs at least one 5-point question.")
TOO_MANY_QUESTIONS = QT_TRANSLATE_NOOP("Validation", "At most {max} questions.")
ONE_OF_KIND = QT_TRANSLATE_NOOP("Validation", "At most one question of the kind “{kind}”.")
NOTHING_ANSWERED = QT_TRANSLATE_NOOP("Validation", "Nothing was answered. Record that the client declined instead.")
BAD_SCORE = QT_TRANSLATE_NOOP("Validation", "Answer with a number from 1 to 5.")
UNKNOWN_QUESTION = QT_TRANSLATE_NOOP("Validation", "This question is not in the survey.")
NOT_CLOSED = QT_TRANSLATE_NOOP("Validation", "A case is surveyed once it is closed.")
NOT_COMPLETED = QT_TRANSLATE_NOOP("Validation", "A program is surveyed once the client has completed it.")
ALREADY_ASKED = QT_TRANSLATE_NOOP(
    "Validation", "This survey was already recorded ({outcome}); the client is not asked again."
)


@dataclass(frozen=True)
class Question:
    code: str
    kind: QuestionKind
    text_ko: str
    text_en: str

    def text(self, language: str) -> str:
        return self.text_ko if language == "ko" else self.text_en


@dataclass(frozen=True)
class SurveyVersion:
    id: str
    subject: SurveySubject
    version: int
    questions: tuple[Question, ...]
    published_on: date

    @property
    def scale_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.kind is QuestionKind.SCALE5)

    def question(self, kind: QuestionKind) -> Question | None:
        return next((q for q in self.questions if q.kind is kind), None)


@dataclass
class FeedbackAnswers:
    """What one person answered: scores by question code (unanswered items left out)."""

    scores: dict[str, int] = field(default_factory=dict)
    helped_most: ServiceDomain | None = None
    comment: str = ""


@dataclass(frozen=True)
class FeedbackRequest:
    """That a case (or one of its program enrolments) was surveyed, and how — never what was said."""

    id: str
    subject: SurveySubject
    case_id: str
    enrolment_id: str | None
    outcome: FeedbackOutcome
    method: FeedbackMethod
    recorded_on: date


@dataclass(frozen=True)
class FeedbackSummary:
    """Aggregate answers for a subject over a period; `shown` is False below MIN_ANSWERS_SHOWN."""

    subject: SurveySubject
    answered: int
    declined: int
    shown: bool
    means: dict[str, float]  # question code -> mean score (empty when not shown)
    helped_most: dict[ServiceDomain, int]


@dataclass(frozen=True)
class AnonymousComment:
    month: str  # YYYY-MM
    subject: SurveySubject
    program_name: str
    text: str


def request_id(subject: SurveySubject, case_id: str, enrolment_id: str | None) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{subject}:{case_id}:{enrolment_id or ''}"))


def question_problems(questions: list[Question]) -> list[FieldProblem]:
    """What stops a set of questions from being published (empty when it may be)."""
    problems: list[FieldProblem] = []
    if len(questions) > MAX_QUESTIONS:
        problems.append(FieldProblem("questions", TOO_MANY_QUESTIONS, {"max": str(MAX_QUESTIONS)}))
    if not any(q.kind is QuestionKind.SCALE5 for q in questions):
        problems.append(FieldProblem("questions", NEED_SCALE))
    for kind in (QuestionKind.SERVICE, QuestionKind.TEXT):
        if sum(1 for q in questions if q.kind is kind) > 1:
            problems.append(FieldProblem("questions", ONE_OF_KIND, {"kind": QUESTION_KIND_LABELS[kind]}))
    seen: set[str] = set()
    for index, question in enumerate(questions):
        name = f"question.{index}"
        if not CODE.match(question.code):
            problems.append(FieldProblem(name, BAD_CODE))
        elif question.code in seen:
            problems.append(FieldProblem(name, DUPLICATE_CODE, {"code": question.code}))
        seen.add(question.code)
        texts = (question.text_ko.strip(), question.text_en.strip())
        if not all(texts) or any(len(t) > MAX_TEXT for t in texts):
            problems.append(FieldProblem(name, NEED_QUESTION_TEXT))
    return problems


def answer_problems(survey: SurveyVersion, answers: FeedbackAnswers) -> list[FieldProblem]:
    """What is wrong with a set of answers to `survey` (empty when they may be stored)."""
    problems: list[FieldProblem] = []
    codes = {q.code for q in survey.scale_questions}
    for code, score in answers.scores.items():
        if code not in codes:
            problems.append(FieldProblem(code, UNKNOWN_QUESTION))
        elif isinstance(score, bool) or not isinstance(score, int) or score not in SCALE:
            problems.append(FieldProblem(code, BAD_SCORE))
    if answers.helped_most is not None and survey.question(QuestionKind.SERVICE) is None:
        problems.append(FieldProblem("helped_most", UNKNOWN_QUESTION))
    if answers.comment.strip() and survey.question(QuestionKind.TEXT) is None:
        problems.append(FieldProblem("comment", UNKNOWN_QUESTION))
    if len(answers.comment.strip()) > MAX_COMMENT:
        problems.append(FieldProblem("comment", TOO_LONG, {"max": str(MAX_COMMENT)}))
    if not answers.scores and answers.helped_most is None and not answers.comment.strip():
        problems.append(FieldProblem("scores", NOTHING_ANSWERED))
    return problems


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
