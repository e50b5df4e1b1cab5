"""Mass import of sessions with the platform's file (reference section 3): one row per candidate, sessions grouped.

Rows with the same site, room, date and time form one session (their invigilators are joined, as the platform
merges them since PR #5534); a row whose session columns are all empty continues the previous row's session; a
filled "Numéro de session préexistante" gives that session the file's candidates, replacing its list, as the
platform does. Every problem is reported at once with its line; all sessions and candidates are stored in one
transaction, or nothing is. Non-blocking warnings, as the platform's: a session without candidates is created
(EMPTY_SESSION); a candidate twice in a session is kept once (DUPLICATE_CANDIDATE_IN_SESSION).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from pixdesk.documents.candidate_import import CandidateRowReader
from pixdesk.documents.cell_values import CellTooLong, date_value, is_blank, text_value, time_value
from pixdesk.documents.import_problems import LineProblem, LineWarning, line_problem, line_warning, refuse
from pixdesk.documents.sheet_headers import CANDIDATE_STEMS, HeaderRow, Vocabulary, find_header
from pixdesk.documents.spreadsheet import HEADER_SEARCH_ROWS, read_sheet
from pixdesk.models.candidate_rules import CandidateValues, validate_candidate
from pixdesk.models.codes import generate_access_code, generate_invigilator_password
from pixdesk.models.errors import DomainError, ValidationError
from pixdesk.models.session_rules import SessionInput, SessionValues, validate_session
from pixdesk.models.tables import CertificationSession
from pixdesk.models.text import fold
from pixdesk.services.candidates import enrol_all, ensure_list_editable, joined_candidates, replace_all
from pixdesk.services.centres import current_centre, policy_of
from pixdesk.services.changes import CREATE, record_change
from pixdesk.store import Database

SESSION_FIELDS = ("session_id", "site", "room", "date", "time", "examiner", "description")
SESSION_STEMS = (
    ("numero de session", "session_id"), ("existing session", "session_id"), ("session number", "session_id"),
    ("nom du site", "site"), ("site name", "site"), ("nom de la salle", "room"), ("room name", "room"),
    ("date de debut", "date"), ("start date", "date"), ("heure de debut", "time"), ("start time", "time"),
    ("surveillant", "examiner"), ("invigilator", "examiner"), ("examiner", "examiner"),
    ("observations", "description"),
)
SESSION_VOCABULARY = Vocabulary([], SESSION_STEMS + CANDIDATE_STEMS)
REQUIRED = frozenset({"site", "room", "date", "time", "examiner", "last_name", "first_name"})


@dataclass
class _Group:
    first_line: int
    session_id: int | None
    input: SessionInput
    examiners: list[str] = field(default_factory=list)
    candidates: list[tuple[int, CandidateValues]] = field(default_factory=list)
    values: SessionValues | None = None


@dataclass(frozen=True)
class ImportedSession:
    id: int
    access_code: str
    created: bool
    candidate_count: int

    def as_json(self) -> dict:
        return {"id": self.id, "access_code": self.access_code, "created": self.created,
                "candidate_count": self.candidate_count}


@dataclass(frozen=True)
class SessionImportResult:
    sessions: list[ImportedSession]
    warnings: list[LineProblem]

    @property
    def created_count(self) -> int:
        return sum(1 for s in self.sessions if s.created)

    @property
    def candidate_count(self) -> int:
        return sum(s.candidate_count for s in self.sessions)

    def as_json(self) -> dict:
        return {"sessions": [s.as_json() for s in self.sessions], "created": self.created_count,
                "candidates": self.candidate_count, "warnings": [w.as_json() for w in self.warnings]}


def import_sessions(db: Database, path: Path | str, *, today: date | None = None,
                    is_cancelled: Callable[[], bool] | None = None) -> SessionImportResult:
    sheet = read_sheet(path, is_cancelled=is_cancelled)
    header = find_header(sheet.rows, SESSION_VOCABULARY, (REQUIRED,), HEADER_SEARCH_ROWS)
    if header is None:
        raise refuse("IMPORT_UNKNOWN_SESSION_LAYOUT", rows=HEADER_SEARCH_ROWS)
    with db.session() as session:
        policy = policy_of(current_centre(session))
    session_columns = {f: c for f, c in header.columns.items() if f in SESSION_FIELDS}
    reader = CandidateRowReader(
        HeaderRow(header.index, {f: c for f, c in header.columns.items() if f not in SESSION_FIELDS},
                  header.complementary), legacy=False, policy=policy)
    groups: dict[tuple, _Group] = {}
    problems: list[LineProblem] = []
    warnings: list[LineProblem] = []
    group: _Group | None = None
    for index in range(header.index + 1, len(sheet.rows)):
        row, line = sheet.rows[index], sheet.line(index)
        cells = {f: row[c] for f, c in session_columns.items() if c < len(row) and not is_blank(row[c])}
        data, row_problems, row_warnings = reader.read(row)
        if not cells and data is None:
            continue
        # A row with candidate columns only continues the previous row's session, as on the platform.
        if cells or group is None:
            group = _group_of(groups, cells, line, problems)
        if data is None:
            continue
        try:
            values = validate_candidate(data, policy, warnings=row_warnings)
        except ValidationError as error:
            fields = {p.field for p in row_problems}
            row_problems += [p for p in error.problems if p.field not in fields]
        if row_problems:
            problems.extend(line_problem(line, p) for p in row_problems)
        elif group is not None:
            warnings.extend(line_warning(line, w) for w in row_warnings)
            _add_candidate(group, line, values, warnings)
    if not groups and not problems:
        raise refuse("IMPORT_NO_SESSIONS")
    with db.session() as session:
        for group in groups.values():
            _check_group(session, group, today or date.today(), problems)
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: p.line))
    warnings += [LineWarning("EMPTY_SESSION", None, {"line": g.first_line}) for g in groups.values() if not g.candidates]
    return SessionImportResult(_store(db, list(groups.values())), sorted(warnings, key=lambda w: w.line))


def _group_of(groups: dict, cells: dict, line: int, problems: list[LineProblem]) -> _Group | None:
    def text(name: str) -> str | None:
        try:
            return text_value(cells.get(name))
        except CellTooLong:
            problems.append(LineProblem("IMPORT_CELL_TOO_LONG", name, {"line": line, "max": 1000}))
            return None

    raw_id = text("session_id")
    if raw_id is not None:
        if any(name != "session_id" for name in cells):
            problems.append(LineProblem("INFORMATION_NOT_ALLOWED_WITH_SESSION_ID", "session_id", {"line": line}))
        if not raw_id.isdigit() or int(raw_id) <= 0:
            problems.append(LineProblem("SESSION_ID_NOT_VALID", "session_id", {"line": line, "value": raw_id}))
            return None
        key = ("existing", int(raw_id))
        return groups.setdefault(key, _Group(line, int(raw_id), SessionInput()))
    try:
        start = date_value(cells.get("date"))
    except ValueError:
        start = text("date")
    data = SessionInput(site=text("site"), room=text("room"), date=start, time=time_value(cells.get("time")),
                        examiner=None, description=text("description"))
    key = ("new", fold(data.site), fold(data.room), str(data.date), data.time)
    group = groups.setdefault(key, _Group(line, None, data))
    examiner = text("examiner")
    if examiner and examiner not in group.examiners:
        group.examiners.append(examiner)
    if group.input.description is None:
        group.input.description = data.description
    return group


def _add_candidate(group: _Group, line: int, values: CandidateValues, warnings: list[LineProblem]) -> None:
    """The same candidate twice in a session is kept once, with the platform's non-blocking warning."""
    for other_line, other in group.candidates:
        if other.identity_key == values.identity_key:
            warnings.append(LineWarning("DUPLICATE_CANDIDATE_IN_SESSION", None,
                                        {"line": line, "same_as_line": other_line}))
            return
    group.candidates.append((line, values))


