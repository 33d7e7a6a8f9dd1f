"""The takedown vocabulary and the one masking rule: an item's address never shows beyond its host."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.takedown import (
    ITEM_KIND_KO,
    ITEM_KIND_LABELS,
    ITEM_STATUS_KO,
    ITEM_STATUS_LABELS,
    FoundBy,
    ItemKind,
    ItemStatus,
    TakedownItem,
    counts_by_status,
    is_web_address,
    mask_url,
    parse_choice,
)


def test_scheme_and_host_stay_and_the_rest_is_masked() -> None:
    assert mask_url("https://video.example.invalid/watch/zq81x7") == "https://video.example.invalid/…"
    assert mask_url("HTTP://Board.Example.invalid:8080/post/77?id=3#c") == "http://board.example.invalid:8080/…"
    assert mask_url("https://user:secret@host.example.invalid/p") == "https://host.example.invalid/…"
    assert mask_url("") == ""
    assert mask_url("not an address at all") == "…"
    assert mask_url("https://[::1]/x") == "https://[::1]/…"


def test_masking_is_idempotent() -> None:
    once = mask_url("https://video.example.invalid/watch/zq81x7")
    assert mask_url(once) == once


path_text = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd", "Lo")), min_size=4, max_size=30)


@given(path=path_text, query=path_text)
def test_no_part_of_the_path_or_query_ever_shows(path: str, query: str) -> None:
    masked = mask_url(f"https://site.example.invalid/{path}?q={query}")
    assert masked == "https://site.example.invalid/…"
    assert path not in masked.removeprefix("https://site.example.invalid") and "q=" not in masked


@given(st.text(max_size=80))
def test_any_text_masks_to_host_or_ellipsis_and_never_to_its_tail(text: str) -> None:
    masked = mask_url(text)
    assert masked in ("", "…") or masked.endswith("/…")
    if "/" in text.strip()[8:] and masked not in ("", "…"):
        tail = text.strip().split("/", 3)[-1]
        if len(tail) > 3:
            assert not masked.removesuffix("/…").endswith(tail)


def test_only_web_addresses_are_addresses() -> None:
    assert is_web_address("https://video.example.invalid/watch/zq81x7")
    assert is_web_address("http://a.example.invalid")
    assert not is_web_address("javascript:alert(1)")
    assert not is_web_address("ftp://files.example.invalid/x")
    assert not is_web_address("https://bad host.example.invalid/")
    assert not is_web_address("https://")
    assert not is_web_address("https://x.example.invalid/" + "a" * 2000)


def test_kinds_and_statuses_are_typed_in_korean_english_or_code() -> None:
    assert parse_choice("영상", ITEM_KIND_KO, ITEM_KIND_LABELS) is ItemKind.VIDEO
    assert parse_choice("협박메시지", ITEM_KIND_KO, ITEM_KIND_LABELS) is ItemKind.THREAT
    assert parse_choice("deepfake", ITEM_KIND_KO, ITEM_KIND_LABELS) is ItemKind.DEEPFAKE
    assert parse_choice("삭제 확인", ITEM_STATUS_KO, ITEM_STATUS_LABELS) is ItemStatus.REMOVED
    assert parse_choice("Re-uploaded", ITEM_STATUS_KO, ITEM_STATUS_LABELS) is ItemStatus.REUPLOADED
    assert parse_choice("소리", ITEM_KIND_KO, ITEM_KIND_LABELS) is None


def _item(status: ItemStatus, url: str = "https://v.example.invalid/a/b") -> TakedownItem:
    day = date(2026, 11, 2)
    return TakedownItem("i", "c", "p", url, "설명", ItemKind.PHOTO, day, FoundBy.CLIENT, status, day, None, None, "")


def test_the_case_summary_counts_every_status() -> None:
    counts = counts_by_status([_item(ItemStatus.FOUND), _item(ItemStatus.REMOVED), _item(ItemStatus.REMOVED)])
    assert counts == {
        ItemStatus.FOUND: 1,
        ItemStatus.REQUESTED: 0,
        ItemStatus.REMOVED: 2,
        ItemStatus.REFUSED: 0,
        ItemStatus.REUPLOADED: 0,
    }


def test_where_shows_the_description_when_there_is_no_address() -> None:
    assert _item(ItemStatus.FOUND).where(show_url=False) == "https://v.example.invalid/…"
    assert _item(ItemStatus.FOUND).where(show_url=True) == "https://v.example.invalid/a/b"
    assert _item(ItemStatus.FOUND, url="").where(show_url=False) == "설명"
