"""Encrypted backup files: write atomically, verify completely before anything is restored.

Layout: MAGIC | u32 header length | header JSON | database image | HMAC-SHA256 (32 bytes).
The database image is a consistent copy of the SQLCipher file (still encrypted with the data
key); the header carries the key entries as they were, so the backup opens with the
recovery key or with the passphrase of any account that existed then. The HMAC, keyed from
the data key, covers every byte before it: one flipped bit anywhere and the file is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import iso_utc
from ..domain.users import User
from .atomic_file import atomic_writer, write_atomic
from .data_dir import DataDir
from .db import Connection, DatabaseError, WrongKeyError, connect, open_existing
from .errors import os_error
from .keyring import Keyring
from .migrate import LATEST_VERSION, current_version
from .repos import users
from .store import Store

MAGIC = b"ONESTOP-BACKUP\x01"
FORMAT_VERSION = 1
_MAC_BYTES = 32
_CHUNK = 1 << 20
_MAX_HEADER = 1 << 20


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"onestop/backup-mac/v1").derive(data_key)


@dataclass(frozen=True)
class BackupHeader:
    created_at: str
    app_version: str
    schema_version: int
    database_id: str
    keyring: Keyring
    database_bytes: int
    prefix_bytes: int  # magic + length + header: where the database image starts


def _temp_db(folder: Path, prefix: str) -> Path:
    return folder / f".{prefix}-{secrets.token_hex(8)}.db"


def _remove_db_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        candidate.unlink(missing_ok=True)


def write_backup(store: Store, data_key: bytes, keyring: Keyring, target: Path, app_version: str) -> int:
    """Write a backup of `store` to `target` atomically; returns its size in bytes."""
    snapshot = _temp_db(store.data_dir.root, "backup")
    try:
        copy = connect(snapshot, data_key, wal=False)
        try:
            with store.read() as conn:
                conn.backup(copy)
            schema = current_version(copy)
        finally:
            copy.close()
        size = snapshot.stat().st_size
        header = json.dumps(
            {
                "format_version": FORMAT_VERSION,
                "created_at": iso_utc(),
                "app_version": app_version,
                "schema_version": schema,
                "database_id": store.device.database_id,
                "keyring": keyring.to_json(),
                "database_bytes": size,
            },
            ensure_ascii=False,
        ).encode("utf-8")
        mac = hmac.new(_mac_key(data_key), digestmod=hashlib.sha256)
        with atomic_writer(target) as out:
            for piece in (MAGIC, struct.pack(">I", len(header)), header):
                out.write(piece)
                mac.update(piece)
            with snapshot.open("rb") as image:
                while chunk := image.read(_CHUNK):
                    out.write(chunk)
                    mac.update(chunk)
            out.write(mac.digest())
        return target.stat().st_size
    except OSError as exc:
        raise os_error(exc, target) from None
    finally:
        _remove_db_files(snapshot)


def _corrupt(path: Path, detail: str) -> OneStopError:
    return OneStopError(ErrorCode.BACKUP_CORRUPT, path=str(path), detail=detail)


def read_header(path: Path) -> BackupHeader:
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise _corrupt(path, "not a OneStop backup")
            (length,) = struct.unpack(">I", handle.read(4))
            if length > _MAX_HEADER:
                raise _corrupt(path, "header")
            raw = json.loads(handle.read(length).decode("utf-8"))
            total = path.stat().st_size
    except FileNotFoundError:
        raise OneStopError(ErrorCode.FILE_NOT_FOUND, path=str(path)) from None
    except OSError as exc:
        raise os_error(exc, path) from None
    except (struct.error, ValueError, UnicodeDecodeError):
        raise _corrupt(path, "header") from None
    try:
        header = BackupHeader(
            created_at=str(raw["created_at"]),
            app_version=str(raw["app_version"]),
            schema_version=int(raw["schema_version"]),
            database_id=str(raw["database_id"]),
            keyring=Keyring.from_json(raw["keyring"]),
            database_bytes=int(raw["database_bytes"]),
            prefix_bytes=len(MAGIC) + 4 + length,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _corrupt(path, "header") from None
    if total != header.prefix_bytes + header.database_bytes + _MAC_BYTES:
        raise _corrupt(path, "length")
    return header


@contextlib.contextmanager
def verified_copy(path: Path, data_key: bytes, staging: Path) -> Iterator[Connection]:
    """Check the MAC over the whole file, unpack the database into `staging` and open it.

    Yields an open connection to the staged copy after SQLCipher's page HMACs and SQLite's
    own integrity check passed; the staged file is removed unless the caller installs it.
    """
    header = read_header(path)
    if header.schema_version > LATEST_VERSION:
        raise OneStopError(ErrorCode.BACKUP_TOO_NEW, found=header.schema_version)
    mac = hmac.new(_mac_key(data_key), digestmod=hashlib.sha256)
    try:
        with path.open("rb") as source, staging.open("wb") as out:
            os.chmod(staging, 0o600)
            mac.update(source.read(header.prefix_bytes))
            remaining = header.database_bytes
            while remaining:
                chunk = source.read(min(_CHUNK, remaining))
                if not chunk:
                    raise _corrupt(path, "truncated")
                mac.update(chunk)
                out.write(chunk)
                remaining -= len(chunk)
            stored = source.read(_MAC_BYTES)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        _remove_db_files(staging)
        raise os_error(exc, staging) from None
    if not hmac.compare_digest(mac.digest(), stored):
        _remove_db_files(staging)
        raise _corrupt(path, "checksum mismatch")
    try:
        conn = connect(staging, data_key, wal=False)
    except (WrongKeyError, DatabaseError):
        _remove_db_files(staging)
        raise _corrupt(path, "database image") from None
    try:
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA integrity_check").fetchall()
        if cipher or quick != [("ok",)]:
            raise _corrupt(path, "database image")
        yield conn
    except DatabaseError:
        raise _corrupt(path, "database image") from None
    finally:
        conn.close()


def staging_path(data_dir: DataDir) -> Path:
    return _temp_db(data_dir.root, "restore")


def discard_staged(staging: Path) -> None:
    _remove_db_files(staging)


def install_staged(data_dir: DataDir, staging: Path, keyring_bytes: bytes) -> Path | None:
    """Swap the verified copy in. The previous database (still encrypted) is kept aside.

    Returns where the previous database went, if there was one. The caller must have closed
    every connection to the live database first.
    """
    previous: Path | None = None
    live = data_dir.database
    try:
        if live.exists():
            stamp = iso_utc().replace(":", "").replace("-", "").replace(".", "")
            previous = live.with_name(f"{live.name}.before-restore-{stamp}")
            os.replace(live, previous)
            for suffix in ("-wal", "-shm"):
                side = live.with_name(live.name + suffix)
                if side.exists():
                    os.replace(side, previous.with_name(previous.name + suffix))
        os.replace(staging, live)
        write_atomic(data_dir.keyring, keyring_bytes)
    except OSError as exc:
        raise os_error(exc, live) from None
    return previous


def live_account(data_dir: DataDir, data_key: bytes, username: str) -> User | None:
    """`username` as the live database lists it, or None when there is no live database or it does not open."""
    try:
        conn = open_existing(data_dir.database, data_key)
    except OneStopError:
        return None
    try:
        return users.by_username(conn, username)
    except DatabaseError:
        return None
    finally:
        conn.close()
