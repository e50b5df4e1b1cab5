"""Where PixDesk finds its shipped resources and keeps its user data."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from pixdesk import APP_AUTHOR, APP_NAME

DB_ENV_VAR = "PIXDESK_DB"
DB_FILE_NAME = "pixdesk.sqlite"
DEMO_DB_FILE_NAME = "pixdesk-demo.sqlite"


def resources_root() -> Path:
    """An installed wheel and a frozen bundle carry the resources inside the package (pixdesk/resources, see
    setup.py and pixdesk.spec); a source checkout and an editable install keep them at the repository's top."""
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def user_dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def default_db_path(demo: bool = False) -> Path:
    return user_dirs().user_data_path / (DEMO_DB_FILE_NAME if demo else DB_FILE_NAME)


def resolve_db_path(cli_value: str | None, demo: bool = False) -> Path:
    """--db wins over PIXDESK_DB, which wins over the platform's user-data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path(demo)
