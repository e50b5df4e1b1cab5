"""Qt lives only under pixdesk/ui: the domain, store, documents and sync stay usable without a display."""

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "pixdesk"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {n}" for n in names
                  if n.split(".")[0] in QT_MODULES]
    return found


def test_no_module_outside_ui_imports_qt():
    offenders = [hit for path in PACKAGE.rglob("*.py") if "ui" not in path.relative_to(PACKAGE).parts[:1]
                 for hit in qt_imports(path)]
    assert offenders == []


def test_the_check_itself_sees_qt_imports(tmp_path):
    sample = PACKAGE / "ui"
    assert any(qt_imports(p) for p in sample.rglob("*.py")), "the UI imports Qt, so the walker must find it"


def test_importing_the_domain_loads_no_qt():
    code = ("import sys, pixdesk.cli, pixdesk.services.candidates, pixdesk.services.demo, pixdesk.store; "
            "import pixdesk.documents, pixdesk.reference.geography; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_import_linter_contracts_hold():
    # Through this interpreter's import-linter (a test dependency), never whatever `lint-imports` is on PATH.
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    # Qt only in ui, the server on the shared rules only, the desktop free of the server's packages (and more).
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", result.stdout)
    assert kept and int(kept.group(1)) >= 4, result.stdout
    assert "Layers: data flows one way" in result.stdout and " BROKEN" not in result.stdout
