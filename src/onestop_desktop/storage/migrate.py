"""Forward-only schema migrations: numbered files, PRAGMA user_version, one transaction each.

`migrations/NNNN_name.sql` (or `.py` exposing `apply(conn)` where data must be reshaped in
Python), numbered in steps of 10 so fix-ups fit in between. A database whose user_version
is above the newest step was written by a newer release and is refused untouched.
Change-capture triggers are dropped before a step and regenerated inside the same
transaction, so a migration can never leave a captured table without them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlcipher3

from ..domain.errors import ErrorCode, OneStopError
from . import search
from .change_capture import drop_capture, install_capture
from .db import Connection

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(sql|py)$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _split_sql(script: str) -> list[str]:
    """Split a script into complete statements (triggers contain semicolons)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete SQL statement at the end of a migration")
    return statements


def _sql_step(text: str) -> Callable[[Connection], None]:
    statements = _split_sql(text)

    def apply(conn: Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def discover(package: str = "onestop_desktop.storage.migrations") -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files(package).iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        version, name, kind = int(match.group(1)), match.group(2), match.group(3)
        if kind == "sql":
            found.append(Migration(version, name, _sql_step(entry.read_text("utf-8"))))
        else:
            module = importlib.import_module(f"{package}.{Path(entry.name).stem}")
            found.append(Migration(version, name, module.apply))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError("two migrations share a version number")
    return found


MIGRATIONS = discover()
LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(version: int) -> None:
    if version > LATEST_VERSION:
        raise OneStopError(ErrorCode.SCHEMA_TOO_NEW, found=version, known=LATEST_VERSION)


def pending(conn: Connection, migrations: list[Migration] | None = None) -> list[Migration]:
    version = current_version(conn)
    check_not_too_new(version)
    return [m for m in (migrations or MIGRATIONS) if m.version > version]


def migrate(conn: Connection, migrations: list[Migration] | None = None, target: int | None = None) -> int:
    """Apply every pending step (up to `target`), each in its own transaction. Returns the new version."""
    for step in pending(conn, migrations):
        if target is not None and step.version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= step.version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            drop_capture(conn)
            step.apply(conn)
            search.index_due(conn)  # a step's own writes are indexed like any transaction's
            install_capture(conn)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current_version(conn)
