"""Closing a case with a look first: what is still open, and what to do with each item.

종결 on one click had left a 위험 매우 높음 case's overdue tasks open. The close dialog (and any other path: the
service applies the same rules) lists the open tasks, referrals still waiting for a reply or never sent, agreed
consents without their signed scan, and sync conflicts on the case; each kind has its choices, and a high-risk
case needs a short confirmation note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .case_status import CaseStatus
from .taxonomy import RiskLevel
from .text import QT_TRANSLATE_NOOP


class OpenKind(StrEnum):
    TASK = "task"  # 할 일 not done
    REFERRAL = "referral"  # outgoing referral waiting for a reply (or not sent yet)
    CONSENT = "consent"  # agreed on paper, signed scan not attached
    CONFLICT = "conflict"  # a sync conflict on the case's records


class Disposition(StrEnum):
    DONE = "done"  # mark the task done today
    CANCEL = "cancel"  # cancel the referral (status 취소, note "사례 종결")
    KEEP = "keep"  # leave it as it is


# The first choice is the default the dialog starts from and the service applies when none is given.
CHOICES: dict[OpenKind, tuple[Disposition, ...]] = {
    OpenKind.TASK: (Disposition.DONE, Disposition.KEEP),
    OpenKind.REFERRAL: (Disposition.KEEP, Disposition.CANCEL),
    OpenKind.CONSENT: (Disposition.KEEP,),
    OpenKind.CONFLICT: (Disposition.KEEP,),
}

OPEN_KIND_LABELS: dict[OpenKind, str] = {
    OpenKind.TASK: QT_TRANSLATE_NOOP("Closing", "Open task"),
    OpenKind.REFERRAL: QT_TRANSLATE_NOOP("Closing", "Referral awaiting a reply"),
    OpenKind.CONSENT: QT_TRANSLATE_NOOP("Closing", "Consent without its signed copy"),
    OpenKind.CONFLICT: QT_TRANSLATE_NOOP("Closing", "Sync conflict"),
}

DISPOSITION_LABELS: dict[Disposition, str] = {
    Disposition.DONE: QT_TRANSLATE_NOOP("Closing", "Mark done"),
    Disposition.CANCEL: QT_TRANSLATE_NOOP("Closing", "Cancel the referral"),
    Disposition.KEEP: QT_TRANSLATE_NOOP("Closing", "Leave open"),
}

HIGH_RISK = frozenset({RiskLevel.HIGH, RiskLevel.CRITICAL})
NOTE_MAX = 500


@dataclass(frozen=True)
class OpenItem:
    kind: OpenKind
    id: str
    title: str  # the task's title, the referral's number and agency, the consent's kind, the conflicting field
    due: date | None = None
    overdue: bool = False


@dataclass(frozen=True)
class ClosingReview:
    case_id: str
    case_number: str
    status: CaseStatus
    risk_level: RiskLevel | None
    items: tuple[OpenItem, ...]

    @property
    def note_required(self) -> bool:
        return note_required(self.risk_level)


def note_required(risk: RiskLevel | None) -> bool:
    """A high-risk case (위험 높음 / 매우 높음) is closed only with a confirmation note."""
    return risk in HIGH_RISK


def resolved(items: tuple[OpenItem, ...], chosen: dict[str, Disposition]) -> dict[str, Disposition]:
    """Every item's disposition: the one chosen when it is allowed for its kind, else the kind's default."""
    out = {}
    for item in items:
        choice = chosen.get(item.id)
        out[item.id] = choice if choice in CHOICES[item.kind] else CHOICES[item.kind][0]
    return out
