"""After `destroy`, nothing of the client is left anywhere in the decrypted database: no table (FTS shadow tables,
the change log and sync's side tables included), no index, no free page, and no write-ahead-log frame."""

from __future__ import annotations

from datetime import date

import pytest

from onestop_desktop.services.session import Session

from ..retention_helpers import case_number, case_with_content, decrypted_pages, decrypted_wal_pages, fts_terms

NAME = "엄파기테스트"
PHONE = "010-4821-7356"
DIGITS = "01048217356"
NOTE = "비밀상담내용표식 가해자는 이웃집에 산다"
KEPT_NAME = "남을사람표식"


def _markers() -> list[bytes]:
    texts = [NAME, PHONE, DIGITS, "48217356", NOTE, "비밀상담내용표식", "이웃집", "엄파", "파기테"]
    return [t.encode("utf-8") for t in texts] + [t.encode("utf-16-le") for t in (NAME, NOTE)]


def _all_text(session: Session) -> str:
    """Every value of every table (virtual tables' shadow tables are ordinary tables), read through SQL."""
    out: list[str] = []
    with session.store.read() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            if (
                conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
                .fetchone()[0]
                .startswith("CREATE VIRTUAL")
            ):
                continue
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                for value in row:
                    if isinstance(value, bytes):
                        out.append(value.decode("utf-8", "replace"))
                        out.append(value.hex())
                    elif value is not None:
                        out.append(str(value))
    return "\n".join(out)


def test_the_decrypted_database_holds_nothing_of_a_destroyed_case(admin_session: Session) -> None:
    session = admin_session
    doomed = case_with_content(session, NAME, PHONE, NOTE, closed_on=date(2020, 1, 10))
    case_with_content(session, KEPT_NAME, "010-9999-1111", "남는기록", closed_on=date(2026, 1, 10))
    for _ in range(3):  # history: several versions of the row, each in the change log
        with session.store.write(session.actor) as tx:
            tx.conn.execute("UPDATE cases SET incident_summary = incident_summary || ? WHERE id = ?", (NOTE, doomed))
    path = session.store.data_dir.database
    key = session.data_key
    before = b"".join(decrypted_pages(path, key) + decrypted_wal_pages(path, key))
    assert NAME.encode() in before and NAME in _all_text(session)  # the reading works: it finds the name before
    assert "엄파" in fts_terms(session, "case_search") and "이웃" in fts_terms(session, "note_search")

    number = case_number(session, doomed)
    session.retention.destroy([number], "보존 기간 경과")

    text = _all_text(session)
    for marker in (NAME, PHONE, DIGITS, NOTE, "비밀상담내용표식"):
        assert marker not in text
    assert KEPT_NAME in text  # the other case is untouched
    pages = decrypted_pages(path, key)
    assert pages[0].startswith(b"SQLite format 3\x00") and pages[0][16:18] == b"\x10\x00"  # decrypted for real
    raw = b"".join(pages + decrypted_wal_pages(path, key))
    assert KEPT_NAME.encode() in raw
    for marker in _markers():
        assert marker not in raw, marker
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # no frame written before the destruction is left
    assert "엄파" not in fts_terms(session, "case_search") and "이웃" not in fts_terms(session, "note_search")
    assert "남을" in fts_terms(session, "case_search")
    with session.store.read() as conn:  # and the index answers nothing for the name or the note
        assert (
            conn.execute("SELECT count(*) FROM case_search WHERE case_search MATCH ?", ('"엄파"',)).fetchone()[0] == 0
        )
        found = conn.execute("SELECT count(*) FROM note_search WHERE note_search MATCH ?", ('"이웃"',)).fetchone()
        assert found[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("reader", ["sql", "pages"])
def test_the_reading_would_find_the_name_were_it_there(admin_session: Session, reader: str) -> None:
    """The check above can fail: without a destruction both readings find the client."""
    case_with_content(admin_session, NAME, PHONE, NOTE, closed_on=date(2020, 1, 10))
    with admin_session.store.read() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if reader == "sql":
        assert NAME in _all_text(admin_session)
    else:
        raw = b"".join(decrypted_pages(admin_session.store.data_dir.database, admin_session.data_key))
        assert NAME.encode() in raw and NOTE.encode() in raw


def test_destroying_a_merged_person_leaves_nothing_of_either_record(admin_session: Session) -> None:
    """A merge keeps the merged-away client as a pointer with its name, and a record of what it held: both are
    the person's data and go with the kept client."""
    session = admin_session
    kept = case_with_content(session, NAME, PHONE, NOTE, closed_on=date(2020, 1, 10))
    other_name, other_phone = "엄옛이름표식", "010-5150-2626"
    merged = case_with_content(session, other_name, other_phone, "옛기록", closed_on=date(2020, 2, 10))
    session.clients.merge(case_number(session, kept), case_number(session, merged), today=date(2026, 12, 1))
    assert other_name in _all_text(session)  # the merged-away record and the merge record hold the old name

    session.retention.destroy([case_number(session, kept), case_number(session, merged)], "보존 기간 경과")

    text = _all_text(session)
    for marker in (NAME, PHONE, DIGITS, other_name, other_phone, "01051502626"):
        assert marker not in text
    with session.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM client_merges").fetchone()[0] == 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
