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
