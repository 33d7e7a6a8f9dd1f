"""Which case a row belongs to, and a field kit's scope: the cases of its users, their rows, and the purge of the
cases taken away from it. How each table's rows reach their case is declared once, in `storage/tables.py`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .. import search, tables
from ..db import Connection
from ._sql import ident, marks, one
from .changes import RowRef, forget_history


class CaseLabel(NamedTuple):
    number: str
    name: str  # the client's shown name: alias first


def case_labels(conn: Connection, case_ids: Iterable[str]) -> dict[str, CaseLabel]:
    """Case number and the client's shown name of each case, for lists of conflicts."""
    ids = sorted(set(case_ids))
    out: dict[str, CaseLabel] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for case_id, number, name in conn.execute(
            "SELECT c.id, c.case_number, coalesce(nullif(cl.alias, ''), cl.name) FROM cases c"
            f" JOIN clients cl ON cl.id = c.client_id WHERE c.id IN ({marks(chunk)})",
            chunk,
        ):
            out[str(case_id)] = CaseLabel(str(number), str(name or ""))
    return out


def _cases_of_client(conn: Connection, client_id: str | None) -> set[str]:
    """A client's cases; a client merged into another (migration 0200) is that person too: its late rows belong
    to the cases of the client it was merged into, so a field kit's edit made before it heard of the merge is
    still its case's (and reaches the kit that holds the kept client's case)."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM cases WHERE client_id = ?1"
            " UNION SELECT c.id FROM clients m JOIN cases c ON c.client_id = m.merged_into WHERE m.id = ?1",
            (client_id,),
        )
    }


def case_ids_of_row(conn: Connection, table: str, row_id: str) -> set[str]:
    """The cases a row belongs to (empty for shared and workstation tables, and for rows not present)."""
    declared = tables.BY_NAME.get(table)
    if declared is None or declared.owner not in (tables.Owner.CLIENT, tables.Owner.CASE):
        return set()
    if table == "cases":
        return {row_id}
    t = ident(table)
    if declared.owner is tables.Owner.CLIENT:
        client = row_id if table == "clients" else one(conn, f"SELECT client_id FROM {t} WHERE id = ?", row_id)
        return _cases_of_client(conn, client)
    if declared.via is None:
        found = one(conn, f"SELECT case_id FROM {t} WHERE id = ?", row_id)
        return {found} if found else set()
    parent, column = (ident(n) for n in declared.via)
    found = one(conn, f"SELECT p.case_id FROM {t} r JOIN {parent} p ON p.id = r.{column} WHERE r.id = ?", row_id)
    if found:
        return {found}
    if declared.or_client:
        return _cases_of_client(conn, one(conn, f"SELECT client_id FROM {t} WHERE id = ?", row_id))
    return set()


def rows_of_case(conn: Connection, case_id: str) -> list[RowRef]:
    """Every row of a case, the client's rows included, parents before children."""
    rows: list[RowRef] = []
    client = one(conn, "SELECT client_id FROM cases WHERE id = ?", case_id)

    def add(table: str, sql: str, *args: str | None) -> None:
        rows.extend(RowRef(table, str(r[0])) for r in conn.execute(sql, args))

    if client:
        rows.append(RowRef("clients", client))
        for table in tables.CLIENT_TABLES:
            if table != "clients":
                add(table, f"SELECT id FROM {ident(table)} WHERE client_id = ?", client)
    rows.append(RowRef("cases", case_id))
    for table in tables.CASE_ID_TABLES:
        add(table, f"SELECT id FROM {ident(table)} WHERE case_id = ?", case_id)
    for link in tables.CASE_LINKS:
        t, parent, column = ident(link.table), ident(link.parent), ident(link.column)
        if link.or_client:
            sql = (
                f"SELECT r.id FROM {t} r LEFT JOIN {parent} p ON p.id = r.{column}"
                f" WHERE p.case_id = ? OR (r.{column} IS NULL AND r.client_id = ?)"
            )
            add(link.table, sql, case_id, client)
        else:
            add(link.table, f"SELECT r.id FROM {t} r JOIN {parent} p ON p.id = r.{column} WHERE p.case_id = ?", case_id)
    return rows


def cases_of_users(conn: Connection, user_ids: Iterable[str]) -> set[str]:
    """Cases a field kit holds: live or closed cases led by, or on the team of, one of its users."""
    users = list(user_ids)
    if not users:
        return set()
    return {
        str(r[0])
        for r in conn.execute(
            f"SELECT id FROM cases WHERE deleted_at IS NULL AND lead_counselor_id IN ({marks(users)})"
            f" UNION SELECT case_id FROM case_team WHERE deleted_at IS NULL AND user_id IN ({marks(users)})",
            (*users, *users),
        )
    }


def all_case_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT id FROM cases")}


def client_has_cases(conn: Connection, client_id: str) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE client_id = ?", (client_id,)).fetchone() is not None


def purge_rows(conn: Connection, rows: Sequence[RowRef]) -> None:
    """Remove rows and everything sync holds about them (needs a write context that allows purging)."""
    for table, row_id in reversed(rows):  # children first
        # the history goes first: what is left of the row is the purge marker, which holds no content
        forget_history(conn, table, row_id)
        conn.execute("DELETE FROM sync_collected WHERE table_name = ? AND row_id = ?", (table, row_id))
        conn.execute(f"DELETE FROM {ident(table)} WHERE id = ?", (row_id,))


def compact_search_indexes(conn: Connection) -> None:
    """After a purge: merge the full-text indexes so deleted rows' tokens leave the index pages too."""
    search.index_due(conn)  # the purged rows' entries leave the indexes now, before the merge
    conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")
    conn.execute("INSERT INTO note_search (note_search) VALUES ('optimize')")
