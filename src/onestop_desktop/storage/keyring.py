"""keys.json: the data key wrapped once per account and once under the recovery key.

This file is read before anyone is logged in, so it holds only what unlocking needs: user
names, wrapped keys, the installation id and the device's public key for sealing audit
events. Nothing in it opens the database without a passphrase or the recovery key.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import ErrorCode, OneStopError
from .atomic_file import write_atomic
from .errors import os_error
from .key_wrap import (
    KdfParams,
    UnwrapError,
    WrappedKey,
    unwrap,
    unwrap_with_signing,
    wrap_with_passphrase,
    wrap_with_secret,
)

FORMAT = "onestop-keyring"
VERSION = 1


@dataclass
class UserKey:
    user_id: str
    wrapped: WrappedKey


@dataclass
class PendingUser:
    """A user listed at enrolment who has not logged in on this device yet. Their passphrase (as it was at the
    enrolling device) opens `wrapped`, the enrolling device's data key, bound to `source_installation`; that key
    opens `sealed_key`, this device's data key. The first login turns this into an ordinary entry."""

    user_id: str
    source_installation: str
    wrapped: WrappedKey
    sealed_key: str  # base64(nonce + AES-GCM(enrolling device's data key, this device's data key))


@dataclass
class Keyring:
    installation_id: str
    device_public_key: str
    users: dict[str, UserKey] = field(default_factory=dict)
    recovery: WrappedKey | None = None
    pending: dict[str, PendingUser] = field(default_factory=dict)

    # Each entry is bound to the installation and the account, so entries cannot be swapped.
    def user_binding(self, user_id: str) -> str:
        return f"{self.installation_id}|user:{user_id}"

    def recovery_binding(self) -> str:
        return f"{self.installation_id}|recovery"

    def set_user(
        self,
        username: str,
        user_id: str,
        data_key: bytes,
        passphrase: str,
        kdf: KdfParams,
        signing_key: bytes | None = None,
    ) -> None:
        """`signing_key`: the account's private Ed25519 key, wrapped under the same passphrase."""
        self.users[username] = UserKey(
            user_id, wrap_with_passphrase(data_key, passphrase, self.user_binding(user_id), kdf, signing_key)
        )

    def remove_user(self, username: str) -> None:
        self.users.pop(username, None)

    def set_recovery(self, data_key: bytes, secret: bytes) -> None:
        self.recovery = wrap_with_secret(data_key, secret, self.recovery_binding())

    def unwrap_user(self, username: str, passphrase: str) -> bytes:
        return self.unwrap_user_keys(username, passphrase)[0]

    def unwrap_user_keys(self, username: str, passphrase: str) -> tuple[bytes, bytes | None]:
        """The data key and the account's private signing key (None for an entry written before accounts had one)."""
        entry = self.users[username]
        return unwrap_with_signing(entry.wrapped, self.user_binding(entry.user_id), passphrase=passphrase)

    def unwrap_recovery(self, secret: bytes) -> bytes:
        if self.recovery is None:
            raise UnwrapError
        return unwrap(self.recovery, self.recovery_binding(), secret=secret)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "installation_id": self.installation_id,
            "device_public_key": self.device_public_key,
            "users": {
                name: {"user_id": entry.user_id, "wrapped": entry.wrapped.to_json()}
                for name, entry in sorted(self.users.items())
            },
            "recovery": self.recovery.to_json() if self.recovery else None,
            "pending": {
                name: {
                    "user_id": p.user_id,
                    "source_installation": p.source_installation,
                    "wrapped": p.wrapped.to_json(),
                    "sealed_key": p.sealed_key,
                }
                for name, p in sorted(self.pending.items())
            },
        }

    def unwrap_pending(self, username: str, passphrase: str) -> bytes:
        return self.unwrap_pending_keys(username, passphrase)[0]

    def unwrap_pending_keys(self, username: str, passphrase: str) -> tuple[bytes, bytes | None]:
        """This device's data key for a listed user's first login here (UnwrapError on a wrong passphrase), and the
        account's signing key that came with the enrolment."""
        entry = self.pending[username]
        source_key, signing = unwrap_with_signing(
            entry.wrapped, f"{entry.source_installation}|user:{entry.user_id}", passphrase=passphrase
        )
        raw = base64.b64decode(entry.sealed_key)
        try:
            data_key = AESGCM(source_key).decrypt(raw[:12], raw[12:], self.user_binding(entry.user_id).encode())
        except InvalidTag:
            raise UnwrapError from None
        return data_key, signing

    def seal_for_pending(self, data_key: bytes, source_key: bytes, user_id: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(source_key).encrypt(nonce, data_key, self.user_binding(user_id).encode())
        return base64.b64encode(nonce + sealed).decode("ascii")

    @classmethod
    def from_json(cls, raw: object) -> Keyring:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a keyring")
        users = {
            str(name): UserKey(str(entry["user_id"]), WrappedKey.from_json(entry["wrapped"]))
            for name, entry in dict(raw.get("users") or {}).items()
        }
        recovery = raw.get("recovery")
        pending = {
            str(name): PendingUser(
                str(p["user_id"]),
                str(p["source_installation"]),
                WrappedKey.from_json(p["wrapped"]),
                str(p["sealed_key"]),
            )
            for name, p in dict(raw.get("pending") or {}).items()
        }
        return cls(
            installation_id=str(raw["installation_id"]),
            device_public_key=str(raw.get("device_public_key", "")),
            users=users,
            recovery=WrappedKey.from_json(recovery) if isinstance(recovery, dict) else None,
            pending=pending,
        )

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), indent=1, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Keyring:
        return cls.from_json(json.loads(data.decode("utf-8")))


def load_keyring(path: Path) -> Keyring:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise OneStopError(ErrorCode.NOT_INITIALIZED, folder=str(path.parent)) from None
    except OSError as exc:
        raise os_error(exc, path) from None
    try:
        return Keyring.from_bytes(data)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise OneStopError(ErrorCode.KEYRING_CORRUPT, folder=str(path.parent)) from None


def save_keyring(path: Path, keyring: Keyring) -> None:
    write_atomic(path, keyring.to_bytes())
