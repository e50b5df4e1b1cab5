"""`pixdesk-server` as an administrator runs it: through the interpreter, on real SQLite and PostgreSQL."""

import json
import os
import subprocess
import sys

import httpx
import pytest

from pixdesk.server.database import current_revision, head_revision, make_engine


def pixdesk_server(*args, password=None, database=None):
    env = {**os.environ, "PIXDESK_LANG": "fr"}
    env.pop("PIXDESK_SERVER_PASSWORD", None)
    if password is not None:
        env["PIXDESK_SERVER_PASSWORD"] = password
    command = [sys.executable, "-m", "pixdesk.server", *args]
    if database:
        command += ["--database", database]
    return subprocess.run(command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60)


def test_centre_and_user_commands(server_url):
    done = pixdesk_server("migrate", database=server_url)
    assert done.returncode == 0, done.stderr
    assert current_revision(make_engine(server_url)) == head_revision()
    centre = pixdesk_server("centre", "add", "Lycée Hugo", "--type", "sco", "--json", database=server_url)
    assert centre.returncode == 0, centre.stderr
    assert json.loads(centre.stdout) == {"id": 1, "uuid": json.loads(centre.stdout)["uuid"], "name": "Lycée Hugo",
                                         "type": "SCO", "habilitations": []}
    again = pixdesk_server("centre", "add", "Lycée Hugo", database=server_url)
    assert again.returncode == 2 and again.stderr.strip() == "NAME : un centre « Lycée Hugo » existe déjà."
    user = pixdesk_server("user", "add", "Gestion@Lycee.fr", "--centre", "Lycée Hugo", "--json",
                          password="s3cret-pass", database=server_url)
    assert json.loads(user.stdout) == {"id": 1, "email": "gestion@lycee.fr", "centre_id": 1}
    no_password = pixdesk_server("user", "add", "x@lycee.fr", "--centre", "Lycée Hugo", database=server_url)
    assert no_password.returncode == 2 and "PIXDESK_SERVER_PASSWORD" in no_password.stderr
    unknown = pixdesk_server("user", "add", "x@lycee.fr", "--centre", "Nulle part", password="s3cret-pass",
                             database=server_url)
    assert unknown.returncode == 2 and unknown.stderr.startswith("--centre : aucun centre « Nulle part »")
    assert "Traceback" not in unknown.stderr
    listed = pixdesk_server("centre", "list", "--json", database=server_url)
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Lycée Hugo"]


