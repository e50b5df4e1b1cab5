"""Is a newer PixDesk recommended? Asked of the central server the centre signs in to, and of no other host:
`GET <server>/api/pixdesk/version` answers the JSON:API document

    {"data": {"type": "pixdesk-versions", "id": "desktop",
              "attributes": {"latest": "0.2.0", "download-url": "https://…" or null}}}

Never raises and never waits long: an exam room without network must notice nothing. The window runs it in a
worker at start (opt-out in the Aide menu); the command line only when asked (`pixdesk update check`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pixdesk import __version__

VERSION_PATH = "/api/pixdesk/version"
TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class UpdateInfo:
    current: str
    latest: str
    download_url: str | None

    @property
    def available(self) -> bool:
        return version_key(self.latest) > version_key(self.current)

    def as_json(self) -> dict:
        return {"current": self.current, "latest": self.latest, "update_available": self.available,
                "download_url": self.download_url}


def version_key(version: str) -> tuple[int, ...]:
    """1.10.0 after 1.9.2; a pre-release (1.0.0rc1, 1.0.0-beta) before its release."""
    match = re.match(r"(\d+(?:\.\d+)*)(.*)", version.strip())
    if not match:
        return (0, 0, 0, 0)
    numbers = [int(n) for n in match.group(1).split(".")][:3]
    numbers += [0] * (3 - len(numbers))
    return (*numbers, 0 if match.group(2).strip() else 1)


def version_url(server_url: str) -> str:
    return server_url.rstrip("/") + VERSION_PATH


def check_for_update(server_url: str | None, *, current: str = __version__,
                     timeout: float = TIMEOUT_SECONDS) -> UpdateInfo | None:
    """The server's answer, or None when there is no server, no network, or no sensible answer."""
    import httpx  # loaded in the worker, not at start

    from pixdesk.sync.client import InvalidServerUrl, check_server_url

    try:
        base = check_server_url(server_url or "")  # the sync's rule: https, or plain http to this machine only
    except InvalidServerUrl:
        return None
    try:
        response = httpx.get(version_url(base), timeout=timeout, follow_redirects=False,
                             headers={"Accept": "application/vnd.api+json",
                                      "User-Agent": f"PixDesk/{current}"})
        response.raise_for_status()
        attributes = response.json()["data"]["attributes"]
        latest = attributes["latest"]
        download = attributes.get("download-url")
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(latest, str) or not re.match(r"\d+(\.\d+)*", latest):
        return None
    if not (isinstance(download, str) and download.startswith("https://")):
        download = None  # never offer to open anything but an https address
    return UpdateInfo(current, latest, download)
