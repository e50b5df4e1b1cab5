"""`pixdesk finalise SESSION_ID …`: the finalisation wizard's three steps in one command, same rules and code.

The answers start from the room's journal (not from a wizard draft: a script gets the same result every time);
`--end-screen-seen` adds to the end screens the journal already holds, `--abort` gives or replaces a reason.
"""

from __future__ import annotations

import argparse
import sys

from pixdesk.cli.context import CommandContext, parse_id
from pixdesk.cli.output import option_for, print_json
from pixdesk.models.errors import DomainError, Problem, ValidationError
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

EXIT_INVALID = 2
OPTIONS = {"abort_reason": "--abort", "end_screen_seen": "--end-screen-seen", "attach": "--attach",
           "examiner_global_comment": "--comment", "examiner_comment": "--abort", "session_id": "SESSION_ID",
           "incident": None, "kind": "--attach"}
DONE = QT_TRANSLATE_NOOP("cli", "Session {id} finalisée le {date} à {time} par {by}.")
COUNTS = QT_TRANSLATE_NOOP("cli", "{started} candidat(s) ayant commencé : {completed} terminé(s), {unfinished} non "
                                  "terminé(s) ; {reports} signalement(s), {documents} document(s) joint(s).")
FINGERPRINT = QT_TRANSLATE_NOOP("cli", "Empreinte du journal : {fingerprint}")
NEXT = QT_TRANSLATE_NOOP("cli", "Prête à être envoyée à la prochaine synchronisation. Récépissé : pixdesk export "
                                "finalisation-receipt {id} -o recepisse.pdf")
CANDIDATE_PREFIX = QT_TRANSLATE_NOOP("cli", "{name} (n° {id}) : ")
EXPECTED_ABORT = QT_TRANSLATE_NOOP("cli", "CANDIDAT=candidate ou CANDIDAT=technical")
EXPECTED_IDS = QT_TRANSLATE_NOOP("cli", "all ou des numéros de candidats séparés par des virgules")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("finalise", parents=[common],
                                   help="finalise a session from its room journal / finaliser la session")
    parser.add_argument("session_id", metavar="SESSION_ID")
    parser.add_argument("--end-screen-seen", metavar="all|ID,ID…",
                        help="candidats dont l'écran de fin de test a été vu (en plus de ceux du journal)")
    parser.add_argument("--abort", action="extend", nargs="+", default=[], metavar="CANDIDATE_ID=REASON",
                        help="raison de l'abandon d'un candidat non terminé : candidate ou technical")
    parser.add_argument("--attach", action="extend", nargs="+", default=[], metavar="FILE",
                        help="document à joindre (PDF, PNG, JPEG ; 10 Mo au plus)")
    parser.add_argument("--comment", metavar="TEXT", help="commentaire global sur la session (500 caractères au plus)")
    parser.add_argument("--has-incident", action="store_true",
                        help="un ou plusieurs incidents ont impacté la session dans son ensemble")
    parser.add_argument("--has-joining-issue", action="store_true",
                        help="un ou plusieurs candidats ont eu des difficultés à rejoindre la session")
    parser.set_defaults(handler=finalise_command)


def finalise_command(ctx: CommandContext) -> int:
    from pixdesk.services import finalisation as fin

    session_id = parse_id(ctx.args.session_id, "session_id")
    state = fin.load_finalisation(ctx.db, session_id)
    try:
        answers, attachments = _answers(ctx.args, state)
        record = _finalise(ctx, session_id, answers, attachments)
    except DomainError as error:
        report_refusal(error, state, ctx.as_json)
        return EXIT_INVALID
    done = fin.load_finalisation(ctx.db, session_id)
    if ctx.as_json:
        print_json(result_json(done, record))
        return 0
    when = done.session.finalized_at.astimezone()
    print(translate("cli", DONE).format(id=session_id, date=when.strftime("%d/%m/%Y"), time=when.strftime("%H:%M"),
                                        by=record.finalized_by))
    completed = sum(1 for x in done.lines if x.completed)
    print(translate("cli", COUNTS).format(started=len(done.lines), completed=completed,
                                          unfinished=len(done.lines) - completed,
                                          reports=len(record.issue_reports), documents=len(record.documents)))
    print(translate("cli", FINGERPRINT).format(fingerprint=record.journal_fingerprint))
    print(translate("cli", NEXT).format(id=session_id))
    return 0


def _finalise(ctx: CommandContext, session_id: int, answers, attachments):
    from pixdesk.services import finalisation as fin
    from pixdesk.services.clock import RoomClock

    return fin.finalise(ctx.db, session_id, answers, clock=RoomClock(), attachments=attachments)


