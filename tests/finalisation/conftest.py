"""A session whose room journal came from room actions (the same services the room view calls), ready to finalise."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, room, sessions
from pixdesk.services.clock import FixedClock
from pixdesk.services.room import IncidentInput

PEOPLE = [
    CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351"),
    CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", "33063"),
    CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172", extra_time_percentage=33),
    CandidateInput("Lefèvre", "Anaïs", "F", "2003-01-30", "France", "42218"),
]


@pytest.fixture
def clock():
    today = date.today()
    return FixedClock(datetime(today.year, today.month, today.day, 10, 0).astimezone().astimezone(timezone.utc))


@pytest.fixture
def empty_session(db):
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "10:00",
                                                       "Eric Martin"), allow_past=True)
    ids = [candidates.add_candidate(db, created.id, person).id for person in PEOPLE]
    return created.id, ids


@pytest.fixture
def exam(db, clock, empty_session):
    """The room as an invigilator left it: Julie finished (E3 on question 12), Michel was ended by the
    invigilator (no abort reason yet), Jean abandoned for a technical problem (A1), Anaïs was absent.
    Returns (session id, [candidate ids])."""
    session_id, (julie, michel, jean, anais) = empty_session
    room.record_action(db, session_id, [julie, michel, jean], "present", clock=clock)
    room.record_action(db, session_id, [julie, michel, jean], "start", clock=clock)
    room.record_action(db, session_id, [anais], "absent", clock=clock)
    clock.advance(timedelta(minutes=20))
    room.add_incident(db, session_id, [julie], IncidentInput("E3", question_number=12), clock=clock)
    room.add_incident(db, session_id, [jean], IncidentInput("A1", description="Ordinateur éteint"), clock=clock)
    clock.advance(timedelta(minutes=10))
    room.record_action(db, session_id, [jean], "abandon", reason="technical", clock=clock)
    clock.advance(timedelta(minutes=60))
    room.record_action(db, session_id, [julie], "end-screen-seen", clock=clock)
    room.record_action(db, session_id, [michel], "end", clock=clock)
    return session_id, [julie, michel, jean, anais]


# Real files to attach: a PDF written by reportlab, images written by Pillow (the tests break them as needed).


def pdf_bytes(pages: int = 2, text: str = "Feuille d'emargement signee") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(pages):
        canvas.setFont("Helvetica", 18)
        canvas.drawString(72, 760, f"{text} - page {number + 1}")
        canvas.rect(72, 300, 450, 400)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_bytes(kind: str = "PNG", size: tuple[int, int] = (320, 240), colour: str = "#3a6ea5") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


def write(folder, name: str, content: bytes):
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.fixture
def files():
    return SimpleNamespace(pdf=pdf_bytes, image=image_bytes, write=write)
