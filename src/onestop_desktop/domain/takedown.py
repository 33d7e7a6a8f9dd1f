"""삭제 지원 for digital sex-crime victims: the items found online, their removal requests and statuses, and the one
rule that keeps an item's address out of sight (`mask_url`).

An address (URL) points straight at the images of a victim: lists show it masked unless someone asks (and that
is audited), and the audit trail, logs, error messages and reports never carry it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from .text import QT_TRANSLATE_NOOP

MASK = "…"
MAX_URL_LENGTH = 2000


class ItemKind(StrEnum):
    VIDEO = "video"  # 영상
    PHOTO = "photo"  # 사진
    POST = "post"  # 게시글
    DEEPFAKE = "deepfake"  # 딥페이크
    THREAT = "threat"  # 협박 메시지


class FoundBy(StrEnum):
    CLIENT = "client"
    COUNSELOR = "counselor"
    AGENCY = "agency"


class ItemStatus(StrEnum):
    FOUND = "found"  # 발견
    REQUESTED = "requested"  # 요청
    REMOVED = "removed"  # 삭제 확인
    REFUSED = "refused"  # 거부
    REUPLOADED = "reuploaded"  # 재유포


class Recipient(StrEnum):
    DSC_CENTER = "dsc_center"  # 디지털성범죄피해자지원센터 (한국여성인권진흥원)
    SEOUL_CENTER = "seoul_center"  # 서울 디지털성범죄 안심지원센터
    KCSC = "kcsc"  # 방송통신심의위원회
    PLATFORM = "platform"  # the platform directly
    OTHER = "other"


class Channel(StrEnum):
    ONLINE_FORM = "online_form"
    EMAIL = "email"
    PHONE = "phone"
    DOCUMENT = "document"
    OTHER = "other"


ITEM_KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.VIDEO: QT_TRANSLATE_NOOP("Taxonomy", "Video"),
    ItemKind.PHOTO: QT_TRANSLATE_NOOP("Taxonomy", "Photo"),
    ItemKind.POST: QT_TRANSLATE_NOOP("Taxonomy", "Post"),
    ItemKind.DEEPFAKE: QT_TRANSLATE_NOOP("Taxonomy", "Deepfake"),
    ItemKind.THREAT: QT_TRANSLATE_NOOP("Taxonomy", "Threatening message"),
}
FOUND_BY_LABELS: dict[FoundBy, str] = {
    FoundBy.CLIENT: QT_TRANSLATE_NOOP("Taxonomy", "Client"),
    FoundBy.COUNSELOR: QT_TRANSLATE_NOOP("Taxonomy", "Counselor"),
    FoundBy.AGENCY: QT_TRANSLATE_NOOP("Taxonomy", "Agency"),
}
ITEM_STATUS_LABELS: dict[ItemStatus, str] = {
    ItemStatus.FOUND: QT_TRANSLATE_NOOP("Taxonomy", "Found"),
    ItemStatus.REQUESTED: QT_TRANSLATE_NOOP("Taxonomy", "Removal requested"),
    ItemStatus.REMOVED: QT_TRANSLATE_NOOP("Taxonomy", "Removal confirmed"),
    ItemStatus.REFUSED: QT_TRANSLATE_NOOP("Taxonomy", "Refused"),
    ItemStatus.REUPLOADED: QT_TRANSLATE_NOOP("Taxonomy", "Re-uploaded"),
}
RECIPIENT_LABELS: dict[Recipient, str] = {
    Recipient.DSC_CENTER: QT_TRANSLATE_NOOP("Taxonomy", "Digital Sex Crime Victim Support Center"),
    Recipient.SEOUL_CENTER: QT_TRANSLATE_NOOP("Taxonomy", "Seoul Digital Sex Crime Safety Support Center"),
    Recipient.KCSC: QT_TRANSLATE_NOOP("Taxonomy", "Korea Communications Standards Commission"),
    Recipient.PLATFORM: QT_TRANSLATE_NOOP("Taxonomy", "The platform directly"),
    Recipient.OTHER: QT_TRANSLATE_NOOP("Taxonomy", "Other"),
}
CHANNEL_LABELS: dict[Channel, str] = {
    Channel.ONLINE_FORM: QT_TRANSLATE_NOOP("Taxonomy", "Online form"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Taxonomy", "E-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Taxonomy", "Phone"),
    Channel.DOCUMENT: QT_TRANSLATE_NOOP("Taxonomy", "Official letter"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Taxonomy", "Other"),
}

# The Korean words people type on the command line and the agency's spreadsheet uses.
ITEM_KIND_KO: dict[ItemKind, str] = {
    ItemKind.VIDEO: "영상",
    ItemKind.PHOTO: "사진",
    ItemKind.POST: "게시글",
    ItemKind.DEEPFAKE: "딥페이크",
    ItemKind.THREAT: "협박 메시지",
}
ITEM_STATUS_KO: dict[ItemStatus, str] = {
    ItemStatus.FOUND: "발견",
    ItemStatus.REQUESTED: "요청",
    ItemStatus.REMOVED: "삭제 확인",
    ItemStatus.REFUSED: "거부",
    ItemStatus.REUPLOADED: "재유포",
}
FOUND_BY_KO: dict[FoundBy, str] = {FoundBy.CLIENT: "내담자", FoundBy.COUNSELOR: "상담원", FoundBy.AGENCY: "기관"}
RECIPIENT_KO: dict[Recipient, str] = {
    Recipient.DSC_CENTER: "디지털성범죄피해자지원센터",
    Recipient.SEOUL_CENTER: "서울 디지털성범죄 안심지원센터",
    Recipient.KCSC: "방송통신심의위원회",
    Recipient.PLATFORM: "플랫폼 직접",
    Recipient.OTHER: "기타",
}
CHANNEL_KO: dict[Channel, str] = {
    Channel.ONLINE_FORM: "온라인 신청",
    Channel.EMAIL: "전자우편",
    Channel.PHONE: "전화",
    Channel.DOCUMENT: "공문",
    Channel.OTHER: "기타",
}


def mask_url(url: str) -> str:
    """The address as lists show it: scheme and host kept, everything after them masked.

    `https://video.example.invalid/watch/zq81x7` → `https://video.example.invalid/…`. Credentials in the
    authority, the path, the query and the fragment never show; an address that does not parse shows as `…`
    alone (never a part of it). An empty address stays empty."""
    text = url.strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return MASK
    if not parts.scheme or not host:
        return MASK
    shown = f"[{host}]" if ":" in host else host
    if port is not None:
        shown += f":{port}"
    return f"{parts.scheme.lower()}://{shown}/{MASK}"


def is_web_address(url: str) -> bool:
    """An http(s) address with a host: what an item's URL must be (anything else goes in the description)."""
    text = url.strip()
    if len(text) > MAX_URL_LENGTH or any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and parts.port != -1
    except ValueError:
        return False