def _check_group(session: Session, group: _Group, today: date, problems: list[LineProblem]) -> None:
    if group.session_id is None:
        group.input.examiner = ", ".join(group.examiners) or None
        try:
            group.values = validate_session(group.input, today=today)
        except ValidationError as error:
            problems.extend(line_problem(group.first_line, p) for p in error.problems)
            return
        existing = _same_slot(session, group.values)
        if existing is not None:
            problems.append(LineProblem("SESSION_WITH_DATE_AND_TIME_ALREADY_EXISTS", None,
                                        {"line": group.first_line, "id": existing}))
        return
    row = session.get(CertificationSession, group.session_id)
    if row is None:
        problems.append(LineProblem("SESSION_NOT_FOUND", "session_id", {"line": group.first_line,
                                                                        "id": group.session_id}))
        return
    # The file's candidates replace the session's list, as on the platform: no duplicate with the stored ones.
    try:
        ensure_list_editable(row, joined_candidates(session, row.id), adding=True)
    except DomainError as error:
        problems.extend(line_problem(group.first_line, p) for p in error.problems)


def _same_slot(session: Session, values: SessionValues) -> int | None:
    """A stored session at the same site, room, date and time: importing the file twice must not double it."""
    rows = session.exec(select(CertificationSession).where(CertificationSession.date == values.date,
                                                           CertificationSession.time == values.time))
    for row in rows:
        if fold(row.site) == fold(values.site) and fold(row.room) == fold(values.room):
            return row.id
    return None


def _store(db: Database, groups: list[_Group]) -> list[ImportedSession]:
    """All sessions and candidates in one transaction: a failure leaves the store as it was."""
    imported = []
    with db.transaction() as session:
        centre = current_centre(session)
        for group in groups:
            if group.session_id is None:
                row = _new_session(session, centre.id, group.values)
            else:
                row = session.get(CertificationSession, group.session_id)
                ensure_list_editable(row, joined_candidates(session, row.id), adding=True)
            values = [values for _, values in group.candidates]
            if group.session_id is None:
                enrol_all(session, row, values)
            else:
                replace_all(session, row, values)  # the file's candidates replace the list, as on the platform
            imported.append(ImportedSession(row.id, row.access_code, group.session_id is None, len(values)))
    return imported


def _new_session(session: Session, centre_id: int, values: SessionValues) -> CertificationSession:
    def taken(code: str) -> bool:
        return session.exec(select(CertificationSession.id).where(CertificationSession.access_code == code)).first() \
            is not None

    row = CertificationSession(
        certification_center_id=centre_id, site=values.site, room=values.room, date=values.date, time=values.time,
        examiner=values.examiner, description=values.description, access_code=generate_access_code(taken),
        invigilator_password=generate_invigilator_password(),
    )
    session.add(row)
    record_change(session, row, CREATE)
    return row
