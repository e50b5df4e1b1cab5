"""Idempotency-Key: a repeat gets the stored answer and writes nothing; a reused key with another body is 422."""

import threading

from sqlalchemy import func, select

from pixdesk.server import schema
from tests.server.conftest import candidate_document


def _count(server, table) -> int:
    with server.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_replayed_write_is_answered_from_the_store(member, server):
    session_id = member.create_session()["id"]
    body = candidate_document()
    first = member.post(f"/api/sessions/{session_id}/certification-candidates", body, key="row-1")
    again = member.post(f"/api/sessions/{session_id}/certification-candidates", body, key="row-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Location"] == first.headers["Location"]
    assert _count(server, schema.certification_candidate) == 1
    changes = _count(server, schema.change)

    other_body = member.post(f"/api/sessions/{session_id}/certification-candidates",
                             candidate_document(**{"first-name": "Autre"}), key="row-1")
    assert other_body.status_code == 422 and other_body.json()["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    deleted = member.delete(f"/api/sessions/{session_id}/certification-candidates/{first.json()['data']['id']}",
                            key="row-2")
    replayed_delete = member.delete(
        f"/api/sessions/{session_id}/certification-candidates/{first.json()['data']['id']}", key="row-2")
    assert deleted.status_code == replayed_delete.status_code == 204
    assert _count(server, schema.change) == changes + 1


def test_every_write_needs_a_key_and_refusals_are_not_stored(member, server):
    session_id = member.create_session()["id"]
    path = f"/api/sessions/{session_id}/certification-candidates"
    missing = member.client.post(path, json=candidate_document())
    assert missing.status_code == 400 and missing.json()["errors"][0]["code"] == "IDEMPOTENCY_KEY_MISSING"
    refused = member.post(path, candidate_document(sex="X"), key="row-9")
    assert refused.status_code == 422
    # Nothing was written, so the same key after the fix is a new attempt, not a replay of the refusal.
    fixed = member.post(path, candidate_document(sex="X"), key="row-9")
    assert fixed.status_code == 422
    assert _count(server, schema.idempotency_record) == 1  # only the session's creation


def test_parallel_repeats_write_once(member, server):
    session_id = member.create_session()["id"]
    answers = []

    def send():
        answers.append(member.post(f"/api/sessions/{session_id}/journal-events", {"data": [{
            "id": "6f1c2a52-9d0e-4b8e-a3b9-0c0d6c1b7f10", "attributes": {
                "kind": "start", "data": {}, "recorded-at": "2030-06-12T09:00:00Z", "sequence": 1, "hash": "h"}}]},
            key="same-key"))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {a.status_code for a in answers} == {200}
    assert len({a.text for a in answers}) == 1
    assert _count(server, schema.journal_event) == 1
