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
def user_folders(tmp_path, monkeypatch):
    """Logs and the default store go to the test's own folders, never to the real user's (Linux layout)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


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


class VersionServer:
    """A tiny central server on 127.0.0.1 answering GET /api/pixdesk/version (the update check's only request)."""

    def __init__(self):
        import json
        import threading
        import time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.latest, self.download_url, self.status, self.delay, self.body = "0.2.0", None, 200, 0.0, None
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                server.requests.append(self.path)
                time.sleep(server.delay)
                body = server.body if server.body is not None else json.dumps({"data": {
                    "type": "pixdesk-versions", "id": "desktop",
                    "attributes": {"latest": server.latest, "download-url": server.download_url}}}).encode()
                self.send_response(server.status)
                self.send_header("Content-Type", "application/vnd.api+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def version_server():
    server = VersionServer()
    yield server
    server.close()


# -- The central server (pixdesk.server), for its tests and the sync's: the real server on 127.0.0.1 and a
# random port, on a temporary SQLite file or on a private PostgreSQL cluster (started once per run).

@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():
    """Argon2 at its cheapest in tests (about 1 ms instead of 200 per hash); the server's own defaults are what the
    benchmark measures."""
    try:
        from argon2 import PasswordHasher

        from pixdesk.server import security
    except ModuleNotFoundError:
        yield
        return
    saved = security._hasher
    security._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    security._hasher = saved


@pytest.fixture(scope="session")
def postgres_cluster():
    from pixdesk.server.database import make_engine, migrate
    from pixdesk.server.testing import PostgresCluster, postgres_binaries

    if postgres_binaries() is None:
        message = "PostgreSQL server binaries are not installed (Debian package postgresql; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = PostgresCluster().start()
    engine = make_engine(cluster.create_database("pixdesk_template"))
    migrate(engine)
    engine.dispose()
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster):
    """A fresh, migrated PostgreSQL database for one test."""
    import uuid

    return postgres_cluster.create_database(f"test_{uuid.uuid4().hex[:16]}", template="pixdesk_template")


@pytest.fixture
def sqlite_server_url(tmp_path):
    return f"sqlite:///{tmp_path / 'pixdesk-server.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request, tmp_path):
    """The server's database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'pixdesk-server.sqlite'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def server(server_url):
    """The real server running on `server_url` (both backends); `.url` is its base address."""
    from pixdesk.server.testing import running_server

    with running_server(server_url) as running:
        yield running


@pytest.fixture
def sqlite_server(sqlite_server_url):
    from pixdesk.server.testing import running_server

    with running_server(sqlite_server_url) as running:
        yield running


@pytest.fixture
def postgres_server(postgres_url):
    from pixdesk.server.testing import running_server

    with running_server(postgres_url) as running:
        yield running
