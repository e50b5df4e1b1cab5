"""Importing a session's candidate list from the centre's spreadsheet (.ods, .xlsx, .csv).

Accepts the platform's current "Liste des candidats" and the 2021 attendance sheet (seed 004), wherever the
header row is. Every row is checked and every problem reported at once, each on its own spreadsheet line; only
when all rows pass is the session's list replaced, in one transaction. Safe to run from a worker thread: it
takes plain arguments, opens its own store sessions and reports progress through `progress(done, total)`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path


from pixdesk.documents.cell_values import (
    MAX_CELL_LENGTH, CellTooLong, FractionOutOfRange, IgnoredCell, code_value, date_value, extra_time_value,
    ignored_tick, rule_text, text_value, yes_value,
)
from pixdesk.documents.cell_values import is_blank as is_blank_cell
from pixdesk.documents.import_problems import ImportCancelled, LineProblem, line_problem, line_warning, refuse
from pixdesk.documents.sheet_headers import CANDIDATE_VOCABULARY, HeaderRow, find_header
from pixdesk.documents.spreadsheet import Sheet, read_sheet
from pixdesk.models.candidate_rules import (
    CandidateInput, CandidateValues, CentrePolicy, certification_label, validate_candidate,
)
from pixdesk.models.errors import Problem, ValidationError
from pixdesk.reference import geography
from pixdesk.services.candidates import (
    CandidateRecord, ensure_list_editable, joined_candidates, list_candidates, replace_candidates,
)
from pixdesk.services.centres import get_centre, policy_of
from pixdesk.services.sessions import load_session
from pixdesk.store import Database

LAYOUT_CURRENT = "current"
LAYOUT_2021 = "2021"
CURRENT_REQUIRED = frozenset({"last_name", "first_name", "birthdate", "sex"})
LEGACY_REQUIRED = frozenset({"last_name", "first_name", "birthdate", "birth_city", "birth_department"})
PROGRESS_EVERY = 500
_CONVERTERS = {"birthdate": date_value, "extra_time_percentage": extra_time_value,
               "birth_insee_code": code_value, "birth_postal_code": code_value, "birth_department": text_value}
_INPUT_FIELDS = frozenset(f.name for f in fields(CandidateInput)) - {"complementary_certification"}
_BIRTH_FIELDS = ("birth_country", "birth_insee_code", "birth_postal_code", "birth_city")
_BILLING_FIELDS = {"billing_mode": "CANDIDATE_BILLING_MODE_IGNORED",
                   "prepayment_code": "CANDIDATE_PREPAYMENT_CODE_IGNORED"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    session_id: int
    count: int
    incomplete_count: int
    layout: str
    records: list[CandidateRecord] | None = None
    warnings: tuple[LineProblem, ...] = ()  # values dropped or changed as the platform would: nothing blocked


@dataclass(frozen=True)
class ParsedCandidates:
    values: list[CandidateValues]
    layout: str
    warnings: tuple[LineProblem, ...] = ()

    @property
    def incomplete_count(self) -> int:
        return sum(1 for v in self.values if v.incomplete)


def import_candidates(db: Database, session_id: int, path: Path | str, *, progress: Progress | None = None,
                      is_cancelled: Callable[[], bool] | None = None, with_records: bool = False) -> ImportResult:
    """Replaces the session's list with the file's candidates, or raises DomainError listing every problem.

    `is_cancelled()` returning True stops the work with ImportCancelled; nothing is changed then."""
    cancelled = is_cancelled or (lambda: False)
    _ensure_editable(db, session_id)
    policy = policy_of(get_centre(db))
    with collection_paused():
        sheet = read_sheet(path, is_cancelled=cancelled)
        parsed = parse_candidates(sheet, policy, progress=progress, is_cancelled=cancelled)
        if cancelled():
            raise ImportCancelled()
        count = replace_candidates(db, session_id, parsed.values)
    records = list_candidates(db, session_id) if with_records else None
    return ImportResult(session_id, count, parsed.incomplete_count, parsed.layout, records, parsed.warnings)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Tens of thousands of short-lived, acyclic objects: the cyclic collector only slows them down.

    Row counts are bounded by the reader's limits, so memory stays bounded too."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _ensure_editable(db: Database, session_id: int) -> None:
    """The platform's refusal, before the file is even read."""
    with db.session() as session:
        ensure_list_editable(load_session(session, session_id), joined_candidates(session, session_id))


