"""The 현황 dashboard: every figure for one period from aggregate SQL (storage/repos/figures.py).

Staff and administrators (DASHBOARD_ALL) see the center; everyone else sees only their own caseload
(cases they lead or are on the team of), and no feedback figure, which cannot be narrowed to a caseload.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from ..domain.dashboard import MULTIPLE, NO_ONE, Axis, Dashboard, Figure, FigureKey, Unit
from ..domain.periods import Period
from ..domain.population import KNOWN_BANDS, AgeBand, coverage
from ..domain.referrals import ReferralStatus
from ..domain.roles import Permission
from ..domain.taxonomy import CrimeType, Gender, ServiceDomain
from ..storage import repos
from ..storage.db import Connection
from ..storage.repos.figures import EVERYONE, Scope
from ._auth import requires
from .session import Session

CRIME_CATEGORIES: tuple[str, ...] = (*(str(t) for t in CrimeType), MULTIPLE)
REFERRAL_OUTCOMES: tuple[str, ...] = tuple(str(s) for s in ReferralStatus if s is not ReferralStatus.DRAFT)
LATENESS = ("1-7", "8-30", "31+")
MAX_AGENCIES = 8  # the busiest; more would be unreadable bars


def months_of(period: Period) -> tuple[str, ...]:
    out: list[str] = []
    year, month = period.start.year, period.start.month
    while date(year, month, 1) < period.end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


def _grid(rows: Iterable[str], columns: Iterable[str], cells: dict[tuple[str, str], float],
          empty: float | None = 0) -> tuple[tuple[float | None, ...], ...]:  # fmt: skip
    columns = tuple(columns)
    return tuple(tuple(cells.get((r, c), empty) for c in columns) for r in rows)


class DashboardFigures:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def center_wide(self) -> bool:
        return self.session.can(Permission.DASHBOARD_ALL)

    @requires(Permission.DASHBOARD)
    def compute(self, period: Period, today: date | None = None) -> Dashboard:
        today = today or date.today()
        wide = self.center_wide
        scope = EVERYONE if wide else Scope(self.session.user.id)
        with self.session.store.read() as conn:
            names = {u.id: u.display_name for u in repos.users.list_users(conn)}
            figures = [
                self._new_cases(conn, period, scope),
                self._new_people(conn, period, scope),
                self._caseload(conn, scope, names),
                self._services(conn, period, scope),
                *self._referrals(conn, period, scope),
                self._overdue(conn, today, scope, names),
                self._coverage(conn, period, scope),
            ]
            if wide:
                figures.append(self._feedback(conn, period))
        return Dashboard(period, wide, tuple(figures))

    def _new_cases(self, conn: Connection, period: Period, scope: Scope) -> Figure:
        cells = {
            (str(m), str(k)): float(n)
            for m, k, n in repos.figures.new_cases_by_month(conn, period.start, period.end, scope)
        }
        months = months_of(period)
        return Figure(FigureKey.NEW_CASES, months, Axis.MONTH, CRIME_CATEGORIES, Axis.CRIME,
                      _grid(months, CRIME_CATEGORIES, cells))  # fmt: skip

    def _new_people(self, conn: Connection, period: Period, scope: Scope) -> Figure:
        """New cases and the people they are, per month: one client record per person (issue 17), so merged
        duplicates count once."""
        cells: dict[tuple[str, str], float] = {}
        for month, cases, people in repos.figures.new_people_by_month(conn, period.start, period.end, scope):
            cells[(str(month), "cases")] = float(cases)
            cells[(str(month), "people")] = float(people)
        months = months_of(period)
        return Figure(FigureKey.NEW_PEOPLE, months, Axis.MONTH, ("cases", "people"), Axis.MEASURE,
                      _grid(months, ("cases", "people"), cells), stacked=False)  # fmt: skip

    def _caseload(self, conn: Connection, scope: Scope, names: dict[str, str]) -> Figure:
        """Open cases per lead counselor, now (whatever the period)."""
        cells: dict[tuple[str, str], float] = defaultdict(float)
        for user_id, n in repos.figures.open_caseload(conn, scope):
            cells[(names.get(str(user_id), NO_ONE), "open")] += n
        people = tuple(sorted({person for person, _ in cells}, key=lambda p: (p == NO_ONE, p)))
        if not self.center_wide:
            people = tuple(p for p in people if p == self.session.user.display_name) or (
                self.session.user.display_name,
            )
        return Figure(FigureKey.CASELOAD, people, Axis.PERSON, ("open",), Axis.MEASURE, _grid(people, ("open",), cells),
                      stacked=False)  # fmt: skip

    def _services(self, conn: Connection, period: Period, scope: Scope) -> Figure:
        cells = {(str(d), str(k)): float(n)
                 for d, k, n in repos.figures.services_by_domain(conn, period.start, period.end, scope)}  # fmt: skip
        domains = tuple(str(d) for d in ServiceDomain)
        return Figure(FigureKey.SERVICES, domains, Axis.DOMAIN, ("in_house", "agency"), Axis.MEASURE,
                      _grid(domains, ("in_house", "agency"), cells))  # fmt: skip

    def _referrals(self, conn: Connection, period: Period, scope: Scope) -> tuple[Figure, Figure]:
        counts: dict[tuple[str, str], float] = {}
        days: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # sums and counts
        for agency, status, n, to_received, n_received, to_completed, n_completed in repos.figures.referrals_by_agency(
            conn, period.start, period.end, scope
        ):
            counts[(str(agency), str(status))] = float(n)
            acc = days[str(agency)]
            if to_received is not None:
                acc[0] += float(to_received) * int(n_received)
                acc[1] += int(n_received)
            if to_completed is not None:
                acc[2] += float(to_completed) * int(n_completed)
                acc[3] += int(n_completed)
        totals: dict[str, float] = defaultdict(float)
        for (agency, _), n in counts.items():
            totals[agency] += n
        agencies = tuple(sorted(totals, key=lambda a: (-totals[a], a))[:MAX_AGENCIES])
        outcome = Figure(FigureKey.REFERRALS, agencies, Axis.AGENCY, REFERRAL_OUTCOMES, Axis.STATUS,
                         _grid(agencies, REFERRAL_OUTCOMES, counts))  # fmt: skip
        measured = tuple(
            tuple(round(s / n, 1) if n else None for s, n in ((days[a][0], days[a][1]), (days[a][2], days[a][3])))
            for a in agencies
        )
        speed = Figure(FigureKey.REFERRAL_DAYS, agencies, Axis.AGENCY, ("to_received", "to_completed"), Axis.MEASURE,
                       measured, Unit.DAYS, stacked=False)  # fmt: skip
        return outcome, speed

    def _overdue(self, conn: Connection, today: date, scope: Scope, names: dict[str, str]) -> Figure:
        cells: dict[tuple[str, str], float] = defaultdict(float)
        for user_id, bucket, n in repos.figures.overdue_followups(conn, today, scope):
            cells[(names.get(str(user_id), NO_ONE), str(bucket))] += n
        people = tuple(sorted({person for person, _ in cells}, key=lambda p: (p == NO_ONE, p)))
        return Figure(FigureKey.OVERDUE, people, Axis.PERSON, LATENESS, Axis.LATENESS,
                      _grid(people, LATENESS, cells))  # fmt: skip

    def _coverage(self, conn: Connection, period: Period, scope: Scope) -> Figure:
        intake: dict[tuple[AgeBand, Gender], int] = {}
        for band, gender, n in repos.figures.cases_by(conn, "new", "age", period.start, period.end, scope):
            if gender in ("F", "M") and band in {str(b) for b in KNOWN_BANDS}:
                intake[(AgeBand(str(band)), Gender(str(gender)))] = int(n)
        cells = coverage(intake)
        columns = ("F_intake", "F_population", "M_intake", "M_population")
        values: dict[tuple[str, str], float] = {}
        flagged = []
        for cell in cells:
            values[(str(cell.band), f"{cell.gender}_intake")] = round(cell.intake_share, 1)
            values[(str(cell.band), f"{cell.gender}_population")] = round(cell.population_share, 1)
            if cell.behind:
                flagged.append(f"{cell.band}:{cell.gender}")
        bands = tuple(str(b) for b in KNOWN_BANDS)
        return Figure(FigureKey.COVERAGE, bands, Axis.AGE_BAND, columns, Axis.MEASURE, _grid(bands, columns, values),
                      Unit.PERCENT, stacked=False, flagged=tuple(flagged))  # fmt: skip

    def _feedback(self, conn: Connection, period: Period) -> Figure:
        cells: dict[tuple[str, str], float] = {}
        series: list[str] = ["case"]
        threshold = self.session.reports.threshold
        for month, subject, program, n, score in repos.figures.feedback_by_month(conn, period.start, period.end):
            name = "case" if subject == "case" else str(program or "")
            if name not in series:
                series.append(name)
            if n >= threshold:  # an average of two answers says too much about those two
                cells[(str(month), name)] = round(float(score), 2)
        months = months_of(period)
        return Figure(FigureKey.FEEDBACK, months, Axis.MONTH, tuple(series), Axis.SERIES,
                      _grid(months, series, cells, empty=None), Unit.SCORE, stacked=False)  # fmt: skip
