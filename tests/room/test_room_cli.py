"""The room's commands: the JSON keys the issue names, one line and exit 2 on bad input, nothing written then."""

import json
import sqlite3
from contextlib import closing
from datetime import date, datetime

import pytest

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import candidates, sessions

INCIDENT_KEYS = {"id", "candidate_id", "code", "category", "subcategory", "question_number", "description",
                 "noted_at"}
EVENT_KEYS = {"id", "sequence", "kind", "candidate_id", "data", "recorded_at", "hash"}


@pytest.fixture
def session_ids(db):
    # Started at midnight: "presence not confirmed" needs the start to have passed, whatever the hour the tests
    # run (with 08:00 the test failed before 8 a.m.).
    created = sessions.create_session(db, SessionInput("Centre Testix", "45", date.today().isoformat(), "00:00",
                                                       "Eric Martin"), allow_past=True)
    people = [candidates.add_candidate(db, created.id, CandidateInput(last, first, "F", "1990-01-01", "France",
                                                                       "76351", extra_time_percentage=extra)).id
              for last, first, extra in (("Dupont", "Julie", None), ("Neige", "Jeanne", 33))]
    return created.id, people


def events_in(db_path):
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM room_event").fetchone()[0]


def json_ok(run, *args):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_attendance_runs_a_test_from_presence_to_end_screen(run, session_ids):
    session_id, (julie, jeanne) = session_ids
    sid = str(session_id)
    state = json_ok(run, "attendance", sid, "--candidate", str(julie), "present")
    assert (state["candidate_id"], state["state"], state["started_at"]) == (julie, "present", None)
    state = json_ok(run, "attendance", sid, "--candidate", str(julie), "start")
    assert state["state"] == "running" and state["theoretical_end_at"] and state["event_id"]
    assert 105 * 60 - 5 <= state["time_left_seconds"] <= 105 * 60
    assert json_ok(run, "attendance", sid, "--candidate", str(julie), "resume")["resumes"] == 1
    done = json_ok(run, "attendance", sid, "--candidate", str(julie), "end-screen-seen")
    assert (done["state"], done["completed"], done["end_screen_seen"]) == ("finished", True, True)
    code, out, _ = run("attendance", sid, "--candidate", str(jeanne), "start")
    assert code == 0 and out.startswith("Jeanne Neige : en cours (début ") and "fin théorique" in out
    ended = json_ok(run, "attendance", sid, "--candidate", str(jeanne), "abandon", "--reason", "technical")
    assert (ended["state"], ended["abort_reason"], ended["completed"]) == ("abandoned", "technical", False)


@pytest.mark.parametrize(("args", "expected"), [
    (("--candidate", "{other}", "present"), "--candidate: Le candidat {other} n'est pas inscrit à la session {sid}."),
    (("--candidate", "abc", "present"), "--candidate: Numéro de candidat invalide « abc »."),
    (("--candidate", "{julie}", "end"), "--candidate: Julie Dupont : impossible de mettre fin au test, le candidat "
                                        "est « à venir »."),
    (("--candidate", "{julie}", "start", "--at", "7h99"), "--at: Heure invalide « 7h99 » : attendu HH:MM, par ex. "
                                                         "10:05."),
    (("--candidate", "{julie}", "start", "--reason", "technical"), "--reason: Une raison ne se donne qu'avec "
                                                                   "abandon."),
])
def test_bad_attendance_exits_2_with_one_line_and_writes_nothing(run, db, db_path, session_ids, args, expected):
    session_id, (julie, _) = session_ids
    other = sessions.create_session(db, SessionInput("Annexe", "2", "2030-01-01", "09:00", "X")).id
    stranger = candidates.add_candidate(db, other, CandidateInput("Autre", "Personne", "M", "1990-01-01", "France",
                                                                  "76351")).id
    values = {"julie": julie, "other": stranger, "sid": session_id}
    before = events_in(db_path)
    code, out, err = run("attendance", str(session_id), *(a.format(**values) for a in args))
    assert (code, out) == (2, "")
    assert err.splitlines() == [expected.format(**values)]
    assert events_in(db_path) == before


def test_incident_add_list_correct_remove(run, db_path, session_ids):
    session_id, (julie, jeanne) = session_ids
    sid = str(session_id)
    added = json_ok(run, "incident", "add", sid, "--candidate", str(julie), "--code", "e3", "--question", "12")
    assert set(added) >= INCIDENT_KEYS
    assert (added["code"], added["category"], added["subcategory"], added["question_number"]) == (
        "E3", "IN_CHALLENGE", "FILE_NOT_OPENING", 12)
    c3 = json_ok(run, "incident", "add", sid, "--candidate", str(jeanne), "--code", "C3", "--description",
                 "Sortie sans voir l'écran de fin", "--exit-time", "9h42")
    assert (c3["category"], c3["subcategory"], c3["exit_time"]) == ("LATE_OR_LEAVING", "LEFT_EXAM_ROOM", "09:42")
    listed = json_ok(run, "incident", "list", sid)
    assert [i["id"] for i in listed] == [added["id"], c3["id"]] and all(set(i) >= INCIDENT_KEYS for i in listed)
    code, out, _ = run("incident", "list", sid)
    assert code == 0 and added["id"][:8] in out and "Julie Dupont" in out and "09:42 – Sortie" in out
    corrected = json_ok(run, "incident", "correct", sid, added["id"][:8], "--code", "E4", "--question", "13")
    assert (corrected["id"], corrected["code"], corrected["question_number"]) == (added["id"], "E4", 13)
    code, out, _ = run("incident", "remove", sid, c3["id"])
    assert code == 0 and "retiré" in out
    assert [i["code"] for i in json_ok(run, "incident", "list", sid)] == ["E4"]
    kinds = [e["kind"] for e in json_ok(run, "journal", sid)]
    assert kinds == ["incident_noted", "incident_noted", "incident_corrected", "incident_removed"]


