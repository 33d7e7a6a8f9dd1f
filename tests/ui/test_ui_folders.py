"""The UI's folders keep the directions ARCHITECTURE.md's map gives them.

ui/common is the toolkit every screen imports, so it imports no screen (nor the window or a workspace); the
case screens in ui/cases are hosted by the workspace alone; the parts in ui/shell belong to the main window.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "onestop_desktop" / "ui"


def _ui_imports(path: Path) -> set[str]:
    """The modules of onestop_desktop.ui that `path` imports, as paths below ui/ ("cases.page", "workspace")."""
    package = path.relative_to(UI).parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = list(package[: len(package) - (node.level - 1)]) if node.level > 1 else list(package)
            if node.level - 1 > len(package):
                continue  # above ui/: domain, services, ...
            target = [*base, *(node.module.split(".") if node.module else [])]
            found.add(".".join(target))
    return found


def _importers_of(folder: str) -> set[str]:
    """The top-level names below ui/ (a folder or a module) that import something from ui/<folder>."""
    importers = set()
    for path in UI.rglob("*.py"):
        top = path.relative_to(UI).parts[0].removesuffix(".py")
        if top != folder and any(m == folder or m.startswith(folder + ".") for m in _ui_imports(path)):
            importers.add(top)
    return importers


def test_common_imports_no_screen() -> None:
    allowed = {"common", "errors", "style"}
    offending = {
        f"{path.relative_to(UI)} imports ui.{module}"
        for path in (UI / "common").rglob("*.py")
        for module in _ui_imports(path)
        if module.split(".")[0] not in allowed
    }
    assert not offending, sorted(offending)


def test_case_screens_are_hosted_by_the_workspace_only() -> None:
    assert _importers_of("cases") == {"workspace"}


def test_shell_belongs_to_the_main_window() -> None:
    assert _importers_of("shell") == {"main_window"}
