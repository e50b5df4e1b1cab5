"""Desktops (each its own store) signed in to the real server on 127.0.0.1; a keyring in memory."""

from __future__ import annotations

from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, centres, sessions
from pixdesk.store import open_database
from pixdesk.sync import engine
from pixdesk.sync.client import RetryPolicy

PASSWORD = "correct horse battery"
CENTRE = "Lycée Victor Hugo"
PEOPLE = [CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351", billing_mode="FREE"),
          CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172", extra_time_percentage=33,
                         billing_mode="FREE"),
          CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", "33063", billing_mode="FREE")]


class MemoryKeyring(KeyringBackend):
    """Stands for the system keyring (Secret Service, Keychain, Credential Manager)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    saved = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(saved)


def fast_options(**kwargs) -> engine.Options:
    """Short timeouts and quick retries: the faults are the same, the waits shorter."""
    kwargs.setdefault("retry", RetryPolicy(attempts=4, base=0.05, cap=0.3, deadline=15))
    kwargs.setdefault("timeout", 5.0)
    return engine.Options(**kwargs)


class Desktop:
    """One PixDesk store (a manager desktop or a room laptop)."""

    def __init__(self, path, name: str):
        self.name = name
        self.db = open_database(path)
        self.options = fast_options()

    def sign_in(self, server_url: str, email: str = "gestion@lycee.fr", password: str = PASSWORD):
        return engine.sign_in(self.db, server_url, email, password, options=self.options)

    def sync(self, **kwargs) -> engine.SyncReport:
        kwargs.setdefault("options", self.options)
        return engine.synchronise(self.db, **kwargs)

    def new_session(self, room: str = "Salle 12", people=PEOPLE) -> int:
        created = sessions.create_session(self.db, SessionInput(CENTRE, room, date.today().isoformat(), "09:00",
                                                                "Mme Martin"), allow_past=True)
        for person in people:
            candidates.add_candidate(self.db, created.id, person)
        return created.id

    def session_by_uuid(self, uuid: str):
        return next(s for s in sessions.list_sessions(self.db) if s.uuid == uuid)

    def close(self):
        self.db.close()


@pytest.fixture
def member(server):
    """The centre and its manager's account on the running server; returns the server's base URL."""
    from pixdesk.server.testing import add_member

    add_member(server.app.state.settings.database_url, "gestion@lycee.fr", PASSWORD, CENTRE)
    return server.url


@pytest.fixture
def desktops(tmp_path):
    made = []

    def make(name: str = "manager") -> Desktop:
        desktop = Desktop(tmp_path / f"{name}.sqlite", name)
        centres.update_centre(desktop.db, name=CENTRE, type="SUP")
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.close()
