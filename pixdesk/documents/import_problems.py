"""How import problems are reported: the whole file refused, or one line of it ("Ligne 14 : Code postal : …")."""

from __future__ import annotations

from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.fields import field_label
from pixdesk.models.messages import message

class LineProblem(Problem):
    """A problem on one spreadsheet line; `params["line"]` is the line number the user sees in their sheet."""

    names_field = True  # the message starts with the field's label ("Ligne 3 : Code postal : …")

    @property
    def line(self) -> int:
        return int(self.params["line"])

    def message(self, lang: str | None = None) -> str:
        detail = message(self.code, lang, **self.params)
        if "same_as_line" in self.params:
            detail += message("IMPORT_SAME_AS_LINE", lang, line=self.params["same_as_line"])
        if "hint" in self.params:
            detail += " " + message(str(self.params["hint"]), lang, **self.params)
        label = field_label(self.field, lang) if self.names_field else None
        if label:
            return message("IMPORT_LINE_FIELD", lang, line=self.line, field=label, detail=detail)
        return message("IMPORT_LINE", lang, line=self.line, detail=detail)

    def as_json(self) -> dict:
        return {"line": self.line, "field": self.field, "code": self.code, "message": self.message()}


def line_problem(line: int, problem: Problem) -> LineProblem:
    return LineProblem(problem.code, problem.field, {**problem.params, "line": line})


class LineWarning(LineProblem):
    """A value accepted but dropped or changed, as the platform would, on one line: the import goes on. Its text
    names the field itself ("Ligne 12 : Temps majoré « abc » ignoré"); `field` still names it for --json."""

    names_field = False


def line_warning(line: int, problem: Problem) -> LineWarning:
    return LineWarning(problem.code, problem.field, {**problem.params, "line": line})


class FileRefused(DomainError):
    """The whole file cannot be imported (unreadable, hostile, unknown layout): nothing was read into the store."""


def refuse(code: str, **params: object) -> FileRefused:
    return FileRefused(Problem(code, "file", params))


class ImportCancelled(Exception):
    """The user cancelled: nothing was changed."""
