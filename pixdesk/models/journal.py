"""The exam room's journal: append-only events, hash-chained so that any change to a stored event shows.

Rules (they are what lets journals written on several laptops of one session merge without conflict):

- Every event has its own UUID, the session's UUID and, for a candidate's event, the candidate's UUID (UUIDs,
  not local numbers, because two stores number rows differently).
- A *chain* is what one store writes for one session. Its events are numbered 1, 2, 3… (`sequence`) and each
  carries the hash of the one before in the same chain (`previous_hash`, 64 zeros for the first). A store only
  ever appends to its own chain, so two laptops never compete for a sequence number or a predecessor.
- Merging journals is the union of their events by UUID; an event already present is skipped (same UUID, same
  hash), nothing is renumbered or rehashed. Each chain still verifies on its own after any merge.
- The journal's order is each chain in sequence order, chains interleaved by recording time (ties broken by
  chain id): causal within a laptop, chronological across laptops, and the same on every machine.
- The fingerprint of a journal with one chain is the hash of its last event; with several, the SHA-256 of
  "chain:sequence:hash" of each chain's last event, one per line, sorted by chain. It does not depend on the
  order in which journals were merged.
"""

from __future__ import annotations

import hashlib
import heapq
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

GENESIS_HASH = "0" * 64

# Event kinds. Candidate events carry the candidate's UUID; session events carry none.
PRESENCE_CONFIRMED = "presence_confirmed"
MARKED_ABSENT = "marked_absent"
TEST_STARTED = "test_started"
DISCONNECTION_REPORTED = "disconnection_reported"
RESUME_AUTHORISED = "resume_authorised"
END_SCREEN_SEEN = "end_screen_seen"
TEST_ENDED = "test_ended"
TEST_ABANDONED = "test_abandoned"
ACTION_CANCELLED = "action_cancelled"
INCIDENT_NOTED = "incident_noted"
INCIDENT_CORRECTED = "incident_corrected"
INCIDENT_REMOVED = "incident_removed"
TEST_LENGTH_CHANGED = "test_length_changed"
CLOCK_CHANGED = "clock_changed"
ROOM_OPENED = "room_opened"
ROOM_CLOSED = "room_closed"
# The session's finalisation: the last event of its journal, sealing the manager's answers into the chain.
SESSION_FINALISED = "session_finalised"

STATE_KINDS = frozenset({PRESENCE_CONFIRMED, MARKED_ABSENT, TEST_STARTED, DISCONNECTION_REPORTED, RESUME_AUTHORISED,
                         END_SCREEN_SEEN, TEST_ENDED, TEST_ABANDONED})
INCIDENT_KINDS = frozenset({INCIDENT_NOTED, INCIDENT_CORRECTED, INCIDENT_REMOVED})
CANDIDATE_KINDS = STATE_KINDS | INCIDENT_KINDS | {ACTION_CANCELLED}
SESSION_KINDS = frozenset({TEST_LENGTH_CHANGED, CLOCK_CHANGED, ROOM_OPENED, ROOM_CLOSED, SESSION_FINALISED})
KINDS = CANDIDATE_KINDS | SESSION_KINDS


