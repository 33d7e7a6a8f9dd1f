"""The one "save as" dialog of the app: every output file is chosen here.

The dialog adds the default suffix itself (so the name it asks about is the name written) and asks
before replacing an existing file (Qt's overwrite confirmation, never switched off). A path it returns
was therefore confirmed by the person, and callers pass `overwrite=True` to the service, which still
refuses the data folder and a suffix that does not fit (`services/output_target.py`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_dialog(parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(suggested), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(str(suggested))
    return dialog


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str) -> Path | None:
    """The confirmed path, or None when the person cancelled."""
    dialog = save_dialog(parent, title, suggested, name_filter, suffix)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen and chosen[0] else None
