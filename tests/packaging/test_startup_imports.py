"""`pixdesk --version` and `--help` answer without loading the store, Qt or reportlab; a store command loads the
store but not the PDF or spreadsheet libraries. Measured in a fresh interpreter, since pytest has them loaded."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "reportlab", "PySide6", "shiboken6", "odf", "python_calamine", "openpyxl",
         "httpx", "keyring", "pixdesk.store", "pixdesk.services", "pixdesk.ui")


def loaded_after(argv: list[str], tmp_path, printed: list[str] | None = None) -> set[str]:
    code = ("import json, sys\nfrom pixdesk.cli import main\n"
            "try:\n    main(json.loads(sys.argv[1]))\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(sorted(sys.modules)), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, json.dumps(argv)], capture_output=True, text=True,
                            cwd=ROOT, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PIXDESK_LANG": "fr"})
    modules = json.loads(result.stderr.strip().splitlines()[-1])
    if printed is not None:
        printed.append(result.stdout)
    return {name for name in HEAVY for module in modules if module == name or module.startswith(name + ".")}


def test_version_and_help_load_nothing_heavy(tmp_path):
    assert loaded_after(["--version"], tmp_path) == set()
    assert loaded_after(["--help"], tmp_path) == set()
    assert loaded_after(["session", "--help"], tmp_path) == set()


def test_the_session_list_reads_the_store_without_the_orm(tmp_path):
    """The list is read straight from the driver: SQLAlchemy and SQLModel were most of the command's time."""
    store = str(tmp_path / "s.sqlite")
    loaded_after(["--db", store, "session", "create", "--site", "Lycée", "--room", "B12", "--date", "2099-01-12",
                  "--time", "09:00", "--examiner", "Eric"], tmp_path)
    printed: list[str] = []
    loaded = loaded_after(["--db", store, "session", "list", "--json"], tmp_path, printed)
    assert [(s["site"], s["room"], s["date"]) for s in json.loads(printed[0])] == [("Lycée", "B12", "2099-01-12")]
    assert {"pixdesk.store", "pixdesk.services"} <= loaded
    assert loaded.isdisjoint({"sqlalchemy", "sqlmodel", "reportlab", "PySide6", "odf", "python_calamine", "openpyxl",
                              "httpx", "pixdesk.ui"})


def test_a_change_loads_the_orm_but_no_document_library(tmp_path):
    loaded = loaded_after(["--db", str(tmp_path / "s.sqlite"), "session", "create", "--site", "Lycée", "--room",
                           "B12", "--date", "2099-01-12", "--time", "09:00", "--examiner", "Eric"], tmp_path)
    assert {"sqlalchemy", "sqlmodel", "pixdesk.store", "pixdesk.services"} <= loaded
    assert loaded.isdisjoint({"reportlab", "PySide6", "odf", "python_calamine", "openpyxl", "httpx", "pixdesk.ui"})


def test_export_help_names_every_document_kind():
    from pixdesk.cli.export_commands import HELP
    from pixdesk.documents.exports import KINDS

    assert tuple(HELP) == KINDS


def test_a_windowed_build_without_streams_still_answers(tmp_path):
    """PyInstaller's windowed Windows exe has sys.stdout = sys.stderr = None; --json must not crash there."""
    code = "import sys\nsys.stdout = sys.stderr = None\nfrom pixdesk.__main__ import main\nsys.exit(main())"
    result = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "s.sqlite"), "session", "list",
                             "--json"], capture_output=True, text=True, cwd=ROOT,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")  # its output went nowhere, quietly