E = TypeVar("E", bound=StrEnum)


def parse_choice(text: str, korean: dict[E, str], english: dict[E, str]) -> E | None:
    """A vocabulary entry typed as its code, its Korean word or its English label (spaces and case ignored)."""
    wanted = "".join(text.split()).casefold()
    for member, word in korean.items():
        names = (str(member), word, english[member])
        if wanted in ("".join(n.split()).casefold() for n in names):
            return member
    return None


@dataclass(frozen=True)
class TakedownRequest:
    id: str
    item_id: str
    recipient: Recipient
    requested_on: date
    channel: Channel
    note: str


@dataclass(frozen=True)
class TakedownItem:
    id: str
    case_id: str
    platform: str
    url: str
    description: str
    kind: ItemKind
    found_on: date
    found_by: FoundBy
    status: ItemStatus
    status_on: date
    original_item_id: str | None
    evidence_attachment_id: str | None
    note: str
    requests: tuple[TakedownRequest, ...] = ()

    @property
    def masked_url(self) -> str:
        return mask_url(self.url)

    def where(self, *, show_url: bool) -> str:
        """The address (masked unless `show_url`), else the description."""
        if self.url:
            return self.url if show_url else self.masked_url
        return self.description


def counts_by_status(items: Iterable[TakedownItem]) -> dict[ItemStatus, int]:
    """The case summary: how many items are in each status (every status present, zero included)."""
    found = Counter(item.status for item in items)
    return {status: found.get(status, 0) for status in ItemStatus}


@dataclass(frozen=True)
class ItemForm:
    """An item as typed in the dialog or on the command line."""

    platform: str
    url: str
    description: str
    kind: ItemKind
    found_on: str  # as typed: YYYY-MM-DD
    found_by: FoundBy = FoundBy.COUNSELOR
    note: str = ""
    original_item_id: str | None = None  # set when this item is a re-upload of another


@dataclass(frozen=True)
class RequestForm:
    recipient: Recipient
    requested_on: str
    channel: Channel
    note: str = ""
