"""A bundle's payload: what it carries (changes, audit entries, acknowledgement, clock and horizon) as JSON, and
reading payloads of every version this one understands.

Version 1 payloads (one write per field, from a device not yet upgraded past migration 0100, or kept in
quarantine) are converted on reading; a payload of a newer version is refused here (the inbox keeps it in
quarantine when its bundle names a newer schema).
"""

from __future__ import annotations

import json
import time
from typing import Any, Final

from ..storage import migrate
from ..storage.sync_store import AuditEntry, ChangeRow
from .merge import DELETED_AT

PAYLOAD_VERSION: Final = 2


def encode_payload(
    changes: list[ChangeRow], audit: list[AuditEntry], prev: dict[str, int], kind: str = "changes", **extra: Any
) -> bytes:
    doc = {
        "v": PAYLOAD_VERSION,
        "kind": kind,
        "schema": migrate.LATEST_VERSION,
        "wall": time.time_ns() // 1_000_000,
        "prev": prev,
        "changes": changes,
        "audit": audit,
        **extra,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_payload(payload: bytes) -> dict[str, Any]:
    doc = json.loads(payload.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("v") not in (1, PAYLOAD_VERSION):
        raise ValueError("payload version")
    if doc["v"] == 1:  # written before the change log was the history (kept in quarantine, or from an old device)
        doc["changes"] = changes_from_field_writes(doc.pop("writes", []))
    return doc


def changes_from_field_writes(writes: list[Any]) -> list[ChangeRow]:
    """Version-1 payloads carried one write per field: (table, row, column, JSON value, hlc, device, user, base,
    resolves). Writes at one hlc to one row are one change."""
    grouped: dict[tuple[str, str, str], _Grouped] = {}
    for w in writes:
        table, row_id, col, value, hlc, device_id, user_id, base, resolves = (str(x) for x in w)
        entry = grouped.setdefault((table, row_id, hlc), _Grouped(device_id, user_id))
        entry.data[col] = json.loads(value)
        if base:
            entry.bases[col] = base
        if resolves:
            entry.resolves[col] = resolves
    out: list[ChangeRow] = []
    for (table, row_id, hlc), g in grouped.items():
        op = "insert" if "id" in g.data else "delete" if g.data.get(DELETED_AT) is not None else "update"
        out.append(
            ChangeRow(
                table,
                row_id,
                hlc,
                g.device_id,
                g.user_id,
                op,
                dump(g.data),
                dump(g.bases) if g.bases else "",
                dump(g.resolves) if g.resolves else "",
            )
        )
    return out


class _Grouped:
    """One version-1 change being put together from its field writes."""

    def __init__(self, device_id: str, user_id: str) -> None:
        self.device_id, self.user_id = device_id, user_id
        self.data: dict[str, Any] = {}
        self.bases: dict[str, str] = {}
        self.resolves: dict[str, str] = {}


def _canonical_clock(hlc: str) -> bool:
    """13-digit wall ms, 6-digit counter, device: the form every device writes (the log keeps it as a number)."""
    digits = hlc[:13] + hlc[14:20]
    return len(hlc) > 21 and hlc[13] == "-" == hlc[20] and digits.isascii() and digits.isdigit()


def checked_changes(raw: object) -> list[ChangeRow]:
    """A payload's changes, or ValueError (the bundle is refused as damaged) when one does not hold together."""
    if not isinstance(raw, list):
        raise ValueError("changes")
    changes: list[ChangeRow] = []
    for c in raw:
        if not isinstance(c, list) or len(c) != len(ChangeRow._fields) or not all(isinstance(x, str) for x in c):
            raise ValueError("a change that is not nine strings")
        change = ChangeRow(*c)
        if (
            not change.hlc.endswith("-" + change.device_id)
            or not _canonical_clock(change.hlc)
            or change.op not in ("insert", "update", "delete")
            or not change.data.startswith("{")
        ):
            raise ValueError("a change whose clock value does not name its device")
        changes.append(change)
    return changes


def payload_reports(doc: dict[str, Any]) -> tuple[str, str]:
    """A payload's clock and horizon as the inbox keeps them (anything malformed counts as not said)."""
    clock = doc.get("clock")
    horizon = doc.get("horizon")
    good_horizon = isinstance(horizon, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in horizon.items()
    )
    return (clock if isinstance(clock, str) else "", dump(horizon) if good_horizon and horizon else "")


def prev_for(doc: dict[str, Any], me: str) -> int | None:
    """The sender's previous bundle to `me`, as this payload names it (None: not said)."""
    prev = doc.get("prev", {})
    value = prev.get(me) if isinstance(prev, dict) else None
    return int(value) if isinstance(value, int) else None


def dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
