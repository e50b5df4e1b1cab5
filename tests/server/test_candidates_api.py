"""Candidates through the real server: the desktop's own rules, the platform's codes and statuses."""

from pixdesk.models.candidate_rules import CandidateInput
from pixdesk.models.errors import DomainError
from pixdesk.services.candidates import add_candidate
from pixdesk.services.centres import update_centre
from pixdesk.models.session_rules import SessionInput
from pixdesk.services.sessions import create_session
from tests.server.conftest import candidate_document

# The same inputs go to the desktop's service and to the server: each side must accept or refuse alike.
PARITY_CASES = [
    {},
    {"sex": "m", "birthdate": "2001-05-06"},
    {"birth-insee-code": None, "birth-postal-code": "76600", "birth-city": "le havre"},
    {"birth-insee-code": None, "birth-postal-code": "75011", "birth-city": "Lyon"},
    {"birth-country": "Belgique", "birth-insee-code": "99", "birth-city": "Liège"},
    {"birth-country": "Atlantide"},
    {"first-name": " ", "sex": "H"},
    {"birthdate": "13/03/1996"},
    {"birthdate": "1900-01-01"},
    {"birthdate": "2999-01-01"},
    {"email": "julie.dupont@", "result-recipient-email": "prof@lycee.fr"},
    {"extra-time-percentage": 0.33},
    {"extra-time-percentage": 0.335},
    {"extra-time-percentage": 10},
    {"billing-mode": "Gratuite"},
    {"billing-mode": "PREPAID"},
    {"billing-mode": "PREPAID", "prepayment-code": "12345678912345/FACT12345"},
    {"billing-mode": None},
    {"complementary-certification": "CLEA"},
    {"complementary-certification": "PIX_MUSIQUE"},
]
FIELD_OF = {"extra-time-percentage": "extra_time_percentage"}


def _desktop_input(attributes: dict) -> CandidateInput:
    values = {name.replace("-", "_"): value for name, value in attributes.items()}
    extra = values.get("extra_time_percentage")
    if isinstance(extra, (int, float)):
        values["extra_time_percentage"] = round(extra * 100, 6)
    return CandidateInput(**values)


def test_server_and_desktop_accept_and_refuse_the_same_candidates(sqlite_member, db):
    """Each input goes to the desktop's service on a real store and to the server: same verdict, same codes."""
    member = sqlite_member
    update_centre(db, type="SUP")
    desktop_session = create_session(db, SessionInput("Site", "Salle", "2030-06-12", "09:00", "Jo"))
    verdicts = []
    session_id = member.create_session()["id"]
    for number, changes in enumerate(PARITY_CASES):
        # A different person each time, so no case is refused as a duplicate of an earlier one.
        changes = {"last-name": f"Dupont{'-' * (number % 2)}{chr(65 + number)}", **changes}
        attributes = candidate_document(**changes)["data"]["attributes"]
        try:
            add_candidate(db, desktop_session.id, _desktop_input(attributes))
            desktop = set()
        except DomainError as error:
            desktop = {(p.code, p.field) for p in error.problems}
        answer = member.post(f"/api/sessions/{session_id}/certification-candidates", candidate_document(**changes))
        if answer.status_code == 201:
            server = set()
        else:
            assert answer.status_code == 422, answer.text
            server = {(e["code"], e["source"]["pointer"].rsplit("/", 1)[1].replace("-", "_"))
                      for e in answer.json()["errors"]}
        assert server == desktop, changes
        verdicts.append(bool(server))
    assert 0 < sum(verdicts) < len(verdicts)  # both accepted and refused cases were tried


def test_candidate_values_are_stored_as_the_desktop_stores_them(member):
    session_id = member.create_session()["id"]
    stored = member.add_candidate(session_id, **{"sex": "f", "birth-insee-code": None, "birth-postal-code": "76600",
                                                "birth-city": "LE HAVRE", "extra-time-percentage": 0.33,
                                                "billing-mode": "payante"})["data"]["attributes"]
    # As the desktop stores it: a French commune found from its postal code and name is kept as its INSEE code.
    assert (stored["sex"], stored["birth-insee-code"], stored["birth-postal-code"], stored["birth-city"],
            stored["extra-time-percentage"], stored["billing-mode"]) == ("F", "76351", None, None, 0.33, "PAID")
    listed = member.get(f"/api/sessions/{session_id}/certification-candidates").json()["data"]
    assert [c["attributes"]["uuid"] for c in listed] == [stored["uuid"]]


