"""One person, one client: candidate lookups for the matching rule, the merge of two clients, and the follow-up
that moves to the kept client whatever a device wrote to a merged-away one before it heard of the merge.

Candidates are narrowed by indexes only (migration 0200): the same phone digits (`client_phones_digits`) and the
same name with spaces and ASCII case ignored (`clients_match_name`); `domain/client_matching.py` decides. Nothing
here loads every client.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ...domain.client_matching import Identity, normalise_name, phone_set
from ...domain.ids import new_id
from .. import tables
from ..db import Connection
from ..store import WriteTx
from .clients import EDITABLE

# The merge record stays with the client that kept it; every other table with `client_id` follows the merge.
_RECORD = "client_merges"
_MATCH_NAME = "lower(replace(name, ' ', ''))"  # the expression of the index `clients_match_name`
_LIVE = "deleted_at IS NULL AND merged_into IS NULL"


def tables_with_client_id(conn: Connection) -> tuple[str, ...]:
    """Every replicated table with a `client_id` column, the merge record excluded, in parent order."""
    found = []
    for table in tables.TABLE_ORDER:
        if table == _RECORD:
            continue
        columns = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if "client_id" in columns:
            found.append(table)
    return tuple(found)


def _marks(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)


def identities(conn: Connection, client_ids: Iterable[str]) -> list[Identity]:
    """The rule's view of these clients (live, not merged away), in id order."""
    ids = sorted(set(client_ids))
    out: list[Identity] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        phones: dict[str, list[str]] = {}
        for client_id, digits in conn.execute(
            f"SELECT client_id, digits FROM client_phones WHERE client_id IN ({_marks(chunk)}) AND deleted_at IS NULL",
            chunk,
        ):
            phones.setdefault(str(client_id), []).append(str(digits))
        for client_id, name, birth in conn.execute(
            f"SELECT id, name, birth_date FROM clients WHERE id IN ({_marks(chunk)}) AND {_LIVE} ORDER BY id", chunk
        ):
            born = date.fromisoformat(birth) if birth else None
            out.append(Identity(str(client_id), str(name), born, phone_set(phones.get(str(client_id), []))))
    return out


def candidate_ids(conn: Connection, person: Identity) -> set[str]:
    """Clients that could match `person`: one of its phone numbers, or its name (through the two indexes)."""
    found: set[str] = set()
    phones = sorted(person.phones)
    if phones:
        found |= {
            str(r[0])
            for r in conn.execute(
                f"SELECT client_id FROM client_phones WHERE digits IN ({_marks(phones)}) AND deleted_at IS NULL",
                phones,
            )
        }
    name = normalise_name(person.name)
    if name:
        found |= {
            str(r[0]) for r in conn.execute(f"SELECT id FROM clients WHERE {_MATCH_NAME} = ? AND {_LIVE}", (name,))
        }
    found.discard(person.id)
    return found


def candidates(conn: Connection, person: Identity) -> list[Identity]:
    return identities(conn, candidate_ids(conn, person))


def duplicate_groups(conn: Connection) -> list[list[str]]:
    """Groups of live clients sharing a phone number or a normalised name: the only places a pair can be."""
    groups: list[list[str]] = []
    for (ids,) in conn.execute(
        "SELECT group_concat(DISTINCT p.client_id) FROM client_phones p JOIN clients c ON c.id = p.client_id"
        " WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND c.merged_into IS NULL"
        " GROUP BY p.digits HAVING count(DISTINCT p.client_id) > 1"
    ):
        groups.append(str(ids).split(","))
    for (ids,) in conn.execute(
        f"SELECT group_concat(id) FROM clients WHERE {_LIVE} GROUP BY {_MATCH_NAME} HAVING count(*) > 1"
    ):
        groups.append(str(ids).split(","))
    return groups


@dataclass(frozen=True)
class ClientCase:
    """One case of a client, as the intake's match list and the duplicate list show it."""

    case_id: str
    case_number: str
    status: str
    intake_date: str
    last_activity_at: str
    lead_counselor_id: str | None


def cases_of(conn: Connection, client_id: str) -> list[ClientCase]:
    return [
        ClientCase(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5])
        for r in conn.execute(
            "SELECT id, case_number, status, intake_date, last_activity_at, lead_counselor_id FROM cases"
            " WHERE client_id = ? AND deleted_at IS NULL ORDER BY intake_date, case_number",
            (client_id,),
        )
    ]


