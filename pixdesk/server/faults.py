"""A test hook to kill the server at a chosen point of a write, for the sync's fault tests: the process dies as a
power cut or `kill -9` would take it, just before the write's transaction commits, or just after (the answer is
then lost: the desktop must retry without writing twice).

`PIXDESK_SERVER_DIE_AT="after-commit POST /certification-candidates$ 2"`: die at that point on the 2nd write
whose method and path match (a regular expression searched in the path; the count defaults to 1). Unset, as in
any real deployment, it costs one dictionary lookup per write."""

from __future__ import annotations

import os
import re
import sys
import threading

ENV_VAR = "PIXDESK_SERVER_DIE_AT"
POINTS = ("before-commit", "after-commit")
_seen = 0
_lock = threading.Lock()


def point(name: str, method: str, path: str) -> None:
    spec = os.environ.get(ENV_VAR)
    if not spec:
        return
    parts = spec.split()
    where, wanted_method, pattern = parts[0], parts[1], parts[2]
    nth = int(parts[3]) if len(parts) > 3 else 1
    if where != name or wanted_method != method or not re.search(pattern, path):
        return
    global _seen
    with _lock:
        _seen += 1
        if _seen != nth:
            return
    sys.stderr.write(f"pixdesk-server: dying {name} of {method} {path} ({ENV_VAR})\n")
    sys.stderr.flush()
    os._exit(70)
