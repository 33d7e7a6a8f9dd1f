"""Dashboard (현황) and period report timings at scale, encrypted vs. plain SQLite in the same run.

    python benchmarks/scale_data.py --clients 100000 --sessions-per-case 10 --out /tmp/onestop-bench
    python benchmarks/dashboard_queries.py --data /tmp/onestop-bench

The timed work is the production path: `session.dashboard.compute(period)` (every figure of the window)
and `session.reports.build(period, …)` (every table of the report, suppression included). For the plain
run the session's store reads from the `sqlcipher_export` copy instead, so the SQL and the Python around it
are the same. The plain copy is re-exported first when the encrypted database was migrated since it was
made (logging in applies new migrations, e.g. 0085's indexes), so both have the same indexes.

Measured 2026-11-26 on the 2-CPU development VM while other jobs kept its load average near 3 (so absolute
times are pessimistic and the ratios noisy), 100,001 cases (30,258 taken in 2026), 1,000,200 sessions (663,068
in 2026), 4.6 GB, 7 runs after a warm-up (ms):

    work                                                 enc p50  enc max plain p50 plain max  ratio
    dashboard, whole center, year 2026                     272.0    313.3     220.1     327.9   1.24
    dashboard, whole center, 2026-Q3                        87.2    142.2      80.0     112.7   1.09
    dashboard, whole center, 2026-07                        43.1     67.5      42.5      70.9   1.01
    dashboard, one counselor's caseload, year 2026         478.8    547.2     265.8     292.2   1.80
    period report (all tables), year 2026                  861.8    969.9     499.8     539.1   1.72
    period report (all tables), 2026-Q3                    178.1    246.8     143.0     167.5   1.25

An earlier run under a load average near 6 gave 309 ms (year dashboard, encrypted) against 418 ms plain.

Before migration 0085's covering indexes the year's dashboard took several seconds (every figure decrypted the
table pages of the cases, sessions or referral events it counted).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from casework_queries import pct, plain_connection
from onestop_desktop.domain.periods import Period, parse_period
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import repos
from scale_data import BENCH_KDF, PASSPHRASE, USER, export_plain


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the page cache and SQLite's statement cache
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


@contextlib.contextmanager
def reading_from(session: Session, conn: Any) -> Iterator[None]:
    """Point the session's reads at another connection (the plain copy) for the duration."""
    store = session.store
    original = store.read
    store.read = lambda: contextlib.nullcontext(conn)  # type: ignore[method-assign]
    try:
        yield
    finally:
        store.read = original  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/tmp/onestop-bench"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--year", type=int, default=date.today().year)
    args = parser.parse_args()

    start = time.perf_counter()
    session = Vault(args.data / "data", kdf=BENCH_KDF).login(USER, PASSPHRASE)
    print(f"login (cheap KDF, pending migrations applied): {(time.perf_counter() - start):.1f} s")
    encrypted_version = session.store.conn.execute("PRAGMA user_version").fetchone()[0]
    plain_path = args.data / "plain.db"
    plain = plain_connection(plain_path)
    if plain.execute("PRAGMA user_version").fetchone()[0] != encrypted_version:
        plain.close()
        start = time.perf_counter()
        export_plain(args.data / "data" / "onestop.db", session.data_key, plain_path)
        print(f"plain copy re-exported at schema {encrypted_version}: {(time.perf_counter() - start):.0f} s")
        plain = plain_connection(plain_path)
        plain.execute(f"PRAGMA user_version = {int(encrypted_version)}")  # sqlcipher_export does not copy it
    conn = session.store.conn
    counselor = repos.users.by_username(conn, "counselor0")
    assert counselor is not None
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    counseling_sessions = conn.execute("SELECT count(*) FROM case_sessions").fetchone()[0]
    in_year = conn.execute("SELECT count(*) FROM cases WHERE intake_date >= ? AND intake_date < ?",
                           (f"{args.year}-01-01", f"{args.year + 1}-01-01")).fetchone()[0]  # fmt: skip
    size_mb = (args.data / "data" / "onestop.db").stat().st_size / 1e6
    print(
        f"data: {cases:,} cases ({in_year:,} taken in {args.year}), {counseling_sessions:,} sessions, {size_mb:,.0f} MB"
    )

    year, quarter, month = (parse_period(f"{args.year}"), parse_period(f"{args.year}-Q3"),
                            parse_period(f"{args.year}-07"))  # fmt: skip
    counselor_session = Vault(args.data / "data", kdf=BENCH_KDF).login("counselor0", PASSPHRASE)

    def dashboard(who: Session, period: Period) -> Callable[[], object]:
        return lambda: who.dashboard.compute(period)

    def report(period: Period) -> Callable[[], object]:
        return lambda: session.reports.build(period, "benchmark")

    work: list[tuple[str, Session, Callable[[], object]]] = [
        (f"dashboard, whole center, year {args.year}", session, dashboard(session, year)),
        (f"dashboard, whole center, {quarter.code}", session, dashboard(session, quarter)),
        (f"dashboard, whole center, {month.code}", session, dashboard(session, month)),
        (f"dashboard, one counselor's caseload, year {args.year}", counselor_session,
         dashboard(counselor_session, year)),
        (f"period report (all tables), year {args.year}", session, report(year)),
        (f"period report (all tables), {quarter.code}", session, report(quarter)),
    ]  # fmt: skip
    rows = []
    for label, who, fn in work:
        encrypted = timed(fn, args.repeat)
        with reading_from(who, plain):
            unencrypted = timed(fn, args.repeat)
        rows.append((label, encrypted, unencrypted))
    print(f"{'work (ms)':52} {'enc p50':>8} {'enc max':>8} {'plain p50':>9} {'plain max':>9} {'ratio':>6}")
    for label, enc, pl in rows:
        ratio = statistics.median(enc) / max(statistics.median(pl), 1e-6)
        print(f"{label:52} {statistics.median(enc):8.1f} {pct(enc, 1.0):8.1f} {statistics.median(pl):9.1f}"
              f" {pct(pl, 1.0):9.1f} {ratio:6.2f}")  # fmt: skip
    counselor_session.logout()
    session.logout()


if __name__ == "__main__":
    main()
