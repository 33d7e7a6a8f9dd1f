"""Removing a record entered by mistake (a session, service, plan goal, follow-up or consent on the wrong case).

The record is tombstoned, never erased: the row keeps `deleted_at` with the reason, so the change log (history,
sync) and the audit trail keep that it happened and why. Who may remove is one pure rule, `may_remove`: the
record's author within a day of entering it, an administrator at any time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

AUTHOR_WINDOW = timedelta(days=1)
MAX_NOTE = 500


class RemovableKind(StrEnum):
    """The records a mistake can be removed from, by their table."""

    SESSION = "case_sessions"
    SERVICE = "case_services"
    GOAL = "plan_goals"
    FOLLOWUP = "followups"
    CONSENT = "consents"


class RemovalReason(StrEnum):
    WRONG_CASE = "wrong_case"  # 다른 사례에 입력
    DUPLICATE = "duplicate"  # 중복 입력
    ENTERED_IN_ERROR = "entered_in_error"  # 잘못 입력
    OTHER = "other"  # 기타 (메모 필수)


KIND_LABELS: dict[RemovableKind, str] = {
    RemovableKind.SESSION: QT_TRANSLATE_NOOP("Corrections", "counseling session"),
    RemovableKind.SERVICE: QT_TRANSLATE_NOOP("Corrections", "service"),
    RemovableKind.GOAL: QT_TRANSLATE_NOOP("Corrections", "plan goal"),
    RemovableKind.FOLLOWUP: QT_TRANSLATE_NOOP("Corrections", "follow-up"),
    RemovableKind.CONSENT: QT_TRANSLATE_NOOP("Corrections", "consent"),
}

REASON_LABELS: dict[RemovalReason, str] = {
    RemovalReason.WRONG_CASE: QT_TRANSLATE_NOOP("Corrections", "Entered on the wrong case"),
    RemovalReason.DUPLICATE: QT_TRANSLATE_NOOP("Corrections", "Entered twice"),
    RemovalReason.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP("Corrections", "Entered in error"),
    RemovalReason.OTHER: QT_TRANSLATE_NOOP("Corrections", "Other (explain in the note)"),
}

TOO_LATE = QT_TRANSLATE_NOOP(
    "Validation", "Only an administrator can remove a record entered by someone else or more than a day ago."
)
NEED_NOTE = QT_TRANSLATE_NOOP("Validation", "Say why in the note.")


def may_remove(*, author_id: str | None, created_at: datetime, now: datetime, user_id: str, is_admin: bool) -> bool:
    """An administrator always; the author while less than a day has passed since the record was entered.

    A record whose author is unknown (its history was collected) is an administrator's to remove."""
    if is_admin:
        return True
    return author_id == user_id and timedelta(0) <= now - created_at < AUTHOR_WINDOW
