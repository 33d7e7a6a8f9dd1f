"""The replicated tables, declared once: their parent order, who their rows belong to, whether a case's history
shows them and whether their rows are only ever added.

Every list of tables that sync, field-kit scope and the case history need is derived from `REPLICATED` below;
adding a case table is one `ReplicatedTable(...)` line here (plus its migration, which must name it in
`captured_tables`: a test checks that the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final, NamedTuple


class Owner(Enum):
    """Who a table's rows belong to, which decides which devices receive them."""

    SHARED = "shared"  # everyone's: every device holds them, field kits included (directory, accounts, settings)
    CLIENT = "client"  # a client's: the row is the client or has `client_id`; it belongs to every case of the client
    CASE = "case"  # a case's: the row is the case, has `case_id`, or reaches its case through `via`
    WORKSTATION = "workstation"  # workstations only: a field kit has no use for them (anonymous survey answers)


@dataclass(frozen=True)
class ReplicatedTable:
    name: str
    owner: Owner
    # For a case's rows without `case_id`: the parent table and the column that points at it (the parent has
    # `case_id`). With `or_client`, a row whose pointer is empty belongs to every case of its `client_id`.
    via: tuple[str, str] | None = None
    or_client: bool = False
    in_case_history: bool = False  # listed on a case's history screen (the UI names it there)
    append_only: bool = False  # rows are added, never edited: their writes union and never conflict


_SHARED, _CLIENT, _CASE = Owner.SHARED, Owner.CLIENT, Owner.CASE

# Parents before children: a bundle's rows materialise in one pass when everything is there, and purges go in
# the reverse order.
REPLICATED: Final = (
    ReplicatedTable("devices", _SHARED),
    ReplicatedTable("users", _SHARED),
    ReplicatedTable("settings", _SHARED),
    ReplicatedTable("account_keys", _SHARED),  # the public halves of personal signing keys (migration 0120)
    ReplicatedTable("agencies", _SHARED),
    ReplicatedTable("programs", _SHARED),
    ReplicatedTable("program_sessions", _SHARED),
    ReplicatedTable("survey_versions", _SHARED),
    ReplicatedTable("audit_reviews", _SHARED),  # the monthly access-log review is the center's, not a device's
    ReplicatedTable("danger_checklists", _SHARED),
    # 파기 기록 (migration 0210): no personal data; every device destroys the case it names at its next sync
    ReplicatedTable("destructions", _SHARED),
    ReplicatedTable("clients", _CLIENT, in_case_history=True),
    ReplicatedTable("client_phones", _CLIENT, in_case_history=True),
    ReplicatedTable("client_rrns", _CLIENT, in_case_history=True),
    ReplicatedTable("attachments", _CLIENT, append_only=True),
    ReplicatedTable("consents", _CLIENT, in_case_history=True),
    # a merge of two clients, kept with the client that stayed (migration 0200)
    ReplicatedTable("client_merges", _CLIENT, in_case_history=True, append_only=True),
    ReplicatedTable("cases", _CASE, in_case_history=True),
    ReplicatedTable("case_crime_types", _CASE, in_case_history=True),
    ReplicatedTable("case_team", _CASE, in_case_history=True),
    ReplicatedTable("needs", _CASE, in_case_history=True),
    ReplicatedTable("plan_goals", _CASE, in_case_history=True),
    ReplicatedTable("case_sessions", _CASE, in_case_history=True, append_only=True),
    ReplicatedTable("case_services", _CASE, in_case_history=True),
    ReplicatedTable("followups", _CASE, in_case_history=True),
    ReplicatedTable("referrals", _CASE, in_case_history=True),
    ReplicatedTable("referral_events", _CASE, via=("referrals", "referral_id"), append_only=True),
    ReplicatedTable("documents", _CASE, via=("referrals", "referral_id"), or_client=True),
    # 삭제 지원: items found online and the removal requests for each (never in the history: it shows values)
    ReplicatedTable("takedown_items", _CASE),
    ReplicatedTable("takedown_requests", _CASE, via=("takedown_items", "item_id")),
    ReplicatedTable("program_enrolments", _CASE, in_case_history=True),
    ReplicatedTable("program_attendance", _CASE, via=("program_enrolments", "enrolment_id")),
    ReplicatedTable("appointments", _CASE, in_case_history=True),
    ReplicatedTable("appointment_changes", _CASE, via=("appointments", "appointment_id")),
    ReplicatedTable("appointment_staff", _CASE, via=("appointments", "appointment_id")),
    # that the client was surveyed, never what they answered
    ReplicatedTable("feedback_requests", _CASE, in_case_history=True),
    ReplicatedTable("feedback_responses", Owner.WORKSTATION),
    # safety: assessments and plan versions are only ever added; measures are edited (extensions)
    ReplicatedTable("danger_assessments", _CASE, in_case_history=True, append_only=True),
    ReplicatedTable("safety_plans", _CASE, in_case_history=True, append_only=True),
    ReplicatedTable("protective_measures", _CASE, in_case_history=True),
    ReplicatedTable("deadline_waivers", _CASE, in_case_history=True),
    # 열람·정정·삭제·처리정지 requests of the data subject, each due in 10 days (migration 0220)
    ReplicatedTable("subject_requests", _CASE, in_case_history=True),
)

BY_NAME: Final = {t.name: t for t in REPLICATED}
TABLE_ORDER: Final = tuple(t.name for t in REPLICATED)
_RANK: Final = {name: i for i, name in enumerate(TABLE_ORDER)}
_UNKNOWN_RANK: Final = 99  # a table this version does not know (from a newer schema) goes last

SHARED_TABLES: Final = frozenset(t.name for t in REPLICATED if t.owner is Owner.SHARED)
WORKSTATION_ONLY_TABLES: Final = frozenset(t.name for t in REPLICATED if t.owner is Owner.WORKSTATION)
APPEND_ONLY_TABLES: Final = frozenset(t.name for t in REPLICATED if t.append_only)
# A client's tables: the client first, then the tables with `client_id`.
CLIENT_TABLES: Final = tuple(t.name for t in REPLICATED if t.owner is Owner.CLIENT)
# A case's tables with `case_id` (the case itself excluded), and those that reach it through a parent row.
CASE_ID_TABLES: Final = tuple(t.name for t in REPLICATED if t.owner is _CASE and t.via is None and t.name != "cases")


class CaseLink(NamedTuple):
    """How the rows of a case table without `case_id` reach their case: through `parent`'s row named by `column`."""

    table: str
    parent: str
    column: str
    or_client: bool  # when `column` is empty, the row belongs to every case of its `client_id`


CASE_LINKS: Final = tuple(
    CaseLink(t.name, *t.via, t.or_client) for t in REPLICATED if t.owner is _CASE and t.via is not None
)


def rank(table: str) -> int:
    """A table's place in the parent order."""
    return _RANK.get(table, _UNKNOWN_RANK)


def in_case_history(owner: Owner) -> tuple[str, ...]:
    """The tables of `owner` (CLIENT or CASE) shown on a case's history, the client or the case itself excluded:
    each has `client_id` or `case_id`."""
    root = "clients" if owner is Owner.CLIENT else "cases"
    return tuple(
        t.name for t in REPLICATED if t.owner is owner and t.in_case_history and t.via is None and t.name != root
    )
