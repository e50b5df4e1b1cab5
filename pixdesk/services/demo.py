"""Sample centre, sessions and candidates for `pixdesk --demo` (seed 004's Centre Testix)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import CertificationSession, utc_now
from pixdesk.services import candidates, centres, sessions
from pixdesk.services.changes import UPDATE, record_change
from pixdesk.store import Database

DEMO_CANDIDATES = [
    CandidateInput("Dupont", "Julie", "F", "1996-03-13", "France", "76351", email="julie.dupont@example.fr"),
    CandidateInput("Durand", "Michel", "M", "2001-05-06", "France", None, "33000", "Bordeaux",
                   email="michel.durand@example.fr"),
    CandidateInput("Neige", "Jean", "M", "1987-09-22", "France", "34172", email="jean.neige@example.fr",
                   extra_time_percentage=33),
    CandidateInput("Kowalska", "Małgorzata", "F", "1992-11-02", "Pologne", "99", None, "Łódź",
                   external_id="ETU-2231"),
    CandidateInput("Ionescu", "Ștefan", "M", "1999-07-19", "Roumanie", None, None, "București"),
    CandidateInput("Lefèvre", "Anaïs", "F", "2003-01-30", "France", None, "42000", "Saint-Étienne",
                   result_recipient_email="formation@example.fr", extra_time_percentage=50),
]


def seed_demo(db: Database) -> bool:
    """Fill an empty store; a store that already has sessions is left alone. Returns True if it seeded."""
    with db.session() as session:
        if session.exec(select(CertificationSession.id)).first() is not None:
            return False
    centres.update_centre(db, name="Centre Testix")
    today = date.today()
    plans = [
        ("Centre Testix", "45", today + timedelta(days=3), "10:00", "Eric Martin", None, DEMO_CANDIDATES),
        ("Centre Testix", "Salle B12", today + timedelta(days=10), "14:00", "Sophie Bernard, Karim Haddad",
         "Prévoir des casques audio.", DEMO_CANDIDATES[:3]),
        ("Annexe Vauban", "Amphi 2", today + timedelta(days=24), "09:30", "Lucie Moreau", None, []),
        ("Centre Testix", "45", today - timedelta(days=12), "10:00", "Eric Martin", None, DEMO_CANDIDATES[:4]),
    ]
    for site, room, day, time, examiner, description, people in plans:
        created = sessions.create_session(
            db, SessionInput(site, room, day.isoformat(), time, examiner, description), allow_past=True)
        for person in people:
            candidates.add_candidate(db, created.id, person)
    past = created.id
    with db.transaction() as session:
        row = sessions.load_session(session, past)
        row.finalized_at = utc_now()
        row.examiner_global_comment = "Aucun problème particulier."
        row.has_supervisor_access = True
        record_change(session, row, UPDATE, {"finalized": True})
    return True
