"""The CLI speaks Korean from the same Qt catalogue as the app, read without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop_desktop.cli import messages
from onestop_desktop.cli.messages import Catalogue, Texts, choose_language
from onestop_desktop.domain.errors import MESSAGES, ErrorCode, OneStopError
from onestop_desktop.domain.passphrase_policy import WEAKNESS_TEXT, Weakness
from onestop_desktop.domain.roles import PERMISSION_LABELS, Permission

from ..conftest import ADMIN_PASSPHRASE
from .conftest import Installation, Run

WRONG = MESSAGES[ErrorCode.WRONG_CREDENTIALS]
UNKNOWN = MESSAGES[ErrorCode.UNKNOWN_USER]
DENIED = MESSAGES[ErrorCode.PERMISSION_DENIED]
TOO_SHORT = WEAKNESS_TEXT[Weakness.TOO_SHORT]

TS = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/onestop_desktop/domain/errors.py" line="1"/>
        <source>{WRONG}</source>
        <translation>사용자 이름이나 암호가 틀렸습니다. 연속 실패: {{failures}}/{{limit}}회.</translation>
    </message>
    <message>
        <source>{UNKNOWN}</source>
        <translation type="unfinished">&apos;{{username}}&apos; 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>{DENIED}</source>
        <translation>역할({{role}})로는 할 수 없습니다: {{action}}.</translation>
    </message>
    <message>
        <source>{MESSAGES[ErrorCode.WEAK_PASSPHRASE]}</source>
        <translation>암호가 너무 약합니다: {{reason}}</translation>
    </message>
    <message>
        <source>{MESSAGES[ErrorCode.LOCKED]}</source>
        <translation type="vanished">잠김</translation>
    </message>
    <message>
        <source>{MESSAGES[ErrorCode.DISK_FULL]}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message><source>Counselor</source><translation>상담원</translation></message>
    <message><source>{PERMISSION_LABELS[Permission.MANAGE_USERS]}</source>
        <translation>사용자 관리</translation></message>
    <message numerus="yes"><source>%n user(s)</source>
        <translation><numerusform>사용자 %n명</numerusform></translation></message>
</context>
<context>
    <name>Passphrase</name>
    <message><source>{TOO_SHORT}</source><translation>10자 이상으로 하십시오.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def korean_ts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "onestop_ko.ts"
    path.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(messages, "catalogue_path", lambda: path)
    return path


def test_catalogue_reads_finished_and_unfinished_but_not_vanished_or_empty(korean_ts: Path) -> None:
    catalogue = Catalogue.from_ts(korean_ts)
    assert catalogue.translate("Errors", UNKNOWN) == "'{username}' 사용자가 없습니다."
    assert catalogue.translate("Roles", "Counselor") == "상담원"
    assert catalogue.translate("Roles", "%n user(s)") == "사용자 %n명"
    locked = MESSAGES[ErrorCode.LOCKED]
    assert catalogue.translate("Errors", locked) == locked
    disk = MESSAGES[ErrorCode.DISK_FULL]
    assert catalogue.translate("Errors", disk) == disk
    assert catalogue.translate("Other", "Counselor") == "Counselor"  # contexts are kept apart


def test_a_missing_or_broken_catalogue_means_english(tmp_path: Path) -> None:
    assert len(Catalogue.from_ts(tmp_path / "none.ts")) == 0
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert len(Catalogue.from_ts(broken)) == 0


def test_errors_render_translated_with_their_translated_parameters(korean_ts: Path) -> None:
    texts = Texts("ko")
    assert texts.error(OneStopError(ErrorCode.WRONG_CREDENTIALS, failures=2, limit=5)) == (
        "사용자 이름이나 암호가 틀렸습니다. 연속 실패: 2/5회."
    )
    denied = OneStopError(ErrorCode.PERMISSION_DENIED, role="Counselor", action="manage users")
    assert texts.error(denied) == "역할(상담원)로는 할 수 없습니다: 사용자 관리."
    weak = OneStopError(ErrorCode.WEAK_PASSPHRASE, reason=TOO_SHORT, weakness=Weakness.TOO_SHORT)
    assert texts.error(weak) == "암호가 너무 약합니다: 10자 이상으로 하십시오."
    assert Texts("en").error(weak) == str(weak)


def test_the_cli_prints_korean_errors(korean_ts: Path, installed: Installation) -> None:
    result = installed.admin("check", stdin="Wrong-Passphrase-1\n", lang="ko")
    assert result.one_error_line() == "onestop-admin: 사용자 이름이나 암호가 틀렸습니다. 연속 실패: 1/5회."
    english = installed.admin("check", stdin=f"{ADMIN_PASSPHRASE}\n", lang="en")
    assert english.code == 0 and english.out.startswith("OK")


def test_language_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_language(None, None) == "ko"
    assert choose_language(None, "en") == "en"
    monkeypatch.setenv("ONESTOP_LANG", "en")
    assert choose_language(None, "ko") == "en"
    assert choose_language("ko", "en") == "ko"
    monkeypatch.setenv("ONESTOP_LANG", "fr")
    assert choose_language(None, None) == "ko"


def test_the_device_language_setting_is_used(installed: Installation, run: Run) -> None:
    installed.vault().set_language("en")
    args = ["--data-dir", str(installed.data_dir), "--user", "admin", "check"]
    assert run(*args, stdin=f"{ADMIN_PASSPHRASE}\n").out.startswith("OK")
    installed.vault().set_language("ko")
    assert run(*args, stdin=f"{ADMIN_PASSPHRASE}\n").out.startswith("이상 없음")
