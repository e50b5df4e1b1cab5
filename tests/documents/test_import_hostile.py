"""Broken and hostile files: one clear line, exit status 2, a few seconds at most, and the store untouched.

The files are made here with zipfile and plain bytes. Without the guards, some of them abort the whole process
inside calamine (it allocates the sheet's full extent) rather than raise.
"""

import os
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
import python_calamine

from pixdesk.cli import main
from pixdesk.documents.candidate_import import import_candidates
from pixdesk.models.session_rules import SessionInput
from pixdesk.models.tables import OutboxEntry
from pixdesk.services.candidates import list_candidates
from pixdesk.services.sessions import create_session
from pixdesk.store import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>{extra}</manifest:manifest>')
HEADER_ROW = ("<table:table-row>" + "".join(
    f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
    for h in ("Nom de naissance", "Prénom", "Date de naissance", "Sexe")) + "</table:table-row>")
UNREADABLE = "Le fichier n'est pas un tableur lisible (.ods, .xlsx ou .csv)."
ENCRYPTED = "Le fichier est protégé par un mot de passe : enregistrez-le sans mot de passe puis réessayez."
TOO_BIG = "Le fichier se décompresse en plus de 100 Mo (fichier piégé ou endommagé) : il n'a pas été lu."
TOO_MANY_ROWS = "Le fichier contient plus de 50\u202f000 lignes : découpez-le en plusieurs fichiers."
TOO_LARGE = "La feuille est démesurée (plus de 512 colonnes ou trop de cellules) : elle n'a pas été lue."


def content_xml(rows: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {NS}><office:body>'
            f'<office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet>'
            "</office:body></office:document-content>").encode()


