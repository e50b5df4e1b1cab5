"""What every request handler gets: the database, the caller (from the bearer token), the language, the body."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.engine import Engine

from pixdesk.server import schema
from pixdesk.server.api.field_times import HEADER as CHANGED_AT_HEADER
from pixdesk.server.api.field_times import changed_at
from pixdesk.server.config import Settings
from pixdesk.server.database import read_transaction
from pixdesk.server.errors import ApiError
from pixdesk.server.security import aware, token_digest, utc_now

JSON_API = "application/vnd.api+json"
UUID_PATTERN = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
MAX_ID = 2**31 - 1


@dataclass(frozen=True)
class Caller:
    user_id: int
    email: str
    centre_ids: frozenset[int]


@dataclass
class Ctx:
    engine: Engine
    settings: Settings
    lang: str
    method: str
    path: str
    body: bytes
    address: str
    idempotency_key: str | None
    # When the write was made on the desktop (PixDesk-Changed-At), clamped to now; None: when it arrives.
    changed_at: datetime | None = None
    caller: Caller | None = None
    _json: object = field(default=None, repr=False)

    def document(self) -> dict:
        """The request's JSON body, which must be an object."""
        if self._json is None:
            try:
                self._json = json.loads(self.body or b"null")
            except (ValueError, UnicodeDecodeError):
                raise ApiError.of("INVALID_PAYLOAD", detail="JSON") from None
            if not isinstance(self._json, dict):
                raise ApiError.of("INVALID_PAYLOAD", detail="{...}")
        return self._json

    def data(self) -> dict:
        data = self.document().get("data")
        if not isinstance(data, dict):
            raise ApiError.of("INVALID_PAYLOAD", detail="data")
        return data

    def attributes(self) -> dict:
        attributes = self.data().get("attributes", {})
        if not isinstance(attributes, dict):
            raise ApiError.of("INVALID_PAYLOAD", detail="data.attributes")
        return attributes


def language_of(request: Request) -> str:
    accepted = request.headers.get("accept-language", "").strip().lower()
    return "en" if accepted.startswith("en") else "fr"


async def body_bytes(request: Request) -> bytes:
    return await request.body()


def base_context(request: Request, body: bytes = Depends(body_bytes)) -> Ctx:
    app = request.app
    return Ctx(engine=app.state.engine, settings=app.state.settings, lang=language_of(request),
               method=request.method, path=request.url.path, body=body,
               address=request.client.host if request.client else "unknown",
               idempotency_key=request.headers.get("idempotency-key"),
               changed_at=changed_at(request.headers.get(CHANGED_AT_HEADER)))


def signed_in(request: Request, ctx: Ctx = Depends(base_context)) -> Ctx:
    """The bearer token's user and the centres they belong to now (a revoked membership counts at once)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, ApiError.of("UNAUTHORIZED").problems, headers={"WWW-Authenticate": "Bearer"})
    with read_transaction(ctx.engine) as conn:
        found = conn.execute(
            select(schema.access_token.c.user_id, schema.access_token.c.expires_at, schema.user.c.email)
            .join(schema.user, schema.user.c.id == schema.access_token.c.user_id)
            .where(schema.access_token.c.token_hash == token_digest(token.strip()))
        ).first()
        if found is None or aware(found.expires_at) <= utc_now():
            raise ApiError(401, ApiError.of("UNAUTHORIZED").problems,
                           headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        centres = conn.execute(select(schema.membership.c.certification_center_id)
                               .where(schema.membership.c.user_id == found.user_id)).scalars().all()
    ctx.caller = Caller(found.user_id, found.email, frozenset(centres))
    return ctx


def parse_ref(ref: str) -> tuple[str, object] | None:
    """A path's resource reference: the server's integer id, or the resource's UUID."""
    if ref.isdigit():
        number = int(ref)
        return ("id", number) if 0 < number <= MAX_ID else None
    if UUID_PATTERN.match(ref):
        return ("uuid", ref.lower())
    return None