def test_run_serves_and_password_change_signs_out(sqlite_server_url):
    database = sqlite_server_url
    pixdesk_server("centre", "add", "Centre A", database=database)
    pixdesk_server("user", "add", "a@example.org", "--centre", "Centre A", password="first-pass", database=database)
    process = subprocess.Popen([sys.executable, "-m", "pixdesk.server", "--database", database, "run", "--port",
                                "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("Serveur PixDesk : http://127.0.0.1:"), line
        url = line.split()[3]
        form = {"grant_type": "password", "username": "a@example.org", "password": "first-pass",
                "scope": "pix-certif"}
        tokens = httpx.post(f"{url}/api/token", data=form).json()
        assert httpx.get(f"{url}/api/certification-centers/1/changes",
                         headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 200
        changed = pixdesk_server("user", "password", "a@example.org", password="second-pass", database=database)
        assert changed.returncode == 0
        assert httpx.get(f"{url}/api/certification-centers/1/changes",
                         headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code == 401
        refresh = httpx.post(f"{url}/api/token", data={"grant_type": "refresh_token", "scope": "pix-certif",
                                                       "refresh_token": tokens["refresh_token"]})
        assert refresh.status_code == 401
        assert httpx.post(f"{url}/api/token", data={**form, "password": "second-pass"}).status_code == 200
        removed = pixdesk_server("user", "remove", "a@example.org", "--centre", "Centre A", database=database)
        assert removed.returncode == 0
        refused = httpx.post(f"{url}/api/token", data={**form, "password": "second-pass"})
        assert refused.status_code == 403
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=20)
    assert "second-pass" not in errors and "first-pass" not in errors


def test_unreachable_database_and_bad_urls_are_one_line(tmp_path):
    down = pixdesk_server("migrate", database="postgresql://nobody@127.0.0.1:1/none")
    assert down.returncode == 1 and down.stderr.startswith("Base de données inaccessible (postgresql+psycopg://")
    assert "Traceback" not in down.stderr and len(down.stderr.strip().splitlines()) == 1
    bad = pixdesk_server("migrate", database="mysql://x/y")
    assert bad.returncode == 2 and bad.stderr.startswith("--database : adresse non prise en charge")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_build_exactly_the_declared_schema(backend, sqlite_server_url, request):
    """What Alembic's revisions build equals pixdesk/server/schema.py (autogenerate finds nothing to add)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from pixdesk.server.database import migrate
    from pixdesk.server.schema import metadata

    url = sqlite_server_url if backend == "sqlite" else request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrading_from_the_first_revision_keeps_every_row(backend, sqlite_server_url, request):
    """A server database made by revision 0001 and holding a journal event is upgraded to head without loss."""
    from alembic import command
    from sqlalchemy import text

    from pixdesk.server.database import alembic_config, migrate

    url = sqlite_server_url if backend == "sqlite" else request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    with engine.connect() as conn:
        if backend == "postgresql":  # the template database is at head already: start again from nothing
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            conn.commit()
        command.upgrade(alembic_config(conn), "0001")
        conn.commit()
        conn.execute(text("INSERT INTO certification_center (id, uuid, name, habilitations, change_seq, created_at) "
                          "VALUES (1, 'c', 'Centre', '', 0, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO certification_session (id, uuid, certification_center_id, address, room, "
                          "date, time, examiner, access_code, invigilator_password, version, created_at, updated_at, "
                          "has_incident, has_joining_issue, has_supervisor_access) VALUES (1, 's', 1, 'a', 'r', "
                          "'2030-01-01', '09:00', 'e', 'BCDF23', 'k3KrG!', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                          "false, false, false)"))
        conn.execute(text("INSERT INTO journal_event (uuid, session_id, kind, data, recorded_at, sequence, hash, "
                          "device, received_at, after_finalization) VALUES ('e', 1, 'room_opened', '{}', "
                          "'2030-01-01T08:00:00+00:00', 1, 'h', 'chain-a', CURRENT_TIMESTAMP, false)"))
        conn.commit()
    assert migrate(engine) == head_revision()
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT uuid, device, sequence, hash, previous_hash FROM journal_event")).all()
    assert [tuple(r) for r in rows] == [("e", "chain-a", 1, "h", None)]


def test_purge_forgets_old_idempotency_keys_and_expired_tokens_only(server_url):
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import func, insert, select

    from pixdesk.server import schema

    pixdesk_server("centre", "add", "Centre A", database=server_url)
    pixdesk_server("user", "add", "a@example.org", "--centre", "Centre A", password="first-pass",
                   database=server_url)
    engine = make_engine(server_url)
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        user_id = conn.execute(select(schema.user.c.id)).scalar_one()
        for key, age in (("old", 120), ("recent", 40)):
            conn.execute(insert(schema.idempotency_record).values(
                user_id=user_id, key=key, fingerprint="f" * 64, status=201, created_at=now - timedelta(days=age)))
        for token_id, expires in ((1, now - timedelta(days=100)), (2, now + timedelta(days=20))):
            conn.execute(insert(schema.refresh_token).values(id=token_id, token_hash=f"r{token_id}", user_id=user_id,
                                                             created_at=now - timedelta(days=130), expires_at=expires))
        for token_hash, expires in (("expired", now - timedelta(hours=1)), ("live", now + timedelta(hours=1))):
            conn.execute(insert(schema.access_token).values(token_hash=token_hash, user_id=user_id,
                                                            refresh_token_id=2, expires_at=expires))
    too_soon = pixdesk_server("purge", "--older-than", "7", database=server_url)
    assert too_soon.returncode == 2 and too_soon.stderr.startswith("--older-than : au moins 30 jours.")
    done = pixdesk_server("purge", "--json", database=server_url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"older_than_days": 90, "idempotency_records": 1, "access_tokens": 1,
                                       "refresh_tokens": 1}
    with engine.connect() as conn:
        assert conn.execute(select(schema.idempotency_record.c.key)).scalars().all() == ["recent"]
        assert conn.execute(select(schema.access_token.c.token_hash)).scalars().all() == ["live"]
        assert conn.execute(select(func.count()).select_from(schema.refresh_token)).scalar_one() == 1
    again = pixdesk_server("purge", database=server_url)
    assert again.returncode == 0 and again.stdout.startswith("Effacés : 0 clés d'idempotence de plus de 90 jours")
