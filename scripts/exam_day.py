"""An exam day played through the room's services, for the screenshots and the document renders: a session this
morning whose six candidates were handled in the room (incidents, an end by the invigilator, an abandon)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, room, sessions
from pixdesk.services.clock import FixedClock
from pixdesk.services.demo import DEMO_CANDIDATES
from pixdesk.services.room import IncidentInput


def exam_session(db) -> tuple[int, list[int], FixedClock]:
    today = date.today()
    clock = FixedClock(datetime(today.year, today.month, today.day, 10, 0).astimezone().astimezone(timezone.utc))
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", today.isoformat(), "10:00",
                                                       "Eric Martin"), allow_past=True)
    ids = [candidates.add_candidate(db, created.id, person).id for person in DEMO_CANDIDATES]
    julie, michel, jean, malgorzata, stefan, anais = ids
    started = [julie, michel, jean, malgorzata, stefan]
    room.record_action(db, created.id, started, "present", clock=clock)
    clock.advance(timedelta(minutes=4))
    room.record_action(db, created.id, started, "start", clock=clock)
    room.record_action(db, created.id, [anais], "absent", clock=clock)
    clock.advance(timedelta(minutes=22))
    room.add_incident(db, created.id, [julie], IncidentInput("E3", question_number=12), clock=clock)
    room.add_incident(db, created.id, [jean], IncidentInput(
        "A1", description="L'ordinateur s'est éteint (batterie) ; reprise refusée après 20 minutes."), clock=clock)
    room.add_incident(db, created.id, [malgorzata], IncidentInput(
        "C1", description="Nom de naissance : Kowalska et non Kowalski."), clock=clock)
    clock.advance(timedelta(minutes=15))
    room.record_action(db, created.id, [jean], "abandon", reason="technical", clock=clock)
    clock.advance(timedelta(minutes=58))
    room.record_action(db, created.id, [julie, malgorzata], "end-screen-seen", clock=clock)
    room.record_action(db, created.id, [michel], "end", clock=clock)
    clock.advance(timedelta(minutes=6))
    room.record_action(db, created.id, [stefan], "end-screen-seen", clock=clock)
    return created.id, ids, clock


def scan_pdf() -> bytes:
    """A one-page "scanned" attendance sheet, drawn by reportlab."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    width, height = landscape(A4)
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(40, height - 60, "Feuille d'emargement - session signee")
    canvas.setFont("Helvetica", 12)
    for row in range(8):
        y = height - 120 - row * 44
        canvas.rect(40, y - 30, width - 80, 40)
        canvas.line(width - 220, y - 22, width - 80, y - 4 - (row % 3) * 4)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def photo_png() -> bytes:
    """A "photo" of a screen showing an error, drawn by Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 420), "#20252b")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 600, 380), fill="#f4f4f4")
    draw.rectangle((40, 40, 600, 90), fill="#3a6ea5")
    draw.rectangle((120, 180, 520, 260), outline="#c0392b", width=6)
    return _png(image)


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
