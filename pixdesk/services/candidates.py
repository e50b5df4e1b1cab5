"""Enrolling candidates in a session, one by one or as a whole list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any
from datetime import date, datetime, timezone

from sqlalchemy import delete
from sqlmodel import Session, col, select

from pixdesk.models.candidate_rules import (
    VALUE_FIELDS, CandidateInput, CandidateValues, birth_city_name, validate_candidate,
)
from pixdesk.models.enrolment_rules import check_list_editable, check_removable
from pixdesk.models.errors import NotFoundError, Problem, ValidationError
from pixdesk.models.tables import Candidate, CertificationSession, new_uuids, sqlite_timestamp, utc_now
from pixdesk.services.centres import current_centre, policy_of
from pixdesk.services.changes import CREATE, DELETE, UPDATE, BulkChange, deletion_of, record_change, record_changes, \
    states_of
from pixdesk.services.sessions import load_session
from pixdesk.store import Database


@dataclass(slots=True)
class CandidateRecord:
    """A stored candidate as plain values."""

    id: int
    uuid: str
    session_id: int
    last_name: str
    first_name: str
    sex: str | None
    birthdate: date
    birth_country: str | None
    birth_insee_code: str | None
    birth_postal_code: str | None
    birth_city: str | None
    email: str | None
    result_recipient_email: str | None
    external_id: str | None
    extra_time_percentage: int | None
    billing_mode: str | None
    prepayment_code: str | None
    complementary_certification: str | None
    joined_at: datetime | None
    incomplete: bool

    @property
    def has_joined(self) -> bool:
        return self.joined_at is not None

    @property
    def birth_city_name(self) -> str | None:
        """The birth commune's name to show, also when only its INSEE code is stored."""
        return birth_city_name(self.birth_insee_code, self.birth_city)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "last_name": self.last_name,
            "first_name": self.first_name,
            "sex": self.sex,
            "birthdate": self.birthdate.isoformat(),
            "birth_country": self.birth_country,
            "birth_insee_code": self.birth_insee_code,
            "birth_postal_code": self.birth_postal_code,
            "birth_city": self.birth_city,
            "birth_city_name": self.birth_city_name,
            "email": self.email,
            "result_recipient_email": self.result_recipient_email,
            "external_id": self.external_id,
            "extra_time_percentage": self.extra_time_percentage,
            "billing_mode": self.billing_mode,
            "prepayment_code": self.prepayment_code,
            "complementary_certification": self.complementary_certification,
            "incomplete": self.incomplete,
            "has_joined": self.has_joined,
        }

    def as_input(self) -> CandidateInput:
        """The record as form input, e.g. to edit it."""
        return CandidateInput(**{f.name: getattr(self, f.name) for f in fields(CandidateInput)})


_RECORD_FIELDS = [f.name for f in fields(CandidateRecord)]
_LIST_QUERY = f"SELECT {', '.join(_RECORD_FIELDS)} FROM candidate WHERE session_id = ? ORDER BY id"
_BIRTHDATE, _JOINED_AT, _INCOMPLETE = (_RECORD_FIELDS.index(n) for n in ("birthdate", "joined_at", "incomplete"))


def _record_from_row(row: Sequence[Any]) -> CandidateRecord:
    """A driver row in _RECORD_FIELDS order, with the conversions SQLAlchemy would have made."""
    values = list(row)
    values[_BIRTHDATE] = date.fromisoformat(values[_BIRTHDATE])
    if values[_JOINED_AT] is not None:
        values[_JOINED_AT] = datetime.fromisoformat(values[_JOINED_AT]).replace(tzinfo=timezone.utc)
    values[_INCOMPLETE] = bool(values[_INCOMPLETE])
    return CandidateRecord(*values)


def record_of(row: Candidate) -> CandidateRecord:
    return CandidateRecord(**{name: getattr(row, name) for name in _RECORD_FIELDS})


def _rows(session: Session, session_id: int) -> list[Candidate]:
    return list(session.exec(select(Candidate).where(col(Candidate.session_id) == session_id)
                             .order_by(col(Candidate.id))))


def joined_candidates(session: Session, session_id: int) -> list[Candidate]:
    """At most one candidate who has joined: enough to know the list is locked, without loading the list."""
    return list(session.exec(select(Candidate).where(col(Candidate.session_id) == session_id,
                                                     col(Candidate.joined_at).is_not(None)).limit(1)))


def ensure_list_editable(row: CertificationSession, candidates: Sequence[Candidate], *, adding: bool = False) -> None:
    """No change to the list once the session is finalised or a candidate has joined."""
    check_list_editable(finalized=row.finalized_at is not None,
                        any_joined=any(c.joined_at is not None for c in candidates), adding=adding)


def _new_row(session_id: int, values: CandidateValues) -> Candidate:
    return Candidate(session_id=session_id, identity_key=values.identity_key, **values.as_dict())


def add_candidate(db: Database, session_id: int, data: CandidateInput,
                  warnings: list[Problem] | None = None) -> CandidateRecord:
    """Enrols one candidate; values accepted but changed (an extra time rounded) are appended to `warnings`."""
    with db.transaction() as session:
        row = load_session(session, session_id)
        existing = _rows(session, session_id)
        ensure_list_editable(row, existing, adding=True)
        values = validate_candidate(data, policy_of(current_centre(session)), warnings=warnings)
        if any(c.identity_key == values.identity_key for c in existing):
            raise ValidationError(Problem("DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION"))
        candidate = _new_row(session_id, values)
        session.add(candidate)
        record_change(session, candidate, "create")
        return record_of(candidate)


