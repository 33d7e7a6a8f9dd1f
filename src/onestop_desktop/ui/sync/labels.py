"""How sync data reads on screen: field names, values, times, device scopes and quarantine reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.text import QT_TRANSLATE_NOOP
from ..common.history_labels import FIELDS, TABLES
from ..common.text import local_moment

_CONTEXT = "SyncLabels"

SCOPES: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("SyncLabels", "All cases (center workstation)"),
    "field": QT_TRANSLATE_NOOP("SyncLabels", "Field kit (its users' cases only)"),
}
STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("SyncLabels", "Active"),
    "lost": QT_TRANSLATE_NOOP("SyncLabels", "Revoked (lost)"),
    "retired": QT_TRANSLATE_NOOP("SyncLabels", "Revoked (retired)"),
}
REASONS: dict[str, str] = {
    "revoked": QT_TRANSLATE_NOOP("SyncLabels", "Written by a revoked device after its revocation"),
    "clock": QT_TRANSLATE_NOOP("SyncLabels", "The sending device's clock is ahead by more than 5 minutes"),
    "schema": QT_TRANSLATE_NOOP("SyncLabels", "Made by a newer OneStop version (update this computer)"),
    # one change refused, the rest of its bundle applied (domain/change_authority.py)
    "relayed_by_field_kit": QT_TRANSLATE_NOOP("SyncLabels", "A field kit passed on another device's change"),
    "not_enrolled": QT_TRANSLATE_NOOP("SyncLabels", "Its author is not a user of the device that made it"),
    "field_kit_table": QT_TRANSLATE_NOOP(
        "SyncLabels", "A field kit may not change accounts, devices, settings or the directory"
    ),
    "out_of_scope": QT_TRANSLATE_NOOP("SyncLabels", "A field kit changed a case it does not hold"),
    "unsigned": QT_TRANSLATE_NOOP("SyncLabels", "An access change without an administrator's signature"),
    "bad_signature": QT_TRANSLATE_NOOP("SyncLabels", "An access change whose signature does not match"),
    "not_admin": QT_TRANSLATE_NOOP("SyncLabels", "An access change by someone who was not an administrator"),
    "joined_twice": QT_TRANSLATE_NOOP(
        "SyncLabels", "Joined twice: one enrolment file was used on a second computer (kept for review)"
    ),
    "audit_truncated": QT_TRANSLATE_NOOP("SyncLabels", "Its audit trail was cut back (highest seen -> now ends at)"),
}
# Columns the history screen does not name but conflicts can be about.
EXTRA_FIELDS: dict[str, str] = {
    "deleted_at": QT_TRANSLATE_NOOP("SyncLabels", "removal"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "status"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "note"),
    "display_name": QT_TRANSLATE_NOOP("SyncLabels", "display name"),
    "role": QT_TRANSLATE_NOOP("SyncLabels", "role"),
    "value": QT_TRANSLATE_NOOP("SyncLabels", "value"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def label_of(labels: dict[str, str], key: str) -> str:
    """A translated label, or the raw key when there is none (an unknown value is still shown)."""
    return _tr(_CONTEXT, labels[key]) if key in labels else key


def field_label(table: str, column: str) -> str:
    """ "상담 기록 · 사건 요약": the record kind and the field, in words where they are known."""
    table_text = _tr("History", TABLES[table]) if table in TABLES else table
    if column in FIELDS:
        column_text = _tr("History", FIELDS[column])
    elif column in EXTRA_FIELDS:
        column_text = _tr(_CONTEXT, EXTRA_FIELDS[column])
    else:
        column_text = column
    return f"{table_text} · {column_text}"


def value_text(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("SyncLabels", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncLabels", "Yes") if value else QCoreApplication.translate("SyncLabels", "No")
        )
    return str(value)


def one_line(value: Any, limit: int = 60) -> str:
    text = " ".join(value_text(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def when_text(iso_utc: str | None) -> str:
    return local_moment(iso_utc) if iso_utc else ""
