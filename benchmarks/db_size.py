"""Database size against live size (issue 19), and what size costs: backup, enrolment file, check.

    python -P benchmarks/db_size.py [--clients 2000] [--sessions-per-case 10] [--out /tmp/onestop-size]

Seeds an installation through the real services (`seed-demo`'s data), then reads SQLite's `dbstat` table through
the encrypted connection: bytes per table and index, grouped into live records (the tables a person sees, their
indexes and the search index), the change log (its table and indexes) and sync bookkeeping. Target: the file at
most 1.5x the live records. Then times a backup, a field kit's enrolment file (all cases) and `check`.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage.db import connect
from onestop_desktop.storage.key_wrap import KdfParams

PASS = "Gureum-Haneul-2026!"
KDF = KdfParams(1, 1024, 1)
HISTORY = ("change_log", "change_rows", "change_names", "change_columns", "sqlite_sequence")
SYNC_PREFIXES = ("sync_",)


def _group(name: str, parent: str) -> str:
    owner = parent or name
    if owner in HISTORY:
        return "history"
    if owner.startswith(SYNC_PREFIXES) or owner in ("audit_log", "sqlite_schema", "sqlite_master"):
        return "bookkeeping"
    return "live"


def export_plain(encrypted: Path, key: bytes, target: Path) -> None:
    """sqlcipher_export into an unkeyed database (as scale_data.py does): same schema, data and indexes."""
    conn = connect(encrypted, key)
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def measure(session: Session, plain: Path) -> dict[str, int]:
    """Bytes per group (live, history, bookkeeping, free) and the file. This SQLCipher build has no `dbstat`: the
    database is exported unencrypted (`sqlcipher_export`, as scale_data.py does) and measured with the standard
    library's SQLite; each group's share of the used pages is applied to the encrypted file's used pages."""
    with session.store.read() as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0]) * page_size
        total = int(conn.execute("PRAGMA page_count").fetchone()[0]) * page_size
    plain.unlink(missing_ok=True)
    export_plain(session.vault.data_dir.database, session.data_key, plain)
    sizes: dict[str, int] = {"live": 0, "history": 0, "bookkeeping": 0}
    per_object: dict[str, int] = {}
    with sqlite3.connect(plain) as pconn:
        parents = {str(n): str(t) for n, t in pconn.execute("SELECT name, tbl_name FROM sqlite_master")}
        for name, size in pconn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            parent = parents.get(str(name), "")
            group = _group(str(name), parent if parent != name else "")
            sizes[group] += int(size)
            per_object[str(name)] = int(size)
    used = sum(sizes.values())
    scale = (total - free) / used
    sizes = {k: round(v * scale) for k, v in sizes.items()}
    sizes["free"] = free
    sizes["file"] = total
    for name, size in sorted(per_object.items(), key=lambda kv: -kv[1])[:12]:
        print(f"    {name:<40} {size * scale / 1e6:8.1f} MB")
    return sizes


def report(session: Session, label: str, plain: Path) -> None:
    s = measure(session, plain)
    live = s["live"]
    print(
        f"{label}: file {s['file'] / 1e6:.1f} MB, live records {live / 1e6:.1f} MB, change log {s['history'] / 1e6:.1f}"
        f" MB, sync/audit {s['bookkeeping'] / 1e6:.1f} MB, free {s['free'] / 1e6:.1f} MB;"
        f" file/live = {s['file'] / live:.2f} (target <= 1.5)"
    )


def _timed(label: str, action: object) -> float:
    """Wall time, and this process's CPU time beside it: on a shared host the wall time says as much about the
    other processes as about this one."""
    start, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    took = time.perf_counter() - start
    print(f"{label}: {took:.2f} s (CPU {time.process_time() - cpu:.2f} s)")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--sessions-per-case", type=int, default=10)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    root = args.out or Path(tempfile.mkdtemp(prefix="onestop-size-"))
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    session = Vault(root / "data", kdf=KDF).initialize("센터", "bench", "B1", "admin", "관리자", PASS).session
    field = session.users.add("field1", "현장상담원", Role.OUTREACH, PASS)
    start = time.perf_counter()
    session.demo.seed(args.clients, args.sessions_per_case)
    print(f"seeded {args.clients} clients x {args.sessions_per_case} sessions in {time.perf_counter() - start:.0f} s")
    report(session, "after seed-demo", root / "plain.db")
    with session.store.read() as conn:
        case_ids = [str(r[0]) for r in conn.execute("SELECT id FROM cases")]
    for case_id in case_ids[: max(1, len(case_ids) // 10)]:
        session.cases.set_team(case_id, {field.id})
    _timed("backup", lambda: session.backups.create(root / "backup.bak"))
    print(f"  backup file {(root / 'backup.bak').stat().st_size / 1e6:.1f} MB")
    enrol = root / "desk2.enrol"
    _timed("enrolment file (a workstation: every case)", lambda: session.sync.enrol("desk2", "all", ["admin"], enrol))
    print(f"  enrolment file {enrol.stat().st_size / 1e6:.1f} MB")
    _timed("check", session.maintenance.check)
    session.logout()
    print(f"data in {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
