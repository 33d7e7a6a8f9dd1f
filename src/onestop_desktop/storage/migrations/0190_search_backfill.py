"""Index the cases and counseling notes that were already in a database when 0040 created the search indexes.

0040 made the indexes and the triggers that keep them current, but did not index the rows already there: a
database upgraded with cases in it could not find them by name, number, phone or note until each was edited. Both
indexes are derived data, so they are rebuilt from the tables (the same statements as `search.rebuild`, kept here
as they are today because a shipped step never changes). A database whose indexes already hold every row skips it.
"""

from __future__ import annotations

from typing import Any


def _missing(conn: Any) -> bool:
    cases = conn.execute("SELECT count(*) FROM case_search_docs").fetchone()[0]
    indexed_cases = conn.execute("SELECT count(*) FROM case_search").fetchone()[0]
    notes = conn.execute("SELECT count(*) FROM case_sessions WHERE deleted_at IS NULL").fetchone()[0]
    indexed_notes = conn.execute("SELECT count(*) FROM note_search").fetchone()[0]
    return bool(cases != indexed_cases or notes != indexed_notes)


def apply(conn: Any) -> None:
    if not _missing(conn):
        return
    # The 'delete-all' command empties a contentless index (a plain DELETE is refused on one).
    conn.execute("INSERT INTO case_search (case_search) VALUES ('delete-all')")
    conn.execute(
        "INSERT INTO case_search (rowid, body) SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs"
    )
    conn.execute("INSERT INTO note_search (note_search) VALUES ('delete-all')")
    conn.execute(
        "INSERT INTO note_search (rowid, body) SELECT rowid, onestop_note_tokens(note || ' ' || next_steps)"
        " FROM case_sessions WHERE deleted_at IS NULL"
    )
