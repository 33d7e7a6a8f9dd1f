"""The lean change log (migration 0230): an insert keeps no values while its row holds them, yet every reader sees
them; they come back into the change before the row is first changed, purged or its columns change; a remote
insert applied here is kept lean too, and devices still converge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop_desktop.domain.casework import CounselingSessionForm
from onestop_desktop.services.session import Session
from onestop_desktop.storage import sync_store as ss
from onestop_desktop.storage.change_capture import drop_capture, install_capture, missing_capture
from onestop_desktop.sync.apply import apply_changes

from .test_engine import Center, _case, _digest, _set_summary


@pytest.fixture
def center(tmp_path: Path) -> Iterator[Center]:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _insert_of(session: Session, table: str, row_id: str) -> tuple[str | None, str]:
    """(what `change_rows` stores, what the `change_log` view reads) for the row's insert."""
    with session.store.read() as conn:
        stored = conn.execute(
            "SELECT r.data FROM change_rows r JOIN change_names t ON t.id = r.tab"
            " WHERE t.name = ? AND r.row_id = ? AND r.op = 0",
            (table, row_id),
        ).fetchone()[0]
        read = conn.execute(
            "SELECT data FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'insert'", (table, row_id)
        ).fetchone()[0]
    return stored, read


def test_an_insert_is_held_by_its_row_until_the_row_changes(center: Center) -> None:
    case_id = _case(center.desk)
    stored, read = _insert_of(center.desk, "cases", case_id)
    assert stored is None and json.loads(read)["id"] == case_id
    summary = json.loads(read)["incident_summary"]
    _set_summary(center.desk, case_id, "바뀐 요약")
    stored, again = _insert_of(center.desk, "cases", case_id)
    assert stored == read and json.loads(again)["incident_summary"] == summary  # the insert shows what it wrote
    with center.desk.store.read() as conn:
        ops = [r[0] for r in conn.execute("SELECT op FROM change_log WHERE row_id = ? ORDER BY seq", (case_id,))]
    assert ops[0] == "insert" and "update" in ops
    history = center.desk.cases.history(case_id)
    assert any(entry.op == "insert" for entry in history) and any(entry.op == "update" for entry in history)


def test_a_purged_row_keeps_its_insert_until_its_history_goes(center: Center) -> None:
    case_id = _case(center.desk)
    with center.desk.store.read() as conn:
        client_id = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    _, before = _insert_of(center.desk, "cases", case_id)
    with center.desk.store.write(center.desk.actor, allow_purge=True) as tx:
        tx.conn.execute("DELETE FROM case_crime_types WHERE case_id = ?", (case_id,))
        tx.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    stored, read = _insert_of(center.desk, "cases", case_id)
    assert stored == before == read and client_id


def test_a_new_column_does_not_appear_in_old_inserts(center: Center) -> None:
    case_id = _case(center.desk)
    conn = center.desk.store.conn
    conn.execute("BEGIN IMMEDIATE")
    drop_capture(conn)
    conn.execute("ALTER TABLE cases ADD COLUMN lean_probe TEXT NOT NULL DEFAULT 'x'")
    install_capture(conn)
    conn.execute("COMMIT")
    stored, read = _insert_of(center.desk, "cases", case_id)
    assert stored is not None and "lean_probe" not in json.loads(read)
    assert missing_capture(conn) == []
    fresh = _case(center.desk, "새사례")
    stored, read = _insert_of(center.desk, "cases", fresh)
    assert stored is None and json.loads(read)["lean_probe"] == "x"


