"""Every window and dialog fits a 1366x768 screen (1366x728 without the taskbar) with demo data, and no label is
cut off without its full text in a tooltip. The windows are those of `window_catalog.CATALOG`; a meta-test fails
when a window class of the app is not in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from onestop_desktop.ui.common.elided_label import ElidedLabel
from onestop_desktop.ui.common.tables import record_table
from onestop_desktop.ui.dialog_fit import TITLE_BAR, size_within_screen
from onestop_desktop.ui.i18n import Translators, register_fonts

from .window_catalog import (
    CATALOG,
    FULL_SCREEN,
    LONG_NAME,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    WINDOW_HEIGHT,
    Tour,
    demo_tour,
    oversized,
    settle,
)
from .window_catalog import window_classes as app_window_classes

TAGS = re.compile(r"<[^>]+>")
MNEMONIC = re.compile(r"&(.)")


def test_every_window_class_of_the_app_is_in_the_catalog() -> None:
    classes = app_window_classes()
    covered = {class_name for class_name, _ in CATALOG.values()}
    assert len(classes) >= 50, sorted(classes)  # the walk found the app's dialogs, not a handful
    missing = sorted(set(classes) - covered)
    assert not missing, f"add these windows to tests/ui/window_catalog.py CATALOG: {missing}"
    stale = sorted(covered - set(classes))
    assert not stale, f"CATALOG names classes that no longer exist: {stale}"


def test_the_meta_check_sees_a_new_dialog() -> None:
    """A QDialog subclass defined in any ui module is found by the walk (so a new one fails the test above)."""
    from PySide6.QtWidgets import QDialog

    import onestop_desktop.ui.dialogs.about_dialog as module

    class BrandNewDialog(QDialog):
        pass

    BrandNewDialog.__module__ = module.__name__
    module.BrandNewDialog = BrandNewDialog  # type: ignore[attr-defined]
    try:
        assert "BrandNewDialog" in app_window_classes()
    finally:
        del module.BrandNewDialog  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def tour(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tour]:
    font = QFont(QApplication.font())
    register_fonts()  # Korean glyphs measured as the app measures them
    translators = Translators("ko")
    try:
        with demo_tour(Path(tmp_path_factory.mktemp("fit"))) as opened:
            opened.window.resize(SCREEN_WIDTH, WINDOW_HEIGHT)
            settle()
            yield opened
    finally:
        translators.remove()
        Translators("en")
        QApplication.setFont(font)


def cut_labels(window: QWidget) -> list[str]:
    """Visible labels whose text does not fit and that have no tooltip with the full text."""
    found: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.window() is not window or not label.text():
            continue
        if isinstance(label, ElidedLabel):
            if label.shown_text() != label.full_text() and label.full_text() not in label.toolTip():
                found.append(f"{label.objectName()}: {label.text()!r} elided without a tooltip")
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and TAGS.search(label.text()) is not None
        )
        text = TAGS.sub("", label.text().replace("<br>", "\n")) if rich else label.text()
        if label.buddy() is not None or label.textFormat() != Qt.TextFormat.RichText:
            text = MNEMONIC.sub(r"\1", text)  # "&N" shows as an underlined N
        room = label.contentsRect()
        if label.wordWrap():
            wanted = label.heightForWidth(label.width())
            if wanted > label.height() + 2 and not label.toolTip():
                found.append(f"{label.objectName()}: {text[:40]!r} needs {wanted} px height, has {label.height()}")
            continue
        if rich or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
        ellipsis = "…" in text.rstrip("…")
        if (widest > room.width() + 1 or ellipsis) and not label.toolTip():
            found.append(f"{label.objectName()}: {text[:40]!r} needs {widest} px, has {room.width()}")
    return found


@pytest.mark.parametrize("name", list(CATALOG))
def test_window_fits_a_1366x768_screen(tour: Tour, name: str) -> None:
    _class_name, opener = CATALOG[name]
    try:
        window = opener(tour)
        settle()
        if window.layout() is not None:
            window.layout().activate()  # the sizes the user sees, not those before the first layout pass
        QTest.qWait(20)
        if name not in FULL_SCREEN:
            assert not oversized(window), f"{name} is larger than {SCREEN_WIDTH}x{SCREEN_HEIGHT}: {oversized(window)}"
        assert not cut_labels(window), f"{name}: labels cut off without a tooltip: {cut_labels(window)}"
    finally:
        tour.close_windows()


def test_cut_labels_finds_labels_cut_off_without_a_tooltip(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plain = QLabel(LONG_NAME, window)
    plain.setObjectName("plain")
    with_tip = QLabel(LONG_NAME, window)
    with_tip.setToolTip(LONG_NAME)
    elided = ElidedLabel(LONG_NAME, window)
    wrapped = QLabel("두 비밀번호가 서로 다릅니다. " * 8, window)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    for label in (plain, with_tip, elided, wrapped):
        label.setMinimumWidth(0)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(label)
    window.resize(200, 120)
    window.show()
    qtbot.waitExposed(window)
    found = cut_labels(window)
    assert [line.split(":")[0] for line in found] == ["plain", "wrapped"], found
    assert elided.shown_text().endswith("…") and elided.toolTip() == LONG_NAME and elided.text() == LONG_NAME


def test_a_cut_off_table_cell_shows_its_whole_text_as_a_tooltip(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem(LONG_NAME))
    model.setItem(0, 1, QStandardItem("짧음"))
    host = QWidget()
    qtbot.addWidget(host)
    table = record_table(host, "t", "표", model)
    table.setColumnWidth(0, 120)
    host.resize(400, 120)
    table.resize(400, 120)
    host.show()
    qtbot.waitExposed(host)

    def tip_at(column: int) -> str:
        QToolTip.hideText()
        point = table.visualRect(model.index(0, column)).center()
        event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tip_at(1) == ""  # it fits: no tooltip
    assert tip_at(0) == LONG_NAME


def test_a_window_is_sized_within_a_small_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    size_within_screen(window, 1280, 680, QSize(1024, 560))  # a netbook with a taskbar
    assert (window.width(), window.height()) == (1024, 560 - TITLE_BAR)
    size_within_screen(window, 1280, 680, QSize(1536, 824))  # 125 % of 1920x1080
    assert (window.width(), window.height()) == (1280, 680)