def _answers(args: argparse.Namespace, state):
    """The answers the options give, over the journal's; every option problem and every file problem at once."""
    from pixdesk.models.finalisation import Answers, answers_after
    from pixdesk.services.attachments import read_attachments

    problems: list[Problem] = []
    lines = {line.candidate_id: line for line in state.lines}
    answers = Answers(comment=args.comment, has_incident=args.has_incident, has_joining_issue=args.has_joining_issue)
    if args.end_screen_seen is not None:
        for candidate_id in _seen_ids(args.end_screen_seen, lines, problems):
            answers = answers_after(answers, lines[candidate_id].journal, end_screen_seen=True)
    for item in args.abort:
        parsed = _abort(item, lines, problems)
        if parsed is not None:
            answers = answers_after(answers, lines[parsed[0]].journal, abort_reason=parsed[1])
    attachments = []
    try:
        attachments = read_attachments(args.attach)
    except ValidationError as error:
        problems += error.problems
    if problems and not state.finalised:
        raise ValidationError(problems)
    return answers, attachments


def _candidate(text: str, lines: dict, problems: list[Problem], field: str, expected: str) -> int | None:
    try:
        candidate_id = parse_id(text.strip(), "candidate_id")
    except ValidationError:
        problems.append(Problem("FINALISATION_OPTION_NOT_VALID", field,
                                {"value": text, "expected": translate("cli", expected)}))
        return None
    if candidate_id not in lines:
        problems.append(Problem("FINALISATION_CANDIDATE_NOT_STARTED", field, {"id": candidate_id}))
        return None
    return candidate_id


def _seen_ids(value: str, lines: dict, problems: list[Problem]) -> list[int]:
    if value.strip().lower() in ("all", "tous"):
        return list(lines)
    parts = [part for part in value.split(",") if part.strip()]
    if not parts:
        problems.append(Problem("FINALISATION_OPTION_NOT_VALID", "end_screen_seen",
                                {"value": value, "expected": translate("cli", EXPECTED_IDS)}))
    found = [_candidate(part, lines, problems, "end_screen_seen", EXPECTED_IDS) for part in parts]
    return [c for c in found if c is not None]


def _abort(item: str, lines: dict, problems: list[Problem]) -> tuple[int, str] | None:
    candidate, sep, reason = item.partition("=")
    if not sep or not reason.strip():
        problems.append(Problem("FINALISATION_OPTION_NOT_VALID", "abort_reason",
                                {"value": item, "expected": translate("cli", EXPECTED_ABORT)}))
        return None
    candidate_id = _candidate(candidate, lines, problems, "abort_reason", EXPECTED_ABORT)
    # An unknown reason goes on to the shared rules, which name it as the platform does (ABORT_REASON_NOT_VALID).
    return None if candidate_id is None else (candidate_id, reason.strip().lower())


def _option(field: str | None) -> str | None:
    return OPTIONS[field] if field in OPTIONS else option_for(field)


def report_refusal(error: DomainError, state, as_json: bool) -> None:
    """One line per problem; a problem about several candidates is one line per candidate, naming them."""
    names = {x.candidate_id: f"{x.journal.first_name} {x.journal.last_name}" for x in state.lines}
    entries = []
    for problem in error.problems:
        candidates = [c for c in problem.params.get("candidates", []) if problem.code != "FINALISATION_INCIDENT_INCOMPLETE"]
        for candidate_id in candidates or [None]:
            entries.append((problem, candidate_id))
    if as_json:
        print_json({"errors": [{"code": p.code, "field": p.field, "message": p.message(), "candidate_id": c}
                               for p, c in entries]})
        return
    for problem, candidate_id in entries:
        option = _option(problem.field)
        prefix = f"{option}: " if option else ""
        if candidate_id is not None:
            prefix += translate("cli", CANDIDATE_PREFIX).format(name=names.get(candidate_id, "?"), id=candidate_id)
        print(f"{prefix}{problem.message()}", file=sys.stderr)


def result_json(state, record) -> dict:
    from pixdesk.services.sessions import json_time

    reports = [{"candidate_id": x.candidate_id, "last_name": x.journal.last_name, "first_name": x.journal.first_name,
                "has_seen_end_test_screen": x.end_screen_seen, "is_completed": x.completed,
                "abort_reason": x.abort_reason} for x in state.lines]
    issue_reports = [{"candidate_id": r["certification-course-id"], "incident_id": r["incident_id"],
                      "code": r["code"], "sent_as": r["sent_as"], **{
                          k.replace("-", "_"): v for k, v in r["document"]["data"]["attributes"].items()}}
                     for r in record.issue_reports]
    return {"session_id": state.session.id, "status": state.session.status,
            "finalized_at": json_time(state.session.finalized_at), "finalized_by": record.finalized_by,
            "journal_fingerprint": record.journal_fingerprint, "reports": reports, "issue_reports": issue_reports,
            "documents": record.documents}
