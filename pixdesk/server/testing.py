"""Running the real server for tests and benchmarks: in a thread on 127.0.0.1 and a random port, on a SQLite file
or on a throwaway PostgreSQL cluster started with Debian's binaries (as the `postgres` user when run as root,
since PostgreSQL refuses to run as root).

    with PostgresCluster() as cluster:                  # initdb + pg_ctl start; stopped and removed on exit
        url = cluster.create_database("t1")            # postgresql://postgres@127.0.0.1:PORT/t1
        with running_server(url) as server:            # migrated, listening; server.url, server.app
            ...

`add_member(url, email, password, centre)` creates a centre and a user in it, as `pixdesk-server` would."""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from pixdesk.server import schema
from pixdesk.server.config import Settings
from pixdesk.server.database import make_engine, migrate, write_transaction
from pixdesk.server.security import hash_password, utc_now

POSTGRES_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


@dataclass
class RunningServer:
    url: str
    app: object
    engine: object
    thread: threading.Thread
    server: object


@contextmanager
def running_server(database_url: str, settings: Settings | None = None, *, host: str = "127.0.0.1"):
    """The real app on uvicorn in a daemon thread, on a port the OS picks (no race: the socket is bound first)."""
    import uvicorn

    from pixdesk.server.api import create_app

    settings = settings or Settings(database_url=database_url)
    engine = make_engine(database_url)
    migrate(engine)
    app = create_app(settings, engine=engine)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    try:
        yield RunningServer(f"http://{host}:{port}", app, engine, thread, server)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        engine.dispose()


def add_member(database_url: str, email: str, password: str, centre: str, centre_type: str | None = "SUP",
               habilitations: str = "") -> tuple[int, int]:
    """(centre id, user id): the centre is created if new, the user too (else only the membership is added)."""
    engine = make_engine(database_url)
    C, U, M = schema.certification_center, schema.user, schema.membership
    try:
        migrate(engine)
        with write_transaction(engine) as conn:
            centre_id = conn.execute(select(C.c.id).where(C.c.name == centre)).scalar()
            if centre_id is None:
                centre_id = conn.execute(insert(C).values(uuid=str(uuid.uuid4()), name=centre, type=centre_type,
                                                          habilitations=habilitations, created_at=utc_now())
                                         .returning(C.c.id)).scalar_one()
            user_id = conn.execute(select(U.c.id).where(U.c.email == email)).scalar()
            if user_id is None:
                user_id = conn.execute(insert(U).values(email=email, password_hash=hash_password(password),
                                                        created_at=utc_now(), password_changed_at=utc_now())
                                       .returning(U.c.id)).scalar_one()
            conn.execute(insert(M).values(user_id=user_id, certification_center_id=centre_id, created_at=utc_now()))
        return centre_id, user_id
    finally:
        engine.dispose()


def postgres_binaries() -> Path | None:
    """Debian's PostgreSQL binaries (postgresql-NN), newest first; None when not installed."""
    for directory in POSTGRES_BIN_DIRS:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found else None


def runuser() -> str:
    """util-linux's runuser lives in sbin, which a bare PATH (CI's) does not list."""
    for candidate in (shutil.which("runuser"), "/usr/sbin/runuser", "/sbin/runuser"):
        if candidate and Path(candidate).exists():
            return candidate
    raise FileNotFoundError("runuser (util-linux) is needed to start PostgreSQL as its own user")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresCluster:
    """A private PostgreSQL cluster (trust auth, 127.0.0.1 only, fsync off: test data only), in a folder of its
    own under the system's temporary folder, removed when it stops. Not under pytest's temporary folders: pytest
    makes those private to their owner at each run, and the postgres user must reach its data."""

    def __init__(self, *, max_connections: int = 300):
        self.bin = postgres_binaries()
        if self.bin is None:
            raise FileNotFoundError("PostgreSQL server binaries (Debian package postgresql) are not installed")
        self.root = Path(tempfile.mkdtemp(prefix="pixdesk-postgres-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.max_connections = max_connections
        self.as_user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *command: str) -> None:
        prefix = [runuser(), "-u", self.as_user, "--"] if self.as_user else []
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.root / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{Path(command[0]).name} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")

    def start(self) -> "PostgresCluster":
        if self.as_user:
            entry = pwd.getpwnam(self.as_user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
                   f"-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   f"-c max_connections={self.max_connections}")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "-t", "60", "start")
        # A test run that is interrupted still stops its cluster (a leftover one would keep its shared memory).
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except (RuntimeError, subprocess.SubprocessError):
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def __enter__(self) -> "PostgresCluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
