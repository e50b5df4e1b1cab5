"""Errors the domain rules raise; each carries the platform's code and names the field at fault."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from pixdesk.models.messages import message


@dataclass(frozen=True)
class Problem:
    """One rule broken by one field. `field` is the domain attribute name (e.g. "birth_postal_code")."""

    code: str
    field: str | None = None
    params: dict[str, object] = dataclass_field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


class DomainError(Exception):
    """A refused action: the store is left as it was."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(f"{p.code}" for p in self.problems))

    @property
    def code(self) -> str:
        return self.problems[0].code

    def messages(self, lang: str | None = None) -> list[str]:
        return [p.message(lang) for p in self.problems]


class ValidationError(DomainError):
    """Input that breaks one or more field rules."""


class NotFoundError(DomainError):
    """The session or candidate asked for does not exist."""
