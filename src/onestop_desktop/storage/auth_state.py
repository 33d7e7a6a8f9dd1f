"""What must be remembered about logins before anyone has unlocked the database.

Failed-attempt counters and lockouts live in `auth-state.json` because they are needed before
the data key is available. The audit events of those attempts (failed logins, lockouts) are
sealed to this device's public key, so the file does not tell a finder who tried when; they
are opened and appended to the hash-chained audit trail at the next successful unlock.
Deleting the file resets the counters of the app's own throttle: it does not help guess a
passphrase offline, where Argon2id is the defence.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .atomic_file import write_atomic

_INFO = b"onestop/sealed-auth-event/v1"


@dataclass
class AccountState:
    failures: int = 0
    last_failure: float = 0.0  # epoch seconds
    locked_until: float = 0.0


@dataclass
class AuthState:
    accounts: dict[str, AccountState] = field(default_factory=dict)
    sealed_events: list[str] = field(default_factory=list)

    def account(self, username: str) -> AccountState:
        return self.accounts.setdefault(username, AccountState())


def load_auth_state(path: Path) -> AuthState:
    """A missing or unreadable file starts afresh: it holds no data worth refusing to start over."""
    try:
        raw = json.loads(path.read_text("utf-8"))
        accounts = {
            str(name): AccountState(int(v["failures"]), float(v["last_failure"]), float(v["locked_until"]))
            for name, v in dict(raw.get("accounts", {})).items()
        }
        return AuthState(accounts, [str(e) for e in raw.get("sealed_events", [])])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return AuthState()


def save_auth_state(path: Path, state: AuthState) -> None:
    payload = {
        "accounts": {
            name: {"failures": s.failures, "last_failure": s.last_failure, "locked_until": s.locked_until}
            for name, s in state.accounts.items()
            if s.failures or s.locked_until
        },
        "sealed_events": state.sealed_events,
    }
    write_atomic(path, json.dumps(payload, indent=1).encode("utf-8"))


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
