import os

# Qt must never need a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PIXDESK_DB", None)
os.environ["PIXDESK_LANG"] = "fr"

import pytest  # noqa: E402

from pixdesk import language  # noqa: E402
from pixdesk.cli import main  # noqa: E402
from pixdesk.store import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def french_by_default():
    language.set_current("fr")
    yield
    language.set_current("fr")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "pixdesk.sqlite"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def run(db_path, capsys):
    """The `pixdesk` command in-process on the test's store: returns (exit code, stdout, stderr)."""
    def run_cli(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run_cli
