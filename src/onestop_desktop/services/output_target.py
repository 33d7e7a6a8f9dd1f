"""The one check every output file goes through, in the app and in onestop-admin alike.

A PDF, a workbook, a CSV, a backup or an enrolment file is written only
- outside the data folder (an output aimed at `keys.json` once replaced the key file and locked
  everyone out): the target is compared by real path (symlinks and `..` resolved) and, for every
  existing folder on its way, by identity (`samefile`: case-insensitive disks, bind mounts), and the
  data folder itself is refused too;
- under a name whose suffix matches what is written (a report asked for as `x.pdf` is a PDF);
- over an existing file only when the person confirmed it: the save dialog's overwrite question in
  the app, `--force` on the command line.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind, is_within, kind_of_name, suffixes_text
from ..storage.atomic_file import write_atomic


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _inside(target: Path, folder: Path) -> bool:
    real_folder = _real(folder)
    # os.replace writes over a link itself, the link's target is what a reader follows: both count.
    candidates = (_real(target), _real(target.parent) / target.name)
    if any(is_within(Path(os.path.normcase(c)), Path(os.path.normcase(real_folder))) for c in candidates):
        return True
    if not real_folder.exists():
        return False
    for candidate in candidates:
        for step in (candidate, *candidate.parents):
            try:
                if step.exists() and os.path.samefile(step, real_folder):
                    return True
            except OSError:
                continue
    return False


def check_output_target(target: Path, data_dir: Path, *kinds: OutputKind, overwrite: bool) -> OutputKind:
    """Which of `kinds` `target` is to be written as; refuses (OneStopError) when it may not be written.

    `overwrite` means the person confirmed replacing an existing file.
    """
    target = Path(os.path.abspath(target))
    if _inside(target, data_dir):
        raise OneStopError(ErrorCode.OUTPUT_IN_DATA_FOLDER, path=str(target), folder=str(_real(data_dir)))
    kind = kind_of_name(target.name, kinds)
    if kind is None:
        raise OneStopError(ErrorCode.OUTPUT_WRONG_TYPE, file=target.name, suffixes=suffixes_text(kinds))
    if os.path.lexists(target) and (not overwrite or os.path.isdir(target)):
        raise OneStopError(ErrorCode.OUTPUT_EXISTS, path=str(target))
    return kind


def save_output(data_dir: Path, target: Path, data: bytes, kind: OutputKind, *, overwrite: bool) -> None:
    """Check `target` and write `data` there atomically: for outputs no other service records."""
    check_output_target(target, data_dir, kind, overwrite=overwrite)
    write_atomic(target, data)