def parse_candidates(sheet: Sheet, policy: CentrePolicy, *, progress: Progress | None = None,
                     is_cancelled: Callable[[], bool] | None = None) -> ParsedCandidates:
    # Anywhere in the sheet, as the platform looks for it.
    header = find_header(sheet.rows, CANDIDATE_VOCABULARY, (CURRENT_REQUIRED, LEGACY_REQUIRED), len(sheet.rows))
    if header is None:
        raise refuse("IMPORT_UNKNOWN_LAYOUT")
    legacy = "sex" not in header.columns
    reader = CandidateRowReader(header, legacy, policy)
    # The 2021 sheet has no billing columns: like sex, billing is left to complete by hand.
    row_policy = replace(policy, type=None) if legacy and policy.billing_required else policy
    data_rows = sheet.rows[header.index + 1:]
    total = len(data_rows)
    values: list[CandidateValues] = []
    problems: list[LineProblem] = []
    warnings: list[LineProblem] = []
    first_line_of: dict[str, int] = {}
    for offset, row in enumerate(data_rows):
        if offset % PROGRESS_EVERY == 0:
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(offset, total)
        line = sheet.line(header.index + 1 + offset)
        data, row_problems, row_warnings = reader.read(row)
        if data is None:
            continue
        try:
            candidate = validate_candidate(data, row_policy, allow_missing_sex=legacy, warnings=row_warnings)
        except ValidationError as error:
            problems.extend(line_problem(line, p) for p in _merge(row_problems, error.problems))
            continue
        if row_problems:
            problems.extend(line_problem(line, p) for p in row_problems)
            continue
        key = candidate.identity_key
        if key in first_line_of:
            problems.append(LineProblem("DUPLICATE_CANDIDATE", None,
                                        {"line": line, "same_as_line": first_line_of[key]}))
            continue
        first_line_of[key] = line
        values.append(candidate)
        if row_warnings:
            warnings.extend(line_warning(line, w) for w in row_warnings)
    if problems:
        raise ValidationError(problems)
    if not values:
        raise refuse("IMPORT_NO_CANDIDATES")
    if progress is not None:
        progress(total, total)
    return ParsedCandidates(values, LAYOUT_2021 if legacy else LAYOUT_CURRENT, tuple(warnings))


def _merge(row_problems: list[Problem], rule_problems: Sequence[Problem]) -> list[Problem]:
    """A cell that could not be read is reported once: the rules' echo on the same field is dropped."""
    fields = {p.field for p in row_problems}
    if any(p.field in ("birth_city", "birth_department") for p in row_problems):
        fields.update(_BIRTH_FIELDS)
    return [*row_problems, *(p for p in rule_problems if p.field not in fields)]


