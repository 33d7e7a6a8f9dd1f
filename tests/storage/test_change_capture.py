"""Every write to replicated tables is in the change log, in the same transaction; none can skip it."""

from __future__ import annotations

import json

import pytest

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.storage.db import IntegrityError
from onestop_desktop.storage.hlc import Timestamp


def _log(session: Session) -> list[tuple[str, str, str, str, str, str]]:
    with session.store.read() as conn:
        return conn.execute("SELECT table_name, row_id, op, data, user_id, hlc FROM change_log ORDER BY seq").fetchall()


def test_setup_and_user_changes_are_logged_with_actor_and_clock(admin_session: Session) -> None:
    before = len(_log(admin_session))
    user = admin_session.users.add("kim", "김상담", Role.COUNSELOR, "Temp-Pass-1234")
    admin_session.users.set_role("kim", Role.OUTREACH)
    logged = _log(admin_session)[before:]
    # a new account also gets its signing key registered and is listed on the device that holds its key entry
    assert {(r[0], r[2]) for r in logged if r[0] != "users"} == {("account_keys", "insert"), ("devices", "update")}
    rows = [r for r in logged if r[0] == "users"]
    assert [(r[0], r[2]) for r in rows] == [("users", "insert"), ("users", "update")]
    assert all(r[1] == user.id and r[4] == admin_session.user.id for r in rows)
    # an update carries only what changed (per-field merging needs that)
    assert set(json.loads(rows[1][3])) == {"role", "updated_at"}
    assert Timestamp.parse(rows[0][5]) < Timestamp.parse(rows[1][5])


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO users (id, username, display_name, role, created_at, updated_at, updated_by, origin_device)"
        " VALUES ('x', 'raw', 'Raw', 'staff', '', '', '', '')",
        "UPDATE users SET display_name = 'changed'",
        "DELETE FROM users",
        "UPDATE settings SET value = '1'",
    ],
)
def test_raw_sql_outside_the_write_path_is_refused(admin_session: Session, statement: str) -> None:
    before = _log(admin_session)
    with admin_session.store.read() as conn, pytest.raises(IntegrityError, match="onestop"):
        conn.execute(statement)
    assert _log(admin_session) == before


def test_tombstones_are_logged_as_deletes_and_real_deletes_need_a_purge_context(admin_session: Session) -> None:
    user = admin_session.users.add("lee", "이상담", Role.STAFF, "Temp-Pass-1234")
    with admin_session.store.write(admin_session.actor) as tx:
        tx.tombstone("users", user.id)
    assert _log(admin_session)[-1][2] == "delete"
    with pytest.raises(IntegrityError), admin_session.store.write(admin_session.actor) as tx:
        tx.conn.execute("DELETE FROM users WHERE id = ?", (user.id,))
    with admin_session.store.write(admin_session.actor, allow_purge=True) as tx:
        tx.conn.execute("DELETE FROM users WHERE id = ?", (user.id,))
    assert _log(admin_session)[-1][2] == "purge"


def test_a_failed_transaction_leaves_neither_rows_nor_log(admin_session: Session) -> None:
    before = _log(admin_session)
    with pytest.raises(RuntimeError), admin_session.store.write(admin_session.actor) as tx:
        tx.insert("settings", {"id": "probe", "value": "1"})
        raise RuntimeError("power cut")
    assert _log(admin_session) == before
    with admin_session.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM settings WHERE id = 'probe'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM write_context").fetchone()[0] == 0


def test_clock_stepping_backwards_still_yields_increasing_timestamps(admin_session: Session) -> None:
    from onestop_desktop.storage.hlc import next_timestamp

    first = next_timestamp("", "dev", now_ms=2_000)
    second = next_timestamp(str(first), "dev", now_ms=1_000)  # wall clock went back
    third = next_timestamp(str(second), "dev", now_ms=1_000)
    assert first < second < third