def write_ods(path: Path, content: bytes, manifest_extra: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", MANIFEST.format(extra=manifest_extra))
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.fixture
def store(db_path):
    """A store holding a session with the template's five candidates, closed so the CLI can open it."""
    db = open_database(db_path)
    session_id = create_session(db, SessionInput("Centre", "Salle", "2031-01-12", "10:00", "Eric")).id
    import_candidates(db, session_id, FIXTURES / "liste-candidats-modele.ods")
    db.close()
    return db_path, session_id


def snapshot(db_path, session_id):
    db = open_database(db_path)
    try:
        with db.session() as session:
            outbox = len(session.exec(OutboxEntry.__table__.select()).all())
        return list_candidates(db, session_id), outbox
    finally:
        db.close()


def refused(store, path: Path, capsys) -> str | list[str]:
    """Runs the CLI import; checks exit 2, speed and an unchanged store; returns the message line(s)."""
    db_path, session_id = store
    before = snapshot(db_path, session_id)
    started = time.perf_counter()
    code = main(["--db", str(db_path), "candidates", "import", str(session_id), str(path)])
    elapsed = time.perf_counter() - started
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert snapshot(db_path, session_id) == before
    return err[0] if len(err) == 1 else err


def test_not_a_spreadsheet(store, tmp_path, capsys):
    path = tmp_path / "photo.ods"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    assert refused(store, path, capsys) == UNREADABLE


def test_truncated_ods(store, tmp_path, capsys):
    data = (FIXTURES / "liste-candidats-modele.ods").read_bytes()
    path = tmp_path / "coupe.ods"
    path.write_bytes(data[: len(data) // 2])
    assert refused(store, path, capsys) == UNREADABLE


def test_bad_crc(store, tmp_path, capsys):
    path = write_ods(tmp_path / "crc.ods", content_xml(HEADER_ROW))
    data = bytearray(path.read_bytes())
    last_entry = data.rindex(b"PK\x01\x02")  # content.xml's central directory entry
    data[last_entry + 16] ^= 0xFF  # its CRC-32
    path.write_bytes(bytes(data))
    assert refused(store, path, capsys) == UNREADABLE


def test_password_protected_ods(store, tmp_path, capsys):
    path = write_ods(tmp_path / "secret.ods", b"\x8f\x02binary-ciphertext",
                     '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                     '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
                     "</manifest:file-entry>")
    assert refused(store, path, capsys) == ENCRYPTED


def test_password_protected_xlsx(store, tmp_path, capsys):
    path = tmp_path / "secret.xlsx"
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(ole2 + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le") + bytes(4096))
    assert refused(store, path, capsys) == ENCRYPTED


def test_zip_bomb_by_its_stated_size(store, tmp_path, capsys):
    path = tmp_path / "bombe.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", b" " * (120 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    assert refused(store, path, capsys) == TOO_BIG


def lie_about_size(path: Path, member: str, stated: int) -> None:
    """Rewrites the sizes a member's local and central headers state (what a crafted bomb does)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_offset = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_offset:name_offset + len(name)] == name:
                struct.pack_into("<I", data, start + size_offset, stated)
            start += 4
    path.write_bytes(bytes(data))


def test_zip_bomb_with_a_lying_header(store, tmp_path, capsys):
    path = write_ods(tmp_path / "menteur.ods", content_xml(HEADER_ROW + "<!--" + " " * (30 * 1024 * 1024) + "-->"))
    lie_about_size(path, "content.xml", 2000)
    assert refused(store, path, capsys) == TOO_BIG


def test_xml_entity_expansion(store, tmp_path, capsys):
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    path = write_ods(tmp_path / "entites.ods", content_xml(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>&i;</text:p></table:table-cell>'
        "</table:table-row>", prolog=f"<!DOCTYPE x [{entities}]>"))
    message = refused(store, path, capsys)
    assert message == "Le fichier contient des déclarations XML interdites (DOCTYPE, ENTITY) : il n'a pas été lu."


def test_calamine_itself_does_not_expand_internal_entities(tmp_path):
    """Measured with python-calamine 0.9.1: it refuses the entity instead of expanding it (the guard comes first
    anyway, in case a later version starts to expand them)."""
    path = write_ods(tmp_path / "entites.ods", content_xml(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>&b;</text:p></table:table-cell>'
        "</table:table-row>", prolog='<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'))
    with pytest.raises(python_calamine.XmlError, match="unrecognized entity"):
        python_calamine.CalamineWorkbook.from_path(str(path))


def test_a_million_repeated_filled_rows(store, tmp_path, capsys):
    # 300 bytes of XML that calamine would expand to 1,000,000 x 100 cells (3.3 GB: the process aborts).
    rows = HEADER_ROW + ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
                         'table:number-columns-repeated="100" office:value-type="string"><text:p>x</text:p>'
                         "</table:table-cell></table:table-row>")
    path = write_ods(tmp_path / "repetitions.ods", content_xml(rows))
    assert refused(store, path, capsys) == TOO_MANY_ROWS


def test_a_sheet_as_wide_as_the_format_allows(store, tmp_path, capsys):
    rows = HEADER_ROW + ('<table:table-row table:number-rows-repeated="1000"><table:table-cell '
                         'table:number-columns-repeated="16384" office:value-type="float" office:value="1">'
                         "<text:p>1</text:p></table:table-cell></table:table-row>")
    path = write_ods(tmp_path / "large.ods", content_xml(rows))
    assert refused(store, path, capsys) == TOO_LARGE


def test_one_far_cell_in_an_xlsx(store, tmp_path, capsys):
    source = FIXTURES / "candidate-list-english.xlsx"
    path = tmp_path / "loin.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>",
                                    b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
            copy.writestr(info.filename, data)
    assert refused(store, path, capsys) == TOO_MANY_ROWS


def test_a_million_real_csv_rows(store, tmp_path, capsys):
    path = tmp_path / "million.csv"
    line = b"Dupont;Julie;13/03/1996;F\n"
    path.write_bytes(b"Nom de naissance;Prenom;Date de naissance;Sexe\n" + line * 1_000_000)
    assert refused(store, path, capsys) == TOO_MANY_ROWS


def test_sixty_thousand_real_ods_rows(store, tmp_path, capsys):
    rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>Dupont {n}</text:p>'
                   "</table:table-cell></table:table-row>" for n in range(60_000))
    path = write_ods(tmp_path / "soixante-mille.ods", content_xml(HEADER_ROW + rows))
    assert refused(store, path, capsys) == TOO_MANY_ROWS


def test_a_wide_row_written_cell_by_cell_past_the_first_megabyte(store, tmp_path, capsys):
    # Past the first chunk the rows are measured in bulk: the widest filled row still counts, cell by cell.
    rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>Dupont {n}</text:p>'
                   "</table:table-cell></table:table-row>" for n in range(12_000))
    wide = "<table:table-row>" + '<table:table-cell office:value-type="float" office:value="1"/>' * 600 + \
        "</table:table-row>"
    content = content_xml(HEADER_ROW + rows + wide)
    assert content.index(wide.encode()) > 1024 * 1024
    path = write_ods(tmp_path / "large.ods", content)
    assert refused(store, path, capsys) == TOO_LARGE


def test_a_file_too_large_to_be_a_candidate_list(store, tmp_path, capsys):
    path = tmp_path / "enorme.ods"
    with open(path, "wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(60 * 1024 * 1024)
    assert refused(store, path, capsys) == "Le fichier dépasse 50 Mo : ce n'est pas une liste de candidats."


def test_a_huge_csv_field(store, tmp_path, capsys):
    path = tmp_path / "champ.csv"
    path.write_text('Nom de naissance;Prénom;Date de naissance;Sexe\nDupont;"' + "J" * 300_000 + '";13/03/1996;F\n',
                    encoding="utf-8")
    message = refused(store, path, capsys)
    assert message == "Ligne 2 : le fichier CSV est mal formé (guillemet non fermé ou cellule démesurée)."


def test_a_huge_string_cell_in_an_ods(store, tmp_path, capsys):
    cell = os.urandom(2 * 1024 * 1024).hex()  # random text: a long cell, not a compression bomb
    rows = HEADER_ROW + ("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        for v in (cell, "Julie", "13/03/1996", "F")) + "</table:table-row>")
    path = write_ods(tmp_path / "chaine.ods", content_xml(rows))
    assert refused(store, path, capsys) == ["Ligne 2 : Nom de naissance : La cellule dépasse 1000 caractères.",
                                            "Ligne 2 : Pays de naissance : Renseigner les données de naissance du "
                                            "candidat"]


def test_old_excel_file_is_named(store, tmp_path, capsys):
    path = tmp_path / "ancien.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096) + "Workbook".encode("utf-16-le"))
    message = refused(store, path, capsys)
    assert message == "Ancien format Excel (.xls) : enregistrez le fichier au format .xlsx ou .ods puis réessayez."


def test_missing_file(store, tmp_path, capsys):
    assert refused(store, tmp_path / "absent.ods", capsys) == "Le fichier « absent.ods » est introuvable."


def test_bomb_member_checked_while_inflating_even_when_crc_matches_the_prefix(tmp_path):
    """A header stating a small size with the CRC of that prefix: only the real stream end reveals the lie."""
    from pixdesk.documents.import_problems import FileRefused
    from pixdesk.documents.spreadsheet import read_sheet

    real = content_xml(HEADER_ROW + "<!--" + " " * (8 * 1024 * 1024) + "-->")
    path = write_ods(tmp_path / "prefixe.ods", real)
    stated = 4096
    lie_about_size(path, "content.xml", stated)
    data = bytearray(path.read_bytes())
    prefix_crc = zlib.crc32(real[:stated])
    for signature, crc_offset in ((b"PK\x03\x04", 14), (b"PK\x01\x02", 16)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_offset = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_offset:name_offset + 11] == b"content.xml":
                struct.pack_into("<I", data, start + crc_offset, prefix_crc)
            start += 4
    path.write_bytes(bytes(data))
    with pytest.raises(FileRefused) as caught:
        read_sheet(path)
    assert caught.value.code == "IMPORT_FILE_TOO_BIG_UNCOMPRESSED"
