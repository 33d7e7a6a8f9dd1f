"""Open a SQLCipher database with a raw key and the pragmas every connection needs.

The sequence follows Signal Desktop's: silence SQLCipher's own logging (it prints page
numbers and HMAC failures on a wrong key), key first, one cheap read to fail fast on a wrong
key or a foreign file, then the pragmas that make writes durable and deletes unrecoverable.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path
from typing import Any

import sqlcipher3

from ..domain.errors import ErrorCode, OneStopError
from . import search

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError

PAGE_CACHE_KIB = 65536  # 64 MiB: decrypting cold pages is most of SQLCipher's cost


class WrongKeyError(Exception):
    """The key does not decrypt this file (or it is not a SQLCipher database at all)."""


_HEX_DIGITS = b"0123456789abcdef"


def _key_statement(key: bytes) -> bytearray:
    """`PRAGMA key = "x'<hex>'";` built in a bytearray (no str of the key is made on the way)."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    prefix, suffix = b"PRAGMA key = \"x'", b"'\";"
    statement = bytearray(len(prefix) + 2 * len(key) + len(suffix))  # sized once: no reallocated copies
    statement[: len(prefix)] = prefix
    at = len(prefix)
    for byte in key:
        statement[at] = _HEX_DIGITS[byte >> 4]
        statement[at + 1] = _HEX_DIGITS[byte & 0x0F]
        at += 2
    statement[at:] = suffix
    return statement


def _overwrite_ascii(text: str) -> None:
    """Zero the characters of a str no one else holds, in place (CPython's compact ASCII layout).

    The layout is checked on a probe string of the same length first; elsewhere nothing is touched."""
    size = len(text)
    if sys.implementation.name != "cpython" or not text.isascii() or size == 0:
        return
    offset = sys.getsizeof(text) - size - 1
    probe = "".join(chr(0x41 + i % 26) for i in range(size))
    expected = bytes(0x41 + i % 26 for i in range(size))
    if sys.getsizeof(probe) - size - 1 != offset or ctypes.string_at(id(probe) + offset, size) != expected:
        return
    ctypes.memset(id(text) + offset, 0, size)


def _apply_key(conn: Connection, key: bytes) -> None:
    """Key the connection so that no Python copy of the key statement outlives this call.

    sqlcipher3 only takes the key as SQL text, and SQL text must be a Python str. So the statement is built
    in a bytearray, turned into exactly one str, run with `executescript` (which, unlike `execute`, keeps no
    statement cache holding that str until the connection closes), and then that str's characters and the
    bytearray are overwritten. Limits, measured by scanning this process's memory (tests/storage): SQLCipher
    keeps its own copy of the key for as long as the connection is open and wipes it when it closes; the raw
    32-byte data key also exists as immutable `bytes` objects while a session is unlocked (what the keyring
    unwraps and the store opens with), which Python frees without overwriting — the session's own copy is a
    bytearray zeroed at lock. On a Python other than CPython the str is not overwritten, only dropped.
    """
    statement = _key_statement(key)
    try:
        text = statement.decode("ascii")
        try:
            conn.executescript(text)
        finally:
            _overwrite_ascii(text)
            del text
    finally:
        statement[:] = bytes(len(statement))


def connect(path: Path, key: bytes, *, wal: bool = True) -> Connection:
    """Open and key a connection; raises WrongKeyError when the key does not fit.

    `wal=False` is for short-lived copies (backups being written or verified) that must stay
    a single self-contained file.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(conn, key)
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
        search.register(conn)  # the search-index triggers call these tokenizers
        return conn
    except BaseException:
        conn.close()
        raise


# SQLite's primary result codes (sqlite3.h) that say something about the file itself.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def database_error(exc: BaseException, path: Path) -> OneStopError | None:
    """The error a person can act on when the database *file* fails (damaged, full, unwritable, busy).

    None for everything else (constraint violations, SQL mistakes): those are bugs or guards
    and must stay visible as they are.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlcipher3.DatabaseError) or not isinstance(code, int):
        return None
    primary, name = code & 0xFF, str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)
    if primary == _SQLITE_FULL:
        return OneStopError(ErrorCode.DISK_FULL, path=str(path))
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return OneStopError(ErrorCode.DATABASE_CORRUPT, detail=name)
    if primary == _SQLITE_READONLY and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        # SQLCipher makes a connection read-only once a page has failed its HMAC check.
        return OneStopError(ErrorCode.DATABASE_CORRUPT, detail=name)
    if primary in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN):
        return OneStopError(ErrorCode.NOT_WRITABLE, path=str(path))
    if primary in (_SQLITE_IOERR, _SQLITE_BUSY, _SQLITE_LOCKED):
        return OneStopError(ErrorCode.IO_ERROR, path=str(path), detail=name)
    return None


def _is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_PLAIN_SQLITE_HEADER)) == _PLAIN_SQLITE_HEADER
    except OSError:
        return False


def open_existing(path: Path, key: bytes) -> Connection:
    """Open the installation's database; every failure becomes an error a person can act on."""
    if not path.exists():
        raise OneStopError(ErrorCode.DATABASE_MISSING, folder=str(path.parent))
    try:
        return connect(path, key)
    except WrongKeyError as exc:
        mapped = database_error(exc.__cause__, path) if exc.__cause__ is not None else None
        if mapped is not None and mapped.code is not ErrorCode.DATABASE_CORRUPT:
            raise mapped from None  # busy, unreadable: not the file's fault
        if _is_plain_sqlite(path):
            raise OneStopError(ErrorCode.DATABASE_FOREIGN, detail="not encrypted") from None
        # The key came out of a verified key entry, so a refusal means the file is damaged or foreign.
        raise OneStopError(ErrorCode.DATABASE_CORRUPT, detail="page 1") from None
    except sqlcipher3.DatabaseError as exc:
        raise database_error(exc, path) or OneStopError(ErrorCode.DATABASE_CORRUPT, detail=type(exc).__name__) from None
