"""Case-list, search and case-file timings at scale, encrypted vs. plain SQLite in the same run.

    python benchmarks/scale_data.py --clients 100000 --sessions-per-case 10 --out /tmp/onestop-bench
    python benchmarks/casework_queries.py --data /tmp/onestop-bench

Every query is the production SQL (the repository functions the services call), run on the
SQLCipher database and on its plain `sqlcipher_export` copy, warm cache, several repetitions.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3

from onestop_desktop.domain.case_status import CaseStatus
from onestop_desktop.domain.casework import CaseQuery, CaseSort
from onestop_desktop.domain.taxonomy import CrimeType, RiskLevel
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import repos, search
from onestop_desktop.storage.db import PAGE_CACHE_KIB
from onestop_desktop.storage.repos.case_list import Visibility
from scale_data import BENCH_KDF, BIG_CASE_NAME, PASSPHRASE, USER

PAGE = 100
TODAY = date.today()


def plain_connection(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    search.register(conn)
    return conn


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def open_case(conn: Any, case_id: str) -> None:
    case = repos.cases.get(conn, case_id)
    assert case is not None
    repos.clients.get(conn, case.client_id)
    repos.case_items.needs(conn, case_id)
    repos.case_items.goals(conn, case_id)
    repos.case_items.counseling_sessions(conn, case_id, with_notes=True)
    repos.case_items.services(conn, case_id)
    repos.case_items.followups(conn, case_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/tmp/onestop-bench"))
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)

    start = time.perf_counter()
    session = Vault(args.data / "data", kdf=BENCH_KDF).login(USER, PASSPHRASE)
    first = session.cases.page(CaseQuery(), 0, PAGE)
    first_page_ms = (time.perf_counter() - start) * 1000
    store_conn = session.store.conn
    plain = plain_connection(args.data / "plain.db")
    everyone = Visibility(session.user.id, all_cases=True)
    counselor = repos.users.by_username(store_conn, "counselor0")
    assert counselor is not None and first

    filters = [
        CaseQuery(),
        CaseQuery(statuses=frozenset({CaseStatus.ACTIVE})),
        CaseQuery(statuses=frozenset({CaseStatus.INTAKE, CaseStatus.ACTIVE})),
        CaseQuery(crime_type=CrimeType.STALKING),
        CaseQuery(min_risk=RiskLevel.HIGH),
        CaseQuery(overdue_only=True),
        CaseQuery(lead_counselor_id=counselor.id),
        CaseQuery(statuses=frozenset({CaseStatus.ACTIVE}), crime_type=CrimeType.DOMESTIC, min_risk=RiskLevel.MEDIUM),
        CaseQuery(sort=CaseSort.CLIENT_NAME, descending=False),
        CaseQuery(sort=CaseSort.RISK),
        CaseQuery(sort=CaseSort.INTAKE_DATE, statuses=frozenset({CaseStatus.CLOSED})),
    ]
    keystrokes = [
        *("김", "김하", "김하늘", "남궁", "남궁솔", "솔잎", "하"),  # names, one syllable at a time
        *("0", "01", "010", "0109", "01090", "010900", "5", "56", "567", "5678"),  # phone digits
        *("B1", "B1-2", "2025", "2025-0", "2025-00", "2025-0004", "00042", "없는이름"),  # case numbers, no match
    ]
    note_queries = ["경찰서", "심리치료", "스마트워치", "법원 동행", "긴급생계비", "전학", "삭제지원센터", "합의"]

    rows: list[tuple[str, list[float], list[float]]] = []

    def both(label: str, query: Callable[[Any], object], repeat: int = args.repeat) -> None:
        query(store_conn), query(plain)  # warm up
        rows.append((label, timed(lambda: query(store_conn), repeat), timed(lambda: query(plain), repeat)))

    every_filter = lambda c: [repos.case_list.page(c, q, everyone, TODAY, 0, PAGE) for q in filters]  # noqa: E731
    both("list: first page, each filter/sort (11 kinds)", every_filter, max(3, args.repeat // 5))
    filter_samples = [(rng.choice(filters), rng.randrange(0, 5) * PAGE) for _ in range(args.repeat * 4)]
    for label, per_query in (
        ("filter change: one page", lambda c, q, o: repos.case_list.page(c, q, everyone, TODAY, o, PAGE)),
        ("filter change: count (background, capped)", lambda c, q, o: repos.case_list.count(c, q, everyone, TODAY)),
    ):
        enc = [timed(lambda q=q, o=o, f=per_query: f(store_conn, q, o), 1)[0] for q, o in filter_samples]
        pl = [timed(lambda q=q, o=o, f=per_query: f(plain, q, o), 1)[0] for q, o in filter_samples]
        rows.append((label, enc, pl))
    for label, func in (
        ("keystroke: one page", lambda c, t: repos.case_list.page(c, CaseQuery(text=t), everyone, TODAY, 0, PAGE)),
        (
            "keystroke: count (background, capped)",
            lambda c, t: repos.case_list.count(c, CaseQuery(text=t), everyone, TODAY),
        ),
    ):
        for conn in (store_conn, plain):
            for text in keystrokes:
                func(conn, text)
        enc = [timed(lambda t=t, f=func: f(store_conn, t), 1)[0] for t in keystrokes * 3]
        pl = [timed(lambda t=t, f=func: f(plain, t), 1)[0] for t in keystrokes * 3]
        rows.append((label, enc, pl))
    for text in note_queries:
        repos.case_list.search_notes(store_conn, text, everyone, 50)
    rows.append((
        "notes full-text: first 50 hits",
        [timed(lambda t=t: repos.case_list.search_notes(store_conn, t, everyone, 50), 1)[0] for t in note_queries * 3],
        [timed(lambda t=t: repos.case_list.search_notes(plain, t, everyone, 50), 1)[0] for t in note_queries * 3],
    ))  # fmt: skip
    big = repos.case_list.page(store_conn, CaseQuery(text=BIG_CASE_NAME), everyone, TODAY, 0, 1)[0].id
    both("open a case with 200 sessions", lambda c: open_case(c, big))
    deep = CaseQuery(sort=CaseSort.CLIENT_NAME)
    both("scroll: page at offset 5,000", lambda c: repos.case_list.page(c, deep, everyone, TODAY, 5000, PAGE), 10)

    total_cases = store_conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    counseling_sessions_n = store_conn.execute("SELECT count(*) FROM case_sessions").fetchone()[0]
    size_mb = (args.data / "data" / "onestop.db").stat().st_size / 1e6
    print(f"data: {total_cases:,} cases, {counseling_sessions_n:,} sessions, database {size_mb:,.0f} MB")
    print(f"login (cheap KDF) to first page of the case list: {first_page_ms:.1f} ms")
    print(f"{'query':46} {'enc p50':>8} {'enc p95':>8} {'plain p50':>9} {'plain p95':>9} {'ratio p50':>9}")
    for label, enc, pl in rows:
        ratio = statistics.median(enc) / max(statistics.median(pl), 1e-6)
        print(f"{label:46} {statistics.median(enc):8.2f} {pct(enc, 0.95):8.2f} {statistics.median(pl):9.2f}"
              f" {pct(pl, 0.95):9.2f} {ratio:9.2f}")  # fmt: skip
    print(f"peak memory (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    session.logout()


if __name__ == "__main__":
    main()
