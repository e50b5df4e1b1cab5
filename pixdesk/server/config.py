"""Server settings: where the database is, how long tokens live, how much a request may carry."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pixdesk import __version__
from pixdesk.paths import user_dirs

DATABASE_ENV_VAR = "PIXDESK_SERVER_DATABASE"
DATABASE_FILE_NAME = "pixdesk-server.sqlite"


def default_database_url() -> str:
    """PIXDESK_SERVER_DATABASE, else a SQLite file in the platform's user-data folder."""
    from_env = os.environ.get(DATABASE_ENV_VAR)
    if from_env:
        return from_env
    path = user_dirs().user_data_path / DATABASE_FILE_NAME
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):])
    return None


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    # Short-lived access tokens; the refresh token (revocable, stored hashed) gets a new one.
    access_token_seconds: int = 15 * 60
    refresh_token_seconds: int = 30 * 24 * 3600
    # Failed sign-ins counted over a sliding window, per e-mail and per client address.
    sign_in_window_seconds: int = 15 * 60
    max_failures_per_account: int = 5
    max_failures_per_address: int = 30
    # The platform caps a candidate-list upload at 10 MB; a JSON body of 10,000 candidates is about 5 MB.
    max_body_bytes: int = 10 * 1024 * 1024
    changes_page_size: int = 500
    # What the desktop's update check is told (GET /api/pixdesk/version).
    latest_desktop_version: str = field(
        default_factory=lambda: os.environ.get("PIXDESK_SERVER_LATEST_VERSION", __version__))
    download_url: str | None = field(default_factory=lambda: os.environ.get("PIXDESK_SERVER_DOWNLOAD_URL") or None)
