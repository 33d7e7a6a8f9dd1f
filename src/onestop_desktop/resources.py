"""Where bundled files live, from a source tree, an installed wheel or a PyInstaller bundle.

One helper so that fonts, translations and icons are found the same way everywhere.
It imports nothing from the rest of the package, so every layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(top: str) -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        found.append(Path(bundle) / top)
    found.append(_PACKAGE_DIR / "_data" / top)  # installed wheel (hatch force-include)
    found.append(_PACKAGE_DIR.parent.parent / top)  # source tree / editable install
    return found


def data_path(top: str, *parts: str) -> Path:
    """Path of a bundled file under `resources/` or `translations/`.

    Returns the first location that exists; if none does, the source-tree location, so the
    caller's error message names a sensible path.
    """
    for base in _candidates(top):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _candidates(top)[-1].joinpath(*parts)


def resource(*parts: str) -> Path:
    return data_path("resources", *parts)


def translation(*parts: str) -> Path:
    return data_path("translations", *parts)
