"""Unknown values and provenance: what a record says the sources do not give, and where each value comes from.

A record writes the exact text `not reported` where its sources are silent; `reported_in` on an
item names the `id` of the entry of `sources` that gives it, when that is not the main source.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

T = TypeVar("T")

NOT_REPORTED = "not reported"

# The lists whose items may name the source they come from.
CITING = (("evidence",), ("resources",), ("difficulties",), ("transferability", "adopted_by"))


def unknown(value: object) -> bool:
    """True for the value that means the sources do not say."""
    return value == NOT_REPORTED


def known(value: T) -> T | None:
    """The value itself, or None where it is absent or not reported."""
    return None if value is None or unknown(value) else value


def _list(data: object, *path: str) -> list[Any]:
    for step in path:
        data = data.get(step) if isinstance(data, dict) else None
    return data if isinstance(data, list) else []


def source_ids(data: dict[str, Any]) -> list[str]:
    """The ids the record gives its sources, in order (sources without one are skipped)."""
    return [s["id"] for s in _list(data, "sources") if isinstance(s, dict) and isinstance(s.get("id"), str)]


def citing_items(data: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], int, dict[str, Any]]]:
    """Every item that may name its source: (list path, index, item)."""
    for path in CITING:
        for i, item in enumerate(_list(data, *path)):
            if isinstance(item, dict):
                yield path, i, item
