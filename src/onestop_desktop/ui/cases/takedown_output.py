"""Saving a 삭제지원 item list as the agency's .xlsx from the case screens: the purpose (출력 사유) is asked first,
then the file (the save dialog confirms a replacement); the service writes, registers and audits it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ...domain.errors import OneStopError
from ..common.waiting import waiting
from ..common.widgets import MessageLabel
from ..save_dialog import ask_save_path

Save = Callable[[Path, str], object]  # (target, purpose): writes, registers and audits


def save_takedown_list(
    parent: QWidget,
    message: MessageLabel,
    suggested_name: str,
    save: Save,
    target: Path | None = None,
    purpose: str | None = None,
) -> bool:
    """Ask what is not given (`target`, `purpose`: tests give both), then save; True once written."""
    title = QCoreApplication.translate("TakedownOutput", "Export the list")
    if purpose is None:
        question = QCoreApplication.translate("TakedownOutput", "Purpose of the output:")
        usual = QCoreApplication.translate("TakedownOutput", "Removal request to the agency")
        purpose, ok = QInputDialog.getText(parent, title, question, text=usual)
        if not ok:
            return False
    if target is None:
        kinds = QCoreApplication.translate("TakedownOutput", "Excel workbooks (*.xlsx)")
        target = ask_save_path(parent, title, Path.home() / suggested_name, kinds, ".xlsx")
        if target is None:
            return False
    try:
        with waiting():
            save(target, purpose)
    except OneStopError as err:
        message.show_error(err)
        return False
    done = QCoreApplication.translate(
        "TakedownOutput", "The list was written to {path}. Recorded in the document register and the audit trail."
    )
    message.show_success(done.format(path=target))
    return True
