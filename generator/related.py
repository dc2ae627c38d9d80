"""Links between practices, computed at build time: related practices and the trail of transfers.

Related practices of a practice P (at most MAX_RELATED), by this rule:

1. A candidate shares at least one topic with P.
2. It is kept if it is nearby (within NEARBY_KM of P, from the coordinates or,
   when a record has none, its country's centroid) or works on the same problem
   (shares at least two topics with P, or all of P's topics when P has one).
3. Kept candidates are ranked by the number of shared topics (more first),
   then by distance (nearer first; a practice that cannot be placed comes
   last), then by id, so that the result is the same at every build.

Transfers come from `transferability.adopted_by[]`: an item whose `practice`
names another record links the two both ways (the origin says "adopted by",
the adopter says "adapted from"); an item without it is a transfer to a place
that has no record of its own.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from functools import lru_cache

from generator import map as geo
from generator.records import Record

Place = tuple[float, float] | None  # a practice's position, or None when it gives none

MAX_RELATED = 5
NEARBY_KM = 500
_EARTH_KM = 6371.0


@dataclass(frozen=True)
class Transfer:
    """One adoption: the origin record, the adopter as the origin names it, and the adopter's record if any."""

    origin: Record
    name: str
    country: str
    year: int | None
    url: str | None
    adopter: Record | None
    reported_in: str | None = None  # the id of the origin's source that reports the adoption


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    """Great-circle distance between two (lon, lat) points; infinite when either is unknown."""
    if a is None or b is None:
        return math.inf
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


# Practices share places, so one distance serves many pairs.
_km = lru_cache(maxsize=65536)(distance_km)


def related(records: list[Record]) -> dict[str, list[Record]]:
    """Record id -> its related practices, best first (see the module's rule).

    Built to stay fast at thousands of practices: candidates sharing two topics
    come from an index of topic pairs, and those sharing one are walked place
    by place, nearest first, only until enough are found.
    """
    topics = {r.id: frozenset(r.data["topics"]) for r in records}
    place = {r.id: geo.position(r.data) for r in records}
    by_pair: dict[tuple[str, str], list[Record]] = {}
    by_topic: dict[str, dict[tuple[float, float] | None, list[Record]]] = {}
    for record in sorted(records, key=lambda r: r.id):
        ordered = sorted(topics[record.id])
        for k, first in enumerate(ordered):
            by_topic.setdefault(first, {}).setdefault(place[record.id], []).append(record)
            for second in ordered[k + 1 :]:
                by_pair.setdefault((first, second), []).append(record)
    out = {}
    for record in records:
        mine, here = topics[record.id], place[record.id]
        chosen = _same_problem(record, mine, here, by_pair, topics, place) if len(mine) > 1 else []
        if len(chosen) < MAX_RELATED:
            limit = NEARBY_KM if len(mine) > 1 else math.inf
            chosen += _nearest(record, mine, here, by_topic, {r.id for r in chosen}, limit, MAX_RELATED - len(chosen))
        out[record.id] = chosen
    return out


def _same_problem(
    record: Record,
    mine: frozenset[str],
    here: Place,
    by_pair: dict[tuple[str, str], list[Record]],
    topics: dict[str, frozenset[str]],
    place: dict[str, Place],
) -> list[Record]:
    """Practices sharing at least two topics, most shared first, then nearest, then by id."""
    pairs = [(a, b) for a in sorted(mine) for b in sorted(mine) if a < b]
    found = {o.id: o for pair in pairs for o in by_pair.get(pair, ()) if o.id != record.id}
    rank = [(-len(mine & topics[o.id]), _km(here, place[o.id]), o.id, o) for o in found.values()]
    return [item[3] for item in heapq.nsmallest(MAX_RELATED, rank, key=lambda item: item[:3])]


def _nearest(
    record: Record,
    mine: frozenset[str],
    here: Place,
    by_topic: dict[str, dict[Place, list[Record]]],
    taken: set[str],
    limit: float,
    wanted: int,
) -> list[Record]:
    """Up to `wanted` practices sharing a topic within `limit` km, nearest first (by id at one place)."""
    groups = [by_topic.get(topic, {}) for topic in sorted(mine)]
    places = {where for group in groups for where in group}
    out: list[Record] = []
    for km, where in sorted(((_km(here, where), where) for where in places), key=lambda x: x[0]):
        if km > limit or len(out) >= wanted:
            break
        at = {o.id: o for group in groups for o in group.get(where, ())}
        for other in sorted(at.values(), key=lambda o: o.id):
            if other.id != record.id and other.id not in taken and len(out) < wanted:
                out.append(other)
                taken.add(other.id)
    return out


def transfers(records: list[Record]) -> list[Transfer]:
    """Every adoption the records report, ordered by origin id and then as the record lists them."""
    by_id = {r.id: r for r in records}
    out = []
    for origin in sorted(records, key=lambda r: r.id):
        for item in origin.data["transferability"].get("adopted_by", []):
            year = item.get("year")
            out.append(
                Transfer(
                    origin,
                    item["name"],
                    item["country"],
                    year if isinstance(year, int) else None,
                    item.get("url"),
                    by_id.get(item.get("practice", "")),
                    item.get("reported_in"),
                )
            )
    return out


def adopted_by(all_transfers: list[Transfer]) -> dict[str, list[Transfer]]:
    """Origin id -> the transfers from it."""
    out: dict[str, list[Transfer]] = {}
    for transfer in all_transfers:
        out.setdefault(transfer.origin.id, []).append(transfer)
    return out


def adapted_from(all_transfers: list[Transfer]) -> dict[str, list[Transfer]]:
    """Adopter id -> the transfers that name its record as the adopter's version."""
    out: dict[str, list[Transfer]] = {}
    for transfer in all_transfers:
        if transfer.adopter is not None and transfer.adopter.id != transfer.origin.id:
            out.setdefault(transfer.adopter.id, []).append(transfer)
    return out