def client_of_case(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT client_id FROM cases WHERE id = ? AND deleted_at IS NULL", (case_id,)).fetchone()
    return str(row[0]) if row else None


def case_by_import_key(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT id FROM cases WHERE import_key = ? AND deleted_at IS NULL", (key,)).fetchone()
    return str(row[0]) if row else None


def editable_values(conn: Connection, client_id: str) -> dict[str, object]:
    columns = sorted(EDITABLE)
    row = conn.execute(f"SELECT {', '.join(columns)} FROM clients WHERE id = ?", (client_id,)).fetchone()
    return dict(zip(columns, row, strict=True)) if row else {}


def any_merged(conn: Connection) -> bool:
    """Whether any client here was merged into another (the sync follow-up has nothing to do otherwise)."""
    return conn.execute("SELECT 1 FROM clients WHERE merged_into IS NOT NULL LIMIT 1").fetchone() is not None


def merged_into(conn: Connection, client_id: str) -> str | None:
    row = conn.execute("SELECT merged_into FROM clients WHERE id = ?", (client_id,)).fetchone()
    return str(row[0]) if row and row[0] else None


@dataclass(frozen=True)
class MergeRecord:
    kept_client_id: str
    merged_client_id: str
    merged_on: str
    by_user: str
    taken_fields: tuple[str, ...]


def merges_of(conn: Connection, client_id: str) -> list[MergeRecord]:
    """The merges that involved this client, kept or merged away, oldest first: how a merge is explained later."""
    return [
        MergeRecord(str(r[0]), str(r[1]), str(r[2]), str(r[3]), tuple(json.loads(r[4])))
        for r in conn.execute(
            "SELECT client_id, merged_client_id, merged_on, by_user, taken_fields FROM client_merges"
            " WHERE (client_id = ?1 OR merged_client_id = ?1) AND deleted_at IS NULL ORDER BY merged_on, created_at",
            (client_id,),
        )
    ]


def merge(tx: WriteTx, keep: str, other: str, taken: dict[str, object], on: date, user_id: str) -> dict[str, int]:
    """Merge client `other` into `keep`: `taken` fields (chosen from `other`) are written on `keep`; every row of
    every table with `client_id` moves; `other` points at `keep`. Ordinary writes: captured, synced, audited by the
    caller. Returns how many rows moved per table."""
    unknown = set(taken) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    conn = tx.conn
    snapshot = editable_values(conn, other)
    if taken:
        tx.update("clients", keep, taken)
    _settle_overlaps(tx, keep, other, on)
    moved = move_rows(tx, other, keep)
    tx.update("clients", other, {"merged_into": keep, "merged_at": tx.now})
    tx.insert(
        _RECORD,
        {
            "id": new_id(),
            "client_id": keep,
            "merged_client_id": other,
            "merged_on": on.isoformat(),
            "by_user": user_id,
            "taken_fields": json.dumps(sorted(taken)),
            "merged_values": json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        },
    )
    return moved


def _settle_overlaps(tx: WriteTx, keep: str, other: str, on: date) -> None:
    """Before the rows move: a number both clients have is kept once, the kept client's primary number stays the
    primary, and the kept client's current registration number stays current."""
    conn = tx.conn
    kept_digits = {str(r[0]) for r in conn.execute(
        "SELECT digits FROM client_phones WHERE client_id = ? AND deleted_at IS NULL", (keep,)
    )}  # fmt: skip
    has_primary = (
        bool(kept_digits)
        and conn.execute(
            "SELECT 1 FROM client_phones WHERE client_id = ? AND is_primary = 1 AND deleted_at IS NULL", (keep,)
        ).fetchone()
        is not None
    )
    for phone_id, digits, primary in conn.execute(
        "SELECT id, digits, is_primary FROM client_phones WHERE client_id = ? AND deleted_at IS NULL ORDER BY id",
        (other,),
    ).fetchall():
        if digits in kept_digits:
            tx.tombstone("client_phones", str(phone_id))
        elif primary and has_primary:
            tx.update("client_phones", str(phone_id), {"is_primary": 0})
    if conn.execute(
        "SELECT 1 FROM client_rrns WHERE client_id = ? AND superseded_at IS NULL AND deleted_at IS NULL", (keep,)
    ).fetchone():
        for (rrn_id,) in conn.execute(
            "SELECT id FROM client_rrns WHERE client_id = ? AND superseded_at IS NULL AND deleted_at IS NULL",
            (other,),
        ).fetchall():
            tx.update("client_rrns", str(rrn_id), {"superseded_at": on.isoformat()})


def move_rows(tx: WriteTx, source: str, target: str) -> dict[str, int]:
    """Point every live row of `source` at `target`, table by table (each one a captured update)."""
    moved: dict[str, int] = {}
    for table in tables_with_client_id(tx.conn):
        ids = [
            str(r[0])
            for r in tx.conn.execute(
                f'SELECT id FROM "{table}" WHERE client_id = ? AND deleted_at IS NULL ORDER BY id', (source,)
            )
        ]
        for row_id in ids:
            tx.update(table, row_id, {"client_id": target})
        if ids:
            moved[table] = len(ids)
    return moved


# -- the follow-up after sync ------------------------------------------------------------------------------------


def _roots(conn: Connection) -> tuple[dict[str, str], list[str]]:
    """Each merged-away client's final client, and the clients to un-merge so that no merge loops (two devices
    merged the same pair in opposite directions): in each loop the client with the smallest id stays."""
    pointers = {
        str(a): str(b)
        for a, b in conn.execute(
            "SELECT id, merged_into FROM clients WHERE merged_into IS NOT NULL AND deleted_at IS NULL"
        )
    }
    unmerge: set[str] = set()
    for start in sorted(pointers):
        seen: list[str] = []
        node = start
        while node in pointers and node not in unmerge and node not in seen:
            seen.append(node)
            node = pointers[node]
        if node in seen:  # a loop: from node round to node
            loop = seen[seen.index(node) :]
            unmerge.add(min(loop))
    live = {k: v for k, v in pointers.items() if k not in unmerge}
    roots: dict[str, str] = {}
    for start in live:
        node = start
        while node in live:
            node = live[node]
        roots[start] = node
    return roots, sorted(unmerge)


def follow_merges(tx: WriteTx) -> int:
    """Make the merges this device holds complete, whatever order their pieces arrived in; returns the rows
    written. Deterministic: two devices holding the same rows write the same values, so their writes agree.

    - a merge loop (the same pair merged both ways at once) is undone at its smallest client id;
    - a row that still points at a merged-away client (written by a device that had not heard of the merge)
      moves to the client it was merged into;
    - a field of a merged-away client edited after the merge's record of it is copied to the kept client, and
      the merged-away client goes back to what the record holds (the edit lands on the kept client, once).
    """
    conn = tx.conn
    written = 0
    roots, unmerge = _roots(conn)
    for client_id in unmerge:
        written += tx.update("clients", client_id, {"merged_into": None, "merged_at": None})
    if not roots:
        return written
    for merged, target in sorted(roots.items()):  # a chain (a into b, b into c) points straight at its end
        if merged_into(conn, merged) != target:
            written += tx.update("clients", merged, {"merged_into": target})
    for table in tables_with_client_id(conn):
        stray = conn.execute(
            f'SELECT t.id, t.client_id FROM clients c JOIN "{table}" t ON t.client_id = c.id'
            " WHERE c.merged_into IS NOT NULL AND t.deleted_at IS NULL ORDER BY t.id"
        ).fetchall()
        for row_id, client_id in stray:
            root = roots.get(str(client_id))
            if root is not None:
                written += tx.update(table, str(row_id), {"client_id": root})
    for merged, target in sorted(roots.items()):
        written += _carry_late_edits(tx, merged, target)
    return written


def _carry_late_edits(tx: WriteTx, merged: str, target: str) -> int:
    row = tx.conn.execute(
        "SELECT merged_values FROM client_merges WHERE merged_client_id = ? AND deleted_at IS NULL"
        " ORDER BY merged_on DESC, created_at DESC, id DESC LIMIT 1",
        (merged,),
    ).fetchone()
    if row is None:  # the record has not arrived yet: the next sync finishes it
        return 0
    recorded: dict[str, object] = json.loads(row[0])
    now = editable_values(tx.conn, merged)
    late = {k: v for k, v in now.items() if k in recorded and recorded[k] != v}
    if not late:
        return 0
    tx.update("clients", target, late)
    tx.update("clients", merged, {k: recorded[k] for k in late})
    return 2
