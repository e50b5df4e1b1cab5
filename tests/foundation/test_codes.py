import re

from pixdesk.models import codes
from pixdesk.models.session_rules import SessionInput
from pixdesk.services import sessions

ACCESS_CODE = re.compile(r"^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$")


def test_access_code_alphabet_and_length():
    drawn = {codes.draw_access_code() for _ in range(5000)}
    assert all(ACCESS_CODE.match(code) for code in drawn)
    # Every allowed letter and digit shows up, and nothing else: the alphabet is the platform's.
    assert set("".join(c[:4] for c in drawn)) == set(codes.ACCESS_CODE_LETTERS)
    assert set("".join(c[4:] for c in drawn)) == set(codes.ACCESS_CODE_DIGITS)
    assert len(drawn) > 4900  # 4 million possible codes: draws are spread out


def test_access_code_skips_codes_already_taken(monkeypatch):
    draws = iter(["BCDF23", "BCDF23", "GMPB26"])
    monkeypatch.setattr(codes, "draw_access_code", lambda: next(draws))
    assert codes.generate_access_code(lambda code: code == "BCDF23") == "GMPB26"


def test_access_codes_unique_among_stored_sessions(db, monkeypatch):
    first = sessions.create_session(db, SessionInput("Site", "1", "2099-01-01", "10:00", "Eric"))
    # The next draw repeats the stored code once; the service must look in the store and draw again.
    draws = iter([first.access_code, "XYWV99"])
    monkeypatch.setattr(codes, "draw_access_code", lambda: next(draws))
    second = sessions.create_session(db, SessionInput("Site", "2", "2099-01-01", "10:00", "Eric"))
    assert second.access_code == "XYWV99"
    assert second.access_code != first.access_code


def test_invigilator_password_has_six_distinct_allowed_characters():
    for _ in range(2000):
        password = codes.generate_invigilator_password()
        assert len(password) == 6
        assert len(set(password)) == 6
        assert set(password) <= set(codes.INVIGILATOR_PASSWORD_ALPHABET)
