"""Where PixDesk finds its shipped resources and keeps its user data."""

from __future__ import annotations

import os
import stat
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


# On POSIX, what PixDesk keeps is readable by the user alone: names and birth dates of minors live there.
PRIVATE_FOLDER_MODE, PRIVATE_FILE_MODE = 0o700, 0o600


def make_private(path: Path, mode: int) -> None:
    """Take group and other permissions away from a file or folder of ours (POSIX; Windows keeps its ACLs)."""
    if os.name != "posix":
        return
    try:
        info = os.stat(path)
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & ~mode:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError:
        pass  # not ours to change (a read-only medium, another user's file): opening says what follows


def private_folder(path: Path) -> Path:
    """Create `path` if needed; PixDesk's own folders in it (from the one named PixDesk down) are made 0700,
    including ones an earlier version left 0755. A folder the user chose elsewhere is created 0700, never changed."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    parts = path.parts
    if APP_NAME in parts:
        start = parts.index(APP_NAME) + 1
        for end in range(start, len(parts) + 1):
            make_private(Path(*parts[:end]), PRIVATE_FOLDER_MODE)
    return path


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