class CandidateRowReader:
    """Turns one sheet row into CandidateInput, the problems met while reading its cells, and the warnings about
    values the platform would drop (an extra time "abc", an SCO centre's billing, a complementary tick "peut-être")."""

    def __init__(self, header: HeaderRow, legacy: bool, policy: CentrePolicy = CentrePolicy()):
        # An SCO centre's sheet has no billing columns for the platform: any there are ignored, not refused.
        ignored = set(_BILLING_FIELDS) if policy.billing_forbidden else set()
        self.plan = [(field, column, _CONVERTERS.get(field, rule_text)) for field, column in header.columns.items()
                     if (field in _INPUT_FIELDS and field not in ignored) or (legacy and field == "birth_department")]
        self.ignored = [(field, column) for field, column in header.columns.items() if field in ignored]
        self.complementary = list(header.complementary.items())
        self.legacy = legacy
        # Real lists repeat the same few countries and communes: each is looked up once.
        self._countries: dict[str, geography.Country | None] = {}
        self._communes: dict[tuple[str, str], geography.Commune | None] = {}

    def read(self, row: Sequence[object]) -> tuple[CandidateInput | None, list[Problem], list[Problem]]:
        width = len(row)
        values: dict[str, object] = {}
        problems: list[Problem] = []
        warnings: list[Problem] = []
        for field, column, convert in self.plan:
            if column >= width or row[column] == "" or row[column] is None:
                continue
            cell = row[column]
            try:
                value = convert(cell)
            except CellTooLong:
                problems.append(Problem("IMPORT_CELL_TOO_LONG", field, {"max": MAX_CELL_LENGTH}))
                continue
            except IgnoredCell as ignored:
                warnings.append(Problem("CANDIDATE_EXTRA_TIME_IGNORED", field, {"value": str(ignored)}))
                continue
            except FractionOutOfRange as number:
                problems.append(Problem("CANDIDATE_EXTRA_TIME_OUT_OF_RANGE", field, {
                    "value": text_value(number.cell), "percent": format(number.percent.normalize(), "f"),
                    "hint": "IMPORT_EXTRA_TIME_FRACTION"}))
                continue
            except ValueError:
                # Passed on as text: the rules then report the format, with the value the user typed.
                value = text_value(cell)
            if value is not None:
                values[field] = value
        ticked = []
        for key, column in self.complementary:
            cell = row[column] if column < width else None
            if cell is None or cell == "":
                continue
            if yes_value(cell):
                ticked.append(key)
            else:
                dropped = ignored_tick(cell)
                if dropped is not None:
                    warnings.append(Problem("CANDIDATE_COMPLEMENTARY_CERTIFICATION_IGNORED",
                                            "complementary_certification",
                                            {"value": dropped, "certification": certification_label(key)}))
        if not values and not problems and not ticked:
            return None, [], []
        for field, column in self.ignored:
            if column < width and not is_blank_cell(row[column]):
                warnings.append(Problem(_BILLING_FIELDS[field], field, {"value": text_value(row[column])}))
        department = values.pop("birth_department", None)
        data = CandidateInput(**values)
        if len(ticked) > 1:
            problems.append(Problem("CANDIDATE_MAX_ONE_COMPLEMENTARY_CERTIFICATION", "complementary_certification"))
        elif ticked:
            data.complementary_certification = ticked[0]
        if self.legacy:
            self._resolve_legacy_birth_place(data, department, problems)
        return data, problems, warnings

    def _country(self, name: str) -> geography.Country | None:
        if name not in self._countries:
            self._countries[name] = geography.find_country(name)
        return self._countries[name]

    def _resolve_legacy_birth_place(self, data: CandidateInput, department: str | None,
                                    problems: list[Problem]) -> None:
        """2021 sheets name the commune and its department; the rules want its INSEE code."""
        if data.birth_country is None and department is not None:
            data.birth_country = "France"
        country = self._country(data.birth_country) if data.birth_country else None
        if country is None or country.code != geography.FRANCE_INSEE_CODE or data.birth_city is None:
            return
        if department is None:
            problems.append(Problem("IMPORT_BIRTH_DEPARTMENT_REQUIRED", "birth_department"))
            return
        key = (department, data.birth_city)
        if key not in self._communes:
            matches = geography.find_communes_in_department(department, data.birth_city)
            current = [c for c in matches if c.is_current]
            self._communes[key] = current[0] if current else (matches[0] if matches else None)
        commune = self._communes[key]
        if commune is None:
            problems.append(Problem("IMPORT_COMMUNE_NOT_FOUND", "birth_city",
                                    {"city": data.birth_city, "department": department}))
            return
        data.birth_insee_code = commune.current_insee_code
        data.birth_city = data.birth_postal_code = None