def update_candidate(db: Database, session_id: int, candidate_id: int, data: CandidateInput) -> CandidateRecord:
    """Replace a candidate's details, e.g. to complete one imported from an older sheet."""
    with db.transaction() as session:
        row = load_session(session, session_id)
        existing = _rows(session, session_id)
        ensure_list_editable(row, existing)
        candidate = _find(existing, candidate_id)
        values = validate_candidate(data, policy_of(current_centre(session)))
        if any(c.identity_key == values.identity_key and c.id != candidate_id for c in existing):
            raise ValidationError(Problem("DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION"))
        for name, value in values.as_dict().items():
            setattr(candidate, name, value)
        candidate.identity_key = values.identity_key
        record_change(session, candidate, "update")
        return record_of(candidate)


def _find(candidates: Sequence[Candidate], candidate_id: int) -> Candidate:
    for candidate in candidates:
        if candidate.id == candidate_id:
            return candidate
    raise NotFoundError(Problem("CANDIDATE_NOT_FOUND", "candidate_id", {"id": candidate_id}))


def remove_candidate(db: Database, session_id: int, candidate_id: int) -> None:
    with db.transaction() as session:
        row = load_session(session, session_id)
        existing = _rows(session, session_id)
        candidate = _find(existing, candidate_id)
        check_removable(joined=candidate.joined_at is not None)
        ensure_list_editable(row, existing)
        record_change(session, candidate, "delete", {"session_id": session_id})
        session.delete(candidate)


def list_candidates(db: Database, session_id: int) -> list[CandidateRecord]:
    with db.session() as session:
        load_session(session, session_id)
        # Straight from the driver: SQLAlchemy's per-row conversions were most of a 2,000-candidate list's time.
        rows = session.connection().exec_driver_sql(_LIST_QUERY, (session_id,)).fetchall()
    return [_record_from_row(row) for row in rows]


_INSERT_COLUMNS = ("uuid", "created_at", "updated_at", "session_id", "identity_key", *VALUE_FIELDS)
_INSERT_CANDIDATE = (f"INSERT INTO candidate ({', '.join(_INSERT_COLUMNS)}) "
                     f"VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})")
_CANDIDATES = Candidate.__table__  # type: ignore[attr-defined]


# Dates go through the store's sqlite3 adapter (ISO text, as SQLAlchemy writes them); booleans are ints already.
candidate_row = attrgetter(*VALUE_FIELDS)


def insert_candidates(session: Session, row: CertificationSession, values: Sequence[CandidateValues]) -> list[BulkChange]:
    """New candidates of the session in one bulk insert; returns their outbox changes for `record_changes`."""
    if not values:
        return []
    now = utc_now()
    stamp = sqlite_timestamp(now)
    uuids = new_uuids(len(values))
    rows = [candidate_row(v) for v in values]
    # Straight to the driver's executemany: per-row SQLAlchemy processing took most of a large import.
    session.connection().exec_driver_sql(_INSERT_CANDIDATE, [
        (uuid, stamp, stamp, row.id, v.identity_key, *fields) for uuid, v, fields in zip(uuids, values, rows)
    ])
    # server_id: none yet
    states = states_of(_CANDIDATES, ("uuid", *VALUE_FIELDS), [(uuid, *fields) for uuid, fields in zip(uuids, rows)],
                       {"created_at": now, "updated_at": now, "session_id": row.uuid})
    return [(uuid, CREATE, 1, state) for uuid, state in zip(uuids, states)]


def enrol_all(session: Session, row: CertificationSession, values: Sequence[CandidateValues]) -> None:
    """Candidates added to a session's list in bulk (the mass import), in the caller's transaction."""
    changes = insert_candidates(session, row, values)
    if changes:
        record_changes(session, _CANDIDATES, changes, action="certification_session.add_candidates", on=row,
                       details={"added": len(values)})


def replace_candidates(db: Database, session_id: int, values: Sequence[CandidateValues]) -> int:
    """The whole list at once, as the sheet import does: all rows land, or none (and the old list stays)."""
    keys = [v.identity_key for v in values]
    if len(set(keys)) != len(keys):
        raise ValidationError(Problem("DUPLICATE_CANDIDATE"))
    with db.transaction() as session:
        row = load_session(session, session_id)
        ensure_list_editable(row, joined_candidates(session, session_id))
        replace_all(session, row, values)
        return len(values)


def replace_all(session: Session, row: CertificationSession, values: Sequence[CandidateValues]) -> int:
    """A session's list replaced in the caller's transaction; returns how many candidates it had.

    For the sync, one outbox row per candidate: a delete for each one replaced, a create for each one imported."""
    old = session.execute(select(col(Candidate.uuid), col(Candidate.server_id), col(Candidate.revision))
                          .where(col(Candidate.session_id) == row.id).order_by(col(Candidate.id))).all()
    session.execute(delete(Candidate).where(col(Candidate.session_id) == row.id),
                    execution_options={"synchronize_session": False})
    parents = {"session_id": row.uuid}
    changes: list[BulkChange] = [
        (uuid, DELETE, revision + 1, deletion_of(_CANDIDATES, uuid, server_id, parents))
        for uuid, server_id, revision in old
    ]
    changes += insert_candidates(session, row, values)
    record_changes(session, _CANDIDATES, changes, action="certification_session.replace_candidates", on=row,
                   details={"removed": len(old), "added": len(values)})
    return len(old)


def mark_joined(db: Database, session_id: int, candidate_id: int, when: datetime | None = None) -> CandidateRecord:
    """The candidate has joined the session in Pix App (reconciled): the list is locked from then on."""
    with db.transaction() as session:
        load_session(session, session_id)
        candidate = _find(_rows(session, session_id), candidate_id)
        candidate.joined_at = when or utc_now()
        record_change(session, candidate, UPDATE, {"joined": True})
        return record_of(candidate)
