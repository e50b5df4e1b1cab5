"""When a session's candidate list may change (reference section 1), for the desktop and the server alike."""

from __future__ import annotations

from pixdesk.models.errors import DomainError, Problem


def check_list_editable(*, finalized: bool, any_joined: bool, adding: bool = False) -> None:
    """No change to the list once the session is finalised or a candidate has joined."""
    if finalized:
        raise DomainError(Problem("INDIVIDUAL_ENROL_NOT_ALLOWED" if adding else "CANDIDATE_LIST_FINALIZED"))
    if any_joined:
        raise DomainError(Problem("CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION" if adding else "CANDIDATE_LIST_LOCKED"))


def check_removable(*, joined: bool) -> None:
    if joined:
        raise DomainError(Problem("CANDIDATE_FORBIDDEN_DELETION"))
