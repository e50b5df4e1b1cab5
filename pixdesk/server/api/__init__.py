"""The HTTP API (FastAPI): `create_app(settings)` builds it on its database.

Every route but `/api/token`, `/api/revoke` and `/api/pixdesk/version` needs `Authorization: Bearer <access
token>`, and every write needs `Idempotency-Key`. See the README's "Central server" section for the contract."""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from pixdesk.models.errors import DomainError, Problem
from pixdesk.server.api import auth, candidates, feed, journal, reports, sessions
from pixdesk.server.api.context import JSON_API, language_of
from pixdesk.server.config import DATABASE_ENV_VAR, Settings
from pixdesk.server.database import make_engine
from pixdesk.server.errors import ApiError

log = logging.getLogger("pixdesk.server")
ROUTERS = (auth.router, sessions.router, candidates.router, reports.router, journal.router, feed.router)


def api_routes() -> list[tuple[str, str]]:
    """Every (method, path) the API answers, for the access tests and the README."""
    return sorted((method, route.path) for router in ROUTERS for route in router.routes for method in route.methods)


def create_app(settings: Settings | None = None, *, engine=None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="PixDesk central server", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.engine = engine if engine is not None else make_engine(settings.database_url)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)

    def answer(request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse(error.document(language_of(request)), status_code=error.status, headers=error.headers,
                            media_type=JSON_API)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, error: ApiError):
        return answer(request, error)

    @app.exception_handler(DomainError)
    async def _domain_error(request: Request, error: DomainError):
        return answer(request, ApiError.from_domain(error))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException):
        code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 413: "PAYLOAD_TOO_LARGE"}.get(error.status_code,
                                                                                          "INVALID_PAYLOAD")
        params = {"max": settings.max_body_bytes} if code == "PAYLOAD_TOO_LARGE" else {"detail": str(error.detail)}
        return answer(request, ApiError(error.status_code, Problem(code, None, params)))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, error: RequestValidationError):
        return answer(request, ApiError.of("INVALID_PAYLOAD", detail="request"))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception):
        # The trace goes to the server's log, never to the client (nor any request body: passwords).
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return answer(request, ApiError.of("INTERNAL_ERROR"))

    return app


def create_app_from_env() -> FastAPI:
    """For `uvicorn --factory` with several worker processes: the database comes from PIXDESK_SERVER_DATABASE."""
    return create_app(Settings(database_url=os.environ[DATABASE_ENV_VAR]))


class BodyLimit:
    """Refuses a request body over `max_bytes` (413), by its Content-Length or while it streams in."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            return await self._refuse(scope, receive, send)
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise StarletteHTTPException(413)
            return message

        await self.app(scope, limited_receive, send)

    async def _refuse(self, scope, receive, send):
        response = JSONResponse(
            ApiError(413, Problem("PAYLOAD_TOO_LARGE", None, {"max": self.max_bytes})).document(
                "en" if b"en" in dict(scope.get("headers", [])).get(b"accept-language", b"")[:2] else "fr"),
            status_code=413, media_type=JSON_API, headers={"Connection": "close"})
        await response(scope, receive, send)
