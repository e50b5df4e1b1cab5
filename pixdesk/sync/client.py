"""Talking to the central server over HTTP (httpx): tokens, JSON:API errors, and retries.

Retries (tenacity): connection errors, timeouts, a connection cut mid-answer, 5xx and 429 are tried again with
capped exponential backoff and jitter, honouring `Retry-After`; a 4xx answer is never retried (it is the server's
judgement of the request, which another try cannot change). Every write carries its `Idempotency-Key`, so a retry
after a lost answer never writes twice. An expired access token is renewed once with the refresh token and the
request sent again with the same key.

Plain `http://` is refused except to this machine (localhost, 127.0.0.0/8, ::1): anywhere else the password and
tokens would cross the network in clear.
"""

from __future__ import annotations

import ipaddress
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urlsplit

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, stop_after_delay

from pixdesk import __version__

SCOPE = "pix-certif"
JSON_API = "application/vnd.api+json"


class SyncError(Exception):
    """Base of what a sync can stop on; `message` is for the user."""

    def __init__(self, message: str = ""):
        super().__init__(message)
        self.message = message


class InvalidServerUrl(SyncError):
    """Not a server address PixDesk will talk to (plain http:// to another machine, no host)."""


class ServerUnreachable(SyncError):
    """No answer, or only transient failures (timeouts, 5xx, 429) after every retry: try later."""


class Cancelled(SyncError):
    pass


@dataclass(frozen=True)
class ApiProblem:
    status: int
    code: str
    message: str
    pointer: str | None = None

    @property
    def field(self) -> str | None:
        if self.pointer and self.pointer.startswith("/data/attributes/"):
            return self.pointer.rsplit("/", 1)[-1]
        return None


class Refused(SyncError):
    """A 4xx answer: the server's refusal, with the platform's codes and messages."""

    def __init__(self, status: int, problems: list[ApiProblem]):
        super().__init__("; ".join(p.message for p in problems) or f"HTTP {status}")
        self.status = status
        self.problems = problems

    @property
    def code(self) -> str:
        return self.problems[0].code if self.problems else f"HTTP_{self.status}"

    def has(self, *codes: str) -> bool:
        return any(p.code in codes for p in self.problems)


class AuthenticationFailed(Refused):
    """Wrong e-mail or password, or a refresh token the server no longer honours (password changed, signed out):
    sign in again."""


class AccessRevoked(Refused):
    """Signed in, but no longer a member of the centre (or of any centre)."""


def check_server_url(url: str) -> str:
    """The server's base address without a trailing slash; refuses plain http:// except to this machine."""
    text = (url or "").strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidServerUrl(text)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InvalidServerUrl(text)
    if parts.query or parts.fragment:
        raise InvalidServerUrl(text)
    return text


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class RetryPolicy:
    """Capped exponential backoff with full jitter: try n waits a random time in [0, min(cap, base * 2**n)]."""

    attempts: int = 6
    base: float = 0.5
    cap: float = 20.0
    # A Retry-After beyond this ends the sync for now (the queue is kept) rather than holding the user.
    max_retry_after: float = 60.0
    deadline: float = 120.0
    sleep: Callable[[float], None] = field(default=None)  # type: ignore[assignment]

    def wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        backoff = random.uniform(0, min(self.cap, self.base * 2 ** (state.attempt_number - 1)))
        return backoff if retry_after is None else retry_after


class Transient(Exception):
    """A 5xx or 429 answer, to be tried again (after `retry_after` seconds when the server said so)."""

    def __init__(self, response: httpx.Response, retry_after: float | None):
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
        self.retry_after = retry_after


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def _transient(error: BaseException) -> bool:
    return isinstance(error, (httpx.TransportError, Transient))


def problems_of(response: httpx.Response) -> list[ApiProblem]:
    """The JSON:API error envelope `{errors: [{status, code, title, detail, source: {pointer}}]}`."""
    try:
        errors = response.json().get("errors")
    except (ValueError, AttributeError):
        errors = None
    if not isinstance(errors, list) or not errors:
        return [ApiProblem(response.status_code, f"HTTP_{response.status_code}", response.reason_phrase)]
    found = []
    for error in errors:
        if not isinstance(error, dict):
            continue
        source = error.get("source") if isinstance(error.get("source"), dict) else {}
        found.append(ApiProblem(
            int(error.get("status") or response.status_code), str(error.get("code") or error.get("title") or ""),
            str(error.get("detail") or error.get("title") or ""), source.get("pointer")))
    return found


@dataclass
class Tokens:
    access_token: str
    refresh_token: str | None
    user_id: int | None = None


