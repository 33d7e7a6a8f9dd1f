"""Korean substring search through FTS5 with n-gram tokens made in Python.

FTS5's own tokenizers do not fit Korean search-as-you-type: `unicode61` finds only whole
words or prefixes (가해자가 is one token, so 해자 misses), and `trigram` cannot answer
2-syllable queries, the most common kind (상담, 병원, 민지). Measured alternatives are in
`../shared/docs/korean-search.md` and `benchmarks/search_design.py`. So each word is cut into
overlapping 2-character tokens (가해자가 → 가해 해자 자가) and stored in a contentless FTS5
table with the plain `unicode61` tokenizer; a query becomes the phrase of its bigrams.

Two kinds of documents:
- names (client name, alias, case number, phone digits): bigrams plus single characters, so
  a one-syllable query (a surname) is answered by the index too;
- notes (session notes): bigrams only; a one-syllable query is not a full-text query.

A phrase of bigrams can straddle two words, so callers re-check candidates with LIKE.
The triggers mark what is due and `index_due` calls these functions (`onestop_name_tokens`,
`onestop_note_tokens`) before every commit, so no write path can forget to index (migration 0240).
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    if not unicodedata.is_normalized("NFKC", text):  # the check is cheaper than normalising typed Korean again
        text = unicodedata.normalize("NFKC", text)
    return _WORD.findall(text.lower().replace("_", " "))


def _bigrams(word: str) -> list[str]:
    return list(map(str.__add__, word, word[1:]))


def note_tokens(text: str | None) -> str:
    """Called for every session note written, synced ones included: kept lean."""
    out: list[str] = []
    for word in _words(text or ""):
        if len(word) > 1:
            out += map(str.__add__, word, word[1:])
        else:
            out.append(word)
    return " ".join(out)


def name_tokens(text: str | None) -> str:
    out: list[str] = []
    for word in _words(text or ""):
        out.extend(_bigrams(word))
        out.extend(dict.fromkeys(word))  # single characters after the bigrams keep the phrases intact
    return " ".join(out)


def match_expression(query: str, *, allow_single: bool) -> str | None:
    """The FTS5 MATCH string for `query`, or None when the index cannot answer it."""
    parts = []
    words = _words(query)
    if len(words) > 1:
        # "2025-0", "2025-00": a one- or two-digit word matches nearly every case number, and
        # intersecting such a list costs ~200 ms; the LIKE re-check enforces it instead.
        words = [w for w in words if not (w.isdigit() and len(w) <= 2)] or words
    for word in words:
        if len(word) == 1:
            if not allow_single:
                return None
            parts.append(f'"{word}"')
        else:
            parts.append('"' + " ".join(_bigrams(word)) + '"')
    return " AND ".join(parts) if parts else None


def like_pattern(query: str) -> str:
    """`%q%` with LIKE's wildcards escaped (use with ESCAPE '\\')."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def register(conn: object) -> None:
    conn.create_function("onestop_name_tokens", 1, name_tokens, deterministic=True)  # type: ignore[attr-defined]
    conn.create_function("onestop_note_tokens", 1, note_tokens, deterministic=True)  # type: ignore[attr-defined]


# (table of due documents, the statements that index them)
_INDEX_DUE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "note_search_due",
        (
            # edited, deleted or purged documents leave the index first (deleting one it never held is harmless)
            "DELETE FROM note_search WHERE rowid IN (SELECT session_rowid FROM note_search_due WHERE reindex = 1)",
            "INSERT INTO note_search (rowid, body) SELECT s.rowid, onestop_note_tokens(s.note || ' ' || s.next_steps)"
            " FROM note_search_due AS d CROSS JOIN case_sessions AS s ON s.rowid = d.session_rowid"  # (no scan of s)
            " WHERE s.deleted_at IS NULL",
            "DELETE FROM note_search_due",
        ),
    ),
    (
        "case_search_due",
        (
            "DELETE FROM case_search WHERE rowid IN (SELECT case_rowid FROM case_search_due WHERE reindex = 1)",
            "INSERT INTO case_search (rowid, body) SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs"
            " WHERE case_rowid IN (SELECT case_rowid FROM case_search_due)",
            "DELETE FROM case_search_due",
        ),
    ),
)


def index_due(conn: object) -> None:
    """Write the documents the triggers marked as due into the search indexes (schema 0240 on).

    Called before every commit of a write and after every migration step, and before an index is optimized: the
    indexes always hold every committed row. Done here in a few statements rather than row by row in the
    triggers because FTS5 writes its pending entries to disk at every statement savepoint (one segment per row).
    """
    if not has_due_tables(conn):  # a database opened at an earlier step (its triggers index row by row)
        return
    execute = conn.execute  # type: ignore[attr-defined]
    for due, statements in _INDEX_DUE:
        if execute(f"SELECT EXISTS (SELECT 1 FROM {due})").fetchone()[0]:
            for statement in statements:
                execute(statement)


def has_due_tables(conn: object) -> bool:
    """Whether the schema keeps due documents (0240 on); earlier migration steps index from their triggers."""
    found = conn.execute(  # type: ignore[attr-defined]
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'note_search_due'"
    ).fetchone()
    return found is not None


def rebuild(conn: object) -> None:
    """Re-derive both indexes from the tables. Needed after a VACUUM, which may renumber rowids."""
    execute = conn.execute  # type: ignore[attr-defined]
    if has_due_tables(conn):
        execute("DELETE FROM note_search_due")
        execute("DELETE FROM case_search_due")
    execute("DELETE FROM case_search")
    execute("INSERT INTO case_search (rowid, body) SELECT case_rowid, onestop_name_tokens(doc) FROM case_search_docs")
    execute("DELETE FROM note_search")
    execute(
        "INSERT INTO note_search (rowid, body) SELECT rowid, onestop_note_tokens(note || ' ' || next_steps)"
        " FROM case_sessions WHERE deleted_at IS NULL"
    )
