"""The enrolment file: a new device's identity, keys and starting data, sealed under a one-time code.

The code is short enough to read aloud (10 characters from an alphabet without look-alikes, about 50 bits); it
is stretched with Argon2id so guessing it offline costs a second of work per try, and the file says when it
expires (24 h). The body is AES-256-GCM with the whole header as associated data. Without the code the file
is random bytes; with it, the joining user must still prove their passphrase (see `Vault.join`).

Inside (version 2), compressed JSON lines: the body's fields as one object, then one change per line, then one
object of what is known only once the changes are written (their signatures). A workstation's file holds every
change of the center, so both ends stream them: version 1, one JSON object, had the enrolling and the joining
device hold all of them at once (2.5 GB at 20,000 cases). Version 1 files are still read.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.ids import iso_utc, parse_iso, utc_now

MAGIC: Final = "onestop-enrolment"
VERSION: Final = 2
_READABLE: Final = (1, 2)
CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no I, L, O, 0, 1
CODE_LENGTH: Final = 10
VALID_FOR: Final = timedelta(hours=24)
_KDF: Final = {"t": 3, "m": 65536, "p": 2}


class EnrolmentRefused(Exception):
    """`code`: 'damaged', 'wrong_code', 'expired'. Carries nothing from the file."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _key(code: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return bytes(
        hash_secret_raw(
            secret=normalize_code(code).encode("ascii", "replace"),
            salt=salt,
            time_cost=kdf["t"],
            memory_cost=kdf["m"],
            parallelism=kdf["p"],
            hash_len=32,
            type=Type.ID,
        )
    )


def seal_enrolment(
    body: dict[str, Any],
    code: str,
    changes: Iterable[Sequence[str]] = (),
    after: Callable[[], dict[str, Any]] = dict,
) -> bytes:
    """The sealed file: `body`'s fields, each of `changes` (consumed as written), then `after()`."""
    salt, nonce = os.urandom(16), os.urandom(12)
    expires = iso_utc(utc_now() + VALID_FOR)
    header = {
        "format": MAGIC,
        "v": VERSION,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "kdf": _KDF,
        "expires": expires,
    }
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    plain = _compressed_lines(_body_lines({**body, "expires": expires}, changes, after))
    sealed = AESGCM(_key(code, salt, _KDF)).encrypt(nonce, plain, head)
    return head + b"\n" + sealed


def _body_lines(
    body: dict[str, Any], changes: Iterable[Sequence[str]], after: Callable[[], dict[str, Any]]
) -> Iterator[str]:
    yield _line(body)
    for change in changes:
        yield _line(list(change))
    yield _line(after())


def _line(value: object) -> str:
    return json.dumps(value, separators=(",", ":")) + "\n"


def _compressed_lines(lines: Iterable[str]) -> bytes:
    """Compressed as they come, 64 KiB of text at a time: only the compressed file is ever held whole."""
    compressor = zlib.compressobj(6)
    parts: list[bytes] = []
    pending: list[str] = []
    size = 0
    for line in lines:
        pending.append(line)
        size += len(line)
        if size >= 1 << 16:
            parts.append(compressor.compress("".join(pending).encode("utf-8")))
            pending, size = [], 0
    parts.append(compressor.compress("".join(pending).encode("utf-8")))
    parts.append(compressor.flush())
    return b"".join(parts)


class OpenedEnrolment:
    """An opened file: `body` at once, then `changes()` read as they are consumed, then `after()`. A line that
    does not read raises EnrolmentRefused('damaged') where it is met."""

    def __init__(self, body: dict[str, Any], rest: Iterator[bytes] | None) -> None:
        self.body = body
        self._rest = rest
        self._after: dict[str, Any] | None = None if rest is not None else {"signatures": body.get("signatures")}

    def changes(self) -> Iterator[list[Any]]:
        if self._rest is None:  # version 1: all in the body
            yield from self.body.get("changes", [])
            return
        for raw in self._rest:
            value = _parsed(raw)
            if isinstance(value, dict):
                self._after = value
                return
            if not isinstance(value, list):
                raise EnrolmentRefused("damaged")
            yield value
        raise EnrolmentRefused("damaged")  # (the closing line is missing)

    def after(self) -> dict[str, Any]:
        if self._after is None:
            raise EnrolmentRefused("damaged")
        return self._after


def _parsed(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise EnrolmentRefused("damaged") from None


def _decompressed_lines(plain: bytes) -> Iterator[bytes]:
    decompressor = zlib.decompressobj()
    pending = b""
    step = 1 << 16
    for start in range(0, len(plain) + step, step):  # (the last step only flushes)
        try:
            more = decompressor.decompress(plain[start : start + step]) if start < len(plain) else decompressor.flush()
        except zlib.error:
            raise EnrolmentRefused("damaged") from None
        *lines, pending = (pending + more).split(b"\n")
        yield from lines
    if pending or not decompressor.eof:  # every line ends with a newline, and the stream with its end
        raise EnrolmentRefused("damaged")


def open_enrolment(data: bytes, code: str, now: datetime | None = None) -> OpenedEnrolment:
    try:
        head, sealed = data.split(b"\n", 1)
        header = json.loads(head.decode("ascii"))
        if header.get("format") != MAGIC or header.get("v") not in _READABLE:
            raise ValueError("format")
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        kdf = {k: int(header["kdf"][k]) for k in ("t", "m", "p")}
        if not (1 <= kdf["t"] <= 10 and 8 * kdf["p"] <= kdf["m"] <= 1 << 20 and 1 <= kdf["p"] <= 16):
            raise ValueError("kdf")
        expires = parse_iso(str(header["expires"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise EnrolmentRefused("damaged") from None
    try:
        plain = AESGCM(_key(code, salt, kdf)).decrypt(nonce, sealed, head)
    except (InvalidTag, ValueError):
        raise EnrolmentRefused("wrong_code") from None
    if (now or utc_now()) > expires:
        raise EnrolmentRefused("expired")
    if header["v"] == 1:
        try:
            body = json.loads(zlib.decompress(plain).decode("utf-8"))
        except (ValueError, zlib.error, UnicodeDecodeError):
            raise EnrolmentRefused("damaged") from None
        if not isinstance(body, dict):
            raise EnrolmentRefused("damaged")
        return OpenedEnrolment(body, None)
    lines = _decompressed_lines(plain)
    first = _parsed(next(lines, b""))
    if not isinstance(first, dict):
        raise EnrolmentRefused("damaged")
    return OpenedEnrolment(first, lines)
