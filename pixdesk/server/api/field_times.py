"""The later change wins, field by field: a write says when it was made (`PixDesk-Changed-At`, the desktop's time
of the edit; else its arrival), each session and candidate keeps per field when its value last changed, and a
field changed by an older write arriving late is left as it is (the answer lists it in `meta.superseded`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from pixdesk.server.security import aware, utc_now

HEADER = "pixdesk-changed-at"


def changed_at(header: str | None) -> datetime | None:
    """The header's time, never later than now (a desktop whose clock runs ahead would otherwise always win)."""
    if not header:
        return None
    try:
        moment = datetime.fromisoformat(header.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return min(aware(moment), utc_now())


def split(names: Iterable[str], stored: Mapping[str, str] | None, when: datetime) -> tuple[list[str], list[str]]:
    """(names to apply, names superseded by a later change already here)."""
    times = stored or {}
    applied, superseded = [], []
    for name in names:
        last = times.get(name)
        (superseded if last and aware(datetime.fromisoformat(last)) > when else applied).append(name)
    return applied, superseded


def stamped(stored: Mapping[str, str] | None, names: Iterable[str], when: datetime) -> dict[str, str]:
    return {**(stored or {}), **{name: when.isoformat() for name in names}}


def conflicts(given: Mapping[str, object], base: object, current: Mapping[str, object],
              superseded: Iterable[str], when: datetime, author: str) -> list[dict]:
    """Fields changed here since the writer last saw them (its `meta.base` value differs from the value here) and
    set to something else: the later change wins (see `split`), and both values are kept in the change's
    `meta.conflicts`, which every desktop receives with the change and shows to the manager."""
    if not isinstance(base, Mapping):
        return []
    lost = set(superseded)
    found = []
    for name, value in given.items():
        if name not in base or base[name] == current.get(name) or value == current.get(name):
            continue
        kept, discarded = (current.get(name), value) if name in lost else (value, current.get(name))
        found.append({"field": name, "kept": kept, "discarded": discarded,
                      "winner": "earlier-write" if name in lost else "this-write", "author": author,
                      "changed-at": when.isoformat()})
    return found
