"""The platform's JSON:API error envelope: `{"errors": [{status, code, title, detail, source?, meta?}]}`.

Domain refusals from pixdesk.models keep their platform code; the HTTP status is the one Pix answers with
(reference section 8 and the per-context error mappers of 1024pix/pix)."""

from __future__ import annotations

from http import HTTPStatus

from pixdesk.models.errors import DomainError, NotFoundError, Problem
from pixdesk.models.messages import message

# Code -> HTTP status, where it is not 422 (field validation).
STATUS_OF_CODE = {
    "SESSION_NOT_FOUND": 404, "CANDIDATE_NOT_FOUND": 404, "ISSUE_REPORT_NOT_FOUND": 404, "NOT_FOUND": 404,
    "CERTIFICATION_CENTER_NOT_FOUND": 404,
    "SESSION_STARTED_DELETION_ERROR": 409, "SESSION_ALREADY_STARTED_ERROR": 409, "SESSION_ALREADY_FINALIZED": 409,
    "UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON": 409,
    "SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE": 409,
    "SESSION_WITHOUT_STARTED_CERTIFICATION": 400,
    "INDIVIDUAL_ENROL_NOT_ALLOWED": 412,
    "CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION": 403, "CANDIDATE_LIST_LOCKED": 403, "CANDIDATE_LIST_FINALIZED": 403,
    "CANDIDATE_FORBIDDEN_DELETION": 403,
    "DUPLICATE_CANDIDATE": 409,
    "UUID_ALREADY_USED": 409, "JOURNAL_EVENT_CONFLICT": 409,
    "MISSING_OR_INVALID_CREDENTIALS": 401, "INVALID_REFRESH_TOKEN": 401, "UNAUTHORIZED": 401,
    "NOT_LINKED_CERTIFICATION": 403, "FORBIDDEN": 403,
    "TOO_MANY_SIGN_IN_ATTEMPTS": 429, "PAYLOAD_TOO_LARGE": 413, "METHOD_NOT_ALLOWED": 405,
    "INVALID_SCOPE": 400, "UNSUPPORTED_GRANT_TYPE": 400, "INVALID_PAYLOAD": 400, "IDEMPOTENCY_KEY_MISSING": 400,
    "IDEMPOTENCY_KEY_NOT_VALID": 400, "CHANGES_CURSOR_NOT_VALID": 400,
    "IDEMPOTENCY_KEY_REUSED": 422,
    "INTERNAL_ERROR": 500,
}
# Domain field names that are not their kebab-case JSON:API attribute.
ATTRIBUTE_OF_FIELD = {"site": "address", "session_id": None, "candidate_id": None}


class ApiError(Exception):
    """A refusal answered as one or more JSON:API errors with one HTTP status."""

    def __init__(self, status: int, problems: list[Problem] | Problem, *, headers: dict | None = None,
                 pointer_prefix: str = "/data/attributes"):
        self.status = status
        self.problems = problems if isinstance(problems, list) else [problems]
        self.headers = headers or {}
        self.pointer_prefix = pointer_prefix
        super().__init__(", ".join(p.code for p in self.problems))

    @classmethod
    def of(cls, code: str, field: str | None = None, **params) -> "ApiError":
        return cls(STATUS_OF_CODE.get(code, 422), Problem(code, field, params))

    @classmethod
    def from_domain(cls, error: DomainError, pointer_prefix: str = "/data/attributes") -> "ApiError":
        default = 404 if isinstance(error, NotFoundError) else 422
        return cls(STATUS_OF_CODE.get(error.code, default), error.problems, pointer_prefix=pointer_prefix)

    def document(self, lang: str) -> dict:
        return {"errors": [error_object(self.status, p, lang, self.pointer_prefix) for p in self.problems]}


def attribute_name(field: str) -> str | None:
    if field in ATTRIBUTE_OF_FIELD:
        return ATTRIBUTE_OF_FIELD[field]
    return field.replace("_", "-")


def error_object(status: int, problem: Problem, lang: str, pointer_prefix: str = "/data/attributes") -> dict:
    params = {k: v for k, v in problem.params.items() if k != "pointer"}
    error = {
        "status": str(status),
        "code": problem.code,
        "title": HTTPStatus(status).phrase,
        "detail": message(problem.code, lang, **params),
    }
    pointer = problem.params.get("pointer")
    if pointer is None and problem.field and attribute_name(problem.field):
        pointer = f"{pointer_prefix}/{attribute_name(problem.field)}"
    if pointer:
        error["source"] = {"pointer": pointer}
    meta = {k: v for k, v in params.items() if isinstance(v, (str, int, float, bool, list)) or v is None}
    if meta:
        error["meta"] = meta
    return error
