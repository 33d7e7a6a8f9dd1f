"""This device's sync state: the folder, the last run, and its hybrid logical clock as sync advances it."""

from __future__ import annotations

from typing import NamedTuple

from ..db import Connection


class SyncState(NamedTuple):
    last_seq: int  # the last bundle sequence this device used
    last_sync_at: str | None
    folder: str


def state(conn: Connection) -> SyncState:
    last_seq, last_sync_at, folder = conn.execute("SELECT last_seq, last_sync_at, folder FROM sync_state").fetchone()
    return SyncState(int(last_seq), None if last_sync_at is None else str(last_sync_at), str(folder))


def set_last_sync(conn: Connection, at: str) -> None:
    conn.execute("UPDATE sync_state SET last_sync_at = ?", (at,))


def set_folder(conn: Connection, folder: str) -> None:
    conn.execute("UPDATE sync_state SET folder = ?", (folder,))


def advance_clock(conn: Connection, hlc: str) -> None:
    conn.execute("UPDATE this_device SET hlc_last = ? WHERE hlc_last < ?", (hlc, hlc))


def clock(conn: Connection) -> str:
    return str(conn.execute("SELECT hlc_last FROM this_device").fetchone()[0])
