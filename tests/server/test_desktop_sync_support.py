"""What the desktops' sync relies on beyond the platform's API: the later change of a field wins (PixDesk-Changed-At),
the feed says when each change was made, and journal events keep what their hash covers."""

import uuid

from pixdesk.models import journal as j


def _changes(member):
    return member.get(f"/api/certification-centers/{member.centre_id}/changes").json()["data"]


def test_an_older_change_arriving_late_leaves_a_later_one_in_place(sqlite_member):
    member = sqlite_member
    session = member.create_session()
    path = f"/api/sessions/{session['id']}"
    later = member.patch(path, {"data": {"attributes": {"room": "Salle B"}}},
                         headers={"PixDesk-Changed-At": "2026-01-01T10:05:00+00:00"})
    assert later.status_code == 200
    older = member.patch(path, {"data": {"attributes": {"room": "Salle A", "examiner": "M. Dupuis"}},
                                "meta": {"base": {"room": "Salle 12", "examiner": "Mme Martin"}}},
                         headers={"PixDesk-Changed-At": "2026-01-01T10:00:00+00:00"})
    assert older.status_code == 200
    # Both changed the room since "Salle 12": a conflict, recorded with the change for every desktop to see.
    meta = older.json()["meta"]
    assert meta["superseded"] == ["room"]
    assert [(c["field"], c["kept"], c["discarded"], c["winner"]) for c in meta["conflicts"]] == [
        ("room", "Salle B", "Salle A", "earlier-write")]
    attributes = older.json()["data"]["attributes"]
    assert (attributes["room"], attributes["examiner"]) == ("Salle B", "M. Dupuis")
    changes = [c["attributes"] for c in _changes(member) if c["attributes"]["operation"] == "update"]
    assert [c["changed-at"] for c in changes] == ["2026-01-01T10:05:00Z", "2026-01-01T10:00:00Z"]
    assert changes[1]["resource"]["meta"]["conflicts"] == meta["conflicts"]


def test_a_change_from_the_future_counts_as_now(sqlite_member):
    member = sqlite_member
    session = member.create_session()
    member.patch(f"/api/sessions/{session['id']}", {"data": {"attributes": {"room": "Salle B"}}},
                 headers={"PixDesk-Changed-At": "2999-01-01T00:00:00+00:00"})
    later = member.patch(f"/api/sessions/{session['id']}", {"data": {"attributes": {"room": "Salle C"}}})
    assert later.json()["data"]["attributes"]["room"] == "Salle C"


def test_journal_events_keep_what_their_hash_covers(sqlite_member):
    member = sqlite_member
    session = member.create_session()
    event = j.seal(j.JournalEvent(id=str(uuid.uuid4()), session=session["attributes"]["uuid"],
                                  chain=str(uuid.uuid4()), sequence=1, kind="room_opened", candidate=None,
                                  data={"x": 1}, recorded_at="2030-01-01T09:00:00.000000+00:00", run="r1",
                                  monotonic_ns=123456789012))
    body = {"data": [{"type": "journal-events", "id": event.id, "attributes": {
        "kind": event.kind, "data": dict(event.data), "recorded-at": event.recorded_at, "sequence": 1,
        "hash": event.hash, "chain": event.chain, "previous-hash": event.previous_hash, "run": event.run,
        "monotonic-ns": event.monotonic_ns}}]}
    assert member.post(f"/api/sessions/{session['id']}/journal-events", body).status_code == 200
    stored = member.get(f"/api/sessions/{session['id']}/journal-events").json()["data"][0]["attributes"]
    again = j.JournalEvent(id=event.id, session=event.session, chain=stored["chain"], sequence=stored["sequence"],
                           kind=stored["kind"], candidate=None, data=stored["data"],
                           recorded_at=stored["recorded-at"], run=stored["run"], monotonic_ns=stored["monotonic-ns"],
                           previous_hash=stored["previous-hash"], hash=stored["hash"])
    assert j.compute_hash(again) == event.hash
