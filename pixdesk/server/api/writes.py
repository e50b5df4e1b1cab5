"""Every write goes through `write()`: idempotency (RFC draft "The Idempotency-Key HTTP Header Field"), the
centre's lock, the change records of the changes feed, and the stored response, all in one transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from fastapi.responses import JSONResponse, Response
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from pixdesk.models.errors import DomainError
from pixdesk.server import faults, schema
from pixdesk.server.api.context import JSON_API, Ctx
from pixdesk.server.database import write_transaction
from pixdesk.server.errors import ApiError
from pixdesk.server.security import utc_now

MAX_KEY_LENGTH = 255


@dataclass
class Outcome:
    """What a write answers: status, JSON:API document (None for 204) and the new resource's path."""

    status: int
    document: dict | None = None
    location: str | None = None


class Writer:
    """Handed to a write's action: the connection, the caller, and the way to record a change for the feed."""

    def __init__(self, conn: Connection, ctx: Ctx, centre_id: int):
        self.conn = conn
        self.ctx = ctx
        self.centre_id = centre_id
        self.now = utc_now()
        # When the change was made: the desktop's edit time, else now.
        self.changed_at = ctx.changed_at or self.now

    def change(self, entity: str, entity_id: object, entity_uuid: str | None, operation: str,
               resource: dict | None) -> None:
        """One entry of the centre's changes feed, numbered in commit order (the centre's row stays locked)."""
        self.changes([(entity, entity_id, entity_uuid, operation, resource)])

    def changes(self, entries: list[tuple[str, object, str | None, str, dict | None]]) -> None:
        """Several entries at once: one bump of the centre's counter, one multi-row insert."""
        if not entries:
            return
        last = self.conn.execute(
            update(schema.certification_center).where(schema.certification_center.c.id == self.centre_id)
            .values(change_seq=schema.certification_center.c.change_seq + len(entries))
            .returning(schema.certification_center.c.change_seq)
        ).scalar_one()
        first = last - len(entries) + 1
        self.conn.execute(insert(schema.change), [{
            "certification_center_id": self.centre_id, "sequence": first + index, "entity": entity,
            "entity_id": str(entity_id), "entity_uuid": entity_uuid, "operation": operation, "data": resource,
            "recorded_at": self.now, "user_id": self.ctx.caller.user_id, "idempotency_key": self.ctx.idempotency_key,
            "changed_at": self.changed_at,
        } for index, (entity, entity_id, entity_uuid, operation, resource) in enumerate(entries)])


def fingerprint(ctx: Ctx) -> str:
    digest = hashlib.sha256()
    digest.update(f"{ctx.method} {ctx.path}\n".encode())
    digest.update(ctx.body or b"")
    return digest.hexdigest()


def checked_key(ctx: Ctx) -> str:
    key = ctx.idempotency_key
    if key is None:
        raise ApiError.of("IDEMPOTENCY_KEY_MISSING")
    key = key.strip().strip('"')
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ApiError.of("IDEMPOTENCY_KEY_NOT_VALID")
    return key


def _stored(conn: Connection, user_id: int, key: str):
    return conn.execute(select(schema.idempotency_record).where(
        schema.idempotency_record.c.user_id == user_id, schema.idempotency_record.c.key == key)).first()


def _replay(record, expected_fingerprint: str) -> Response:
    if record.fingerprint != expected_fingerprint:
        raise ApiError.of("IDEMPOTENCY_KEY_REUSED")
    headers = {"Idempotent-Replayed": "true"}
    if record.location:
        headers["Location"] = record.location
    if record.body is None:
        return Response(status_code=record.status, headers=headers)
    return Response(record.body, status_code=record.status, headers=headers, media_type=JSON_API)


def lock_centre(conn: Connection, centre_id: int) -> None:
    """Serialises a centre's writes (PostgreSQL row lock until commit; SQLite has one writer anyway)."""
    conn.execute(select(schema.certification_center.c.id)
                 .where(schema.certification_center.c.id == centre_id).with_for_update()).first()


def write(ctx: Ctx, resolve: Callable[[Connection], int], action: Callable[[Writer], Outcome]) -> Response:
    """Run `action` once per Idempotency-Key: a repeat gets the stored answer and writes nothing.

    `resolve` finds the centre the write belongs to and checks the caller is a member (raising 404/403)."""
    key = checked_key(ctx)
    expected = fingerprint(ctx)
    user_id = ctx.caller.user_id
    try:
        with write_transaction(ctx.engine) as conn:
            record = _stored(conn, user_id, key)
            if record is not None:
                return _replay(record, expected)
            centre_id = resolve(conn)
            lock_centre(conn, centre_id)
            # A concurrent request with the same key may have committed while this one waited for the lock.
            record = _stored(conn, user_id, key)
            if record is not None:
                return _replay(record, expected)
            try:
                outcome = action(Writer(conn, ctx, centre_id))
            except DomainError as error:
                raise ApiError.from_domain(error) from None
            body = None if outcome.document is None else json.dumps(outcome.document, ensure_ascii=False)
            conn.execute(insert(schema.idempotency_record).values(
                user_id=user_id, key=key, fingerprint=expected, certification_center_id=centre_id,
                status=outcome.status, body=body, location=outcome.location, created_at=utc_now()))
            faults.point("before-commit", ctx.method, ctx.path)
        faults.point("after-commit", ctx.method, ctx.path)
    except IntegrityError:
        # Same key committed by a parallel request in the meantime: answer as it was answered.
        with write_transaction(ctx.engine) as conn:
            record = _stored(conn, user_id, key)
        if record is None:
            raise
        return _replay(record, expected)
    headers = {"Location": outcome.location} if outcome.location else {}
    if body is None:
        return Response(status_code=outcome.status, headers=headers)
    return Response(body, status_code=outcome.status, headers=headers, media_type=JSON_API)


def json_api(document: dict, status: int = 200) -> JSONResponse:
    return JSONResponse(document, status_code=status, media_type=JSON_API)
