"""The catalogue and compare pages, and the small summary data their scripts work on.

The catalogue page lists every practice as a plain table, complete without
JavaScript; its script filters, sorts and downloads that list using
`data/catalogue.json`, a summary of each practice kept small because every
reader of the catalogue downloads it. The compare page reads the same
summary, and the full record of the practices a reader picks.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

from generator import render, summary
from generator.records import Record

DATA_PATH = "data/catalogue.json"
MAX_WORDS = 40
# Words too common to help a reader find a practice; the title and place are searched anyway.
_STOP = frozenset(
    "the and for with that this from into its their they was were has have had are been which who "  # noqa: SIM905
    "what when where how than then also more most other such each per over under about after before "
    "between through during while not but all any our out his her them these those there here".split()
)
_WORD = re.compile(r"[^\W_]{3,}")


def files(records: list[Record], options) -> dict[str, str]:
    """The catalogue page, the compare page and the catalogue's data."""
    return {
        "practices/index.md": catalogue_page(records, options),
        "compare.md": compare_page(),
        DATA_PATH: catalogue_data(records, options),
    }


def folded(text: str) -> str:
    """Text as the catalogue's search compares it: lower case, without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(data: dict) -> str:
    """A few words of a practice for the text box, beyond its title and place: summary and organisations."""
    shown = set(_WORD.findall(folded(f"{data['title']} {summary.place(data, 'en')}")))
    text = " ".join([data["summary"], data["institution"]["name"], *(p["name"] for p in data.get("partners", []))])
    words: list[str] = []
    for word in _WORD.findall(folded(text)):
        if word not in _STOP and word not in shown and word not in words:
            words.append(word)
    return " ".join(words[:MAX_WORDS])


def entry(record: Record, options) -> dict:
    """One practice in the catalogue's data: what the filters, sorting, downloads and compare page need."""
    data, row = record.data, render.listing_row(record, options)
    return {
        "id": record.id,
        "title": row["title"],
        "place": row["place"],
        "country": row["country"],
        "topics": data["topics"],
        "start": summary.start_year(data),
        "end": summary.end_year(data),
        "period": row["period"],
        "budget": {m["currency"]: [m["total"], m["per_year"]] for m in summary.budget(data)},
        "budget_text": row["budget"],
        "lang": row["lang"],
        "langs": readable_in(data),
        "words": search_words(data),
    }


def readable_in(data: dict) -> list[str]:
    """The languages a reader finds the practice in: the original, then its translations."""
    return [data["language"], *sorted(data.get("translations", {}))]


def catalogue_data(records: list[Record], options) -> str:
    """The summary of every practice, with the names the filters show, as compact JSON."""
    lang = options.language
    codes = sorted({r.data["location"]["country"] for r in records})
    languages = sorted({code for r in records for code in readable_in(r.data)})
    data = {
        "topics": options.topics,
        "countries": {c: summary.country_name(c, lang) for c in codes},
        "languages": {code: summary.language_name(code, lang) for code in languages},
        "practices": [entry(r, options) for r in sorted(records, key=lambda r: r.id)],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def facets(records: list[Record], options) -> dict:
    """The choices the catalogue's filters offer, each with how many practices it holds."""
    lang = options.language
    topics = Counter(t for r in records for t in r.data["topics"])
    countries = Counter(r.data["location"]["country"] for r in records)
    languages = Counter(code for r in records for code in readable_in(r.data))
    currencies = Counter(m["currency"] for r in records for m in summary.budget(r.data))
    years = [summary.start_year(r.data) for r in records] or [2000]
    return {
        "topics": [(t, label, topics[t]) for t, label in options.topics.items() if topics[t]],
        "countries": sorted(((c, summary.country_name(c, lang), n) for c, n in countries.items()), key=lambda x: x[1]),
        "languages": sorted(((c, summary.language_name(c, lang), n) for c, n in languages.items()), key=lambda x: x[1]),
        "currencies": [c for c, _ in sorted(currencies.items(), key=lambda x: (-x[1], x[0]))] or ["EUR"],
        "first_year": min(years),
        "last_year": max(years),
    }


def catalogue_page(records: list[Record], options) -> str:
    """The catalogue: every practice in a table, with the filters its script brings to life."""
    rows = [render.listing_row(r, options) for r in sorted(records, key=lambda r: r.data["title"].casefold())]
    front = render.front_matter("All practices", "Every good practice in the library: filter, sort, download.",
                                search={"exclude": True})
    return render.render("catalogue.md.j2", rows=rows, facets=facets(records, options), front=front)


def compare_page() -> str:
    """The compare page: a picker and a side-by-side table, filled in by its script."""
    front = render.front_matter("Compare practices", "Two to four good practices side by side.")
    return render.render("compare.md.j2", front=front)
