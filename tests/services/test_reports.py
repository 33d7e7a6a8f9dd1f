"""Period reports: what they count, what they hide, who may make them, and the files read back."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from onestop_desktop.domain.disclosure_control import Mark, ProtectedTable
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.periods import parse_period
from onestop_desktop.domain.population import AgeBand
from onestop_desktop.domain.reporting import HIDDEN, ActivityReport, PublishedTable, small_counts
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.settings import SUPPRESSION_THRESHOLD
from onestop_desktop.domain.taxonomy import CrimeType, Gender
from onestop_desktop.services.reports import REPORT_KIND
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import repos

from ..domain.test_disclosure_control import _assert_nothing_can_be_recomputed
from .report_data import PROGRAM_NAME, SECRET_COMMENT, add_case, add_feedback, add_meeting, add_program

Q3 = parse_period("2026-Q3")
TEMP = "Temp-Pass-1234"


def _table(report: ActivityReport, key: str) -> PublishedTable:
    return next(t for t in report.tables if t.key == key)


def _row(table: PublishedTable, label: str) -> tuple[object, ...]:
    return next(values for name, values in table.rows if name == label)


@pytest.fixture
def center(admin_session: Session) -> Session:
    """Q3 2026: 9 women aged 30–39 and 3 men in their 60s (stalking), 6 women (domestic) of whom 2 closed in Q3;
    outside Q3: 4 cases in June and 5 in October, which must not count."""
    for _ in range(9):
        add_case(admin_session, "2026-07-15", birth="1990-01-01")
    for _ in range(3):
        add_case(admin_session, "2026-08-03", gender=Gender.MALE, birth="1962-05-05")
    for n in range(6):
        add_case(admin_session, "2026-09-10", birth="2000-02-02", crimes=frozenset({CrimeType.DOMESTIC}),
                 closed_on="2026-09-20" if n < 2 else None)  # fmt: skip
    for _ in range(4):
        add_case(admin_session, "2026-06-30")
    for _ in range(5):
        add_case(admin_session, "2026-10-01")
    return admin_session


def test_the_report_counts_cases_opened_and_closed_in_the_period(center: Session) -> None:
    report = center.reports.build(Q3, "실적 보고")
    ages = _table(report, "new_age")
    assert ages.columns == ("여성", "남성", "기타·미상", "계")
    assert _row(ages, "30대") == (9, 0, 0, 9) and _row(ages, "19~29세") == (6, 0, 0, 6)
    assert _row(ages, "60대") == (0, "<5", 0, "<5")  # the 3 men, in their row total too
    assert ages.rows[-1] == ("계", (15, "<5", 0, HIDDEN))  # 15 + 3 = 18 would give them back
    crimes = _table(report, "new_crime")
    assert _row(crimes, "스토킹") == (12,) and _row(crimes, "가정폭력") == (HIDDEN,)
    assert crimes.grand_total == HIDDEN  # the same 18 cases: hidden here as well, protected by a second cell
    closed = _table(report, "closed_crime")
    assert _row(closed, "가정폭력") == ("<5",) and closed.grand_total == "<5"
    for table in report.tables:
        assert small_counts(table, report.threshold) == [], table


def test_tables_of_the_same_cases_publish_their_shared_total_alike(center: Session) -> None:
    report = center.reports.build(Q3, "실적 보고")
    for event in ("new", "closed"):
        ages, crimes = _table(report, f"{event}_age"), _table(report, f"{event}_crime")
        assert ages.grand_total == crimes.grand_total or {type(ages.grand_total), type(crimes.grand_total)} == {str}


def _as_protected(table: PublishedTable) -> ProtectedTable:
    """The marks a reader can see in a published cross table (counts and totals, no measures)."""
    marks = tuple(tuple(Mark.PRIMARY if isinstance(v, str) and v.startswith("<") else
                        Mark.COMPLEMENTARY if v == HIDDEN else Mark.SHOWN for v in values)
                  for _, values in table.rows)  # fmt: skip
    return ProtectedTable(5, marks, tuple(tuple(str(v) for v in values) for _, values in table.rows))


def test_a_suppressed_value_cannot_be_recomputed_from_the_totals_in_the_same_table(center: Session) -> None:
    """The 3 men in their 60s are one small cell; the row, column and grand totals are printed beside it.
    Whatever the report shows, another table of counts agrees with all of it but not with the hidden 3."""
    report = center.reports.build(Q3, "실적 보고")
    with center.store.read() as conn:
        rows = repos.figures.cases_by(conn, "new", "age", Q3.start, Q3.end)
    order = [str(band) for band in AgeBand]
    counts = [[sum(int(n) for k, g, n in rows if k == band and g == gender) for gender in ("F", "M", "X")]
              for band in order]  # fmt: skip
    published = _as_protected(_table(report, "new_age"))
    assert published.marks[order.index("60-69")][1] is Mark.PRIMARY
    assert sum(mark is not Mark.SHOWN for row in published.marks for mark in row) >= 2  # not the small cell alone
    _assert_nothing_can_be_recomputed(counts, published)


def test_the_threshold_is_a_center_setting(center: Session) -> None:
    center.settings.set(SUPPRESSION_THRESHOLD, 3)
    report = center.reports.build(Q3, "실적 보고")
    assert _row(_table(report, "new_age"), "60대") == (0, 3, 0, 3)
    assert _row(_table(report, "closed_crime"), "가정폭력") == ("<3",)
    assert "<3" in report.notes[1]


def test_programs_and_attendance_are_counted_per_kind_without_names(center: Session) -> None:
    with center.store.read() as conn:
        cases = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY intake_date LIMIT 7")]
    program = add_program(center)
    add_meeting(center, program, "2026-07-02", {c: "present" for c in cases[:6]} | {cases[6]: "absent"})
    add_meeting(center, program, "2026-07-09", {c: "present" for c in cases[:5]})
    add_meeting(center, program, "2026-10-09", {c: "present" for c in cases})  # next quarter
    table = _table(center.reports.build(Q3, "실적 보고"), "programs")
    assert _row(table, "자조 모임") == ("<5", "<5", 6, 11)
    assert all(PROGRAM_NAME not in label for label, _ in table.rows)


def test_feedback_in_a_report_cannot_be_linked_to_anyone(center: Session) -> None:
    """Only counts and averages per program kind over the whole period; a small group's average is withheld;
    comments, program names and months never appear; and the queries never touch who was asked."""
    program = add_program(center)
    add_feedback(center, "2026-07", [5, 4, 4, 5, 3, 4], comment=SECRET_COMMENT)
    add_feedback(center, "2026-08", [1, 2], program_id=program, comment=SECRET_COMMENT)
    table = _table(center.reports.build(Q3, "실적 보고"), "feedback")
    assert table.columns == ("응답", "평균 점수 (5점 만점)")
    assert _row(table, "자조 모임 만족도") == ("<5", "—")  # two answers: neither the count nor their average
    assert _row(table, "사례 지원 만족도") == (HIDDEN, "—")  # 8 − 6 would give the 2 back; so would the average
    assert table.rows[-1] == ("계", (8, "—"))
    add_feedback(center, "2026-09", [3, 3, 3, 3], program_id=program)
    table = _table(center.reports.build(Q3, "실적 보고"), "feedback")
    assert _row(table, "사례 지원 만족도") == (6, 4.2) and _row(table, "자조 모임 만족도") == (6, 2.5)
    assert table.rows[-1] == ("계", (12, 3.3))
    pdf = center.reports.render(Q3, "pdf", "실적 보고").data
    xlsx = center.reports.render(Q3, "xlsx", "실적 보고").data
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    cells = " ".join(str(c.value) for ws in openpyxl.load_workbook(io.BytesIO(xlsx)).worksheets
                     for row in ws.iter_rows() for c in row if c.value is not None)  # fmt: skip
    for output in (text, cells):
        assert SECRET_COMMENT not in output and PROGRAM_NAME not in output
        assert "2026-07" not in output and "2026-08" not in output
    source = (Path(repos.figures.__file__)).read_text("utf-8")
    assert "feedback_requests" not in source.split('"""', 2)[2]  # the answers are never joined to the askers


