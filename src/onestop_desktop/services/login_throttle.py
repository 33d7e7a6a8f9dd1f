"""Counting failed passphrases, one attempt at a time across processes, and moving their evidence into the trail.

`Throttle.attempt(username)` takes the OS lock on `auth-state.lock` *before* the passphrase is
tried and holds it until the counters are written back: twenty processes started at once with
wrong passphrases are counted one after another (1, 2, … 5 → locked), never twenty times "1".
A process that dies while holding the lock releases it (the OS drops it with the process).

At the next successful unlock `Attempt.complete` appends the sealed events to the hash-chained
audit trail and compares the file with what the database recorded at the previous unlock
(`auth_evidence`): a file that is new or counts fewer sealed events than before was deleted or
rolled back, which is audited, and the counters known then are put back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..domain import lockout
from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import iso_utc
from ..domain.users import User
from ..storage import auth_evidence, file_lock, repos
from ..storage.audit_log import AuditRecord
from ..storage.auth_state import AuthState, load_auth_state, save_auth_state, unseal
from ..storage.auth_state import seal as seal_event
from ..storage.data_dir import DataDir
from ..storage.keyring import Keyring
from ..storage.store import Store

SYSTEM_USER = "system"
REMOVED_RECORDS = "failed-login records were removed from this device"


class Attempt:
    """One passphrase attempt for `username`, made while the lock is held."""

    def __init__(self, state: AuthState, keyring: Keyring, username: str, now: float) -> None:
        self.state = state
        self.keyring = keyring
        self.username = username
        self.now = now
        self.dirty = False

    def refuse_if_throttled(self) -> None:
        account = self.state.accounts.get(self.username)
        if account is None:
            return
        if account.locked_until > self.now:
            raise OneStopError(ErrorCode.ACCOUNT_LOCKED, minutes=max(1, round((account.locked_until - self.now) / 60)))
        wait = account.last_failure + lockout.delay_after(account.failures) - self.now
        if wait > 0:
            raise OneStopError(ErrorCode.TOO_SOON, seconds=max(1, round(wait)))

    def note(self, action: AuditAction, detail: str, username: str | None = None) -> None:
        """Seal an event for the trail without counting a failure (an unknown name, a refused restore)."""
        name = self.username if username is None else username
        event = {"at": iso_utc(), "username": name, "action": str(action), "detail": detail}
        self.state.add_sealed(seal_event(self.keyring.device_public_key, event))
        self.dirty = True

    def failed(self, code: ErrorCode = ErrorCode.WRONG_CREDENTIALS, what: str = "attempt") -> OneStopError:
        """Count a wrong passphrase; the error to raise (locked after the fifth in a row)."""
        account = self.state.account(self.username)
        account.failures += 1
        account.last_failure = self.now
        self.note(AuditAction.LOGIN_FAILED, f"{what} {account.failures}")
        if account.failures >= lockout.MAX_FAILED_LOGINS:
            account.locked_until = self.now + lockout.LOCKOUT_SECONDS
            account.failures = 0
            account.last_failure = 0.0
            self.note(AuditAction.LOCKOUT, f"{lockout.LOCKOUT_SECONDS // 60} min")
            return OneStopError(ErrorCode.ACCOUNT_LOCKED, minutes=lockout.LOCKOUT_SECONDS // 60)
        if code is ErrorCode.WRONG_CREDENTIALS:
            return OneStopError(code, failures=account.failures, limit=lockout.MAX_FAILED_LOGINS)
        return OneStopError(code)

    def succeeded(self) -> None:
        if self.state.accounts.pop(self.username, None) is not None:
            self.dirty = True

    def complete(self, store: Store, user: User, action: AuditAction) -> None:
        """The passphrase opened the store: evidence into the trail, counters cleared, the login recorded.

        A lockout that only the database still knew of (auth-state.json was deleted after it) is enforced here:
        the evidence is recorded and the login refused."""
        records = self._opened_events(store) + self._evidence_of_removal(store)
        account = self.state.accounts.get(self.username)
        locked_until = account.locked_until if account is not None else 0.0
        if locked_until <= self.now:
            self.succeeded()
        for record in records:
            store.audit(record)
        with store.bookkeeping() as conn:
            auth_evidence.record(conn, self.state.file_id, self.state.sealed_total, self.state.accounts_json())
        self.dirty = True
        if locked_until > self.now:
            store.audit(AuditRecord(user.id, user.username, AuditAction.LOGIN_FAILED, "user", user.id, "locked"))
            raise OneStopError(ErrorCode.ACCOUNT_LOCKED, minutes=max(1, round((locked_until - self.now) / 60)))
        store.audit(AuditRecord(user.id, user.username, action))

    def _opened_events(self, store: Store) -> list[AuditRecord]:
        if not self.state.sealed_events:
            return []
        enc_private, _ = store.device_private_keys()
        private_key = X25519PrivateKey.from_private_bytes(enc_private)
        with store.read() as conn:
            known = {u.username: u.id for u in repos.users.list_users(conn)}
        records = []
        for sealed in self.state.sealed_events:
            event = unseal(private_key, sealed)
            if event is None:
                records.append(
                    AuditRecord(SYSTEM_USER, SYSTEM_USER, AuditAction.LOGIN_FAILED, detail="unreadable sealed event")
                )
                continue
            name = event.get("username", "")
            records.append(
                AuditRecord(
                    known.get(name, SYSTEM_USER),
                    name or "?",
                    AuditAction(event["action"]),
                    "user" if name in known else "",
                    known.get(name, ""),
                    event.get("detail", ""),
                    at=event.get("at", ""),
                )
            )
        self.state.sealed_events.clear()
        return records

    def _evidence_of_removal(self, store: Store) -> list[AuditRecord]:
        with store.read() as conn:
            seen = auth_evidence.seen(conn)
        if not seen.file_id or (seen.file_id == self.state.file_id and self.state.sealed_total >= seen.sealed_total):
            return []
        for name, known in seen.accounts.items():  # the lockouts and counts of the last unlock come back
            account = self.state.account(name)
            if known.locked_until > account.locked_until:
                account.locked_until = known.locked_until
            if known.failures > account.failures:
                account.failures, account.last_failure = known.failures, known.last_failure
        self.state.sealed_total = max(self.state.sealed_total, seen.sealed_total)
        detail = f"{REMOVED_RECORDS} (auth-state.json deleted or replaced; {seen.sealed_total} events had been sealed)"
        return [AuditRecord(SYSTEM_USER, SYSTEM_USER, AuditAction.TAMPER, "device", store.device.device_id, detail)]


class Throttle:
    def __init__(self, data_dir: DataDir, clock: Callable[[], float]) -> None:
        self.data_dir = data_dir
        self.clock = clock

    @contextlib.contextmanager
    def attempt(self, keyring: Keyring, username: str) -> Iterator[Attempt]:
        """Lock, read the counters, refuse a locked or too-early attempt, yield; the counters are written back
        before the lock is released, whatever the block raised. Not re-entrant within one process."""
        with file_lock.exclusive(self.data_dir.auth_lock):
            attempt = Attempt(load_auth_state(self.data_dir.auth_state, keyring), keyring, username, self.clock())
            try:
                attempt.refuse_if_throttled()
                yield attempt
            finally:
                if attempt.dirty:
                    save_auth_state(self.data_dir.auth_state, keyring, attempt.state)

    def clear(self, keyring: Keyring, username: str) -> None:
        """An administrator's new passphrase for `username` also lifts a lockout."""
        with file_lock.exclusive(self.data_dir.auth_lock):
            state = load_auth_state(self.data_dir.auth_state, keyring)
            if state.accounts.pop(username, None) is not None:
                save_auth_state(self.data_dir.auth_state, keyring, state)
