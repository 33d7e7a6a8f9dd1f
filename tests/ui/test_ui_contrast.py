"""Colours meet WCAG AA and are never the only signal.

Contrast: every style-sheet rule in ui/ that sets a text colour, against its own background or (without one)
against each of the app's backgrounds; the tables' text colours against the rows' plain and alternate base;
the tables' cell backgrounds against the text drawn on them. 4.5:1 at least (disabled controls are exempt).
Signals: a red cell carries a warning icon and says 주의 to a screen reader."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from onestop_desktop.services.vault import Vault
from onestop_desktop.ui.calendar import week_model
from onestop_desktop.ui.common.alert_mark import MUTED, WARNING
from onestop_desktop.ui.i18n import Translators
from onestop_desktop.ui.models import attendance_model, case_list_model, figure_table_model
from onestop_desktop.ui.style import apply_style

from .case_data import Cases
from .cases_ui import names, open_workspace
from .helpers import ADMIN, ADMIN_PASS, WindowFactory

UI = Path(__file__).resolve().parents[2] / "src" / "onestop_desktop" / "ui"
APP_BACKGROUNDS = ("#ffffff", "#f4f6f9", "#eef1f6")  # cards and fields, windows and dialogs, the workspace
RULE = re.compile(r"([^{}\"]*)\{([^{}]*)\}")
COLOUR = r"(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|white|black)"
AA = 4.5


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula() -> None:
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("#ffffff")), 2) == 4.48  # the classic just-failing grey


def style_sheet_pairs() -> list[tuple[str, QColor, QColor]]:
    pairs = []
    for path in sorted(UI.rglob("*.py")):
        for match in RULE.finditer(path.read_text("utf-8")):
            selector = (match.group(1).strip().splitlines() or [""])[-1].strip()
            body = match.group(2)
            text = re.search(r"(?<![-\w])color:\s*" + COLOUR, body)
            if text is None or ":disabled" in selector:
                continue
            background = re.search(r"background:\s*" + COLOUR, body)
            for ground in [background.group(1)] if background else APP_BACKGROUNDS:
                pairs.append((f"{path.name}: {selector}", QColor(text.group(1)), QColor(ground)))
    return pairs


def test_style_sheets_meet_aa() -> None:
    pairs = style_sheet_pairs()
    assert len(pairs) > 40  # the scan found the style sheets
    low = [f"{where} {fg.name()} on {bg.name()}: {contrast(fg, bg):.2f}" for where, fg, bg in pairs]
    low = [line for line, (_, fg, bg) in zip(low, pairs, strict=True) if contrast(fg, bg) < AA]
    assert not low, "\n".join(low)


def test_table_colours_meet_aa(qtbot: QtBot) -> None:
    apply_style(QApplication.instance())  # type: ignore[arg-type]
    palette = QApplication.palette()
    rows = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase))
    text_colours = {"WARNING": WARNING, "MUTED": MUTED, "figure FLAG": figure_table_model.FLAG}
    for name, colour in text_colours.items():
        for row in rows:
            assert contrast(colour, row) >= AA, f"{name} {colour.name()} on {row.name()}"
    cell_grounds = [*attendance_model._COLORS.values(), week_model._CONFLICT, week_model._TODAY]
    for ground in cell_grounds:
        assert contrast(palette.color(QPalette.ColorRole.Text), ground) >= AA, ground.name()
    assert case_list_model.WARNING is WARNING  # the list uses the shared colour, checked above


def test_red_cells_also_carry_an_icon_and_a_word(
    qtbot: QtBot, center: tuple[Vault, Cases], make_window: WindowFactory, korean: Translators
) -> None:
    vault, cases = center
    _, workspace = open_workspace(qtbot, make_window, vault, ADMIN, ADMIN_PASS)
    model = workspace.list_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=3000)
    critical = model.index(names(workspace).index("김철수"), 4)
    assert critical.data() == "위험 매우 높음"
    assert critical.data(Qt.ItemDataRole.DecorationRole) is not None
    overdue = model.index(names(workspace).index("김영희"), 8)
    assert overdue.data() == "1 (지남 1)" and overdue.data(Qt.ItemDataRole.DecorationRole) is not None
    calm = model.index(names(workspace).index("김영희"), 1)
    assert calm.data(Qt.ItemDataRole.DecorationRole) is None

    view = workspace.open_case(cases.kim)
    assert view is not None
    followups = view.followups.model
    red = [
        followups.index(r, c)
        for r in range(followups.rowCount())
        for c in range(followups.columnCount())
        if followups.index(r, c).data(Qt.ItemDataRole.ForegroundRole) is not None
        and followups.index(r, c).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING
    ]
    assert red, "the seeded overdue follow-up is not shown in red"
    first = min(red, key=lambda i: (i.row(), i.column()))
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).endswith("(주의)")