def test_remote_inserts_are_kept_lean_and_devices_converge(center: Center) -> None:
    desk2 = center.enrol("desk2")
    case_id = _case(center.desk, "원격사례")
    center.sync(center.desk, desk2)
    stored, read = _insert_of(desk2, "cases", case_id)
    assert stored is None and read == _insert_of(center.desk, "cases", case_id)[1]
    _set_summary(desk2, case_id, "두 번째 장치의 요약")
    center.sync(center.desk, desk2)
    assert _digest(center.desk) == _digest(desk2)
    assert center.desk.cases.open(case_id).case.incident_summary == "두 번째 장치의 요약"
    with desk2.store.read() as conn:
        bases = conn.execute(
            "SELECT bases FROM change_log WHERE row_id = ? AND op = 'update' ORDER BY seq DESC LIMIT 1", (case_id,)
        ).fetchone()[0]
    assert json.loads(bases)["incident_summary"].startswith(_insert_hlc(center.desk, case_id)[:13])
    desk2.logout()


def _insert_hlc(session: Session, case_id: str) -> str:
    with session.store.read() as conn:
        return str(
            conn.execute(
                "SELECT hlc FROM change_log WHERE table_name = 'cases' AND row_id = ? AND op = 'insert'", (case_id,)
            ).fetchone()[0]
        )


# -- rows inserted straight from their one change (sync/apply.py `insert_first_rows`) ------------------------------
def _session_insert(session: Session, case_id: str, note: str) -> ss.ChangeRow:
    session_id = session.cases.add_counseling_session(
        case_id, CounselingSessionForm(started_at="2026-03-02 10:00", note=note)
    )
    with session.store.read() as conn:
        [change] = ss.row_changes(conn, "case_sessions", session_id)
    return change


def _apply(session: Session, changes: list[ss.ChangeRow]) -> None:
    with session.store.write(session.actor, durable=False) as tx:
        apply_changes(tx.conn, changes)


def test_a_first_insert_is_stored_lean_only_where_its_row_holds_exactly_it(center: Center) -> None:
    desk2 = center.enrol("desk2")
    case_id = _case(center.desk)
    center.sync(center.desk, desk2)
    plain = _session_insert(center.desk, case_id, "첫 상담")
    odd = _session_insert(center.desk, case_id, "둘째 상담")
    values = json.loads(odd.data)
    values["duration_minutes"] = str(values["duration_minutes"])  # "0": the INTEGER column stores 0
    reordered = odd._replace(data=json.dumps(dict(reversed(values.items())), ensure_ascii=False))
    _apply(desk2, [plain, reordered])
    assert _insert_of(desk2, "case_sessions", plain.row_id) == (None, plain.data)
    assert _insert_of(desk2, "case_sessions", odd.row_id) == (reordered.data, reordered.data)
    _apply(desk2, [plain])  # the same change again (a relayed copy): held already, stored once
    with desk2.store.read() as conn:
        assert len(ss.row_changes(conn, "case_sessions", plain.row_id)) == 1
    desk2.logout()


def test_a_row_whose_parent_comes_later_waits_and_is_inserted_when_it_comes(center: Center) -> None:
    desk2 = center.enrol("desk2")
    case_id = _case(center.desk, "나중사례")
    child = _session_insert(center.desk, case_id, "부모보다 먼저")
    with center.desk.store.read() as conn:
        parents = [c for table, rid in ss.rows_of_case(conn, case_id) if table != "case_sessions"
                   for c in ss.row_changes(conn, table, rid)]  # fmt: skip
        clients = [c for c in ss.all_changes(conn) if c.table in ("clients", "client_phones")]
    _apply(desk2, [child])
    with desk2.store.read() as conn:
        assert ss.waiting_rows(conn) == [ss.RowRef("case_sessions", child.row_id)]
    _apply(desk2, clients + parents)
    with desk2.store.read() as conn:
        assert ss.waiting_rows(conn) == []
        assert ss.existing_ids(conn, "case_sessions", [child.row_id]) == {child.row_id}
    assert _insert_of(desk2, "case_sessions", child.row_id) == (None, child.data)
    center.sync(center.desk, desk2)
    assert _digest(center.desk) == _digest(desk2)
    desk2.logout()