def test_the_workbook_has_a_sheet_per_table_with_numbers_as_numbers(center: Session, tmp_path: Path) -> None:
    document = center.reports.render(Q3, "xlsx", "실적 보고")
    target = tmp_path / "report.xlsx"
    center.reports.save(document, target)
    workbook = openpyxl.load_workbook(target)
    report = center.reports.build(Q3, "실적 보고")
    assert len(workbook.worksheets) == 1 + len(report.tables)
    sheet = workbook.worksheets[1]
    assert sheet["A1"].value == "1. 신규 사건 — 연령대·성별"
    header = [c.value for c in sheet[3]]
    assert header == ["연령대", "여성", "남성", "기타·미상", "계"]
    by_label = {row[0].value: [c.value for c in row[1:]] for row in sheet.iter_rows(min_row=4)}
    assert by_label["30대"] == [9, 0, 0, 9] and isinstance(by_label["30대"][0], int)
    assert by_label["계"] == [15, "<5", 0, "x"]
    numbers = [c.value for ws in workbook.worksheets for row in ws.iter_rows() for c in row
               if isinstance(c.value, int | float)]  # fmt: skip
    assert len(numbers) > 50 and not any(isinstance(v, str) and v.isdigit() for ws in workbook.worksheets
                                         for row in ws.iter_rows() for v in (c.value for c in row))  # fmt: skip


