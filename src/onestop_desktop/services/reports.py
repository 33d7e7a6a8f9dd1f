"""Period reports (실적 보고) for the center's partners: aggregate counts only, small cells suppressed.

The report is assembled from aggregate SQL (storage/repos/figures.py) into `CountTable`s, published through
domain/reporting.py (counts 1–4 shown as "<5", complements as "x", the threshold a center setting) and
drawn by export/ as .xlsx or PDF. Nothing names a person, a counselor or a program; feedback appears only as
counts and averages over the whole period, per program kind. Like every other document, a report is made in
memory and recorded with its 출력 사유 in the document register and the audit trail when it is saved.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from .. import export
from ..domain.casework import FieldProblem
from ..domain.dashboard import MULTIPLE
from ..domain.documents import Production
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.periods import Period
from ..domain.population import AgeBand
from ..domain.referrals import ReferralStatus
from ..domain.reporting import ActivityReport, CountTable, Measure, PublishedTable, publish, publish_linked
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME, SUPPRESSION_THRESHOLD
from ..domain.taxonomy import CounselingMode, CrimeType, ServiceDomain
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ..storage.db import Connection
from ._auth import requires
from .documents import NEED_PURPOSE, RenderedDocument, register_output
from .output_target import check_output_target
from .session import Session, clear_on_lock

clear_on_lock(export.clear_caches)  # rendering caches the center's name and wording

Format = Literal["pdf", "xlsx"]
REPORT_KIND = "period_report"
GENDERS = (("F", "여성"), ("M", "남성"), ("X", "기타·미상"))
CRIME_ROWS: tuple[tuple[str, str], ...] = (
    *((str(t), export.labels.CRIME_TYPE[t]) for t in CrimeType),
    (MULTIPLE, "복합 피해"),
)
AGE_ROWS: tuple[tuple[str, str], ...] = tuple((str(b), export.labels.AGE_BAND[b]) for b in AgeBand)
OUTCOMES = tuple(s for s in ReferralStatus if s is not ReferralStatus.DRAFT)
PROGRAM_COLUMNS = ("운영 프로그램", "진행 회기", "참여 인원", "출석 연인원")
TAKEDOWN_COLUMNS = (("found", "발견 항목"), ("requested", "삭제 요청"), ("removed", "삭제 확인"),
                    ("refused", "삭제 거부"), ("reuploaded", "재유포"))  # fmt: skip
NOTES = (
    "이 보고서에는 개인정보가 없습니다. 집계 단위는 사건(사례)이며, "
    "한 사건의 피해 유형이 둘 이상이면 '복합 피해'로 셉니다.",
    "{threshold} 미만의 건수는 '<{threshold}'로 표시하고, 합계로 역산할 수 있는 칸은 'x'로 가렸습니다.",
    "평균 일수와 만족도 평균 점수는 {threshold}건 이상일 때만 표시합니다 ('—').",
    "연령은 접수일 기준 만 나이입니다. 만족도 응답은 응답자와 연결되지 않으며 기간 전체의 합계만 싣습니다.",
)


Grid = tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]  # row labels, counts


def _cross(rows: list[tuple[Any, ...]], row_keys: tuple[tuple[str, str], ...], column_keys: tuple[tuple[str, str], ...],
           *, keep_empty: bool = True) -> Grid:  # fmt: skip
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for r, c, n in rows:
        cells[(str(r), str(c))] += int(n)
    kept = [(key, label) for key, label in row_keys
            if keep_empty or any(cells.get((key, c), 0) for c, _ in column_keys)]  # fmt: skip
    return (tuple(label for _, label in kept),
            tuple(tuple(cells.get((key, c), 0) for c, _ in column_keys) for key, _ in kept))  # fmt: skip


class Reports:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def threshold(self) -> int:
        value = self.session.settings.get(SUPPRESSION_THRESHOLD)
        return value if isinstance(value, int) else SUPPRESSION_THRESHOLD.default

    def _production(self, purpose: str) -> Production:
        cleaned = purpose.strip()
        if not cleaned:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("purpose", NEED_PURPOSE)])
        return Production(self.session.user.display_name, datetime.now().replace(microsecond=0), cleaned[:200])

    @requires(Permission.REPORTS)
    def build(self, period: Period, purpose: str) -> ActivityReport:
        """Every table of the report for `period`, already suppressed: nothing else leaves this method."""
        production = self._production(purpose)
        threshold = self.threshold
        with self.session.store.read() as conn:
            tables = self._tables(conn, period, threshold)
        notes = tuple(note.format(threshold=threshold) for note in NOTES)
        return ActivityReport(str(self.session.settings.get(CENTER_NAME)), period, threshold, tables, production,
                              notes)  # fmt: skip

    def _tables(self, conn: Connection, period: Period, threshold: int) -> tuple[PublishedTable, ...]:
        start, end = period.start, period.end
        figures = repos.figures
        out: list[PublishedTable] = []
        for event, word in (("new", "신규"), ("closed", "종결")):
            by_crime = [(k, "n", n) for k, _, n in figures.cases_by(conn, event, "crime", start, end)]
            crimes, crime_counts = _cross(by_crime, CRIME_ROWS, (("n", f"{word} 사건"),))
            ages, age_counts = _cross(figures.cases_by(conn, event, "age", start, end), AGE_ROWS, GENDERS)
            linked = (
                CountTable(f"{event}_age", f"{word} 사건 — 연령대·성별", "연령대", ages, tuple(g for _, g in GENDERS),
                           age_counts),
                CountTable(f"{event}_crime", f"{word} 사건 — 피해 유형별", "피해 유형", crimes, (f"{word} 사건",),
                           crime_counts, cross=False),
            )  # fmt: skip
            out.extend(publish_linked(linked, threshold))
        # people, not records: a returning person (or two client records merged into one) counts once
        people = figures.new_people(conn, start, end)
        out.append(publish(CountTable("new_people", "신규 사건 — 내담자 수 (같은 사람은 한 번)", "기간", ("기간 전체",),
                                      ("내담자",), ((people,),), cross=False, chart=False), threshold))  # fmt: skip
        modes = tuple((str(m), export.labels.COUNSELING_MODE[m]) for m in CounselingMode)
        labels, counts = _cross([(m, "n", n) for m, n in figures.counseling_sessions_by_mode(conn, start, end)], modes,
                                (("n", "상담 회기"),))  # fmt: skip
        out.append(publish(CountTable("sessions", "상담 회기 — 방식별", "상담 방식", labels, ("상담 회기",), counts,
                                      cross=False), threshold))  # fmt: skip
        domains = tuple((str(d), export.labels.SERVICE_DOMAIN[d]) for d in ServiceDomain)
        providers = (("in_house", "센터 직접"), ("agency", "기관 연계"))
        labels, counts = _cross(figures.services_by_domain(conn, start, end), domains, providers)
        out.append(publish(CountTable("services", "지원 서비스 — 분야별", "지원 분야", labels,
                                      tuple(p for _, p in providers), counts), threshold))  # fmt: skip
        out.extend(self._referrals(conn, period, threshold))
        out.append(self._programs(conn, period, threshold))
        out.append(self._feedback(conn, period, threshold))
        out.append(self._takedown(conn, period, threshold))
        return tuple(out)

    def _referrals(self, conn: Connection, period: Period, threshold: int) -> list[PublishedTable]:
        rows = repos.figures.referrals_by_agency(conn, period.start, period.end)
        outcome_keys = tuple((str(s), export.labels.REFERRAL_STATUS[s]) for s in OUTCOMES)
        agencies = tuple((str(a), str(a)) for a in sorted({str(r[0]) for r in rows}))
        labels, counts = _cross([(r[0], r[1], r[2]) for r in rows], agencies, outcome_keys)
        outcome = publish(CountTable("referrals", "연계 의뢰 — 기관별 진행 결과", "연계 기관", labels,
                                     tuple(label for _, label in outcome_keys), counts), threshold)  # fmt: skip
        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        for agency, _status, _n, to_received, n_received, to_completed, n_completed in rows:
            name = str(agency)
            if to_received is not None:
                sums[name][0] += float(to_received) * int(n_received)
                sums[name][1] += int(n_received)
            if to_completed is not None:
                sums[name][2] += float(to_completed) * int(n_completed)
                sums[name][3] += int(n_completed)
        names = [name for name, _ in agencies]
        measures = [
            Measure(
                header,
                tuple((s[i] / s[i + 1] if s[i + 1] else None, int(s[i + 1])) for s in (sums[name] for name in names)),
            )
            for header, i in (("평균 일수 (발송→접수)", 0), ("평균 일수 (발송→완료)", 2))
        ]
        # only averages: a count per agency here would repeat the row totals the outcome table may hide
        days = CountTable(
            "referral_days",
            "연계 소요 일수 — 기관별",
            "연계 기관",
            tuple(names),
            (),
            tuple(() for _ in names),
            cross=False,
            chart=False,
        )
        speed = publish(days, threshold, measures)
        return [outcome, speed]

    def _programs(self, conn: Connection, period: Period, threshold: int) -> PublishedTable:
        by_kind = {str(r[0]): tuple(int(v) for v in r[1:]) for r in repos.figures.programs_by_kind(
            conn, period.start, period.end)}  # fmt: skip
        kinds = tuple(export.labels.PROGRAM_KIND)
        counts = tuple(by_kind.get(kind, (0, 0, 0, 0)) for kind in kinds)
        return publish(CountTable("programs", "프로그램 운영 및 참여 — 유형별", "프로그램 유형",
                                  tuple(export.labels.PROGRAM_KIND[k] for k in kinds), PROGRAM_COLUMNS, counts,
                                  cross=False, chart=False), threshold)  # fmt: skip

    def _feedback(self, conn: Connection, period: Period, threshold: int) -> PublishedTable:
        groups: list[tuple[str, str]] = [("case:", "사례 지원 만족도"),
                                         *((f"program:{k}", f"{label} 만족도")
                                           for k, label in export.labels.PROGRAM_KIND.items())]  # fmt: skip
        found = {
            f"{subject}:{kind or ''}": (int(n), float(score))
            for subject, kind, n, score in repos.figures.feedback_summary(conn, period.start, period.end)
        }
        counts = tuple((found.get(key, (0, 0.0))[0],) for key, _ in groups)
        measure = Measure(
            "평균 점수 (5점 만점)",
            tuple((found[key][1], found[key][0]) if key in found else (None, 0) for key, _ in groups),
        )
        return publish(CountTable("feedback", "만족도 조사 — 요약", "조사 대상", tuple(label for _, label in groups),
                                  ("응답",), counts, cross=False, chart=False), threshold, [measure])  # fmt: skip

    def _takedown(self, conn: Connection, period: Period, threshold: int) -> PublishedTable:
        """삭제 지원 by month: items found, first requested, and removed / refused / re-uploaded. An item moves
        through the columns, so they do not add up across a row (each column on its own)."""
        months = tuple((m, f"{m[:4]}년 {int(m[5:])}월") for m in month_keys(period))
        by_month = [(month, status, n) for status, month, n in repos.takedown.by_status_and_month(
            conn, period.start, period.end)]  # fmt: skip
        labels, counts = _cross(by_month, months, TAKEDOWN_COLUMNS)
        columns = tuple(label for _, label in TAKEDOWN_COLUMNS)
        table = CountTable("takedown", "디지털 성범죄 촬영물 삭제 지원 — 월별", "월", labels, columns, counts,
                           cross=False)  # fmt: skip
        return publish(table, threshold)

    # -- output ---------------------------------------------------------------------------------------
    @requires(Permission.REPORTS)
    def render(self, period: Period, fmt: Format, purpose: str) -> RenderedDocument:
        report = self.build(period, purpose)
        try:
            if fmt == "pdf":
                pdf = export.render_activity_report(report)
                data, pages = bytes(pdf), pdf.pages
            else:
                data, pages = export.activity_report_xlsx(report), len(report.tables)
        except export.FontMissing as missing:
            raise OneStopError(ErrorCode.FONT_MISSING, font=str(missing)) from None
        recipient = f"{period.label} 실적 보고 ({fmt})"
        return RenderedDocument(REPORT_KIND, data, pages, recipient, report.production.purpose, (), None)

    @requires(Permission.REPORTS)
    def save(self, document: RenderedDocument, target: Path, *, overwrite: bool = False) -> None:
        """Write the file where the user chose (atomically), register it and audit the export.

        The name must end as what was rendered (.pdf or .xlsx); `overwrite`: the person confirmed
        replacing an existing file (see `check_output_target`)."""
        kind = OutputKind.PDF if document.data.startswith(b"%PDF") else OutputKind.XLSX
        check_output_target(target, self.session.vault.data_dir.root, kind, overwrite=overwrite)
        write_atomic(target, document.data)
        register_output(self.session, document, "file")

    @requires(Permission.REPORTS)
    def record_printed(self, document: RenderedDocument) -> None:
        register_output(self.session, document, "print")


def month_keys(period: Period) -> list[str]:
    """'YYYY-MM' of every month the period touches, in order."""
    keys, day = [], period.start.replace(day=1)
    while day < period.end:
        keys.append(f"{day.year:04d}-{day.month:02d}")
        day = (day + timedelta(days=32)).replace(day=1)
    return keys


def today_period_default(today: date | None = None) -> str:
    """The report people ask for most: the last complete quarter, as typed on the command line."""
    today = today or date.today()
    quarter = (today.month - 1) // 3
    return f"{today.year}-Q{quarter}" if quarter else f"{today.year - 1}-Q4"
