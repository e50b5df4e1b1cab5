"""The journal's hash chain: any edit, removal or reordering shows; journals of several laptops merge by UUID."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from pixdesk.models import journal as j

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def chain(chain_id: str, kinds: list[str], start: datetime = T0, step: int = 60) -> list[j.JournalEvent]:
    events, previous = [], j.GENESIS_HASH
    for n, kind in enumerate(kinds, start=1):
        event = j.seal(j.JournalEvent(f"{chain_id}-{n}", "session-uuid", chain_id, n, kind, "cand-1", {"n": n},
                                      j.utc_iso(start + timedelta(seconds=step * n)), previous_hash=previous))
        events.append(event)
        previous = event.hash
    return events


def test_a_sealed_chain_verifies_and_its_fingerprint_is_the_last_hash():
    events = chain("a", [j.PRESENCE_CONFIRMED, j.TEST_STARTED, j.END_SCREEN_SEEN])
    assert j.verify(events) == []
    assert j.fingerprint(events) == events[-1].hash
    assert len(events[-1].hash) == 64 and events[0].previous_hash == j.GENESIS_HASH


def test_changing_any_stored_field_breaks_the_chain_at_that_event():
    events = chain("a", [j.PRESENCE_CONFIRMED, j.TEST_STARTED, j.END_SCREEN_SEEN])
    for change in ({"data": {"n": 99}}, {"kind": j.TEST_ENDED}, {"recorded_at": j.utc_iso(T0)},
                   {"candidate": "cand-2"}, {"monotonic_ns": 5}):
        tampered = [events[0], replace(events[1], **change), events[2]]
        problems = j.verify(tampered)
        assert [(p.sequence, p.reason) for p in problems] == [(2, "hash")], change


def test_a_removed_or_rehashed_event_is_caught():
    events = chain("a", [j.PRESENCE_CONFIRMED, j.TEST_STARTED, j.END_SCREEN_SEEN])
    assert [(p.sequence, p.reason) for p in j.verify([events[0], events[2]])] == [(3, "sequence")]
    # Rewriting an event and recomputing its own hash still breaks the link to the next one.
    forged = j.seal(replace(events[1], data={"n": 42}))
    assert [(p.sequence, p.reason) for p in j.verify([events[0], forged, events[2]])] == [(3, "previous")]


def test_merging_laptops_is_a_union_by_uuid_whatever_the_order():
    desk = chain("desk", [j.PRESENCE_CONFIRMED, j.TEST_STARTED], step=60)
    laptop = chain("laptop", [j.INCIDENT_NOTED, j.RESUME_AUTHORISED, j.END_SCREEN_SEEN], step=50)
    first = j.merge(desk, laptop)
    assert len(first.added) == 3 and first.already_present == 0
    again = j.merge(desk + first.added, laptop)
    assert again.added == [] and again.already_present == 3
    merged_one_way = desk + laptop
    merged_other_way = laptop + desk
    assert j.verify(merged_one_way) == []
    assert j.fingerprint(merged_one_way) == j.fingerprint(merged_other_way)
    assert j.ordered(merged_one_way) == j.ordered(merged_other_way)
    assert j.fingerprint(merged_one_way) not in (j.fingerprint(desk), j.fingerprint(laptop))


def test_journal_order_keeps_each_chain_in_sequence_and_interleaves_by_time():
    desk = chain("desk", ["a", "b", "c"], step=60)  # 9:01, 9:02, 9:03
    laptop = chain("laptop", ["x", "y"], step=90)  # 9:01:30, 9:03
    order = [(e.chain, e.sequence) for e in j.ordered(laptop + desk)]
    assert order == [("desk", 1), ("laptop", 1), ("desk", 2), ("desk", 3), ("laptop", 2)]
    # A laptop whose clock ran backwards still keeps its own order.
    skewed = [replace(laptop[0], recorded_at=j.utc_iso(T0 + timedelta(hours=1))), laptop[1]]
    assert [e.sequence for e in j.ordered(skewed) if e.chain == "laptop"] == [1, 2]


def test_a_conflicting_copy_of_an_event_is_reported_not_merged():
    desk = chain("desk", ["a"])
    result = j.merge(desk, [replace(desk[0], hash="f" * 64)])
    assert result.conflicting == [desk[0].id] and result.added == []
