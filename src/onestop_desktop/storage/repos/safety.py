"""Danger checklists and assessments, safety plan versions, protective measures, deadline waivers and the case
dates legal deadlines run from."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.ids import new_id
from ...domain.legal_deadlines import CaseDates
from ...domain.safety import (
    Answer,
    Assessment,
    Checklist,
    ChecklistItem,
    Cutoffs,
    Measure,
    MeasureKind,
    PlanSection,
    SafetyPlan,
)
from ...domain.taxonomy import RISK_ORDER, RiskLevel
from ..db import Connection
from ..store import WriteTx
from .case_list import Visibility

_WAIVER_NAMESPACE = uuid.UUID("0b6f2d4e-8a1c-5e37-b9d2-4c6a8e0f1b25")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# -- checklists ---------------------------------------------------------------------------------------------------
def _checklist(r: Any) -> Checklist:
    items = tuple(
        ChecklistItem(i["code"], i["category"], int(i["weight"]), i["text_ko"], i["text_en"], bool(i["escalates"]))
        for i in json.loads(r[2])
    )
    cut = json.loads(r[3])
    return Checklist(
        r[0], int(r[1]), items, Cutoffs(cut["medium"], cut["high"], cut["critical"]), date.fromisoformat(r[4])
    )


def current_checklist(conn: Connection) -> Checklist | None:
    row = conn.execute(
        "SELECT id, version, items, cutoffs, published_on FROM danger_checklists WHERE deleted_at IS NULL"
        " ORDER BY version DESC, created_at DESC LIMIT 1"
    ).fetchone()
    return _checklist(row) if row else None


def checklist(conn: Connection, checklist_id: str) -> Checklist | None:
    row = conn.execute(
        "SELECT id, version, items, cutoffs, published_on FROM danger_checklists WHERE id = ?", (checklist_id,)
    ).fetchone()
    return _checklist(row) if row else None


def publish_checklist(tx: WriteTx, items: tuple[ChecklistItem, ...], cutoffs: Cutoffs, on: date) -> str:
    last = tx.conn.execute("SELECT coalesce(max(version), 0) FROM danger_checklists").fetchone()[0]
    checklist_id = new_id()
    payload = [
        {"code": i.code, "category": i.category, "weight": i.weight, "escalates": i.escalates}
        | {"text_ko": i.text_ko, "text_en": i.text_en}
        for i in items
    ]
    tx.insert(
        "danger_checklists",
        {
            "id": checklist_id,
            "version": int(last) + 1,
            "items": json.dumps(payload, ensure_ascii=False),
            "cutoffs": json.dumps({"medium": cutoffs.medium, "high": cutoffs.high, "critical": cutoffs.critical}),
            "published_on": on.isoformat(),
        },
    )
    return checklist_id


# -- assessments ----------------------------------------------------------------------------------------------------
def assessments(conn: Connection, case_id: str) -> list[Assessment]:
    """Oldest first (the trend reads left to right)."""
    rows = conn.execute(
        "SELECT a.id, a.case_id, a.checklist_id, coalesce(k.version, 0), a.answers, a.score, a.max_score,"
        " a.computed_level, a.level, a.override_reason, a.assessed_on, a.assessed_by, coalesce(u.display_name, '')"
        " FROM danger_assessments a LEFT JOIN danger_checklists k ON k.id = a.checklist_id"
        " LEFT JOIN users u ON u.id = a.assessed_by"
        " WHERE a.case_id = ? AND a.deleted_at IS NULL ORDER BY a.assessed_on, a.created_at",
        (case_id,),
    ).fetchall()
    return [
        Assessment(
            r[0], r[1], r[2], int(r[3]), {k: Answer(v) for k, v in json.loads(r[4]).items()}, int(r[5]), int(r[6]),
            RiskLevel(r[7]), RiskLevel(r[8]), r[9], date.fromisoformat(r[10]), r[11], r[12],
        )
        for r in rows
    ]  # fmt: skip


def add_assessment(tx: WriteTx, a: Assessment) -> None:
    tx.insert(
        "danger_assessments",
        {
            "id": a.id,
            "case_id": a.case_id,
            "checklist_id": a.checklist_id,
            "answers": json.dumps({k: str(v) for k, v in a.answers.items()}),
            "score": a.score,
            "max_score": a.max_score,
            "computed_level": str(a.computed_level),
            "level": str(a.level),
            "override_reason": a.override_reason,
            "assessed_on": a.assessed_on.isoformat(),
            "assessed_by": a.assessed_by,
        },
    )
    tx.update(
        "cases",
        a.case_id,
        {
            "risk_level": str(a.level),
            "risk_rank": RISK_ORDER[a.level],
            "risk_assessed_on": a.assessed_on.isoformat(),
            "risk_assessed_by": a.assessed_by,
        },
    )


# -- plans ----------------------------------------------------------------------------------------------------------
def _plan(r: Any) -> SafetyPlan:
    sections = {PlanSection(k): str(v) for k, v in json.loads(r[3]).items() if k in PlanSection._value2member_map_}
    return SafetyPlan(r[0], r[1], int(r[2]), sections, _day(r[4]), bool(r[5]), date.fromisoformat(r[6]), r[7])


_PLAN = "id, case_id, version, sections, review_on, card_names_center, written_on, written_by"


def plans(conn: Connection, case_id: str) -> list[SafetyPlan]:
    """Newest version first."""
    rows = conn.execute(
        f"SELECT {_PLAN} FROM safety_plans WHERE case_id = ? AND deleted_at IS NULL"
        " ORDER BY version DESC, created_at DESC",
        (case_id,),
    ).fetchall()
    return [_plan(r) for r in rows]


def add_plan(tx: WriteTx, case_id: str, sections: dict[PlanSection, str], review_on: date | None,
             card_names_center: bool, on: date) -> SafetyPlan:  # fmt: skip
    last = tx.conn.execute("SELECT coalesce(max(version), 0) FROM safety_plans WHERE case_id = ?", (case_id,))
    version = int(last.fetchone()[0]) + 1
    plan = SafetyPlan(new_id(), case_id, version, sections, review_on, card_names_center, on, tx.actor.user_id)
    tx.insert(
        "safety_plans",
        {
            "id": plan.id,
            "case_id": case_id,
            "version": version,
            "sections": json.dumps({str(k): v for k, v in sections.items() if v}, ensure_ascii=False),
            "review_on": review_on.isoformat() if review_on else None,
            "card_names_center": int(card_names_center),
            "written_on": on.isoformat(),
            "written_by": tx.actor.user_id,
        },
    )
    return plan


# -- measures -------------------------------------------------------------------------------------------------------
_MEASURE = "id, case_id, kind, starts_on, expires_on, decided_by, reference, ended_on, note, updated_at"


def _measure(r: Any) -> Measure:
    return Measure(
        r[0], r[1], MeasureKind(r[2]), date.fromisoformat(r[3]), _day(r[4]), r[5], r[6], _day(r[7]), r[8], r[9]
    )


def measures(conn: Connection, case_id: str) -> list[Measure]:
    rows = conn.execute(
        f"SELECT {_MEASURE} FROM protective_measures WHERE case_id = ? AND deleted_at IS NULL"
        " ORDER BY coalesce(expires_on, '9999'), starts_on",
        (case_id,),
    ).fetchall()
    return [_measure(r) for r in rows]


def measure(conn: Connection, measure_id: str) -> Measure | None:
    row = conn.execute(
        f"SELECT {_MEASURE} FROM protective_measures WHERE id = ? AND deleted_at IS NULL", (measure_id,)
    ).fetchone()
    return _measure(row) if row else None


def measure_values(m: Measure) -> dict[str, object]:
    return {
        "kind": str(m.kind),
        "starts_on": m.starts_on.isoformat(),
        "expires_on": m.expires_on.isoformat() if m.expires_on else None,
        "decided_by": m.decided_by,
        "reference": m.reference,
        "ended_on": m.ended_on.isoformat() if m.ended_on else None,
        "note": m.note,
    }


# -- deadlines ------------------------------------------------------------------------------------------------------
def waiver_id(case_id: str, rule: str) -> str:
    return str(uuid.uuid5(_WAIVER_NAMESPACE, f"{case_id}:{rule}"))


def waivers(conn: Connection, case_id: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT rule, reason FROM deadline_waivers WHERE case_id = ? AND active = 1 AND deleted_at IS NULL",
        (case_id,),
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def set_waiver(tx: WriteTx, case_id: str, rule: str, reason: str | None) -> None:
    """Mark a rule not applicable with a reason, or (reason None) applicable again."""
    row_id = waiver_id(case_id, rule)
    exists = tx.conn.execute("SELECT 1 FROM deadline_waivers WHERE id = ?", (row_id,)).fetchone()
    values: dict[str, object] = {"active": 0} if reason is None else {"active": 1, "reason": reason}
    if exists:
        tx.update("deadline_waivers", row_id, values)
    elif reason is not None:
        tx.insert("deadline_waivers", {"id": row_id, "case_id": case_id, "rule": rule, **values})


def case_dates(conn: Connection, case_id: str) -> CaseDates:
    row = conn.execute(
        "SELECT incident_date, harm_learned_on, relief_decision_on FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    return CaseDates(_day(row[0]), _day(row[1]), _day(row[2])) if row else CaseDates(None)


@dataclass(frozen=True)
class ScopedCase:
    case_id: str
    case_number: str
    dates: CaseDates
    waivers: dict[str, str]


def open_cases_with_dates(conn: Connection, scope: Visibility) -> Iterator[ScopedCase]:
    """The cases in scope that are not closed and have a date a deadline runs from."""
    where, params = scope.sql()
    rows = conn.execute(
        "SELECT c.id, c.case_number, c.incident_date, c.harm_learned_on, c.relief_decision_on FROM cases c"
        f" WHERE c.deleted_at IS NULL AND c.status <> 'closed' AND {where}"
        " AND (c.incident_date IS NOT NULL OR c.harm_learned_on IS NOT NULL OR c.relief_decision_on IS NOT NULL)"
        " ORDER BY c.case_number",
        params,
    ).fetchall()
    for r in rows:
        yield ScopedCase(r[0], r[1], CaseDates(_day(r[2]), _day(r[3]), _day(r[4])), waivers(conn, r[0]))


def expiring_measures(conn: Connection, scope: Visibility, until: date) -> list[tuple[str, Measure]]:
    """(case number, measure) for every measure in force in scope whose expiry is on or before `until`."""
    where, params = scope.sql()
    rows = conn.execute(
        f"SELECT c.case_number, {', '.join('m.' + c.strip() for c in _MEASURE.split(','))}"
        " FROM protective_measures m JOIN cases c ON c.id = m.case_id"
        f" WHERE m.deleted_at IS NULL AND m.ended_on IS NULL AND m.expires_on IS NOT NULL AND m.expires_on <= ?"
        f" AND c.deleted_at IS NULL AND c.status <> 'closed' AND {where}",
        (until.isoformat(), *params),
    ).fetchall()
    return [(r[0], _measure(r[1:])) for r in rows]


def plan_reviews(conn: Connection, scope: Visibility, until: date) -> list[tuple[str, str, date]]:
    """(case id, case number, review date) of each case's latest plan version due for review by `until`."""
    where, params = scope.sql()
    rows = conn.execute(
        "SELECT c.id, c.case_number, p.review_on FROM safety_plans p JOIN cases c ON c.id = p.case_id"
        " WHERE p.deleted_at IS NULL AND p.review_on IS NOT NULL AND p.review_on <= ?"
        " AND p.version = (SELECT max(q.version) FROM safety_plans q WHERE q.case_id = p.case_id"
        " AND q.deleted_at IS NULL)"
        f" AND c.deleted_at IS NULL AND c.status <> 'closed' AND {where}",
        (until.isoformat(), *params),
    ).fetchall()
    return [(r[0], r[1], date.fromisoformat(r[2])) for r in rows]
