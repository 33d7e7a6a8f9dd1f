"""The calendar's week view at 100,000 appointments, encrypted vs. plain SQLite in the same run.

    python benchmarks/calendar.py --out /tmp/onestop-calendar-bench

Builds its own installation: 2,000 cases, 20 workers, and appointments spread over two years until they make
100,000 occurrences (single ones and weekly series of 10: series included), written through the store's write path
and the appointments repository (change capture and triggers included) in batches of 1,000. Then times the
production path of the week view, `session.appointments.agenda(monday, 7, user_id=worker)` (index range on
`appointment_staff_days`, candidate series loaded and expanded in Python), for random weeks and workers, on the
SQLCipher database and on its `sqlcipher_export` copy (the session's reads pointed at it), warm cache.

Measured 2026-12-07 on the 2-CPU development VM with other jobs keeping its load average near 8 (absolute times are
pessimistic), 64,000 appointment rows = 100,342 occurrences, 20 workers, 60 random weeks and workers (ms):

                          p50     p95     max
    encrypted            13.5    27.1    30.2
    plain SQLite          4.2    11.7    15.2
    team week (enc)     106.7   135.6   135.6

(62 appointments in a worker's week on average). With partial, non-covering indexes the same run gave 26.5 / 43.2
ms encrypted: each candidate row was read from the table to test `deleted_at`.
"""

# ruff: noqa: E402 (the standard library's `calendar` must be loaded before this file can shadow it)
from __future__ import annotations

import sys

# Run as `python benchmarks/calendar.py`, this folder comes first on sys.path and `import calendar` (done by the
# standard library itself, e.g. email) would load this file again: load the real one first.
_here = sys.path.pop(0)
import calendar as _stdlib_calendar  # noqa: F401

sys.path.insert(0, _here)

import argparse
import random
import shutil
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from casework_queries import pct, plain_connection, timed
from dashboard_queries import reading_from
from onestop_desktop.domain.appointments import AppointmentKind, PlaceKind, Series, day_span, format_start, week_start
from onestop_desktop.domain.ids import new_id
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import repos
from scale_data import BENCH_KDF, PASSPHRASE, USER, export_plain

WORKERS = 20
SERIES_SHARE = 0.4  # of occurrences that belong to weekly series of 10


def build(out: Path, cases: int, occurrences: int, rng: random.Random) -> None:
    if out.exists():
        shutil.rmtree(out)
    session = Vault(out / "data", kdf=BENCH_KDF).initialize("벤치마크센터", "bench", "B1", USER, "벤치 관리자",
                                                            PASSPHRASE).session  # fmt: skip
    for n in range(WORKERS):
        session.users.add(f"worker{n}", f"현장{n}", Role.OUTREACH if n % 2 else Role.COUNSELOR, PASSPHRASE)
    session.demo.seed(cases, 1)
    with session.store.read() as conn:
        case_ids = [r[0] for r in conn.execute("SELECT id FROM cases")]
        workers = [u.id for u in repos.users.list_users(conn, include_inactive=False) if u.username != USER]
    start_day = week_start(date.today()) - timedelta(weeks=52)
    kinds, places = list(AppointmentKind), [p for p in PlaceKind if p is not PlaceKind.OTHER]
    made, started = 0, time.perf_counter()
    while made < occurrences:
        with session.store.write(session.actor) as tx:
            for _ in range(1_000):
                count = 10 if rng.random() < SERIES_SHARE / (SERIES_SHARE + (1 - SERIES_SHARE) * 10) else 1
                first = datetime.combine(start_day + timedelta(days=rng.randrange(7 * 104 - 70)), datetime.min.time())
                first = first.replace(hour=rng.randrange(8, 19), minute=rng.choice((0, 30)))
                series = Series(new_id(), first, rng.choice((30, 60, 90)), count)
                span = day_span(series)
                assert span is not None
                staff = rng.sample(workers, 1 if rng.random() < 0.8 else 2)
                values = {"case_id": rng.choice(case_ids), "kind": str(rng.choice(kinds)),
                          "first_start": format_start(first), "minutes": series.minutes, "weekly_count": count,
                          "interval_weeks": 1, "place_kind": str(rng.choice(places)), "place": "",
                          "note": ""}  # fmt: skip
                repos.appointments.add(tx, series.id, values, staff, span)
                made += count
        print(f"  {made:>7}/{occurrences} occurrences ({made / (time.perf_counter() - started):.0f}/s)",
              file=sys.stderr, flush=True)  # fmt: skip
    key = session.data_key
    session.logout()
    export_plain(out / "data" / "onestop.db", key, out / "plain.db")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/onestop-calendar-bench"))
    parser.add_argument("--cases", type=int, default=2_000)
    parser.add_argument("--occurrences", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--reuse", action="store_true", help="time the installation built by an earlier run")
    args = parser.parse_args()
    rng = random.Random(7)
    if not (args.reuse and (args.out / "plain.db").exists()):
        started = time.perf_counter()
        build(args.out, args.cases, args.occurrences, rng)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    session = Vault(args.out / "data", kdf=BENCH_KDF).login(USER, PASSPHRASE)
    plain = plain_connection(args.out / "plain.db")
    conn = session.store.conn
    series_rows = conn.execute("SELECT count(*), sum(weekly_count) FROM appointments").fetchone()
    workers = [r[0] for r in conn.execute("SELECT id FROM users WHERE username LIKE 'worker%' ORDER BY username")]
    print(f"data: {series_rows[0]:,} appointment rows, {series_rows[1]:,} occurrences, {len(workers)} workers")
    this_week = week_start(date.today())
    samples = [(this_week + timedelta(weeks=rng.randrange(-50, 50)), rng.choice(workers)) for _ in range(args.repeat)]
    shown: list[int] = []

    def week(sample: tuple[date, str]) -> None:
        shown.append(len(session.appointments.agenda(sample[0], 7, user_id=sample[1])))

    for sample in samples[:5]:
        week(sample)  # warm up
    encrypted = [timed(lambda s=s: week(s), 1)[0] for s in samples]
    with reading_from(session, plain):
        for sample in samples[:5]:
            week(sample)
        unencrypted = [timed(lambda s=s: week(s), 1)[0] for s in samples]
    team = timed(lambda: session.appointments.agenda(this_week, 7, team=True), 10)
    print(f"week view, one worker ({statistics.median(shown):.0f} appointments shown on average), {len(samples)} "
          "random weeks and workers (ms):")  # fmt: skip
    print(f"{'':20} {'p50':>7} {'p95':>7} {'max':>7}")
    for label, values in (("encrypted", encrypted), ("plain SQLite", unencrypted), ("team week (enc)", team)):
        print(f"{label:20} {statistics.median(values):7.1f} {pct(values, 0.95):7.1f} {max(values):7.1f}")
    session.logout()


if __name__ == "__main__":
    main()
