"""The enrolment file streams a center's log (issue 19): paged reading, version 2's lines, version 1 still read."""

from __future__ import annotations

import base64
import json
import os
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.ids import iso_utc, utc_now
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import sync_store as ss
from onestop_desktop.sync import enrolment
from tests.conftest import ADMIN_PASSPHRASE, FAST_KDF
from tests.sync.test_engine import Center, _case, _digest, _set_summary

_SMALL_KDF = {"t": 1, "m": 64, "p": 1}


@pytest.fixture
def center(tmp_path: Path) -> Any:
    c = Center(tmp_path)
    cases = [_case(c.desk, name) for name in ("김하늘", "이바다", "박구름")]
    for n, case_id in enumerate(cases):
        _set_summary(c.desk, case_id, f"요약 {n}")
    with c.desk.store.write(c.desk.actor) as tx:  # one change logged as two rows, another row's between them
        tx.update("cases", cases[0], {"incident_summary": "첫 요약"})
        tx.update("cases", cases[1], {"incident_summary": "둘째 요약"})
        tx.update("cases", cases[0], {"closing_note": "종결 메모"})
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _sealed(code: str, version: int, plain: bytes) -> bytes:
    """A file as `seal_enrolment` makes it, around any compressed plaintext (a cheap KDF: the test's own file)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "format": enrolment.MAGIC,
        "v": version,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "kdf": _SMALL_KDF,
        "expires": iso_utc(utc_now() + timedelta(hours=1)),
    }
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    return head + b"\n" + AESGCM(enrolment._key(code, salt, _SMALL_KDF)).encrypt(nonce, plain, head)


def _opened(center: Center, name: str) -> tuple[str, dict[str, Any], list[list[Any]], dict[str, Any]]:
    path = center.root / f"{name}.enrol"
    code = center.desk.sync.enrol(name, "all", ["admin"], path)
    opened = enrolment.open_enrolment(path.read_bytes(), code)
    changes = list(opened.changes())
    return code, opened.body, changes, opened.after()


@pytest.mark.parametrize("page", [1, 2, 3, 7, 5000])
def test_the_log_read_in_pages_is_the_whole_log_at_any_page_size(center: Center, page: int) -> None:
    with center.desk.store.read() as conn:
        whole = ss.all_changes(conn)
        paged = [c for part in ss.all_changes_in_pages(conn, page) for c in part]
        rows = conn.execute("SELECT count(*) FROM change_rows").fetchone()[0]
    assert rows > len(whole) > 10  # an intake logs several rows per change: pages must not cut one
    assert paged == whole


def test_a_version_2_file_holds_every_change_one_per_line_and_their_signatures_after_them(center: Center) -> None:
    _, body, changes, after = _opened(center, "desk2")
    with center.desk.store.read() as conn:
        assert [ss.ChangeRow(*c) for c in changes] == ss.all_changes(conn)
    assert "changes" not in body and "signatures" not in body
    assert after["signatures"]  # the setup's account keys are signed


def test_a_version_1_file_still_joins(center: Center) -> None:
    code, body, changes, after = _opened(center, "desk2")
    whole = {**body, "changes": changes, "signatures": after["signatures"]}
    old = center.root / "old.enrol"
    old.write_bytes(_sealed(code, 1, zlib.compress(json.dumps(whole).encode("utf-8"))))
    joined = Vault(center.root / "desk2", kdf=FAST_KDF).join(old, code, "admin", ADMIN_PASSPHRASE)
    try:
        assert _digest(joined) == _digest(center.desk)
    finally:
        joined.logout()


def test_a_line_that_does_not_read_deep_in_the_file_refuses_the_join_and_leaves_nothing(center: Center) -> None:
    code, body, changes, after = _opened(center, "desk2")
    lines = [json.dumps(body), *(json.dumps(c) for c in changes[:5]), '["cut', *(json.dumps(c) for c in changes[5:])]
    lines.append(json.dumps(after))
    damaged = center.root / "damaged.enrol"
    damaged.write_bytes(_sealed(code, 2, zlib.compress(("\n".join(lines) + "\n").encode("utf-8"))))
    with pytest.raises(OneStopError) as refused:
        Vault(center.root / "desk2", kdf=FAST_KDF).join(damaged, code, "admin", ADMIN_PASSPHRASE)
    assert refused.value.code is ErrorCode.ENROLMENT_DAMAGED
    left = [p.name for p in (center.root / "desk2").rglob("*")] if (center.root / "desk2").exists() else []
    assert not [n for n in left if n.startswith(("onestop.db", "keys.json"))]  # no half-joined database or keys


def test_a_file_whose_closing_line_is_missing_is_refused(center: Center) -> None:
    code, body, changes, _ = _opened(center, "desk2")
    lines = [json.dumps(body), *(json.dumps(c) for c in changes)]
    cut = center.root / "cut.enrol"
    cut.write_bytes(_sealed(code, 2, zlib.compress(("\n".join(lines) + "\n").encode("utf-8"))))
    with pytest.raises(OneStopError) as refused:
        Vault(center.root / "desk2", kdf=FAST_KDF).join(cut, code, "admin", ADMIN_PASSPHRASE)
    assert refused.value.code is ErrorCode.ENROLMENT_DAMAGED


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=40_000), max_size=12))
def test_lines_come_back_as_written_across_any_chunk_boundary(texts: list[str]) -> None:
    lines = [json.dumps(t) + "\n" for t in texts]
    plain = enrolment._compressed_lines(lines)
    assert [line.decode("utf-8") + "\n" for line in enrolment._decompressed_lines(plain)] == lines


def test_a_stream_cut_short_is_refused() -> None:
    plain = enrolment._compressed_lines([json.dumps("가" * 100_000) + "\n", "[]\n"])
    with pytest.raises(enrolment.EnrolmentRefused):
        list(enrolment._decompressed_lines(plain[: len(plain) // 2]))
