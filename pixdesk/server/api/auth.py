"""Signing in (`POST /api/token`, OAuth2 password and refresh_token grants, scope `pix-certif`), signing out
(`POST /api/revoke`), and who the caller is (`GET /api/certification-point-of-contacts/me`)."""

from __future__ import annotations

import math
from datetime import timedelta
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response
from sqlalchemy import delete, func, insert, select, update

from pixdesk.server import schema
from pixdesk.server.api.context import JSON_API, Ctx, base_context, signed_in
from pixdesk.server.api.writes import json_api
from pixdesk.server.database import read_transaction, write_transaction
from pixdesk.server.errors import ApiError
from pixdesk.server.security import (
    aware, expiry, new_token, normalise_email, token_digest, utc_now, verify_password,
)

SCOPE = "pix-certif"
router = APIRouter()
U, M, F = schema.user, schema.membership, schema.sign_in_failure
AT, RT = schema.access_token, schema.refresh_token


def _form(ctx: Ctx) -> dict[str, str]:
    try:
        fields = parse_qs(ctx.body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        raise ApiError.of("INVALID_PAYLOAD", detail="application/x-www-form-urlencoded") from None
    return {name: values[0] for name, values in fields.items()}


@router.post("/api/token")
def token(ctx: Ctx = Depends(base_context)) -> Response:
    """OAuth2 token endpoint as Pix Certif's (form-encoded). Answers `{token_type, access_token, expires_in,
    refresh_token, user_id, scope}`; credentials travel only in the body, never in the URL."""
    form = _form(ctx)
    if form.get("scope", SCOPE) != SCOPE:
        raise ApiError.of("INVALID_SCOPE")
    grant = form.get("grant_type")
    if grant == "password":
        user_id, refresh = _password_grant(ctx, form.get("username", ""), form.get("password", ""))
    elif grant == "refresh_token":
        user_id, refresh = _refresh_grant(ctx, form.get("refresh_token", ""))
    else:
        raise ApiError.of("UNSUPPORTED_GRANT_TYPE")
    access = new_token()
    with write_transaction(ctx.engine) as conn:
        conn.execute(insert(AT).values(token_hash=token_digest(access), user_id=user_id,
                                       refresh_token_id=refresh[0],
                                       expires_at=expiry(ctx.settings.access_token_seconds)))
        conn.execute(delete(AT).where(AT.c.user_id == user_id, AT.c.expires_at < utc_now()))
    return JSONResponse({
        "token_type": "bearer", "access_token": access, "expires_in": ctx.settings.access_token_seconds,
        "refresh_token": refresh[1], "user_id": user_id, "scope": SCOPE,
    }, headers={"Cache-Control": "no-store"})


def _password_grant(ctx: Ctx, username: str, password: str) -> tuple[int, tuple[int, str]]:
    email = normalise_email(username)
    settings = ctx.settings
    now = utc_now()
    since = now - timedelta(seconds=settings.sign_in_window_seconds)
    with read_transaction(ctx.engine) as conn:
        for column, value, limit in ((F.c.email, email, settings.max_failures_per_account),
                                     (F.c.address, ctx.address, settings.max_failures_per_address)):
            count, oldest = conn.execute(select(func.count(), func.min(F.c.failed_at))
                                         .where(column == value, F.c.failed_at > since)).one()
            if count >= limit:
                wait = max(1, math.ceil((aware(oldest) + timedelta(seconds=settings.sign_in_window_seconds)
                                         - now).total_seconds()))
                error = ApiError.of("TOO_MANY_SIGN_IN_ATTEMPTS", minutes=math.ceil(wait / 60))
                error.headers["Retry-After"] = str(wait)
                raise error
        found = conn.execute(select(U.c.id, U.c.password_hash).where(U.c.email == email)).first()
    if not verify_password(found.password_hash if found else None, password):
        with write_transaction(ctx.engine) as conn:
            conn.execute(insert(F).values(email=email, address=ctx.address, failed_at=now))
            conn.execute(delete(F).where(F.c.failed_at < since))
        raise ApiError.of("MISSING_OR_INVALID_CREDENTIALS")
    refresh = new_token()
    with write_transaction(ctx.engine) as conn:
        conn.execute(delete(F).where(F.c.email == email))
        if conn.execute(select(M.c.id).where(M.c.user_id == found.id).limit(1)).first() is None:
            raise ApiError.of("NOT_LINKED_CERTIFICATION")
        refresh_id = conn.execute(insert(RT).values(
            token_hash=token_digest(refresh), user_id=found.id, created_at=now,
            expires_at=expiry(settings.refresh_token_seconds)).returning(RT.c.id)).scalar_one()
    return found.id, (refresh_id, refresh)


def _refresh_grant(ctx: Ctx, refresh: str) -> tuple[int, tuple[int, str]]:
    """The refresh token stays the same until it expires or is revoked (no rotation: a response lost on the
    network must not sign a desktop out)."""
    with read_transaction(ctx.engine) as conn:
        found = conn.execute(select(RT.c.id, RT.c.user_id, RT.c.expires_at, RT.c.revoked_at)
                             .where(RT.c.token_hash == token_digest(refresh))).first() if refresh else None
        if found is None or found.revoked_at is not None or aware(found.expires_at) <= utc_now():
            raise ApiError.of("INVALID_REFRESH_TOKEN")
        if conn.execute(select(M.c.id).where(M.c.user_id == found.user_id).limit(1)).first() is None:
            raise ApiError.of("NOT_LINKED_CERTIFICATION")
    return found.user_id, (found.id, refresh)


@router.post("/api/revoke")
def revoke(ctx: Ctx = Depends(base_context)) -> Response:
    """RFC 7009: revoke a refresh token (and every access token it gave) or one access token. Always 200."""
    form = _form(ctx)
    digest = token_digest(form.get("token", ""))
    with write_transaction(ctx.engine) as conn:
        refresh_id = conn.execute(select(RT.c.id).where(RT.c.token_hash == digest)).scalar()
        if refresh_id is not None:
            conn.execute(update(RT).where(RT.c.id == refresh_id).values(revoked_at=utc_now()))
            conn.execute(delete(AT).where(AT.c.refresh_token_id == refresh_id))
        else:
            conn.execute(delete(AT).where(AT.c.token_hash == digest))
    return Response(status_code=200)


@router.get("/api/certification-point-of-contacts/me")
def me(ctx: Ctx = Depends(signed_in)) -> JSONResponse:
    """The signed-in user and the centres they may work for (`included`: allowed-certification-center-accesses)."""
    C = schema.certification_center
    with read_transaction(ctx.engine) as conn:
        centres = conn.execute(select(C).where(C.c.id.in_(ctx.caller.centre_ids)).order_by(C.c.id)).all()
    return json_api({
        "data": {
            "type": "certification-point-of-contacts", "id": str(ctx.caller.user_id),
            "attributes": {"email": ctx.caller.email},
            "relationships": {"allowed-certification-center-accesses": {"data": [
                {"type": "allowed-certification-center-accesses", "id": str(c.id)} for c in centres]}},
        },
        "included": [{
            "type": "allowed-certification-center-accesses", "id": str(c.id),
            "attributes": {"name": c.name, "type": c.type, "uuid": c.uuid,
                           "habilitations": [k for k in c.habilitations.split(",") if k]},
        } for c in centres],
    })


@router.get("/api/pixdesk/version")
def version(ctx: Ctx = Depends(base_context)) -> JSONResponse:
    """The desktop's update check: the newest PixDesk version this server recommends (no sign-in needed)."""
    return JSONResponse({"data": {"type": "pixdesk-versions", "id": "desktop", "attributes": {
        "latest": ctx.settings.latest_desktop_version, "download-url": ctx.settings.download_url}}},
        media_type=JSON_API)
