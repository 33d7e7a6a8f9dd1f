"""The pure rules for files the app writes where a person chose: which name fits which content, and
what "inside the data folder" means once both paths are resolved.

`services/output_target.py` adds the file system (real paths, what exists) and is the one check
every output goes through; these rules hold no I/O so they can be tested for any path.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import PurePath


class OutputKind(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"
    BACKUP = "backup"
    ENROLMENT = "enrolment"
    IMAGE = "image"  # a copy of an attached scan (a signed consent form)
    ZIP = "zip"  # a machine-readable archive (the 열람 자료: JSON and the kept files)


# The first suffix is the one the app proposes; the others are accepted names for the same content.
SUFFIXES: dict[OutputKind, tuple[str, ...]] = {
    OutputKind.PDF: (".pdf",),
    OutputKind.XLSX: (".xlsx",),
    OutputKind.CSV: (".csv",),
    OutputKind.BACKUP: (".onestop-backup", ".bak"),
    OutputKind.ENROLMENT: (".onestop-enrol", ".enrol"),
    OutputKind.IMAGE: (".png", ".jpg", ".jpeg", ".tif", ".tiff"),
    OutputKind.ZIP: (".zip",),
}


def kind_of_name(name: str, kinds: Iterable[OutputKind]) -> OutputKind | None:
    """The kind among `kinds` whose suffix `name` ends with (any letter case), or None."""
    lowered = name.lower()
    for kind in kinds:
        if any(lowered.endswith(suffix) and len(lowered) > len(suffix) for suffix in SUFFIXES[kind]):
            return kind
    return None


def suffixes_text(kinds: Iterable[OutputKind]) -> str:
    """`.xlsx, .pdf`: what a refused name should have ended with."""
    return ", ".join(suffix for kind in kinds for suffix in SUFFIXES[kind])


def is_within(path: PurePath, folder: PurePath) -> bool:
    """True when `path` is `folder` or anything below it. Both must already be resolved (no `..`, no links)."""
    return path == folder or folder in path.parents
