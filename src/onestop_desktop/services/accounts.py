"""User administration and passphrase changes.

Every grant, change and removal of access is an audit entry (kept ≥ 3 years, 제5조③) in
the same transaction as the change. Deactivating a user also removes their key entry, so
their passphrase no longer opens this device's database even with a copy of the folder.

Each account has a personal signing key, wrapped under its passphrase beside the data key. A new account gets one
certified by the administrator who creates it; an administrator who resets someone else's passphrase cannot open
that account's old key, so the account gets a new key pair, certified by the administrator (the old key stops
counting). One's own passphrase change re-wraps the same key.
"""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import new_id
from ..domain.roles import Permission, Role
from ..domain.settings import CENTER_NAME
from ..domain.users import User, is_valid_username
from ..storage import account_keys, repos
from ..storage.audit_log import AuditRecord
from ..storage.keyring import Keyring, load_keyring, save_keyring
from ..storage.store import WriteTx
from ._auth import requires
from .session import Session
from .vault import Vault, check_passphrase


class UserAdmin:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _vault(self) -> Vault:
        return self.session.vault

    def _personal(self, username: str, display_name: str) -> list[str]:
        with self.session.store.read() as conn:
            center = repos.settings.load_all(conn).get(CENTER_NAME.key, "")
        return [username, display_name, str(center)]

    def _record(self, tx: WriteTx, user: User, action: AuditAction, detail: str) -> None:
        tx.audit(AuditRecord(self.session.user.id, self.session.user.username, action, "user", user.id, detail))

    def _get(self, username: str) -> User:
        with self.session.store.read() as conn:
            user = repos.users.by_username(conn, username)
        if user is None:
            raise OneStopError(ErrorCode.UNKNOWN_USER, username=username)
        return user

    def _clear_lockout(self, username: str) -> None:
        """A new passphrase from an administrator also lifts a lockout from failed attempts."""
        self._vault.throttle.clear(load_keyring(self._vault.data_dir.keyring), username)

    def _guard_self_and_last_admin(self, user: User, losing_admin: bool) -> None:
        if user.id == self.session.user.id:
            raise OneStopError(ErrorCode.SELF_CHANGE)
        if losing_admin and user.role is Role.ADMIN and user.active:
            with self.session.store.read() as conn:
                if repos.users.count_active_admins(conn) <= 1:
                    raise OneStopError(ErrorCode.LAST_ADMIN)

    def _new_key(self, tx: WriteTx, keyring: Keyring, user: User, passphrase: str) -> None:
        """Wrap the data key for `user` under `passphrase`, with a signing key: their own one when it is this
        session's account (it is open here), otherwise a new pair certified by this administrator, since the old
        private key is wrapped under a passphrase nobody here knows."""
        if user.id == self.session.user.id:
            signing = self.session.signing_key
        else:
            signing, public = account_keys.new_key_pair()
            account_keys.register(tx, user.id, public, certified_by=self.session.user.id)
        keyring.set_user(user.username, user.id, self.session.data_key, passphrase, self._vault.kdf, signing)

    # -- reading ---------------------------------------------------------------------------
    @requires(Permission.MANAGE_USERS)
    def list(self) -> list[User]:
        with self.session.store.read() as conn:
            return repos.users.list_users(conn)

    # -- changes ---------------------------------------------------------------------------
    @requires(Permission.MANAGE_USERS)
    def add(self, username: str, display_name: str, role: Role, temporary_passphrase: str) -> User:
        """A new account whose holder must choose their own passphrase at first login."""
        username, display_name = username.strip(), display_name.strip()
        if not is_valid_username(username):
            raise OneStopError(ErrorCode.INVALID_USERNAME)
        if not display_name or len(display_name) > 100:
            raise OneStopError(ErrorCode.INVALID_VALUE, field="display name", reason="1-100 characters")
        check_passphrase(temporary_passphrase, self._personal(username, display_name))
        keyring = load_keyring(self._vault.data_dir.keyring)
        with self.session.store.read() as conn:
            if repos.users.by_username(conn, username) is not None or username in keyring.users:
                raise OneStopError(ErrorCode.USERNAME_TAKEN, username=username)
        user_id = new_id()
        signing, public = account_keys.new_key_pair()
        keyring.set_user(username, user_id, self.session.data_key, temporary_passphrase, self._vault.kdf, signing)
        with self.session.store.write(self.session.actor) as tx:
            repos.users.insert(tx, user_id, username, display_name, role, must_change=True)
            account_keys.register(tx, user_id, public, certified_by=self.session.user.id)
            repos.devices.add_user(tx, self.session.store.device.device_id, user_id)
            tx.audit(
                AuditRecord(
                    self.session.user.id,
                    self.session.user.username,
                    AuditAction.ACCESS_CHANGE,
                    "user",
                    user_id,
                    f"granted: {role}",
                )
            )
            save_keyring(self._vault.data_dir.keyring, keyring)  # last step: commit follows only if it succeeded
        return self._get(username)

    @requires(Permission.MANAGE_USERS)
    def set_role(self, username: str, role: Role) -> User:
        user = self._get(username)
        if user.role is role:
            return user
        self._guard_self_and_last_admin(user, losing_admin=role is not Role.ADMIN)
        with self.session.store.write(self.session.actor) as tx:
            repos.users.update(tx, user.id, role=role)
            self._record(tx, user, AuditAction.ACCESS_CHANGE, f"role: {user.role} -> {role}")
        return self._get(username)

    @requires(Permission.MANAGE_USERS)
    def disable(self, username: str) -> User:
        user = self._get(username)
        if not user.active:
            return user
        self._guard_self_and_last_admin(user, losing_admin=True)
        keyring = load_keyring(self._vault.data_dir.keyring)
        keyring.remove_user(username)
        with self.session.store.write(self.session.actor) as tx:
            repos.users.update(tx, user.id, active=False)
            self._record(tx, user, AuditAction.ACCESS_CHANGE, "removed: account deactivated")
            save_keyring(self._vault.data_dir.keyring, keyring)
        return self._get(username)

    @requires(Permission.MANAGE_USERS)
    def enable(self, username: str, temporary_passphrase: str) -> User:
        """Re-activate with a temporary passphrase (the old key entry was removed on deactivation)."""
        user = self._get(username)
        check_passphrase(temporary_passphrase, self._personal(user.username, user.display_name))
        keyring = load_keyring(self._vault.data_dir.keyring)
        with self.session.store.write(self.session.actor) as tx:
            self._new_key(tx, keyring, user, temporary_passphrase)
            repos.users.update(tx, user.id, active=True, must_change_passphrase=True)
            self._record(tx, user, AuditAction.ACCESS_CHANGE, f"granted again: {user.role}")
            save_keyring(self._vault.data_dir.keyring, keyring)
        self._clear_lockout(username)
        return self._get(username)

    @requires(Permission.MANAGE_USERS)
    def reset_passphrase(self, username: str, temporary_passphrase: str) -> User:
        """For a forgotten passphrase: re-wraps this one entry; the database is not re-encrypted."""
        user = self._get(username)
        if not user.active:
            raise OneStopError(ErrorCode.ACCOUNT_DISABLED, username=username)
        check_passphrase(temporary_passphrase, self._personal(user.username, user.display_name))
        keyring = load_keyring(self._vault.data_dir.keyring)
        with self.session.store.write(self.session.actor) as tx:
            self._new_key(tx, keyring, user, temporary_passphrase)
            repos.users.update(tx, user.id, must_change_passphrase=user.id != self.session.user.id)
            self._record(tx, user, AuditAction.PASSPHRASE_CHANGE, "reset by an administrator")
            save_keyring(self._vault.data_dir.keyring, keyring)
        self._clear_lockout(username)
        return self._get(username)

    # -- one's own passphrase (no permission needed) -------------------------------------------
    def change_own_passphrase(self, current: str, new: str, repeated: str) -> None:
        me = self.session.user
        if new != repeated:
            raise OneStopError(ErrorCode.PASSPHRASE_MISMATCH)
        keyring = load_keyring(self._vault.data_dir.keyring)
        try:
            _, signing = keyring.unwrap_user_keys(me.username, current)
        except Exception:
            raise OneStopError(ErrorCode.WRONG_PASSPHRASE) from None
        if new == current:
            raise OneStopError(ErrorCode.INVALID_VALUE, field="passphrase", reason="same as the current one")
        check_passphrase(new, self._personal(me.username, me.display_name))
        keyring.set_user(me.username, me.id, self.session.data_key, new, self._vault.kdf, signing)
        with self.session.store.write(self.session.actor) as tx:
            repos.users.update(tx, me.id, must_change_passphrase=False)
            self._record(tx, me, AuditAction.PASSPHRASE_CHANGE, "changed by the user")
            save_keyring(self._vault.data_dir.keyring, keyring)
        self.session.refresh_user()
