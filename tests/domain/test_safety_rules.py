"""Danger scoring (weights, cut-offs, escalating items) and the reminder stages of protective measures."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.safety import (
    Answer,
    Checklist,
    ChecklistItem,
    Cutoffs,
    DueKind,
    SafetyDue,
    needs_safety_review,
    reminder_stage,
    score,
    within,
)
from onestop_desktop.domain.taxonomy import RiskLevel

CHECKLIST = Checklist(
    "c1",
    1,
    (
        ChecklistItem("escalation", "history", 2, "심해짐", "worse"),
        ChecklistItem("strangulation", "history", 3, "목 조름", "strangled", escalates=True),
        ChecklistItem("following", "stalking", 2, "따라다님", "follows"),
        ChecklistItem("contact", "stalking", 1, "연락", "contact"),
    ),
    Cutoffs(medium=2, high=4, critical=7),
    date(2026, 12, 7),
)


def test_the_score_is_the_weight_of_the_yes_answers() -> None:
    answers = {"escalation": Answer.YES, "following": Answer.YES, "contact": Answer.UNKNOWN}
    assert score(CHECKLIST, answers) == (4, RiskLevel.HIGH)
    assert score(CHECKLIST, {"contact": Answer.YES}) == (1, RiskLevel.LOW)
    assert score(CHECKLIST, {"escalation": Answer.YES}) == (2, RiskLevel.MEDIUM)
    assert score(CHECKLIST, dict.fromkeys(("escalation", "strangulation", "following"), Answer.YES))[1] == (
        RiskLevel.CRITICAL
    )


def test_strangulation_alone_makes_the_level_at_least_high() -> None:
    assert score(CHECKLIST, {"strangulation": Answer.YES}) == (3, RiskLevel.HIGH)
    assert score(CHECKLIST, {"strangulation": Answer.UNKNOWN}) == (0, RiskLevel.LOW)


@given(st.dictionaries(st.sampled_from([i.code for i in CHECKLIST.items]), st.sampled_from(list(Answer))))
def test_saying_yes_to_one_more_item_never_lowers_the_level(answers: dict[str, Answer]) -> None:
    order = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL]
    total, level = score(CHECKLIST, answers)
    assert 0 <= total <= CHECKLIST.max_score
    for item in CHECKLIST.items:
        more = score(CHECKLIST, {**answers, item.code: Answer.YES})
        assert more[0] >= total and order.index(more[1]) >= order.index(level)


def test_high_and_critical_prompt_a_safety_review() -> None:
    assert needs_safety_review(RiskLevel.HIGH) and needs_safety_review(RiskLevel.CRITICAL)
    assert not needs_safety_review(RiskLevel.MEDIUM)


def test_reminder_stages_are_14_and_3_days_before_expiry() -> None:
    expiry = date(2026, 12, 31)
    assert reminder_stage(expiry, expiry - timedelta(days=15)) is None
    assert reminder_stage(expiry, expiry - timedelta(days=14)) == 14
    assert reminder_stage(expiry, expiry - timedelta(days=4)) == 14
    assert reminder_stage(expiry, expiry - timedelta(days=3)) == 3
    assert reminder_stage(expiry, expiry) == 3
    assert reminder_stage(expiry, expiry + timedelta(days=1)) == 0


def test_within_keeps_today_to_the_limit_soonest_first() -> None:
    today = date(2026, 12, 7)
    items = [
        SafetyDue(today + timedelta(days=d), "c", f"D1-2026-0000{i}", DueKind.DEADLINE, "x")
        for i, d in enumerate((20, -1, 0, 10, 31))
    ]
    assert [(i.due - today).days for i in within(items, today, 30)] == [0, 10, 20]
    assert [(i.due - today).days for i in within(items, today, None)] == [0, 10, 20, 31]
