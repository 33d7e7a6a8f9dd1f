"""삭제 지원 items found online for a case, and the removal requests made for each."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.ids import new_id
from ...domain.takedown import Channel, FoundBy, ItemKind, ItemStatus, Recipient, TakedownItem, TakedownRequest
from ..db import Connection
from ..store import WriteTx

_ITEM_COLUMNS = (
    "id, case_id, platform, url, description, kind, found_on, found_by, status, status_on, original_item_id,"
    " evidence_attachment_id, note"
)
_REQUEST_COLUMNS = "id, item_id, recipient, requested_on, channel, note"


def _request(r: Any) -> TakedownRequest:
    return TakedownRequest(r[0], r[1], Recipient(r[2]), date.fromisoformat(r[3]), Channel(r[4]), r[5])


def _item(r: Any, requests: tuple[TakedownRequest, ...]) -> TakedownItem:
    return TakedownItem(
        id=r[0],
        case_id=r[1],
        platform=r[2],
        url=r[3],
        description=r[4],
        kind=ItemKind(r[5]),
        found_on=date.fromisoformat(r[6]),
        found_by=FoundBy(r[7]),
        status=ItemStatus(r[8]),
        status_on=date.fromisoformat(r[9]),
        original_item_id=r[10],
        evidence_attachment_id=r[11],
        note=r[12],
        requests=requests,
    )


def requests_for(conn: Connection, item_ids: list[str]) -> dict[str, tuple[TakedownRequest, ...]]:
    found: dict[str, list[TakedownRequest]] = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM takedown_requests WHERE item_id IN ({marks}) AND deleted_at IS NULL"
            " ORDER BY requested_on, created_at",
            chunk,
        ):
            found.setdefault(row[1], []).append(_request(row))
    return {item_id: tuple(found.get(item_id, ())) for item_id in item_ids}


def _with_requests(conn: Connection, rows: list[Any]) -> list[TakedownItem]:
    requests = requests_for(conn, [r[0] for r in rows])
    return [_item(r, requests[r[0]]) for r in rows]


def for_case(conn: Connection, case_id: str, status: ItemStatus | None = None) -> list[TakedownItem]:
    where = " AND status = ?" if status is not None else ""
    params: tuple[str, ...] = (case_id, str(status)) if status is not None else (case_id,)
    rows = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM takedown_items WHERE case_id = ? AND deleted_at IS NULL{where}"
        " ORDER BY found_on, created_at, id",
        params,
    ).fetchall()
    return _with_requests(conn, rows)


def for_cases(conn: Connection, case_ids: list[str], status: ItemStatus | None = None) -> list[TakedownItem]:
    items: list[TakedownItem] = []
    for case_id in case_ids:
        items.extend(for_case(conn, case_id, status))
    return items


def get(conn: Connection, item_id: str) -> TakedownItem | None:
    row = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM takedown_items WHERE id = ? AND deleted_at IS NULL", (item_id,)
    ).fetchone()
    return _with_requests(conn, [row])[0] if row else None


def count_for_case(conn: Connection, case_id: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM takedown_items WHERE case_id = ? AND deleted_at IS NULL", (case_id,)
    ).fetchone()
    return int(row[0])


def insert_item(tx: WriteTx, values: dict[str, object]) -> str:
    item_id = new_id()
    tx.insert("takedown_items", {**values, "id": item_id})
    return item_id


def update_item(tx: WriteTx, item_id: str, values: dict[str, object]) -> int:
    return tx.update("takedown_items", item_id, values)


def insert_request(tx: WriteTx, values: dict[str, object]) -> str:
    request_id = new_id()
    tx.insert("takedown_requests", {**values, "id": request_id})
    return request_id


def by_status_and_month(conn: Connection, start: date, end: date) -> list[tuple[str, str, int]]:
    """(what, 'YYYY-MM', items) in [start, end): 'found' by the day an item was found, 'requested' by the day of
    its first removal request, and 'removed' / 'refused' / 'reuploaded' by the day an item reached the status it
    has now. Counts only: no address, platform or case leaves this query."""
    span = (start.isoformat(), end.isoformat())
    found = list(
        conn.execute(
            "SELECT 'found', substr(found_on, 1, 7), count(*) FROM takedown_items"
            " WHERE deleted_at IS NULL AND found_on >= ? AND found_on < ? GROUP BY 2",
            span,
        )
    )
    requested = list(
        conn.execute(
            "SELECT 'requested', substr(first_on, 1, 7), count(*) FROM (SELECT min(r.requested_on) AS first_on"
            " FROM takedown_requests r JOIN takedown_items i ON i.id = r.item_id"
            " WHERE r.deleted_at IS NULL AND i.deleted_at IS NULL GROUP BY r.item_id)"
            " WHERE first_on >= ? AND first_on < ? GROUP BY 2",
            span,
        )
    )
    reached = list(
        conn.execute(
            "SELECT status, substr(status_on, 1, 7), count(*) FROM takedown_items"
            " WHERE deleted_at IS NULL AND status IN ('removed', 'refused', 'reuploaded')"
            " AND status_on >= ? AND status_on < ? GROUP BY 1, 2",
            span,
        )
    )
    return [(str(s), str(m), int(n)) for s, m, n in [*found, *requested, *reached]]


def cases_with_items(conn: Connection) -> list[tuple[str, str]]:
    """(case id, case number) of every case with at least one item, by case number."""
    rows = conn.execute(
        "SELECT c.id, c.case_number FROM cases c WHERE c.deleted_at IS NULL AND EXISTS"
        " (SELECT 1 FROM takedown_items i WHERE i.case_id = c.id AND i.deleted_at IS NULL) ORDER BY c.case_number"
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]
