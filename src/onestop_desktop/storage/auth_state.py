"""What must be remembered about logins before anyone has unlocked the database.

Failed-attempt counters and lockouts live in `auth-state.json` because they are needed before
the data key is available. Every read-count-write of the file happens under an OS lock
(`auth-state.lock`, see `file_lock.py`), taken before the passphrase is tried, so attempts made
at once from several processes are counted one after another.

The audit events of failed attempts (failed logins, lockouts) are sealed to this device's
X25519 public key: only the private key inside the encrypted database opens them, and they are
appended to the hash-chained audit trail at the next successful unlock.

The counters themselves (user names, times) must be usable before unlock, so they cannot be
sealed that way. They are encrypted with a key derived from keys.json (installation id and
device public key): the file, a copy of it or a scan of the folder shows no name or time, but
someone who reads keys.json and runs this code can decrypt them. What protects the lockout
against deletion or roll-back of the file is the record kept inside the database
(`auth_evidence`): each file carries a random id and the count of events it ever sealed, and
the next unlock audits "failed-login records were removed from this device" when the file is
new or went backwards, and restores the counters known then.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .atomic_file import write_atomic
from .keyring import Keyring

_INFO = b"onestop/sealed-auth-event/v1"
_FILE_INFO = b"onestop/auth-state/v2"
FORMAT = "onestop-auth-state"
VERSION = 2


@dataclass
class AccountState:
    failures: int = 0
    last_failure: float = 0.0  # epoch seconds
    locked_until: float = 0.0

    def to_json(self) -> dict[str, float]:
        return {"failures": self.failures, "last_failure": self.last_failure, "locked_until": self.locked_until}

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> AccountState:
        return cls(int(str(raw["failures"])), float(str(raw["last_failure"])), float(str(raw["locked_until"])))


@dataclass
class AuthState:
    accounts: dict[str, AccountState] = field(default_factory=dict)
    sealed_events: list[str] = field(default_factory=list)
    file_id: str = field(default_factory=lambda: secrets.token_hex(16))
    sealed_total: int = 0  # events ever sealed into this file (not lowered when they move into the database)

    def account(self, username: str) -> AccountState:
        return self.accounts.setdefault(username, AccountState())

    def add_sealed(self, sealed: str) -> None:
        self.sealed_events.append(sealed)
        self.sealed_total += 1

    def accounts_json(self) -> dict[str, dict[str, float]]:
        return {name: s.to_json() for name, s in self.accounts.items() if s.failures or s.locked_until}


def _file_key(keyring: Keyring) -> bytes:
    material = f"{keyring.installation_id}|{keyring.device_public_key}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_FILE_INFO).derive(material)


def _parse(body: dict[str, object]) -> AuthState:
    accounts_raw = body.get("accounts", {})
    events_raw = body.get("sealed_events", [])
    if not isinstance(accounts_raw, dict) or not isinstance(events_raw, list):
        raise ValueError("malformed auth state")
    accounts = {str(name): AccountState.from_json(dict(v)) for name, v in accounts_raw.items()}
    events = [str(e) for e in events_raw]
    state = AuthState(accounts, events)
    if "file_id" in body:  # version 1 files had none: they count as a new file
        state.file_id = str(body["file_id"])
        state.sealed_total = int(str(body.get("sealed_total", len(events))))
    else:
        state.sealed_total = len(events)
    return state


def load_auth_state(path: Path, keyring: Keyring) -> AuthState:
    """A missing or unreadable file starts afresh (with a new file id, which the next unlock notices)."""
    try:
        raw = json.loads(path.read_text("utf-8"))
        if raw.get("format") != FORMAT:  # version 1: plain JSON, read once and written back encrypted
            return _parse(raw)
        blob = base64.b64decode(raw["body"])
        plain = AESGCM(_file_key(keyring)).decrypt(blob[:12], blob[12:], FORMAT.encode())
        return _parse(json.loads(plain))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidTag):
        return AuthState()


def save_auth_state(path: Path, keyring: Keyring, state: AuthState) -> None:
    body = {
        "file_id": state.file_id,
        "sealed_total": state.sealed_total,
        "accounts": state.accounts_json(),
        "sealed_events": state.sealed_events,
    }
    nonce = os.urandom(12)
    ciphertext = AESGCM(_file_key(keyring)).encrypt(nonce, json.dumps(body).encode("utf-8"), FORMAT.encode())
    payload = {"format": FORMAT, "version": VERSION, "body": base64.b64encode(nonce + ciphertext).decode("ascii")}
    write_atomic(path, json.dumps(payload).encode("utf-8"))


def _kdf(shared: bytes, ephemeral_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public, info=_INFO).derive(shared)


def seal(public_key_b64: str, event: dict[str, str]) -> str:
    """Encrypt to the device's X25519 public key (ephemeral-static ECDH + AES-GCM)."""
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = _kdf(ephemeral.exchange(recipient), ephemeral_public)
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, json.dumps(event).encode("utf-8"), None)
    return base64.b64encode(ephemeral_public + nonce + ciphertext).decode("ascii")


def unseal(private_key: X25519PrivateKey, sealed: str) -> dict[str, str] | None:
    """The event, or None if it was altered or sealed to another device."""
    try:
        blob = base64.b64decode(sealed)
        ephemeral_public, nonce, ciphertext = blob[:32], blob[32:44], blob[44:]
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        plain = AESGCM(_kdf(shared, ephemeral_public)).decrypt(nonce, ciphertext, None)
        event = json.loads(plain)
        return {str(k): str(v) for k, v in event.items()}
    except (ValueError, InvalidTag, TypeError):
        return None
