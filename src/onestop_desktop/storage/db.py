"""Open a SQLCipher database with a raw key and the pragmas every connection needs.

The sequence follows Signal Desktop's: silence SQLCipher's own logging (it prints page
numbers and HMAC failures on a wrong key), key first, one cheap read to fail fast on a wrong
key or a foreign file, then the pragmas that make writes durable and deletes unrecoverable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from ..domain.errors import ErrorCode, OneStopError

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError

PAGE_CACHE_KIB = 65536  # 64 MiB: decrypting cold pages is most of SQLCipher's cost


class WrongKeyError(Exception):
    """The key does not decrypt this file (or it is not a SQLCipher database at all)."""


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, wal: bool = True) -> Connection:
    """Open and key a connection; raises WrongKeyError when the key does not fit.

    `wal=False` is for short-lived copies (backups being written or verified) that must stay
    a single self-contained file.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongKeyError from exc
        conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        conn.execute("PRAGMA synchronous = FULL")  # a power cut never loses a committed write
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left in free pages
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never reach disk
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        return conn
    except BaseException:
        conn.close()
        raise


def open_existing(path: Path, key: bytes) -> Connection:
    """Open the installation's database; every failure becomes an error a person can act on."""
    if not path.exists():
        raise OneStopError(ErrorCode.DATABASE_MISSING, folder=str(path.parent))
    try:
        return connect(path, key)
    except WrongKeyError:
        # The key came out of a verified key entry, so a refusal means the file is damaged or foreign.
        raise OneStopError(ErrorCode.DATABASE_CORRUPT, detail="page 1") from None
    except sqlcipher3.DatabaseError as exc:
        raise OneStopError(ErrorCode.DATABASE_CORRUPT, detail=type(exc).__name__) from None
