"""The application's look: Fusion plus a calm, high-contrast palette and a few named styles."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .wheel_guard import install_wheel_guard, suspend_wheel_guard

STYLE_SHEET = """
QMainWindow, QDialog, QWizard { background: #f4f6f9; }
#gateBackground, #workspace { background: #eef1f6; }
QFrame#card { background: #ffffff; border: 1px solid #d5dbe5; border-radius: 10px; }
QLabel#cardTitle { font-size: 13pt; font-weight: bold; color: #1f2d3d; }
QLabel#brand { font-size: 22pt; font-weight: bold; color: #1d4e89; }
QLabel#brandSubtitle { color: #4a5a6d; }
QLabel#pageTitle { font-size: 16pt; font-weight: bold; color: #1f2d3d; }
QLabel#muted, QLabel#footer { color: #5b6878; }
QLabel#roleBadge { background: #e3ecf8; color: #1d4e89; border-radius: 9px; padding: 2px 10px; }
QLabel[tone="error"] { color: #9b1c1c; background: #fdecec; border: 1px solid #f3c1c1; border-radius: 6px; }
QLabel[tone="info"] { color: #1f3f66; background: #eaf2fc; border: 1px solid #c4d8f0; border-radius: 6px; }
QLabel[tone="success"] { color: #1e5631; background: #e8f5ec; border: 1px solid #b9dfc4; border-radius: 6px; }
QLabel#recoveryKey { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 17pt;
                     font-weight: bold; color: #111; background: #fffbe6; border: 2px dashed #c9a227;
                     border-radius: 8px; padding: 16px; }
QPushButton#primary { background: #1d4e89; color: white; border: 1px solid #173f6f;
                      border-radius: 6px; padding: 7px 18px; font-weight: bold; }
QPushButton#primary:hover { background: #245ea3; }
QPushButton#primary:disabled { background: #9aaec6; border-color: #8aa0ba; color: #eef2f7; }
QPushButton#link { border: none; color: #1d4e89; text-decoration: underline; padding: 2px; background: transparent; }
QStatusBar QLabel { padding: 0 8px; }
QLabel#fieldError { color: #b3261e; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; }
QLabel#sectionTitle { font-weight: bold; color: #1f2d3d; }
QLabel#caseTitle { font-size: 14pt; font-weight: bold; color: #1f2d3d; }
QLabel#riskBadge { background: #eef1f6; color: #3b4a5c; border-radius: 9px; padding: 2px 10px; }
QLabel#riskBadge[alert="true"] { background: #fdecec; color: #9b1c1c; font-weight: bold; }
QLabel#demoMarker { background: #c2410c; color: white; font-weight: bold; border-radius: 4px; padding: 1px 8px; }
QWidget#saveBar { background: #fff8e1; border-top: 1px solid #e6d28a; }
QWidget#demoSplash { background: #ffffff; border: 1px solid #d5dbe5; }
QLabel#demoSplashText { font-size: 12pt; }
QLabel#caseCount { font-weight: bold; color: #1f2d3d; }
QLabel#caseCount[stale="true"] { color: #5b6878; }
"""
# Padding of the toned message labels: given as contents margins, because QLabel's
# height-for-width ignores style-sheet padding and a wrapped message would be cut off.
TONE_MARGINS = (11, 7, 11, 7)


def apply_style(app: QApplication) -> None:
    if app.styleSheet() != STYLE_SHEET:  # once per application: restyling re-polishes every widget there is
        suspend_wheel_guard(app)
        app.setStyle("Fusion")
        app.setStyleSheet(STYLE_SHEET)
    install_wheel_guard(app)
