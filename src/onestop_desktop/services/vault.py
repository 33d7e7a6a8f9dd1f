"""What happens before anyone is logged in: first-run setup, login, throttling, restore.

The vault owns the data folder's small files (keys.json, auth-state.json, settings.json)
and hands out a `Session` once a passphrase has unwrapped the data key.
"""

from __future__ import annotations

import base64
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .. import __version__
from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import new_id
from ..domain.passphrase_policy import WEAKNESS_TEXT, weaknesses
from ..domain.roles import Role
from ..domain.settings import CENTER_NAME, LANGUAGE
from ..domain.users import User, is_valid_username
from ..storage import account_keys, local_settings, repos
from ..storage import backup as backup_file
from ..storage.audit_log import AuditRecord
from ..storage.data_dir import DataDir
from ..storage.data_dir import resolve_data_dir as resolve_data_dir  # for the CLI, which may not import storage
from ..storage.key_wrap import DEFAULT_KDF as DEFAULT_KDF  # for the CLI, as above
from ..storage.key_wrap import KdfParams as KdfParams  # for the CLI, as above
from ..storage.key_wrap import (
    UnwrapError,
    WrappedKey,
    format_recovery_key,
    new_data_key,
    new_recovery_secret,
    parse_recovery_key,
)
from ..storage.keyring import Keyring, PendingUser, UserKey, load_keyring, save_keyring
from ..storage.store import Actor, DeviceIdentity, Store
from ..sync.apply import apply_snapshot
from ..sync.authorize import payload_signatures
from ..sync.enrolment import EnrolmentRefused, open_enrolment
from ..sync.payload import changes_from_field_writes
from .login_throttle import SYSTEM_USER, Attempt, Throttle
from .session import Session

DEVICE_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


@dataclass(frozen=True)
class SetupResult:
    session: Session
    recovery_key: str


@dataclass(frozen=True)
class RestoreResult:
    created_at: str
    previous_kept_at: Path | None


def check_passphrase(passphrase: str, personal: list[str]) -> None:
    found = weaknesses(passphrase, personal)
    if found:
        raise OneStopError(ErrorCode.WEAK_PASSPHRASE, reason=WEAKNESS_TEXT[found[0]], weakness=found[0])