def test_duplicates_locks_and_deletion(member):
    session_id = member.create_session()["id"]
    first = member.add_candidate(session_id)["data"]
    duplicate = member.add_candidate(session_id, expect=409, **{"last-name": "DUPONT", "first-name": "julie"})
    assert duplicate["errors"][0]["code"] == "DUPLICATE_CANDIDATE"
    second = member.add_candidate(session_id, **{"first-name": "Marc", "sex": "M"})["data"]

    joined = member.patch(f"/api/sessions/{session_id}/certification-candidates/{first['id']}",
                          {"data": {"attributes": {"joined-at": "2030-06-12T09:05:00Z"}}})
    assert joined.status_code == 200 and joined.json()["data"]["attributes"]["is-linked"] is True

    locked = member.add_candidate(session_id, expect=403, **{"first-name": "Zoé"})
    assert locked["errors"][0]["code"] == "CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION"
    forbidden = member.delete(f"/api/sessions/{session_id}/certification-candidates/{first['id']}")
    assert forbidden.status_code == 403 and forbidden.json()["errors"][0]["code"] == "CANDIDATE_FORBIDDEN_DELETION"
    edit = member.patch(f"/api/sessions/{session_id}/certification-candidates/{second['id']}",
                        {"data": {"attributes": {"first-name": "Marcel"}}})
    assert edit.status_code == 403 and edit.json()["errors"][0]["code"] == "CANDIDATE_LIST_LOCKED"


def test_a_candidate_is_edited_and_removed_while_the_list_is_open(member):
    session_id = member.create_session()["id"]
    candidate = member.add_candidate(session_id)["data"]
    edited = member.patch(f"/api/sessions/{session_id}/certification-candidates/{candidate['attributes']['uuid']}",
                          {"data": {"attributes": {"first-name": "Juliette", "extra-time-percentage": 0.5}}})
    assert edited.status_code == 200
    assert edited.json()["data"]["attributes"]["first-name"] == "Juliette"
    assert edited.json()["data"]["attributes"]["extra-time-percentage"] == 0.5
    bad = member.patch(f"/api/sessions/{session_id}/certification-candidates/{candidate['id']}",
                       {"data": {"attributes": {"birthdate": "1899-01-01"}}})
    assert bad.status_code == 422 and bad.json()["errors"][0]["code"] == "CANDIDATE_BIRTHDATE_MUST_BE_GREATER"
    assert member.delete(f"/api/sessions/{session_id}/certification-candidates/{candidate['id']}").status_code == 204
    assert member.get(f"/api/sessions/{session_id}/certification-candidates").json()["data"] == []


def test_import_replaces_the_list_all_or_nothing_with_lines(member):
    session_id = member.create_session()["id"]
    kept = member.add_candidate(session_id)["data"]
    rows = [candidate_document(**{"first-name": name})["data"] for name in ("Ana", "Bob", "Cléo")]
    rows[1]["attributes"]["birth-postal-code"] = "75999"
    rows[1]["attributes"]["birth-city"] = "Paris"
    rows[1]["attributes"]["birth-insee-code"] = None
    rows[1]["meta"] = {"line": 14}
    rows.append(candidate_document(**{"first-name": "ANA"})["data"])
    refused = member.post(f"/api/sessions/{session_id}/certification-candidates/import", {"data": rows})
    assert refused.status_code == 422
    errors = [(e["code"], e["meta"]["line"], e["source"]["pointer"]) for e in refused.json()["errors"]]
    assert errors == [("CANDIDATE_BIRTH_POSTAL_CODE_NOT_FOUND", 14, "/data/1/attributes/birth-postal-code"),
                      ("DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION", 4, "/data/3/attributes")]
    listed = member.get(f"/api/sessions/{session_id}/certification-candidates").json()["data"]
    assert [c["id"] for c in listed] == [kept["id"]]

    accepted = member.post(f"/api/sessions/{session_id}/certification-candidates/import", {"data": rows[::2]})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["meta"] == {"removed": 1, "added": 2}
    names = [c["attributes"]["first-name"] for c in
             member.get(f"/api/sessions/{session_id}/certification-candidates").json()["data"]]
    assert names == ["Ana", "Cléo"]
