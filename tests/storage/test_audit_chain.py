"""The audit trail is append-only and a hash chain: editing or removing a row is detected."""

from __future__ import annotations

import pytest

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.services.session import Session
from onestop_desktop.storage import audit_log
from onestop_desktop.storage.db import IntegrityError


def _tamper(session: Session, statement: str) -> None:
    """What an attacker holding the key would do: drop the guard, change the rows."""
    with session.store.read() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(statement)


def _with_entries(session: Session) -> None:
    for n in range(5):
        session.record(AuditAction.VIEW, "client", f"c{n}")


def test_a_clean_trail_verifies(admin_session: Session) -> None:
    _with_entries(admin_session)
    total, problems = admin_session.audit.verify()
    assert problems == [] and total >= 7


def test_updates_and_deletes_are_refused_by_the_database(admin_session: Session) -> None:
    with admin_session.store.read() as conn:
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET detail = 'x'")
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log")


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("UPDATE audit_log SET username = 'someone' WHERE device_seq = 4", "altered"),
        ("UPDATE audit_log SET action = 'view' WHERE action = 'login'", "altered"),
        ("DELETE FROM audit_log WHERE device_seq = 3", "missing"),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE device_seq = 2", "altered"),
    ],
)
def test_tampering_is_detected(admin_session: Session, statement: str, reason: str) -> None:
    _with_entries(admin_session)
    _tamper(admin_session, statement)
    with admin_session.store.read() as conn:
        problems = audit_log.verify(conn)
    assert problems and any(reason in p.reason for p in problems)
    assert admin_session.maintenance.check() != []


def test_a_forged_row_appended_without_the_chain_is_detected(admin_session: Session) -> None:
    with admin_session.store.read() as conn:
        device = admin_session.store.device.device_id
        n = conn.execute("SELECT max(device_seq) FROM audit_log").fetchone()[0]
        conn.execute(
            "INSERT INTO audit_log (device_id, device_seq, at, user_id, username, action, prev_hash, hash)"
            " VALUES (?, ?, '2026-01-01T00:00:00.000Z', 'u', 'u', 'view', 'x', 'y')",
            (device, n + 1),
        )
        assert audit_log.verify(conn) != []
