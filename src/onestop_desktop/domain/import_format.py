"""The spreadsheet format centers bring their old records in (documented in the README).

One row = one client with one case. Headers are matched by name (Korean or English, any
order); unknown columns are ignored. Vocabulary cells accept the Korean words counselors
write (여/남, 스토킹, 진행 …) as well as this program's codes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from .case_status import CaseStatus, ClosingReason
from .casework import FieldProblem
from .taxonomy import CrimeType, Gender, IntakeChannel, RiskLevel
from .text import QT_TRANSLATE_NOOP
from .validation import Validator

# What one import may hold, checked before a workbook is parsed (services/workbook_gate.py): a 488 KB
# .xlsx once took 68 s and 900 MB before it was refused.
MAX_ROWS = 200_000  # rows after the header
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # the workbook's entries unpacked, or a CSV file's size
MAX_ENTRIES = 1_000  # files inside the workbook (an ordinary one has about ten)
MAX_RATIO = 500  # unpacked : packed for an entry over RATIO_FLOOR bytes (sheets of real data: 5-50)
RATIO_FLOOR = 10 * 1024 * 1024
MAX_COLUMNS = 128  # cells read per row (the format has 17 columns; more are ignored)

# canonical field → accepted headers (compared without spaces, case-insensitively)
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("성명", "이름", "내담자명", "피해자명", "name"),
    "alias": ("가명", "alias"),
    "gender": ("성별", "gender"),
    "birth_date": ("생년월일", "birth_date", "dob"),
    "phone": ("연락처", "전화번호", "휴대전화", "phone"),
    "sms_ok": ("문자수신", "문자", "sms"),
    "intake_date": ("접수일", "intake_date"),
    "channel": ("접수경로", "channel"),
    "referring_agency": ("의뢰기관", "referring_agency"),
    "crime_types": ("피해유형", "범죄유형", "crime_types"),
    "incident_date": ("사건발생일", "발생일", "incident_date"),
    "summary": ("사건개요", "summary"),
    "risk_level": ("위기도", "risk_level"),
    "status": ("상태", "status"),
    "closing_reason": ("종결사유", "closing_reason"),
    "lead": ("담당자", "담당상담원", "lead_counselor"),
    "legacy_number": ("기존사례번호", "사례번호", "legacy_number"),
}
REQUIRED_COLUMNS = ("name",)

_WORDS: dict[str, dict[str, str]] = {
    "gender": {
        "여": "F",
        "여성": "F",
        "여자": "F",
        "f": "F",
        "female": "F",
        "남": "M",
        "남성": "M",
        "남자": "M",
        "m": "M",
        "male": "M",
        "기타": "X",
        "x": "X",
        "미상": "U",
        "u": "U",
    },
    "channel": {
        "방문": "visit",
        "내방": "visit",
        "visit": "visit",
        "전화": "phone",
        "phone": "phone",
        "찾아가는상담": "outreach",
        "현장": "outreach",
        "outreach": "outreach",
        "기관의뢰": "agency",
        "의뢰": "agency",
        "agency": "agency",
    },
    "crime_types": {
        "생명·신체범죄": "life_body",
        "생명신체범죄": "life_body",
        "강력범죄": "life_body",
        "폭행": "life_body",
        "life_body": "life_body",
        "디지털성범죄": "digital_sex",
        "digital_sex": "digital_sex",
        "스토킹": "stalking",
        "stalking": "stalking",
        "가정폭력": "domestic",
        "domestic": "domestic",
        "성폭력": "sexual",
        "성범죄": "sexual",
        "sexual": "sexual",
        "기타": "other",
        "other": "other",
    },
    "risk_level": {
        "낮음": "low",
        "하": "low",
        "low": "low",
        "보통": "medium",
        "중": "medium",
        "medium": "medium",
        "높음": "high",
        "상": "high",
        "high": "high",
        "긴급": "critical",
        "매우높음": "critical",
        "critical": "critical",
    },
    "status": {
        "접수": "intake",
        "intake": "intake",
        "진행": "active",
        "진행중": "active",
        "active": "active",
        "보류": "on_hold",
        "on_hold": "on_hold",
        "종결": "closed",
        "closed": "closed",
    },
    "closing_reason": {
        "목표달성": "goals_met",
        "goals_met": "goals_met",
        "본인거부": "client_declined",
        "중단요청": "client_declined",
        "client_declined": "client_declined",
        "연락두절": "lost_contact",
        "lost_contact": "lost_contact",
        "이관": "transferred",
        "타기관이관": "transferred",
        "transferred": "transferred",
        "대상아님": "not_eligible",
        "not_eligible": "not_eligible",
        "기타": "other",
        "other": "other",
    },
    "sms_ok": {
        "가": "1",
        "예": "1",
        "o": "1",
        "y": "1",
        "yes": "1",
        "허용": "1",
        "불가": "0",
        "아니오": "0",
        "x": "0",
        "n": "0",
        "no": "0",
        "금지": "0",
        "문자금지": "0",
    },
}

UNKNOWN_WORD = QT_TRANSLATE_NOOP("Validation", "'{value}' is not one of: {choices}.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Validation", "The file has no '{column}' column.")
UNKNOWN_USER_CELL = QT_TRANSLATE_NOOP("Validation", "No user named '{value}'.")


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def map_header(header: list[str]) -> dict[str, int]:
    """Canonical field → column index, for the headers this format knows."""
    wanted = {_key(alias): name for name, aliases in COLUMNS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = wanted.get(_key(cell.lstrip("\ufeff")))
        if name is not None and name not in found:
            found[name] = index
    return found


@dataclass
class ImportRecord:
    row: int  # line number in the file (the header is line 1)
    import_key: str
    name: str
    alias: str | None
    gender: Gender
    birth_date: date | None
    phone: str | None
    sms_ok: bool
    intake_date: date
    channel: IntakeChannel
    referring_agency: str | None
    crime_types: set[CrimeType]
    incident_date: date | None
    summary: str
    risk_level: RiskLevel | None
    status: CaseStatus
    closing_reason: ClosingReason | None
    lead_username: str | None
    problems: list[FieldProblem] = field(default_factory=list)


def _word(v: Validator, column: str, kind: str, raw: str, *, many: bool = False) -> list[str]:
    out = []
    for part in re.split(r"[,/;]", raw) if many else [raw]:
        cleaned = _key(part)
        if not cleaned:
            continue
        code = _WORDS[kind].get(cleaned)
        if code is None:
            choices = ", ".join(sorted({k for k in _WORDS[kind] if not k.isascii()}))
            v.fail(column, UNKNOWN_WORD, value=part.strip()[:30], choices=choices)
        else:
            out.append(code)
    return out


def parse_row(row_number: int, cells: dict[str, str], today: date, known_users: set[str]) -> ImportRecord:
    """Read one row; problems go into `record.problems` (all of them, not just the first)."""
    v = Validator(today)

    def get(name: str) -> str:
        return (cells.get(name) or "").strip()

    name = v.person_name("name", get("name"), required=True) or ""
    alias = v.text("alias", get("alias"), max_length=60)
    gender_code = _word(v, "gender", "gender", get("gender")) if get("gender") else []
    gender = Gender(gender_code[0]) if gender_code else Gender.UNKNOWN  # an unknown word is a problem, not a crash
    birth = v.past_date("birth_date", get("birth_date"))
    phone = v.phone("phone", get("phone"))
    sms = _word(v, "sms_ok", "sms_ok", get("sms_ok")) if get("sms_ok") else ["1"]
    intake = v.past_date("intake_date", get("intake_date")) or today
    channel_code = _word(v, "channel", "channel", get("channel")) if get("channel") else ["visit"]
    agency = v.text("referring_agency", get("referring_agency"), max_length=100)
    crimes = {CrimeType(c) for c in _word(v, "crime_types", "crime_types", get("crime_types"), many=True)}
    incident = v.past_date("incident_date", get("incident_date"), not_before=birth)
    summary = v.text("summary", get("summary"), max_length=4000) or ""
    risk = _word(v, "risk_level", "risk_level", get("risk_level")) if get("risk_level") else []
    status = _word(v, "status", "status", get("status")) if get("status") else ["intake"]
    reason = _word(v, "closing_reason", "closing_reason", get("closing_reason")) if get("closing_reason") else []
    lead = get("lead") or None
    if lead is not None and lead not in known_users:
        v.fail("lead", UNKNOWN_USER_CELL, value=lead[:30])
    legacy = v.text("legacy_number", get("legacy_number"), max_length=50)
    digest = hashlib.sha256(f"{name}|{birth}|{phone}".encode()).hexdigest()[:32]
    return ImportRecord(
        row=row_number,
        import_key=f"legacy:{legacy}" if legacy else f"person:{digest}",
        name=name,
        alias=alias,
        gender=gender,
        birth_date=birth,
        phone=phone,
        sms_ok=(sms or ["1"])[0] == "1",
        intake_date=intake,
        channel=IntakeChannel((channel_code or ["visit"])[0]),
        referring_agency=agency,
        crime_types=crimes or {CrimeType.OTHER},
        incident_date=incident,
        summary=summary,
        risk_level=RiskLevel(risk[0]) if risk else None,
        status=CaseStatus((status or ["intake"])[0]),
        closing_reason=ClosingReason(reason[0]) if reason else None,
        lead_username=lead,
        problems=v.problems,
    )
