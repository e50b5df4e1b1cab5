"""What the exported documents print, read from the store in one go as plain values (safe in a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import select

from pixdesk.models.candidate_rules import CentrePolicy
from pixdesk.models.tables import Candidate, CertificationCenter, CertificationSession, IncidentReport
from pixdesk.reference import geography
from pixdesk.services.candidates import CandidateRecord
from pixdesk.services.centres import policy_of
from pixdesk.services.room import RoomReport, room_report
from pixdesk.services.sessions import SessionSummary, get_session
from pixdesk.store import Database
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

_RECORD_COLUMNS = [getattr(Candidate, f.name) for f in fields(CandidateRecord)]
PROVISIONAL_NUMBER = QT_TRANSLATE_NOOP("documents", "{number} (provisoire)")


def session_number(session: SessionSummary, lang: str | None = None) -> str:
    """The number candidates type, marked provisional until the central server has given the session its own."""
    if session.number_is_provisional:
        return translate("documents", PROVISIONAL_NUMBER, lang).format(number=session.number)
    return session.number


@dataclass(frozen=True)
class IncidentLine:
    """One recorded incident as the PV d'incident prints it."""

    candidate_name: str
    code: str
    question_number: int | None
    description: str | None


@dataclass(frozen=True)
class SessionExport:
    session: SessionSummary
    centre_name: str
    policy: CentrePolicy
    candidates: list[CandidateRecord]
    incidents: list[IncidentLine]
    # The room's record (the journal folded), for the versions printed filled after the exam; None for blanks.
    room: RoomReport | None = None

    @property
    def filled(self) -> bool:
        return self.room is not None


def load_session_export(db: Database, session_id: int, *, with_room: bool = False) -> SessionExport:
    """Raises the NotFoundError of `get_session` for an unknown session."""
    summary = get_session(db, session_id)
    room = room_report(db, session_id) if with_room else None
    with db.session() as session:
        row = session.get(CertificationSession, session_id)
        centre = session.get(CertificationCenter, row.certification_center_id)
        # Plain column rows, not ORM objects: ten times faster for a 10,000-candidate list.
        candidate_rows = session.execute(
            select(*_RECORD_COLUMNS).where(Candidate.session_id == session_id).order_by(Candidate.id)
        ).all()
        incident_rows = session.execute(
            select(Candidate.first_name, Candidate.last_name, IncidentReport.code, IncidentReport.question_number,
                   IncidentReport.description)
            .select_from(IncidentReport)
            .outerjoin(Candidate, IncidentReport.candidate_id == Candidate.id)
            .where(IncidentReport.session_id == session_id)
            .order_by(IncidentReport.occurred_at, IncidentReport.id)
        ).all()
        return SessionExport(
            session=summary,
            centre_name=centre.name,
            policy=policy_of(centre),
            candidates=[CandidateRecord(*values) for values in candidate_rows],
            incidents=[
                IncidentLine(" ".join(part for part in (first, last) if part), code, number, description)
                for first, last, code, number, description in incident_rows
            ],
            room=room,
        )


# Seed 004's sheet shows 10:00-12:00: a two-hour slot, which extra time lengthens for the slowest candidate.
SESSION_SLOT_MINUTES = 120


def end_time(start: str, candidates: list[CandidateRecord]) -> str:
    """The latest planned end: the slot plus the largest extra time in the list, rounded up to 5 minutes."""
    extra = max((c.extra_time_percentage or 0 for c in candidates), default=0)
    minutes = -(-SESSION_SLOT_MINUTES * (100 + extra) // 100)
    minutes = -(-minutes // 5) * 5
    begin = datetime.strptime(start, "%H:%M")
    return (begin + timedelta(minutes=minutes)).strftime("%H:%M")


_OVERSEAS = ("97", "98")  # overseas departments and collectivities have 3-character codes


def department_code(candidate: CandidateRecord) -> str:
    """The birth department as the 2021 sheet printed it: 2 characters, 3 overseas, 2A/2B, 99 abroad."""
    insee = candidate.birth_insee_code
    if insee:
        if insee.startswith("99"):
            return "99"
        return insee[:3] if insee[:2] in _OVERSEAS else insee[:2]
    postal = candidate.birth_postal_code
    if not postal:
        return ""
    commune = geography.match_postal_code_city(postal, candidate.birth_city or "")
    if commune is not None:
        return commune.department
    return postal[:3] if postal[:2] in _OVERSEAS else postal[:2]
