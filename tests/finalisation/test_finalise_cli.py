"""`pixdesk finalise`, `session show --json` after it, and the two finalisation exports, on a real store whose
journal came from room actions."""

from __future__ import annotations

import json

from pypdf import PdfReader

from pixdesk.services import room, sessions


def journal_size(db, session_id):
    return len(room.load_room(db, session_id).events)


def test_nobody_started_is_refused_in_one_line(run, empty_session):
    session_id, _ = empty_session
    code, out, err = run("finalise", str(session_id))
    assert code == 2 and out == ""
    assert err.strip() == "Cette session n'a pas débuté, vous ne pouvez pas la finaliser. Vous pouvez néanmoins " \
                          "la supprimer."


def test_missing_abort_reason_names_the_candidate_and_changes_nothing(run, db, exam):
    session_id, (_julie, michel, _jean, _anais) = exam
    before = journal_size(db, session_id)
    code, _, err = run("finalise", str(session_id), "--comment", "x" * 501)
    assert code == 2
    assert err.splitlines() == [
        f"--abort: Michel Durand (n° {michel}) : Une ou plusieurs certifications non terminées n'ont pas de "
        "“Raison de l’abandon” renseignées. La session ne peut donc pas être finalisée.",
        "--comment: Le commentaire global ne peut pas dépasser 500 caractères.",
    ]
    assert journal_size(db, session_id) == before and not sessions.get_session(db, session_id).finalized


def test_every_bad_option_and_file_at_once(run, db, exam, tmp_path, files):
    session_id, (julie, michel, _jean, anais) = exam
    fake_pdf = files.write(tmp_path, "scan.pdf", b"Bonjour, ceci n'est pas un PDF.")
    truncated = files.write(tmp_path, "photo.png", files.image()[:200])
    code, _, err = run("finalise", str(session_id), "--abort", f"{michel}", f"{anais}=candidate",
                       "--end-screen-seen", "abc", "--attach", str(fake_pdf), str(truncated),
                       str(tmp_path / "absent.jpg"))
    assert code == 2
    lines = err.splitlines()
    assert lines[0].startswith("--end-screen-seen: « abc » : attendu")
    assert lines[1].startswith(f"--abort: « {michel} » : attendu CANDIDAT=candidate")
    assert lines[2] == f"--abort: Le candidat {anais} n'a pas commencé son test d'après le journal : il n'a pas de " \
                       "ligne à finaliser."
    assert lines[3].startswith("--attach: Le fichier scan.pdf n'est ni un PDF, ni une image PNG ou JPEG")
    assert lines[4] == "--attach: Le fichier photo.png est endommagé : il ne s'ouvre pas comme un fichier PNG."
    assert lines[5].startswith("--attach: Fichier introuvable ou illisible") and len(lines) == 6


def test_unknown_reason_is_named_as_the_platform_does(run, exam):
    session_id, (_julie, michel, _jean, _anais) = exam
    code, out, _ = run("finalise", str(session_id), "--abort", f"{michel}=moon", "--json")
    assert code == 2
    assert [(e["code"], e["candidate_id"]) for e in json.loads(out)["errors"]] == [
        ("ABORT_REASON_NOT_VALID", michel)]


def test_finalise_from_the_journal_then_read_only(run, db, exam, tmp_path, files):
    session_id, (julie, michel, jean, _anais) = exam
    scan = files.write(tmp_path, "emargement.pdf", files.pdf(2))
    photo = files.write(tmp_path, "ecran.pdf", files.image("JPEG"))  # a JPEG named .pdf: judged by content
    code, out, err = run("finalise", str(session_id), "--abort", f"{michel}=candidate", "--attach", str(scan),
                         str(photo), "--comment", "Coupure réseau à 10 h 12.", "--has-incident",
                         "--end-screen-seen", "all", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["status"] == "finalized" and result["finalized_by"] == "local"
    assert [(r["candidate_id"], r["is_completed"], r["abort_reason"], r["has_seen_end_test_screen"])
            for r in result["reports"]] == [(julie, True, None, True), (michel, False, "candidate", True),
                                            (jean, False, "technical", True)]
    assert [(d["media_type"], d["kind"], d["page_count"]) for d in result["documents"]] == [
        ("application/pdf", "other", 2), ("image/jpeg", "photo", None)]
    assert [(r["code"], r["sent_as"], r["category"]) for r in result["issue_reports"]] == [
        ("E3", "E3", "IN_CHALLENGE"), ("A1", "C7", "NON_BLOCKING_TECHNICAL_ISSUE")]

    code, out, _ = run("session", "show", str(session_id), "--json")
    shown = json.loads(out)
    assert shown["status"] == "finalized" and shown["finalized_at"] == result["finalized_at"]

    # Read-only everywhere: candidates, incidents, journal, a second finalisation.
    for args in (("incident", "add", str(session_id), "--candidate", str(julie), "--code", "C6"),
                 ("attendance", str(session_id), "--candidate", str(julie), "undo"),
                 ("candidate", "remove", str(session_id), str(julie)),
                 ("finalise", str(session_id))):
        code, _, err = run(*args)
        assert code == 2 and err.strip(), args
    assert "Cette session a déjà été finalisée." in err

    payload = tmp_path / "finalisation.json"
    code, out, _ = run("export", "finalisation-payload", str(session_id), "-o", str(payload))
    assert code == 0 and json.loads(payload.read_text("utf-8"))["data"]["attributes"]["has-incident"] is True
    receipt = tmp_path / "recepisse.pdf"
    code, out, _ = run("export", "finalisation-receipt", str(session_id), "-o", str(receipt), "--json")
    assert code == 0 and json.loads(out)["pages"] >= 1
    text = "".join(page.extract_text() for page in PdfReader(receipt).pages)
    assert "Récépissé de finalisation" in text and "Durand" in text and result["journal_fingerprint"][:32] in \
        text.replace("\n", "")
    assert result["documents"][0]["sha256"][:40] in text.replace("\n", "")


def test_exports_refuse_a_session_not_finalised(run, exam, tmp_path):
    session_id, _ = exam
    code, _, err = run("export", "finalisation-payload", str(session_id), "-o", str(tmp_path / "x.json"))
    assert code == 2 and err.strip() == f"SESSION_ID: La session {session_id} n'a pas encore été finalisée."
    assert not (tmp_path / "x.json").exists()


def test_too_large_file_is_refused_before_reading(run, exam, tmp_path, files):
    session_id, (_j, michel, _jean, _a) = exam
    big = tmp_path / "scan.pdf"
    big.write_bytes(files.pdf(1) + b"\0" * (10 * 1024 * 1024))
    code, _, err = run("finalise", str(session_id), "--abort", f"{michel}=technical", "--attach", str(big))
    assert code == 2 and err.startswith("--attach: Le fichier scan.pdf fait 10.0 Mo : 10 Mo au plus")
