"""The desktop's states (the outbox's `data`, snake_case, parents by UUID) as the server's JSON:API attributes
(kebab-case, the platform's units), and back.

Only what the server keeps travels. What stays on the desktop: the centre's settings, the test length, attached
documents' bytes (their names and hashes travel in the finalisation), local ids."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

# Local column -> server attribute, for what a PATCH may change.
SESSION_WRITABLE = {"site": "address", "room": "room", "date": "date", "time": "time", "examiner": "examiner",
                    "description": "description"}
# Set by the server (drawn codes, finalisation), read back but never sent in a PATCH.
SESSION_READ_ONLY = {"access_code": "access-code", "invigilator_password": "invigilator-password",
                     "examiner_global_comment": "examiner-global-comment", "has_incident": "has-incident",
                     "has_joining_issue": "has-joining-issue", "has_supervisor_access": "has-supervisor-access",
                     "finalized_at": "finalized-at", "published_at": "published-at"}
CANDIDATE_WRITABLE = {
    "last_name": "last-name", "first_name": "first-name", "sex": "sex", "birthdate": "birthdate",
    "birth_country": "birth-country", "birth_insee_code": "birth-insee-code",
    "birth_postal_code": "birth-postal-code", "birth_city": "birth-city", "email": "email",
    "result_recipient_email": "result-recipient-email", "external_id": "external-id",
    "extra_time_percentage": "extra-time-percentage", "billing_mode": "billing-mode",
    "prepayment_code": "prepayment-code", "complementary_certification": "complementary-certification",
    "incomplete": "incomplete", "joined_at": "joined-at",
}
FIELDS = {"certification_session": {**SESSION_WRITABLE, **SESSION_READ_ONLY}, "candidate": CANDIDATE_WRITABLE}
WRITABLE = {"certification_session": SESSION_WRITABLE, "candidate": CANDIDATE_WRITABLE}


def _to_server(column: str, value: object) -> object:
    if column == "extra_time_percentage" and value is not None:
        # The platform's unit: a fraction (33 % is 0.33).
        return float(Decimal(int(value)) / 100)
    return value


def _to_local(column: str, value: object) -> object:
    if column == "extra_time_percentage" and value is not None:
        return int((Decimal(str(value)) * 100).to_integral_value())
    if column in ("date", "birthdate") and isinstance(value, str):
        return value[:10]
    return value


def attributes(entity: str, state: Mapping[str, object], columns: Mapping[str, str] | None = None) -> dict:
    """The server attributes of a desktop state (the given columns, else every writable one present)."""
    wanted = columns if columns is not None else WRITABLE[entity]
    return {attribute: _to_server(column, state[column]) for column, attribute in wanted.items() if column in state}


def local_values(entity: str, resource_attributes: Mapping[str, object]) -> dict:
    """A server resource's attributes as desktop columns (those the desktop keeps)."""
    return {column: _to_local(column, resource_attributes[attribute])
            for column, attribute in FIELDS[entity].items() if attribute in resource_attributes}


def changed_columns(entity: str, before: Mapping[str, object] | None, after: Mapping[str, object]) -> dict[str, str]:
    """The writable columns a change touched (all of them when the state before is unknown)."""
    writable = WRITABLE[entity]
    if before is None:
        return dict(writable)
    return {column: attribute for column, attribute in writable.items()
            if column in after and _same_value(column, before.get(column), after[column]) is False}


def _same_value(column: str, a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str) and column.endswith("_at"):
        return a[:26].replace("T", " ") == b[:26].replace("T", " ")
    return a == b
