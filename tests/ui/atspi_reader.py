"""The screen reader's side of the AT-SPI check: run by the system python3 with pyatspi (python3-pyatspi), on
the same D-Bus session as the app. Finds the table whose accessible name is argv[1] in the accessibility tree
and prints, as JSON, its column names and each row's cells as AT-SPI gives them to Orca."""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # system package, not in the venv


def _find(node, wanted, depth=0):  # type: ignore[no-untyped-def]
    if node is None or depth > 40:
        return None
    if node.getRole() == pyatspi.ROLE_TABLE and node.name == wanted:
        return node
    for index in range(node.childCount):
        found = _find(node.getChildAtIndex(index), wanted, depth + 1)
        if found is not None:
            return found
    return None


def main(name: str, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    table = None
    while table is None and time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            table = _find(desktop.getChildAtIndex(index), name)
            if table is not None:
                break
        else:
            time.sleep(0.5)
    if table is None:
        print(json.dumps({"error": f"no table named {name!r}"}))
        return 1
    cells = table.queryTable()
    columns = []
    for column in range(cells.nColumns):
        header = cells.getColumnHeader(column)
        columns.append(header.name if header is not None else cells.getColumnDescription(column))
    rows = [[cells.getAccessibleAt(r, c).name for c in range(cells.nColumns)] for r in range(cells.nRows)]
    print(json.dumps({"table": table.name, "columns": columns, "rows": rows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
