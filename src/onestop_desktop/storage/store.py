"""The one owner of the SQLCipher connection, and its single write path.

Reads go through `read()`; every write goes through `write(actor)`, which opens an
IMMEDIATE transaction, names the actor and a hybrid-logical-clock value in `write_context`
(what the change-capture triggers copy into the change log), and commits or rolls back as a
whole. A lock serialises use of the connection between the GUI thread and workers.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import iso_utc
from . import account_keys, audit_head, audit_log, auth_evidence, change_rows, identity, migrate, search
from .data_dir import DataDir
from .db import Connection, DatabaseError, connect, database_error, open_existing
from .hlc import next_timestamp

SYSTEM_ACTOR = "system"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def _ident(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not an identifier: {name!r}")
    return name


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    # The logged-in account's personal key (set by the session): signs the transaction's access changes.
    signer: Callable[[bytes], bytes] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class DeviceIdentity:
    database_id: str
    device_id: str


class WriteTx:
    """One transaction's view: the connection, who is writing, and helpers that keep metadata right."""

    def __init__(self, conn: Connection, actor: Actor, device: DeviceIdentity, hlc: str) -> None:
        self.conn = conn
        self.actor = actor
        self.device = device
        self.hlc = hlc
        self.now = iso_utc()

    def insert(self, table: str, values: Mapping[str, Any]) -> None:
        row = dict(values)
        row.setdefault("created_at", self.now)
        row.update(updated_at=self.now, updated_by=self.actor.user_id, origin_device=self.device.device_id)
        columns = ", ".join(_ident(c) for c in row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO {_ident(table)} ({columns}) VALUES ({marks})", tuple(row.values()))

    def update(self, table: str, row_id: str, values: Mapping[str, Any]) -> int:
        row = dict(values)
        row.update(updated_at=self.now, updated_by=self.actor.user_id)
        assignments = ", ".join(f"{_ident(c)} = ?" for c in row)
        cursor = self.conn.execute(
            f"UPDATE {_ident(table)} SET {assignments} WHERE id = ? AND deleted_at IS NULL",
            (*row.values(), row_id),
        )
        return int(cursor.rowcount)

    def version(self, table: str, row_id: str) -> str | None:
        """The row's `updated_at` as it is now (optimistic concurrency: did someone change it since?)."""
        row = self.conn.execute(f"SELECT updated_at FROM {_ident(table)} WHERE id = ?", (row_id,)).fetchone()
        return str(row[0]) if row else None

    def tombstone(self, table: str, row_id: str) -> int:
        return self.update(table, row_id, {"deleted_at": self.now})

    def audit(self, record: audit_log.AuditRecord) -> None:
        audit_log.append(self.conn, self.device.device_id, record)


class Store:
    def __init__(self, data_dir: DataDir, conn: Connection, device: DeviceIdentity) -> None:
        self.data_dir = data_dir
        self._conn: Connection | None = conn
        self.device = device
        self._lock = threading.RLock()
        self._signed_heads: audit_head.Heads | None = None  # what audit-head.json says now (None: not yet written)
        self._signed_last = -1  # audit_log's newest rowid when the head was last written
        self._cuts: list[str] = []

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: DataDir, key: bytes, expected_database_id: str, *, reset_audit_head: bool = False) -> Store:
        """`reset_audit_head`: a restore installed an older database on purpose; its chains start a new head."""
        conn = open_existing(data_dir.database, key)
        try:
            migrate.check_not_too_new(migrate.current_version(conn))
            if migrate.pending(conn):
                migrate.migrate(conn)
            row = conn.execute("SELECT database_id, device_id FROM this_device").fetchone()
            if row is None:
                raise OneStopError(ErrorCode.DATABASE_CORRUPT, detail="no device identity")
            if row[0] != expected_database_id:
                raise OneStopError(ErrorCode.DATABASE_FOREIGN, detail="database id differs from keys.json")
            store = cls(data_dir, conn, DeviceIdentity(row[0], row[1]))
            if not reset_audit_head:
                store._check_audit_head()
            store._sign_audit_head()
            store._keep_identity_to_its_file()
            return store
        except DatabaseError as exc:
            conn.close()
            raise database_error(exc, data_dir.database) or OneStopError(
                ErrorCode.DATABASE_CORRUPT, detail=type(exc).__name__
            ) from None
        except BaseException:
            conn.close()
            raise

    @classmethod
    def create(
        cls, data_dir: DataDir, key: bytes, device: DeviceIdentity, enc_private_key: bytes, sign_private_key: bytes
    ) -> Store:
        """A new, empty, fully migrated database holding this device's identity."""
        if data_dir.database.exists():
            raise OneStopError(ErrorCode.ALREADY_INITIALIZED, folder=str(data_dir.root))
        try:
            conn = connect(data_dir.database, key)
        except DatabaseError as exc:
            raise database_error(exc, data_dir.database) or exc from None
        try:
            if os.name == "posix":
                os.chmod(data_dir.database, 0o600)
            migrate.migrate(conn)
            conn.execute(
                "INSERT INTO this_device (id, database_id, device_id, enc_private_key, sign_private_key, created_at)"
                " VALUES (1, ?, ?, ?, ?, ?)",
                (device.database_id, device.device_id, enc_private_key, sign_private_key, iso_utc()),
            )
            identity.stamp(data_dir.database, device.device_id)
            return cls(data_dir, conn, device)
        except BaseException:
            conn.close()
            raise

    def _keep_identity_to_its_file(self) -> None:
        """A restored or copied database that has peers takes a new device identity before it writes."""
        here = identity.issued_here(self.data_dir.database, self.device.device_id)
        if here is True:
            return
        with self.read() as conn:
            peers = identity.has_peers(conn, self.device.device_id)
        if here is False and peers:
            with self.bookkeeping() as conn:
                old, new, row = identity.renew(conn)
            self.device = DeviceIdentity(self.device.database_id, new)
            system = Actor(SYSTEM_ACTOR, SYSTEM_ACTOR)
            with self.write(system) as tx:
                tx.insert("devices", row)
                tx.audit(
                    audit_log.AuditRecord(
                        SYSTEM_ACTOR,
                        SYSTEM_ACTOR,
                        AuditAction.SETUP,
                        "device",
                        new,
                        f"new identity: this database was restored or copied (was {old[:8]})",
                    )
                )
        identity.stamp(self.data_dir.database, self.device.device_id)

    def device_private_keys(self) -> tuple[bytes, bytes]:
        """(X25519, Ed25519) private keys, read only when needed."""
        with self.read() as conn:
            row = conn.execute("SELECT enc_private_key, sign_private_key FROM this_device").fetchone()
        return bytes(row[0]), bytes(row[1])

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise OneStopError(ErrorCode.LOCKED)
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None

    # -- reading and writing -------------------------------------------------------------
    @contextlib.contextmanager
    def _file_errors(self) -> Iterator[None]:
        """A failure of the database file (damaged, full, unwritable) becomes a OneStopError."""
        try:
            yield
        except DatabaseError as exc:
            mapped = database_error(exc, self.data_dir.database)
            if mapped is None:
                raise
            raise mapped from None

    @contextlib.contextmanager
    def _synchronous(self, durable: bool) -> Iterator[None]:
        if durable:
            yield
            return
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            with contextlib.suppress(DatabaseError):
                self.conn.execute("PRAGMA synchronous = FULL")

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock, self._file_errors():
            yield self.conn

    @contextlib.contextmanager
    def write(self, actor: Actor, *, allow_purge: bool = False, durable: bool = True) -> Iterator[WriteTx]:
        """`durable=False` (applying sync bundles): commit without waiting for the disk. WAL keeps the database
        consistent after a power cut; the last bundles applied may be lost with their inbox records, and the next
        sync applies them again."""
        with self._lock, self._file_errors(), self._synchronous(durable):
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                last = conn.execute("SELECT hlc_last FROM this_device").fetchone()[0]
                hlc = str(next_timestamp(last, self.device.device_id))
                conn.execute("UPDATE this_device SET hlc_last = ?", (hlc,))
                conn.execute(
                    "INSERT INTO write_context (id, user_id, device_id, hlc, allow_purge) VALUES (1, ?, ?, ?, ?)",
                    (actor.user_id, self.device.device_id, hlc, int(allow_purge)),
                )
                logged = change_rows.last_seq(conn)
                yield WriteTx(conn, actor, self.device, hlc)
                if actor.signer is not None:  # here, so that no service can forget it
                    account_keys.sign_own_changes(conn, logged, hlc, self.device.device_id, actor)
                search.index_due(conn)  # the search indexes hold every committed row
                conn.execute("DELETE FROM write_context")
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise
            self._sign_audit_head()

    @contextlib.contextmanager
    def deferred_checkpoints(self, pages: int = 4096) -> Iterator[None]:
        """Many short write transactions in a row (applying sync bundles): the WAL is copied into the database every
        `pages` pages (16 MiB) and at the end, instead of every 1,000. Each checkpoint waits for the disk: at
        100,000 synced rows of every kind those waits were an eighth of the time (13.2 s -> 11.6 s); much larger
        steps made the one transaction that triggers a checkpoint take 400 ms. Commits stay as safe as before."""
        with self._lock, self._file_errors():
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
        try:
            yield
        finally:
            with self._lock, contextlib.suppress(DatabaseError, OneStopError):  # closed meanwhile (a wipe): nothing
                self.conn.execute("PRAGMA wal_autocheckpoint = 1000")
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    @contextlib.contextmanager
    def bookkeeping(self) -> Iterator[Connection]:
        """A transaction for local state that is not replicated (sync bookkeeping): no actor, no clock tick.

        Captured tables refuse writes made here (no write context), so nothing replicated can slip through.
        """
        with self._lock, self._file_errors():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise
            self._sign_audit_head()

    def audit(self, record: audit_log.AuditRecord) -> None:
        """Record an event that changes nothing else (a view, a login) in its own transaction."""
        with self._lock, self._file_errors():
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                audit_log.append(conn, self.device.device_id, record)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                raise
            self._sign_audit_head()

    # -- the signed audit head (see audit_head.py for what it guarantees and what it cannot) ---------
    def _sign_audit_head(self) -> None:
        """After a commit: write audit-head.json when a chain moved. A failure to write it (full disk) must not
        fail the committed change; the head then trails the database until the next write succeeds."""
        conn = self.conn
        last = audit_head.last_entry(conn)
        if last == self._signed_last:
            return
        heads = audit_head.current_heads(conn)
        try:
            audit_head.write(conn, self.data_dir.audit_head, audit_head.SignedHead(heads, list(self._cuts)))
        except OneStopError:
            return
        if self._signed_heads is None:  # the first head this store writes: from now on its absence is a finding
            auth_evidence.mark_head_signed(conn)
        self._signed_heads, self._signed_last = heads, last

    def _check_audit_head(self) -> None:
        """At unlock: a chain that ends before its signed head is audited and carried forward as a cut."""
        with self.read() as conn:
            signed = audit_head.read(conn, self.data_dir.audit_head)
            if signed is None:
                found = ["the signed audit head is missing or altered"] if auth_evidence.head_signed(conn) else []
            else:
                self._cuts = list(signed.cuts)
                found = audit_head.compare(conn, signed)
        if not found:
            return
        today = iso_utc()[:10]
        self._cuts += [f"{problem} (found at unlock, {today})" for problem in found]
        for problem in found:
            self.audit(
                audit_log.AuditRecord(
                    SYSTEM_ACTOR, SYSTEM_ACTOR, AuditAction.TAMPER, "device", self.device.device_id, problem
                )
            )

    def forget_auth_file(self) -> None:
        """After a restore: this database has not seen the folder's auth-state.json (see auth_evidence)."""
        with self.bookkeeping() as conn:
            auth_evidence.forget_file(conn)

    def audit_head_problems(self) -> list[str]:
        """For `check` and `audit verify`: the file as it is now against the database, and the cuts found before."""
        with self.read() as conn:
            signed = audit_head.read(conn, self.data_dir.audit_head)
            if signed is None:
                return ["the signed audit head is missing or altered"] if auth_evidence.head_signed(conn) else []
            return [*signed.cuts, *audit_head.compare(conn, signed)]
