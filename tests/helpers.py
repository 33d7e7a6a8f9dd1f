"""Test helpers shared across test modules."""

from __future__ import annotations

from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp949")


def files_containing(root: Path, marker: str) -> list[str]:
    """Every file under `root` that holds `marker` in any encoding Korean text is likely stored in."""
    needles = [marker.encode(enc) for enc in ENCODINGS]
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(needle in data for needle in needles):
            hits.append(str(path.relative_to(root)))
    return hits