def test_a_room_wide_incident_goes_to_everyone_in_the_room(run, session_ids):
    session_id, (julie, jeanne) = session_ids
    sid = str(session_id)
    code, _, err = run("incident", "add", sid, "--candidate", "all", "--code", "A1", "--description", "Réseau")
    assert code == 2 and err.startswith("--candidate: Aucun candidat concerné")
    run("attendance", sid, "--candidate", f"{julie},{jeanne}", "start")
    noted = json_ok(run, "incident", "add", sid, "--candidate", "all", "--code", "A1", "--description", "Réseau")
    assert sorted(i["candidate_id"] for i in noted) == [julie, jeanne]


@pytest.mark.parametrize(("args", "expected"), [
    (("--code", "Z9"), "--code: Code de signalement inconnu « Z9 » (par ex. C1, E3, A2)."),
    (("--code", "E3"), "--question: Le code E3 demande le numéro de la question (de 1 à 500)."),
    (("--code", "E3", "--question", "501"), "--question: Numéro de question invalide « 501 » : de 1 à 500."),
    (("--code", "E3", "--question", "douze"), "--question: Numéro de question invalide « douze » : de 1 à 500."),
    (("--code", "C6", "--question", "3"), "--question: Le code C6 ne porte pas sur une question : pas de numéro de "
                                          "question."),
    (("--code", "A2", "--description", "x" * 501), "--description: La description dépasse 500 caractères (501)."),
    (("--code", "C3", "--description", "Parti"), "--exit-time: Le code C3 demande l'heure de sortie du candidat "
                                                 "(HH:MM)."),
])
def test_bad_incidents_exit_2_with_one_line_and_write_nothing(run, db_path, session_ids, args, expected):
    session_id, (julie, _) = session_ids
    code, out, err = run("incident", "add", str(session_id), "--candidate", str(julie), *args)
    assert (code, out, err.splitlines()) == (2, "", [expected])
    assert events_in(db_path) == 0


def test_a_finalised_session_refuses_room_actions(run, db, db_path, session_ids):
    session_id, (julie, _) = session_ids
    from pixdesk.models.tables import CertificationSession, utc_now
    with db.transaction() as store:
        store.get(CertificationSession, session_id).finalized_at = utc_now()
    for args in (("attendance", str(session_id), "--candidate", str(julie), "present"),
                 ("incident", "add", str(session_id), "--candidate", str(julie), "--code", "C6")):
        code, _, err = run(*args)
        assert (code, err) == (2, "Cette session a déjà été finalisée.\n")
    assert events_in(db_path) == 0


def test_the_journal_lists_events_with_their_hashes_and_catches_tampering(run, db_path, session_ids):
    session_id, (julie, _) = session_ids
    sid = str(session_id)
    code, out, _ = run("journal", sid)
    assert code == 0 and "Journal vide" in out
    now = datetime.now().strftime("%H:%M")  # the current minute: never ahead of the clock
    assert run("attendance", sid, "--candidate", str(julie), "start", "--at", now)[0] == 0
    run("attendance", sid, "--candidate", str(julie), "end-screen-seen")
    events = json_ok(run, "journal", sid)
    assert all(set(e) >= EVENT_KEYS for e in events)
    assert [(e["sequence"], e["kind"], e["candidate_id"]) for e in events] == [
        (1, "test_started", julie), (2, "end_screen_seen", julie)]
    assert events[0]["data"]["at"].endswith("+00:00") and events[1]["previous_hash"] == events[0]["hash"]
    code, out, _ = run("journal", sid)
    assert f"Empreinte du journal : {events[-1]['hash']}" in out and "Chaîne vérifiée : 2 événement(s)" in out
    # Someone edits the file behind PixDesk's back (dropping the trigger that forbids it).
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DROP TRIGGER room_event_no_update")
        conn.execute("UPDATE room_event SET kind = 'test_ended' WHERE sequence = 2")
        conn.commit()
    code, _, err = run("journal", sid)
    assert code == 1 and err.startswith(f"Le journal de la session {session_id} a été modifié : l'événement n° 2")


def test_room_json_and_the_session_and_centre_settings(run, session_ids):
    session_id, (julie, jeanne) = session_ids
    sid = str(session_id)
    assert json_ok(run, "session", "update", sid, "--test-length", "150")["test_length_minutes"] == 150
    code, _, err = run("session", "update", sid, "--test-length", "0")
    assert code == 2 and err.startswith("--test-length: Durée du test invalide « 0 »")
    assert json_ok(run, "centre", "update", "--incident-grid", "pix")["incident_grid"] == "pix"
    code, _, err = run("centre", "update", "--incident-grid", "papier")
    assert code == 2 and err.startswith("--incident-grid: Grille de signalements inconnue")
    run("attendance", sid, "--candidate", str(jeanne), "start")
    snapshot = json_ok(run, "room", sid)
    assert snapshot["test_length_minutes"] == 150 and snapshot["verified"]
    by_id = {c["candidate_id"]: c for c in snapshot["candidates"]}
    # 150 minutes with 33 % extra time: 199 min 30 s.
    assert 199 * 60 + 25 <= by_id[jeanne]["time_left_seconds"] <= 199 * 60 + 30
    assert "presence_missing" in by_id[julie]["attention"] and snapshot["attention_count"] >= 1
    code, _, err = run("room", "999")  # refused before any window opens
    assert (code, err) == (2, "SESSION_ID: La session 999 n'existe pas.\n")
