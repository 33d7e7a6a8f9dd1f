"""열람 (개인정보 보호법 제35조): everything the center holds about one person, as one record that the PDF and the
machine-readable archive both draw from.

The record is plain text in tables, already decided: the person's contact section goes through
`contact_privacy` like every other output (a client marked 주소 비공개 gets "비공개 (센터로 연락)", a cohabiting
offender the warning, "(문자 금지)" beside a number), and what another person's privacy protects — the guardian's
details, what the record says about the offender — is left out with a note (제35조④3: 다른 사람의 생명·신체를
해할 우려가 있거나 다른 사람의 재산과 그 밖의 이익을 부당하게 침해할 우려가 있는 경우).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .casework import Client
from .contact_privacy import address_text, contact_warning, phone_text
from .documents import Production
from .korean import format_phone

OMITTED_GUARDIAN = (
    "보호자(법정대리인)의 성명·관계·연락처는 그 사람의 개인정보이므로 싣지 않았습니다 (개인정보 보호법 제35조④)."
)
OMITTED_OFFENDER = "가해자(행위자)에 관한 정보는 다른 사람의 개인정보이므로 싣지 않았습니다 (개인정보 보호법 제35조④)."
NOT_RECORDED = "기록 없음"


@dataclass(frozen=True)
class AccessTable:
    """One section: a key (stable, for machines), a Korean title, columns as (key, label), rows of text."""

    key: str
    title: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""

    def as_json(self) -> dict[str, object]:
        keys = [key for key, _ in self.columns]
        return {
            "key": self.key,
            "title": self.title,
            "columns": {key: label for key, label in self.columns},
            "rows": [dict(zip(keys, row, strict=True)) for row in self.rows],
            **({"note": self.note} if self.note else {}),
        }


@dataclass(frozen=True)
class AccessAttachment:
    """A file the center keeps about the person (a signed consent scan), carried in the archive."""

    name: str  # the file's name inside the archive
    media_type: str
    data: bytes


@dataclass(frozen=True)
class AccessRecord:
    center_name: str
    subject: str  # the person, as the request names them (the name)
    case_number: str  # the case the request was made on
    production: Production
    tables: tuple[AccessTable, ...]
    omitted: tuple[str, ...]
    attachments: tuple[AccessAttachment, ...] = ()

    def as_json(self) -> str:
        body = {
            "format": "onestop-access-record/1",
            "center": self.center_name,
            "subject": self.subject,
            "case_number": self.case_number,
            "produced_by": self.production.produced_by,
            "produced_at": self.production.produced_at.isoformat(timespec="seconds"),
            "purpose": self.production.purpose,
            "sections": [table.as_json() for table in self.tables],
            "omitted": list(self.omitted),
            "attachments": [
                {"file": a.name, "media_type": a.media_type, "size": len(a.data)} for a in self.attachments
            ],
        }
        return json.dumps(body, ensure_ascii=False, indent=2)


def person_table(client: Client, *, gender: str) -> AccessTable:
    """The person's own details and how to reach them, decided by `contact_privacy` (the center's own record:
    no consent gates the address, the 주소 비공개 flag does). The guardian's fields are never read here."""
    rows: list[tuple[str, str]] = [
        ("성명", client.name),
        ("가명", client.alias or ""),
        ("성별", gender),
        ("생년월일", client.birth_date.isoformat() if client.birth_date else ""),
        ("국적", client.nationality),
        ("통역 언어", client.interpreter_language or ""),
        ("장애", client.disability or ""),
        ("주민등록번호", client.rrn_masked or ""),
        ("주소", address_text(client, True) or ""),
    ]
    for phone in client.phones:
        label = f"전화 ({phone.label})" if phone.label else "전화"
        rows.append((label, phone_text(client, phone, format_phone(phone.digits))))
    warning = contact_warning(client)
    if warning:
        rows.append(("연락 시 주의", warning))
    return AccessTable(
        "person",
        "1. 본인 정보",
        (("item", "항목"), ("value", "내용")),
        tuple((label, value or NOT_RECORDED) for label, value in rows),
    )


def omissions(client: Client, *, offender_named: bool) -> tuple[str, ...]:
    """The notes on what was left out to protect another person."""
    notes = []
    if client.guardian_name or client.guardian_phone or client.guardian_relation:
        notes.append(OMITTED_GUARDIAN)
    if offender_named or client.offender_cohabits or client.guardian_is_suspect:
        notes.append(OMITTED_OFFENDER)
    return tuple(notes)
