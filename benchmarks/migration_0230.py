"""Migration 0230 (the lean change log) on a populated database of the previous version: time, size, memory.

    python -P benchmarks/migration_0230.py build --clients 7000 --out /tmp/onestop-m230
    /usr/bin/time -v python -P benchmarks/migration_0230.py migrate --out /tmp/onestop-m230

`build` seeds an installation at schema 0190 (today's services on that schema, as the migration tests do) and
prints how many field writes its change log holds; `migrate` opens it with today's code (which runs 0230) and
prints the time and the file's pages before and after. Peak memory is GNU time's "Maximum resident set size".
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import migrate
from onestop_desktop.storage.key_wrap import KdfParams

PASS = "Gureum-Haneul-2026!"
KDF = KdfParams(1, 1024, 1)


def build(out: Path, clients: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    migrate.MIGRATIONS = [m for m in migrate.MIGRATIONS if m.version <= 190]
    migrate.LATEST_VERSION = 190
    session = Vault(out, kdf=KDF).initialize("센터", "bench", "B1", "admin", "관리자", PASS).session
    start = time.perf_counter()
    session.demo.seed(clients, 10)
    with session.store.read() as conn:
        changes, fields = conn.execute(
            "SELECT count(*), sum((SELECT count(*) FROM json_each(data))) FROM change_log"
        ).fetchone()
    print(f"built at 0190 in {time.perf_counter() - start:.0f} s: {changes} changes, {fields} field writes")
    session.logout()
    print(f"file {(out / 'onestop.db').stat().st_size / 1e6:.1f} MB")


def run_migration(out: Path) -> None:
    start = time.perf_counter()
    session = Vault(out, kdf=KDF).login("admin", PASS)
    took = time.perf_counter() - start
    with session.store.read() as conn:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    print(
        f"migrated to {version} in {took:.1f} s (login included); file {pages * size / 1e6:.1f} MB of which"
        f" {free * size / 1e6:.1f} MB free pages (returned by VACUUM)"
    )
    session.logout()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("build", "migrate"))
    parser.add_argument("--clients", type=int, default=7000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/onestop-m230"))
    args = parser.parse_args()
    if args.action == "build":
        build(args.out, args.clients)
    else:
        run_migration(args.out)


if __name__ == "__main__":
    main()