def utc_iso(moment: datetime) -> str:
    """The one text form of a time in the journal (and in its hashes): UTC, microseconds, "+00:00"."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass(frozen=True)
class JournalEvent:
    id: str
    session: str
    chain: str
    sequence: int
    kind: str
    candidate: str | None
    data: Mapping[str, object]
    recorded_at: str  # utc_iso text, exactly as hashed
    run: str | None = None
    monotonic_ns: int | None = None
    previous_hash: str = GENESIS_HASH
    hash: str = ""

    @property
    def recorded(self) -> datetime:
        return parse_time(self.recorded_at)

    @property
    def effective(self) -> datetime:
        """When it happened: a time the invigilator typed ("started at 10:05"), else when it was recorded."""
        at = self.data.get("at")
        return parse_time(at) if isinstance(at, str) else self.recorded


def canonical_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _hashed_fields(event: JournalEvent) -> dict[str, Any]:
    return {
        "id": event.id, "session": event.session, "chain": event.chain, "sequence": event.sequence,
        "kind": event.kind, "candidate": event.candidate, "data": dict(event.data),
        "recorded_at": event.recorded_at, "run": event.run, "monotonic_ns": event.monotonic_ns,
        "previous_hash": event.previous_hash,
    }


def compute_hash(event: JournalEvent) -> str:
    return hashlib.sha256(canonical_json(_hashed_fields(event)).encode("utf-8")).hexdigest()


def seal(event: JournalEvent) -> JournalEvent:
    """The event with its hash filled in."""
    return JournalEvent(**{**_hashed_fields(event), "data": dict(event.data), "hash": compute_hash(event)})


@dataclass(frozen=True)
class ChainProblem:
    """Where a chain stops verifying: the first event at fault and why ("hash", "previous", "sequence")."""

    chain: str
    sequence: int
    event_id: str
    reason: str


def chains(events: Iterable[JournalEvent]) -> dict[str, list[JournalEvent]]:
    found: dict[str, list[JournalEvent]] = {}
    for event in events:
        found.setdefault(event.chain, []).append(event)
    for chain_events in found.values():
        chain_events.sort(key=lambda e: e.sequence)
    return found


def verify(events: Iterable[JournalEvent]) -> list[ChainProblem]:
    """The first break in each chain, if any: an event whose content no longer matches its hash, a link to a
    predecessor that is not the event before it, or a gap in the numbering (a removed event)."""
    problems = []
    for chain_id, chain_events in sorted(chains(events).items()):
        previous = GENESIS_HASH
        for expected_sequence, event in enumerate(chain_events, start=1):
            reason = None
            if event.sequence != expected_sequence:
                reason = "sequence"
            elif event.previous_hash != previous:
                reason = "previous"
            elif compute_hash(event) != event.hash:
                reason = "hash"
            if reason:
                problems.append(ChainProblem(chain_id, event.sequence, event.id, reason))
                break
            previous = event.hash
    return problems


def fingerprint(events: Iterable[JournalEvent]) -> str | None:
    heads = [chain_events[-1] for _, chain_events in sorted(chains(events).items())]
    if not heads:
        return None
    if len(heads) == 1:
        return heads[0].hash
    lines = "\n".join(f"{e.chain}:{e.sequence}:{e.hash}" for e in heads)
    return hashlib.sha256(lines.encode("ascii")).hexdigest()


def ordered(events: Iterable[JournalEvent]) -> list[JournalEvent]:
    """Each chain in sequence order, chains interleaved by recording time then chain id (see the module doc)."""
    by_chain = chains(events)
    heap = [(c[0].recorded_at, chain_id, 0) for chain_id, c in by_chain.items()]
    heapq.heapify(heap)
    result = []
    while heap:
        _, chain_id, index = heapq.heappop(heap)
        chain_events = by_chain[chain_id]
        result.append(chain_events[index])
        if index + 1 < len(chain_events):
            heapq.heappush(heap, (chain_events[index + 1].recorded_at, chain_id, index + 1))
    return result


@dataclass
class MergeResult:
    added: list[JournalEvent] = field(default_factory=list)
    already_present: int = 0
    conflicting: list[str] = field(default_factory=list)  # same UUID, different content: kept out, reported


def merge(existing: Sequence[JournalEvent], incoming: Iterable[JournalEvent]) -> MergeResult:
    """What to add to `existing` from `incoming`: union by UUID, never a rewrite."""
    known = {e.id: e.hash for e in existing}
    result = MergeResult()
    for event in incoming:
        stored = known.get(event.id)
        if stored is None:
            result.added.append(event)
            known[event.id] = event.hash
        elif stored == event.hash:
            result.already_present += 1
        else:
            result.conflicting.append(event.id)
    return result
