"""The certification centre this PixDesk works for (one per local store)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from pixdesk.models.candidate_rules import COMPLEMENTARY_CERTIFICATIONS, CentrePolicy
from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.tables import CertificationCenter
from pixdesk.models.text import clean
from pixdesk.services.changes import record_change
from pixdesk.store import Database

DEFAULT_CENTRE_NAME = "Mon centre de certification"
CENTRE_TYPES = ("SCO", "SUP", "PRO")


def current_centre(session: Session) -> CertificationCenter:
    """The store's centre, created on first use so a fresh install works at once."""
    centre = session.exec(select(CertificationCenter).order_by(col(CertificationCenter.id))).first()
    if centre is None:
        centre = CertificationCenter(name=DEFAULT_CENTRE_NAME)
        session.add(centre)
        record_change(session, centre, "create")
    return centre


def policy_of(centre: CertificationCenter) -> CentrePolicy:
    keys = tuple(k for k in centre.habilitations.split(",") if k)
    return CentrePolicy(type=centre.type, habilitations=keys)


def get_centre(db: Database) -> CertificationCenter:
    """The centre; read without writing when it exists, so a read-only store shows it too."""
    with db.session() as session:
        centre = session.exec(select(CertificationCenter).order_by(col(CertificationCenter.id))).first()
    if centre is not None:
        return centre
    if db.read_only:
        return CertificationCenter(name=DEFAULT_CENTRE_NAME)
    with db.transaction() as session:
        return current_centre(session)


def update_centre(db: Database, *, name: str | None = None, type: str | None = None,
                  habilitations: list[str] | None = None) -> CertificationCenter:
    problems = []
    if name is not None and clean(name) is None:
        problems.append(Problem("CENTRE_NAME_REQUIRED", "name"))
    if type is not None and type.upper() not in (*CENTRE_TYPES, "NONE", ""):
        problems.append(Problem("CENTRE_TYPE_NOT_VALID", "type", {"value": type}))
    for key in habilitations or []:
        if key.upper() not in COMPLEMENTARY_CERTIFICATIONS:
            problems.append(Problem("CANDIDATE_COMPLEMENTARY_CERTIFICATION_NOT_VALID", "habilitations", {"value": key}))
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        centre = current_centre(session)
        if name is not None:
            centre.name = clean(name) or centre.name  # a blank name was refused above
        if type is not None:
            centre.type = type.upper() if type.upper() in CENTRE_TYPES else None
        if habilitations is not None:
            centre.habilitations = ",".join(k.upper() for k in habilitations)
        record_change(session, centre, "update")
        return centre