def test_the_pdf_has_korean_text_embedded_fonts_and_the_page_marks(center: Session) -> None:
    document = center.reports.render(Q3, "pdf", "협력기관 제출")
    reader = PdfReader(io.BytesIO(document.data))
    assert document.pages == len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "2026년 3분기 실적 보고" in text and "신규 사건 — 피해 유형별" in text and "스토킹" in text
    assert "연령대·성별" in text and "30대" in text
    assert "사유: 협력기관 제출" in text and "개인정보 없음" in text
    assert re.search(r"쪽 1 / \d", text)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("NanumGothic" in f for f in fonts)


def test_a_report_goes_to_the_register_and_the_audit_trail(center: Session, tmp_path: Path) -> None:
    document = center.reports.render(Q3, "pdf", "실적 보고")
    center.reports.save(document, tmp_path / "r.pdf")
    with center.store.read() as conn:
        kind, recipient, purpose, destination = conn.execute(
            "SELECT kind, recipient, purpose, destination FROM documents"
        ).fetchone()
        details = [r[0] for r in conn.execute("SELECT detail FROM audit_log WHERE action = 'export'")]
    assert (kind, purpose, destination) == (REPORT_KIND, "실적 보고", "file") and "2026년 3분기" in recipient
    assert details == [f"{REPORT_KIND}: 실적 보고"]


def test_a_report_needs_a_reason(center: Session) -> None:
    with pytest.raises(OneStopError) as refused:
        center.reports.render(Q3, "xlsx", "  ")
    assert refused.value.code is ErrorCode.INVALID_INPUT


@pytest.mark.parametrize(("role", "allowed"), [(Role.STAFF, True), (Role.COUNSELOR, False), (Role.OUTREACH, False)])
def test_only_staff_and_administrators_make_reports(center: Session, vault: Vault, role: Role, allowed: bool) -> None:
    center.users.add("who", "누구", role, TEMP)
    session = vault.login("who", TEMP)
    try:
        if allowed:
            assert session.reports.build(Q3, "실적 보고").tables
        else:
            with pytest.raises(OneStopError) as refused:
                session.reports.render(Q3, "pdf", "실적 보고")
            assert refused.value.code is ErrorCode.PERMISSION_DENIED
    finally:
        session.logout()


def test_an_empty_period_is_a_report_of_zeros(admin_session: Session) -> None:
    report = admin_session.reports.build(parse_period("2001-02"), "실적 보고")
    assert all(all(v in (0, "—") for v in table.rows[-1][1]) for table in report.tables)
    assert admin_session.reports.render(parse_period("2001-02"), "pdf", "실적 보고").pages >= 1
    assert date(2001, 2, 1) == report.period.start