class ServerClient:
    """One server. `tokens` hold the access token (memory only) and the refresh token (the caller keeps it in the
    keyring, or nowhere). `on_refreshed(tokens)` is told when a new access token was obtained."""

    def __init__(self, base_url: str, *, lang: str = "fr", timeout: httpx.Timeout | float | None = None,
                 retry: RetryPolicy | None = None, transport: httpx.BaseTransport | None = None,
                 is_cancelled: Callable[[], bool] | None = None):
        self.base_url = check_server_url(base_url)
        self.retry = retry or RetryPolicy()
        self.tokens: Tokens | None = None
        self._is_cancelled = is_cancelled or (lambda: False)
        self._cancel_event = threading.Event()
        self.http = httpx.Client(
            base_url=self.base_url, timeout=timeout if timeout is not None else httpx.Timeout(15.0, connect=5.0),
            transport=transport, follow_redirects=False,
            headers={"Accept-Language": lang, "User-Agent": f"PixDesk/{__version__}"})
        self.requests_sent = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- sending, with retries
    def _sleep(self, seconds: float) -> None:
        if self.retry.sleep is not None:
            self.retry.sleep(seconds)
            return
        # Sleep in slices so that a cancel (closing the window, "Annuler") is seen within a tenth of a second.
        end = datetime.now().timestamp() + seconds
        while not self._is_cancelled():
            left = end - datetime.now().timestamp()
            if left <= 0:
                return
            self._cancel_event.wait(min(0.1, left))
        raise Cancelled()

    def _once(self, method: str, path: str, **kwargs) -> httpx.Response:
        if self._is_cancelled():
            raise Cancelled()
        self.requests_sent += 1
        response = self.http.request(method, path, **kwargs)
        if response.status_code >= 500 or response.status_code == 429:
            retry_after = retry_after_seconds(response)
            if retry_after is not None and retry_after > self.retry.max_retry_after:
                raise ServerUnreachable(f"HTTP {response.status_code}, Retry-After {retry_after:.0f} s")
            raise Transient(response, retry_after)
        return response

    def send(self, method: str, path: str, **kwargs) -> httpx.Response:
        """One request, tried again on transient failures; raises ServerUnreachable when they persist."""
        policy = self.retry
        retrying = Retrying(
            retry=retry_if_exception(_transient),
            stop=stop_after_attempt(policy.attempts) | stop_after_delay(policy.deadline),
            wait=policy.wait, sleep=self._sleep, reraise=True)
        try:
            return retrying(self._once, method, path, **kwargs)
        except Transient as error:
            problems = problems_of(error.response)
            raise ServerUnreachable(f"HTTP {error.response.status_code}: {problems[0].message}") from None
        except httpx.TransportError as error:
            raise ServerUnreachable(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__) \
                from None

    # --- signing in
    def _token(self, form: dict[str, str]) -> Tokens:
        response = self.send("POST", "/api/token", data={**form, "scope": SCOPE})
        if response.status_code != 200:
            problems = problems_of(response)
            kind = AccessRevoked if any(p.code == "NOT_LINKED_CERTIFICATION" for p in problems) \
                else AuthenticationFailed
            raise kind(response.status_code, problems)
        body = response.json()
        self.tokens = Tokens(body["access_token"], body.get("refresh_token"), body.get("user_id"))
        return self.tokens

    def sign_in(self, email: str, password: str) -> Tokens:
        return self._token({"grant_type": "password", "username": email, "password": password})

    def refresh(self, refresh_token: str) -> Tokens:
        return self._token({"grant_type": "refresh_token", "refresh_token": refresh_token})

    def revoke(self, token: str) -> None:
        try:
            self.send("POST", "/api/revoke", data={"token": token, "token_type_hint": "refresh_token"})
        except ServerUnreachable:
            pass  # signing out locally does not wait for the server; the token expires on its own

    # --- the API
    def request(self, method: str, path: str, *, json: object = None, key: str | None = None,
                params: dict | None = None, headers: dict | None = None) -> httpx.Response:
        """An authorised request; a 401 renews the access token once and sends the request again (same key)."""
        if self.tokens is None:
            raise AuthenticationFailed(401, [ApiProblem(401, "UNAUTHORIZED", "")])
        all_headers = dict(headers or {})
        if key is not None:
            all_headers["Idempotency-Key"] = key
        if json is not None:
            all_headers["Content-Type"] = JSON_API
        for attempt in (1, 2):
            all_headers["Authorization"] = f"Bearer {self.tokens.access_token}"
            content = None if json is None else _dumps(json)
            response = self.send(method, path, content=content, params=params, headers=all_headers)
            if response.status_code == 401 and attempt == 1 and self.tokens.refresh_token:
                self.refresh(self.tokens.refresh_token)
                continue
            break
        if response.status_code == 401:
            raise AuthenticationFailed(401, problems_of(response))
        return response

    def get_json(self, path: str, params: dict | None = None) -> dict:
        response = self.request("GET", path, params=params)
        if response.status_code >= 400:
            raise refusal(response)
        return response.json()


def refusal(response: httpx.Response) -> Refused:
    problems = problems_of(response)
    if response.status_code == 403 and any(p.code in ("FORBIDDEN", "NOT_LINKED_CERTIFICATION") for p in problems):
        return AccessRevoked(response.status_code, problems)
    return Refused(response.status_code, problems)


def _dumps(value: object) -> bytes:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