def _public_b64(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _private_raw(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


class Vault:
    def __init__(self, root: Path, kdf: KdfParams = DEFAULT_KDF, clock: Callable[[], float] = time.time) -> None:
        self.data_dir = DataDir(root)
        self.kdf = kdf
        self.clock = clock
        self.throttle = Throttle(self.data_dir, clock)

    # -- before login ----------------------------------------------------------------------
    def is_initialized(self) -> bool:
        return self.data_dir.is_initialized()

    @property
    def language(self) -> str:
        return str(local_settings.get(self.data_dir.local_settings, LANGUAGE))

    def set_language(self, language: str) -> None:
        if not LANGUAGE.validate(language):
            raise OneStopError(ErrorCode.INVALID_VALUE, field="language", reason=language)
        self.data_dir.ensure()
        local_settings.put(self.data_dir.local_settings, LANGUAGE, language)

    def usernames(self) -> list[str]:
        """Names with a key entry on this device (for the login screen's completer)."""
        keyring = load_keyring(self.data_dir.keyring)
        return sorted({*keyring.users, *keyring.pending})

    # -- first-run setup -------------------------------------------------------------------
    def initialize(
        self,
        center_name: str,
        device_name: str,
        device_code: str,
        admin_username: str,
        admin_display_name: str,
        passphrase: str,
    ) -> SetupResult:
        center_name, device_name = center_name.strip(), device_name.strip()
        admin_display_name, device_code = admin_display_name.strip(), device_code.strip().upper()
        if self.is_initialized():
            raise OneStopError(ErrorCode.ALREADY_INITIALIZED, folder=str(self.data_dir.root))
        for field, value in (("center", center_name), ("device", device_name), ("display name", admin_display_name)):
            if not value or len(value) > 100:
                raise OneStopError(ErrorCode.INVALID_VALUE, field=field, reason="1-100 characters")
        if not DEVICE_CODE.match(device_code):
            raise OneStopError(ErrorCode.INVALID_VALUE, field="device code", reason="2-8 letters A-Z or digits")
        if not is_valid_username(admin_username):
            raise OneStopError(ErrorCode.INVALID_USERNAME)
        check_passphrase(passphrase, [admin_username, admin_display_name, center_name, device_name])

        self.data_dir.ensure()
        data_key = new_data_key()
        recovery_secret = new_recovery_secret()
        enc_key, sign_key = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
        device = DeviceIdentity(database_id=new_id(), device_id=new_id())
        admin_id = new_id()
        # The first administrator's key is the root of the installation's chain of account keys: it certifies
        # itself, and every later key is certified by an administrator's key (see ARCHITECTURE § Trust).
        admin_signing, admin_public = account_keys.new_key_pair()
        keyring = Keyring(installation_id=device.database_id, device_public_key=_public_b64(enc_key))
        keyring.set_user(admin_username, admin_id, data_key, passphrase, self.kdf, admin_signing)
        keyring.set_recovery(data_key, recovery_secret)

        store = Store.create(self.data_dir, data_key, device, _private_raw(enc_key), _private_raw(sign_key))
        try:
            with store.write(Actor(admin_id, admin_username, account_keys.signer_for(admin_signing))) as tx:
                repos.devices.insert(
                    tx,
                    device.device_id,
                    device_name,
                    device_code,
                    _public_b64(enc_key),
                    _public_b64(sign_key),
                    users=[admin_id],
                )
                repos.users.insert(tx, admin_id, admin_username, admin_display_name, Role.ADMIN, must_change=False)
                account_keys.register(tx, admin_id, admin_public, certified_by=admin_id)
                repos.settings.put(tx, CENTER_NAME.key, center_name)
                tx.audit(
                    AuditRecord(
                        admin_id,
                        admin_username,
                        AuditAction.SETUP,
                        "device",
                        device.device_id,
                        f"version {__version__}",
                    )
                )
                tx.audit(
                    AuditRecord(admin_id, admin_username, AuditAction.ACCESS_CHANGE, "user", admin_id, "granted: admin")
                )
            save_keyring(self.data_dir.keyring, keyring)
        except BaseException:
            store.close()
            for path in (self.data_dir.database, *self.data_dir.sidecars(), self.data_dir.keyring):
                path.unlink(missing_ok=True)
            raise
        with store.read() as conn:
            user = repos.users.by_id(conn, admin_id)
        assert user is not None
        session = Session(self, store, user, data_key, admin_signing)
        store.audit(AuditRecord(admin_id, admin_username, AuditAction.LOGIN))
        return SetupResult(session, format_recovery_key(recovery_secret))

    # -- login -------------------------------------------------------------------------------
    def login(self, username: str, passphrase: str) -> Session:
        store, user, key, signing = self.open_for(username.strip(), passphrase, AuditAction.LOGIN)
        return Session(self, store, user, key, signing)

    def open_for(self, username: str, passphrase: str, action: AuditAction) -> tuple[Store, User, bytes, bytes | None]:
        """Unwrap the data key for `username`, throttled; open the store; record `action`.

        Everything from reading the counters to writing them back happens under the throttle's OS lock,
        taken before the key derivation runs, so concurrent attempts are counted one after another.
        """
        keyring = load_keyring(self.data_dir.keyring)
        with self.throttle.attempt(keyring, username) as attempt:
            if username in keyring.pending:
                data_key, signing = self._confirm_first_login_here(keyring, attempt, passphrase)
            elif username not in keyring.users:
                attempt.note(AuditAction.LOGIN_FAILED, "unknown user name", username="")
                raise OneStopError(ErrorCode.UNKNOWN_USER, username=username)
            else:
                try:
                    data_key, signing = keyring.unwrap_user_keys(username, passphrase)
                except UnwrapError:
                    raise attempt.failed() from None

            store = Store.open(self.data_dir, data_key, keyring.installation_id)
            try:
                with store.read() as conn:
                    user = repos.users.by_username(conn, username)
                if user is None or not user.active:
                    raise OneStopError(ErrorCode.ACCOUNT_DISABLED, username=username)
                if signing is None:
                    signing = self._first_signing_key(store, keyring, user, data_key, passphrase)
                attempt.complete(store, user, action)
                return store, user, data_key, signing
            except BaseException:
                store.close()
                raise

    def _first_signing_key(
        self, store: Store, keyring: Keyring, user: User, data_key: bytes, passphrase: str
    ) -> bytes | None:
        """An account whose key entry predates personal keys (an upgraded installation) gets its key at its next
        login at a workstation: wrapped under its passphrase here, registered signed by itself. Receiving devices
        take an account's first key on trust (ARCHITECTURE § Trust names the limit). A field kit does not register
        keys, and an account that already has a key elsewhere keeps that one (its entry here stays without)."""
        with store.read() as conn:
            known = account_keys.registered_key(conn, user.id) is not None
            scope = repos.devices.scope_of(conn, store.device.device_id)
        if known or scope != "all":
            return None
        signing, public = account_keys.new_key_pair()
        with store.write(Actor(user.id, user.username, account_keys.signer_for(signing))) as tx:
            account_keys.register(tx, user.id, public, certified_by=user.id)
            keyring.set_user(user.username, user.id, data_key, passphrase, self.kdf, signing)
            save_keyring(self.data_dir.keyring, keyring)  # last step: the key is registered only if it is kept
        return signing

    # -- recovery ---------------------------------------------------------------------------
    def unwrap_with_recovery_key(self, recovery_key: str) -> bytes:
        keyring = load_keyring(self.data_dir.keyring)
        try:
            return keyring.unwrap_recovery(parse_recovery_key(recovery_key))
        except UnwrapError:
            raise OneStopError(ErrorCode.WRONG_RECOVERY_KEY) from None

    def join(self, enrolment_file: Path, code: str, username: str, passphrase: str) -> Session:
        """Make this empty folder the device an administrator enrolled, for `username`, and log them in.

        The one-time code opens the file; the user's passphrase must open their key entry as it is at the
        enrolling device (it is confirmed, not chosen here). The file is deleted afterwards: it is single use.
        """
        if self.data_dir.is_initialized():
            raise OneStopError(ErrorCode.ALREADY_INITIALIZED, folder=str(self.data_dir.root))
        try:
            raw = Path(enrolment_file).read_bytes()
        except FileNotFoundError:
            raise OneStopError(ErrorCode.FILE_NOT_FOUND, path=str(enrolment_file)) from None
        except OSError:
            raise OneStopError(ErrorCode.ENROLMENT_DAMAGED, file=str(enrolment_file)) from None
        try:
            enrolment = open_enrolment(raw, code)
            body = enrolment.body
            device = body["device"]
            entry = body["users"].get(username)
        except EnrolmentRefused as refused:
            codes = {"wrong_code": ErrorCode.ENROLMENT_WRONG_CODE, "expired": ErrorCode.ENROLMENT_EXPIRED}
            raise OneStopError(codes.get(refused.code, ErrorCode.ENROLMENT_DAMAGED), file=str(enrolment_file)) from None
        except (KeyError, TypeError, AttributeError):
            raise OneStopError(ErrorCode.ENROLMENT_DAMAGED, file=str(enrolment_file)) from None
        if entry is None:
            raise OneStopError(ErrorCode.NOT_ENROLLED_FOR_USER, username=username)
        source = Keyring(installation_id=str(body["source_installation"]), device_public_key="")
        source.users[username] = UserKey(str(entry["user_id"]), WrappedKey.from_json(entry["wrapped"]))
        try:
            source_key, signing = source.unwrap_user_keys(username, passphrase)
        except UnwrapError:
            raise OneStopError(ErrorCode.WRONG_PASSPHRASE) from None

        self.data_dir.ensure()
        data_key = new_data_key()
        enc_private = base64.b64decode(body["enc_private"])
        identity = DeviceIdentity(database_id=new_id(), device_id=str(device["id"]))
        enc_key = X25519PrivateKey.from_private_bytes(enc_private)
        keyring = Keyring(installation_id=identity.database_id, device_public_key=_public_b64(enc_key))
        keyring.set_user(username, str(entry["user_id"]), data_key, passphrase, self.kdf, signing)
        for other, other_entry in body["users"].items():  # the others confirm their passphrase at first login
            if other != username:
                keyring.pending[other] = PendingUser(
                    str(other_entry["user_id"]),
                    source.installation_id,
                    WrappedKey.from_json(other_entry["wrapped"]),
                    keyring.seal_for_pending(data_key, source_key, str(other_entry["user_id"])),
                )
        store = Store.create(self.data_dir, data_key, identity, enc_private, base64.b64decode(body["sign_private"]))
        actor = Actor(str(entry["user_id"]), username)
        try:
            changes = changes_from_field_writes(body["writes"]) if "writes" in body else enrolment.changes()
            try:
                apply_snapshot(store, actor, changes, body["audit"], body.get("collected", []))
                signed = payload_signatures(enrolment.after().get("signatures"))
            except EnrolmentRefused:  # a line further in that does not read (the code opened it: not an attack)
                raise OneStopError(ErrorCode.ENROLMENT_DAMAGED, file=str(enrolment_file)) from None
            with store.bookkeeping() as conn:  # the enrolment is trusted as a whole; the signatures serve `check`
                account_keys.store_signatures(conn, [(t, r, h, sig) for (t, r, h), sig in signed.items()])
            with store.write(actor) as tx:
                tx.audit(
                    AuditRecord(
                        actor.user_id,
                        username,
                        AuditAction.SETUP,
                        "device",
                        identity.device_id,
                        f"joined, version {__version__}",
                    )
                )
            save_keyring(self.data_dir.keyring, keyring)
        except BaseException:
            store.close()
            for path in (self.data_dir.database, *self.data_dir.sidecars(), self.data_dir.keyring):
                path.unlink(missing_ok=True)
            raise
        Path(enrolment_file).unlink(missing_ok=True)
        with store.read() as conn:
            user = repos.users.by_id(conn, actor.user_id)
        if user is None:
            store.close()
            raise OneStopError(ErrorCode.ENROLMENT_DAMAGED, file=str(enrolment_file))
        store.audit(AuditRecord(actor.user_id, username, AuditAction.LOGIN))
        return Session(self, store, user, data_key, signing)

    def _confirm_first_login_here(
        self, keyring: Keyring, attempt: Attempt, passphrase: str
    ) -> tuple[bytes, bytes | None]:
        """A user listed at enrolment logs in on this device for the first time: their passphrase (as it was at the
        enrolling device) is confirmed and becomes an ordinary key entry here, with the account's signing key."""
        username = attempt.username
        try:
            data_key, signing = keyring.unwrap_pending_keys(username, passphrase)
        except UnwrapError:
            raise attempt.failed() from None
        entry = keyring.pending.pop(username)
        keyring.set_user(username, entry.user_id, data_key, passphrase, self.kdf, signing)
        save_keyring(self.data_dir.keyring, keyring)
        return data_key, signing

    def wipe(self) -> None:
        """Delete this device's OneStop data: the key file first (without it the database cannot be read)."""
        keyring = self.data_dir.keyring
        if keyring.exists():
            size = keyring.stat().st_size
            with keyring.open("r+b") as handle:
                handle.write(os.urandom(size))
                handle.flush()
                os.fsync(handle.fileno())
        for path in (
            keyring,
            self.data_dir.database,
            *self.data_dir.sidecars(),
            self.data_dir.auth_state,
            self.data_dir.auth_lock,
            self.data_dir.audit_head,
        ):
            path.unlink(missing_ok=True)

    def restore(
        self, backup_path: Path, username: str, passphrase: str | None = None, recovery_key: str | None = None
    ) -> RestoreResult:
        """Replace this folder's database with a verified backup.

        With the recovery key, nothing else is asked. With a passphrase, the account must be an active
        administrator of the *live* installation when there is one (its key entry here opens with that
        passphrase, throttled and audited like a login, and the live database, when it opens, lists it as an
        active administrator) — an account deactivated since the backup cannot bring itself back — and an
        active administrator in the backup too. A live database too damaged to open leaves the live key entry
        as the proof: deactivation removes it. Only a folder with no key file (a new machine) relies on the
        backup alone.
        """
        header = backup_file.read_header(backup_path)
        data_key: bytes | None = None
        if recovery_key is not None:
            try:
                data_key = header.keyring.unwrap_recovery(parse_recovery_key(recovery_key))
            except UnwrapError:
                raise OneStopError(ErrorCode.WRONG_RECOVERY_KEY) from None
        else:
            self.data_dir.ensure()  # a new machine: the folder that will hold the throttle's lock
            data_key = self._restoring_admin_key(header.keyring, username, passphrase or "")

        self.data_dir.ensure()
        staging = backup_file.staging_path(self.data_dir)
        installed = False
        try:
            with backup_file.verified_copy(backup_path, data_key, staging) as conn:
                user = repos.users.by_username(conn, username)
                if recovery_key is None and (user is None or not user.active or user.role is not Role.ADMIN):
                    raise OneStopError(ErrorCode.BACKUP_NOT_ADMIN)
            previous = backup_file.install_staged(self.data_dir, staging, header.keyring.to_bytes())
            installed = True
        finally:
            if not installed:
                backup_file.discard_staged(staging)
        store = Store.open(self.data_dir, data_key, header.keyring.installation_id, reset_audit_head=True)
        try:
            with store.read() as conn:
                actor = repos.users.by_username(conn, username)
            store.forget_auth_file()
            store.audit(
                AuditRecord(
                    actor.id if actor else SYSTEM_USER,
                    username,
                    AuditAction.RESTORE,
                    detail=f"backup of {header.created_at}",
                )
            )
        finally:
            store.close()
        return RestoreResult(header.created_at, previous)

    def _restoring_admin_key(self, backup_keys: Keyring, username: str, passphrase: str) -> bytes:
        """The data key that opens the backup, once `username` has proved to be allowed to restore it."""
        live = load_keyring(self.data_dir.keyring) if self.data_dir.keyring.exists() else None
        keys = live or backup_keys
        with self.throttle.attempt(keys, username) as attempt:
            if username not in keys.users:
                attempt.note(AuditAction.LOGIN_FAILED, "restore refused: no key entry here")
                raise OneStopError(
                    ErrorCode.RESTORE_NOT_LIVE_ADMIN if live else ErrorCode.UNKNOWN_USER, username=username
                )
            try:
                key = keys.unwrap_user(username, passphrase)
            except UnwrapError:
                raise attempt.failed(ErrorCode.WRONG_PASSPHRASE, "restore attempt") from None
            if live is not None:
                account = backup_file.live_account(self.data_dir, key, username)
                if account is not None and (not account.active or account.role is not Role.ADMIN):
                    attempt.note(AuditAction.LOGIN_FAILED, "restore refused: not an active administrator here")
                    raise OneStopError(ErrorCode.RESTORE_NOT_LIVE_ADMIN, username=username)
            attempt.succeeded()
        if live is None or backup_keys.installation_id == live.installation_id:
            return key  # one installation, one data key
        if username not in backup_keys.users:
            raise OneStopError(ErrorCode.BACKUP_NOT_ADMIN)
        try:
            return backup_keys.unwrap_user(username, passphrase)
        except UnwrapError:
            raise OneStopError(ErrorCode.WRONG_PASSPHRASE) from None
