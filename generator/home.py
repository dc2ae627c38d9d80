"""The generated part of the home page: counts, the map of practices, topics with counts, latest records.

content/index.md is written by hand; the MkDocs plugin puts this part where
the page says `<!-- practices:home -->`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from generator import map as geo
from generator import render, summary
from generator.messages import text
from generator.records import Record, added

if TYPE_CHECKING:
    from generator.site import Options

MARKER = "<!-- practices:home -->"
LATEST = 5


def section(records: list[Record], options: Options) -> str:
    """The home page's generated Markdown, in the site's language."""
    lang = options.language
    dates = options.date_locale or lang
    pins = geo.pins(records, geo.practice_href("practices/"), lang)
    places: dict[str, list[geo.Pin]] = {}
    for pin in sorted(pins, key=lambda p: (p.place, p.title)):
        places.setdefault(pin.place, []).append(pin)
    topics = [(t, label, sum(t in r.data["topics"] for r in records)) for t, label in options.topics.items()]
    return render.render(
        "home.md.j2",
        lang=lang,
        count=len(records),
        countries=len({r.data["location"]["country"] for r in records}),
        map_svg=geo.svg(pins, geo.region([(p.lon, p.lat) for p in pins]), _label(lang)) if pins else None,
        places=sorted(places.items()),
        topics=sorted((t for t in topics if t[2]), key=lambda t: (-t[2], t[1])),
        added=_latest(records, added, dates, lang),
        reviewed=_latest(records, _reviewed, dates, lang),
    )


def _label(lang: str) -> str:
    return text("Map of practices", lang)


def _reviewed(data: dict[str, Any]) -> str:
    return cast(str, data["last_reviewed"])


def _latest(records: list[Record], day: Callable[[dict[str, Any]], str], dates: str, lang: str) -> list[dict[str, Any]]:
    """The LATEST records by the day `day` gives of each (records.added, or the last review), newest first."""
    newest = sorted(records, key=lambda r: (day(r.data), r.id), reverse=True)[:LATEST]
    return [
        {
            "id": r.id,
            "title": r.data["title"],
            "lang": r.data["language"],
            "place": summary.place(r.data, lang),
            "date": summary.day(day(r.data), dates),
        }
        for r in newest
    ]
