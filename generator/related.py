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

import math
from dataclasses import dataclass

from generator import map as geo
from generator.records import Record

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


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    """Great-circle distance between two (lon, lat) points; infinite when either is unknown."""
    if a is None or b is None:
        return math.inf
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def related(records: list[Record]) -> dict[str, list[Record]]:
    """Record id -> its related practices, best first (see the module's rule)."""
    places = {r.id: geo.position(r.data) for r in records}
    topics = {r.id: set(r.data["topics"]) for r in records}
    by_topic: dict[str, list[Record]] = {}
    for record in records:
        for topic in topics[record.id]:
            by_topic.setdefault(topic, []).append(record)
    out = {}
    for record in records:
        mine = topics[record.id]
        same_problem = min(2, len(mine))
        ranked = []
        for other in {o.id: o for t in mine for o in by_topic[t] if o.id != record.id}.values():
            shared = len(mine & topics[other.id])
            km = distance_km(places[record.id], places[other.id])
            if km <= NEARBY_KM or shared >= same_problem:
                ranked.append((-shared, km, other.id, other))
        ranked.sort(key=lambda item: item[:3])
        out[record.id] = [item[3] for item in ranked[:MAX_RELATED]]
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
