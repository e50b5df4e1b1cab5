"""Passwords (argon2id), opaque tokens stored only as SHA-256 digests, and the sign-in failure counter."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP's recommended argon2id profile (19 MiB, 2 passes, 1 lane): about 50 ms a sign-in here, where the library's
# default (64 MiB, 3 passes, 4 lanes) took 390 ms of this 2-core machine and made 200 simultaneous sign-ins queue for a
# minute. Hashes carry their parameters, so stored ones keep verifying if this changes.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("pixdesk-not-a-password")
MIN_PASSWORD_LENGTH = 8


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives naive datetimes back; every stored moment is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def expiry(seconds: int) -> datetime:
    return utc_now() + timedelta(seconds=seconds)


def normalise_email(email: str) -> str:
    return email.strip().lower()
