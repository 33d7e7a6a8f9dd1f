"""The Korean catalogue is complete, consistent with the sources, and compiled.

Fails when `pyside6-lupdate` finds a user-visible string in src/ that translations/onestop_ko.ts
lacks, when a message is unfinished or empty, when a translation's {placeholders} differ from
the source's, or when translations/onestop_ko.qm is not exactly what `pyside6-lrelease` makes.

To fix: run the two commands in UPDATE_HELP, translate what is marked unfinished, run them again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "onestop_ko.ts"
QM = ROOT / "translations" / "onestop_ko.qm"
SOURCES = ROOT / "src" / "onestop_desktop"
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-target-language", "ko_KR"]
UPDATE_HELP = (
    "pyside6-lupdate $(find src/onestop_desktop -name '*.py' | sort) -ts translations/onestop_ko.ts "
    + " ".join(LUPDATE_OPTIONS)
    + "\npyside6-lrelease translations/onestop_ko.ts -qm translations/onestop_ko.qm"
)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def _messages(path: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) of every message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation.text or "", translation.get("type", "")))
    return found


def _python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the catalogue after lupdate has seen the current sources."""
    copy = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copyfile(TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), *_python_sources(), "-ts", str(copy), *LUPDATE_OPTIONS],
        check=True,
        capture_output=True,
    )
    return copy


def test_every_source_string_is_in_the_catalogue(refreshed: Path) -> None:
    committed = {(c, s) for c, s, _, _ in _messages(TS)}
    current = {(c, s) for c, s, _, _ in _messages(refreshed)}
    missing = sorted(current - committed)
    assert not missing, (
        f"{len(missing)} strings are not in {TS.name}:\n"
        + "\n".join(f"  [{c}] {s}" for c, s in missing[:40])
        + f"\nUpdate with:\n{UPDATE_HELP}"
    )


def test_no_string_left_in_the_catalogue_that_the_sources_no_longer_have(refreshed: Path) -> None:
    committed = {(c, s) for c, s, _, _ in _messages(TS)}
    current = {(c, s) for c, s, _, _ in _messages(refreshed)}
    assert not committed - current, f"obsolete entries; update with:\n{UPDATE_HELP}"


def test_every_message_is_translated() -> None:
    messages = _messages(TS)
    assert len(messages) > 300
    unfinished = [
        (c, s) for c, s, t, kind in messages if kind in ("unfinished", "vanished", "obsolete") or not t.strip()
    ]
    assert not unfinished, "untranslated:\n" + "\n".join(f"  [{c}] {s}" for c, s in unfinished[:40])


def test_placeholders_and_mnemonics_are_kept() -> None:
    problems = []
    for context, source, translation, _ in _messages(TS):
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
            problems.append(f"[{context}] placeholders differ: {source!r} -> {translation!r}")
        if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", translation):
            problems.append(f"[{context}] mnemonic lost: {source!r} -> {translation!r}")
    assert not problems, "\n".join(problems)


def test_translations_are_korean() -> None:
    hangul = re.compile(r"[\uac00-\ud7a3]")
    untouched = [
        (c, s) for c, s, t, _ in _messages(TS) if hangul.search(t) is None and t != s and not PLACEHOLDER.fullmatch(t)
    ]
    same_as_source = [
        (c, s) for c, s, t, _ in _messages(TS) if t == s and re.search(r"[A-Za-z]{3}", s) and not PLACEHOLDER.search(s)
    ]
    assert not untouched, untouched[:20]
    assert not same_as_source, f"left in English: {same_as_source[:20]}"


def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    assert QM.exists(), f"missing {QM}; run:\n{UPDATE_HELP}"
    fresh = tmp_path / QM.name
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), (
        f"{QM.name} is not what lrelease makes from {TS.name}; run:\n" + UPDATE_HELP
    )
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 120, f"{QM.name} is older than {TS.name}"
