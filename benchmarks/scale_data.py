"""Benchmark data at the sizes the issues name, generated once and cached.

    python benchmarks/scale_data.py --clients 100000 --sessions-per-case 10 --out /tmp/onestop-bench

Writes an installation (passphrase below) through the real services — triggers, change log and
search indexes included — plus one extra case with 200 sessions, and a plain (unencrypted)
SQLite copy of the same database for comparison (`plain.db`).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from onestop_desktop.domain.casework import CounselingSessionForm, IntakeForm
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage.db import connect
from onestop_desktop.storage.key_wrap import KdfParams

PASSPHRASE = "Gureum-Haneul-2026!"
USER = "bench"
BENCH_KDF = KdfParams(1, 1024, 1)  # unlock cost is measured separately (unlock_time.py)
BIG_CASE_NAME = "이백회기"


def build(out: Path, clients: int, counseling_sessions_per_case: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    vault = Vault(out / "data", kdf=BENCH_KDF)
    session = vault.initialize("벤치마크센터", "bench", "B1", USER, "벤치 관리자", PASSPHRASE).session
    for n, name in enumerate(("상담일", "상담이", "현장일")):
        session.users.add(f"counselor{n}", name, Role.COUNSELOR, PASSPHRASE)
    start = time.perf_counter()

    def progress(done: int, total: int) -> bool:
        if done % 10_000 == 0 or done == total:
            rate = done / (time.perf_counter() - start)
            print(f"  {done:>7}/{total} cases ({rate:.0f}/s)", file=sys.stderr, flush=True)
        return True

    session.demo.seed(clients, counseling_sessions_per_case, progress=progress)
    big = session.intake.create(IntakeForm(name=BIG_CASE_NAME, crime_types={CrimeType.STALKING}))
    for n in range(200):
        day = date.today() - timedelta(days=n)
        session.cases.add_counseling_session(
            big, CounselingSessionForm(started_at=f"{day.isoformat()} 10:00", note=f"{n}회기 상담 기록.")
        )
    print(f"seeded in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    key = session.data_key
    session.logout()
    export_plain(out / "data" / "onestop.db", key, out / "plain.db")


def export_plain(encrypted: Path, key: bytes, target: Path) -> None:
    """sqlcipher_export into an unkeyed database: same schema, data and indexes, no encryption."""
    target.unlink(missing_ok=True)
    conn = connect(encrypted, key)
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--sessions-per-case", type=int, default=10)
    parser.add_argument("--out", type=Path, default=Path("/tmp/onestop-bench"))
    args = parser.parse_args()
    build(args.out, args.clients, args.sessions_per_case)


if __name__ == "__main__":
    main()
