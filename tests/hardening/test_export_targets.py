"""Item 9 of issue 8: an export never replaces something that is not a regular file (/dev/full, a folder, a
pipe), and the temporary files a killed export left are cleaned by the next one."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from pixdesk.documents.exports import export_document
from pixdesk.models.errors import DomainError
from pixdesk.store import open_database


@pytest.fixture
def exported(support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    db = open_database(path)
    yield db, session_id
    db.close()


def test_a_device_is_refused_and_left_a_device(pixdesk, support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path)
    result = pixdesk("--db", str(path), "export", "session-pack", str(session_id), "-o", "/dev/full")
    assert result.returncode == 2
    assert support.assert_one_clean_line(result.stderr) == (
        "--output: Impossible d'écrire « /dev/full » : ce n'est pas un fichier ordinaire (périphérique, tube…). "
        "Indiquez un nom de fichier.")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_pipe_and_a_folder_are_refused(exported, tmp_path):
    db, session_id = exported
    pipe = tmp_path / "tube.pdf"
    os.mkfifo(pipe)
    folder = tmp_path / "dossier.pdf"
    folder.mkdir()
    codes = []
    for target in (pipe, folder):
        with pytest.raises(DomainError) as refused:
            export_document("attendance-sheet", db, session_id, target)
        codes.append(refused.value.code)
    assert codes == ["EXPORT_TARGET_NOT_A_FILE", "EXPORT_PATH_IS_FOLDER"]
    assert stat.S_ISFIFO(pipe.stat().st_mode) and folder.is_dir() and list(folder.iterdir()) == []


def test_a_link_to_a_regular_file_is_written_as_usual(exported, tmp_path):
    db, session_id = exported
    real = tmp_path / "vrai.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "lien.pdf"
    link.symlink_to(real)
    export_document("attendance-sheet", db, session_id, link)
    assert link.read_bytes().startswith(b"%PDF")


def test_the_parts_a_killed_export_left_are_cleaned_by_the_next_one(support, tmp_path):
    path = tmp_path / "pixdesk.sqlite"
    session_id = support.seed(path, count=1)
    db = open_database(path)
    try:
        from pixdesk.models.candidate_rules import validate_candidate
        from pixdesk.services.candidates import replace_candidates

        replace_candidates(db, session_id, [
            validate_candidate(support.secret_candidate(last_name=f"Martin {n:05d}", email=None))
            for n in range(3000)])
    finally:
        db.close()
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    export = subprocess.Popen([sys.executable, "-m", "pixdesk", "--db", str(path), "export", "session-pack",
                               str(session_id), "-o", str(target)], env=support.cli_env(tmp_path),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=support.REPO)
    deadline = time.monotonic() + 60
    while not list(target.parent.glob(".dossier.pdf.*.part")):
        assert export.poll() is None and time.monotonic() < deadline, "the export ended before it was killed"
        time.sleep(0.005)
    export.send_signal(signal.SIGKILL)
    export.wait(timeout=30)
    left = list(target.parent.glob(".dossier.pdf.*.part"))
    assert len(left) == 1
    older = target.parent / ".dossier.pdf.0a1b2c3d.part"  # the naming before this change, no process id
    older.write_bytes(b"")

    # Another export of the same file, still running in a live process, keeps its part.
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = target.parent / f".dossier.pdf.{alive.pid}-0123abcd.part"
        running.write_bytes(b"")
        db = open_database(path)
        try:
            export_document("attendance-sheet", db, session_id, target)
        finally:
            db.close()
        assert sorted(p.name for p in target.parent.iterdir()) == [running.name, "dossier.pdf"]
    finally:
        alive.kill()
        alive.wait()
