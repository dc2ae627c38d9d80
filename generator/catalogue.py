"""The catalogue and compare pages, and the small summary data their scripts work on.

The catalogue page shows every practice as a result card, complete without
JavaScript; its script filters, sorts and downloads those cards using
`data/catalogue.json`, a summary of each practice kept small because every
reader of the catalogue downloads it. Budgets are compared in euros,
converted with the dated rates of generator/data/rates.yml; cards always
show the amounts as recorded. The compare page reads the same summary, and
the full record of the practices a reader picks. The scripts' words come
from the message catalogue, through a JSON block in each page.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from generator import messages, rates, render, summary
from generator.records import Record, kept
from generator.text import fold

if TYPE_CHECKING:
    from generator.site import Options

DATA_PATH = "data/catalogue.json"
MAX_WORDS = 40
# Words too common to help a reader find a practice; the title and place are searched anyway.
_STOP = frozenset(
    "the and for with that this from into its their they was were has have had are been which who "  # noqa: SIM905
    "what when where how than then also more most other such each per over under about after before "
    "between through during while not but all any our out his her them these those there here".split()
)
_WORD = re.compile(r"[^\W_]{3,}")


def files(records: list[Record], options: Options) -> dict[str, str]:
    """The catalogue page, the compare page and the catalogue's data."""
    return {
        "practices/index.md": catalogue_page(records, options),
        "compare.md": compare_page(options),
        DATA_PATH: catalogue_data(records, options),
    }


def in_euros(data: dict[str, Any], table: rates.Rates) -> float | None:
    """The budget the filters compare, in euros: every one-off and total amount plus one year of running costs.

    None when the record gives no amount, or gives one in a currency the
    rates table lacks (that practice is left out of budget filters and sorting).
    """
    amounts = [table.to_euro(m["total"] + m["per_year"], m["currency"]) for m in summary.budget(data)]
    if not amounts or None in amounts:
        return None
    return round(sum(cast("list[float]", amounts)), 2)


def unrated(records: list[Record], table: rates.Rates) -> list[str]:
    """The currencies records use that the rates table has no rate for."""
    used = {m["currency"] for r in records for m in summary.budget(r.data)}
    return sorted(c for c in used if table.to_euro(1, c) is None)


def search_words(data: dict[str, Any]) -> str:
    """A few words of a practice for the text box, beyond its title and place: summary and organisations."""
    shown = set(_WORD.findall(fold(f"{data['title']} {summary.place(data, 'en')}")))
    text = " ".join([data["summary"], data["institution"]["name"], *(p["name"] for p in data.get("partners", []))])
    words: list[str] = []
    for word in _WORD.findall(fold(text)):
        if word not in _STOP and word not in shown and word not in words:
            words.append(word)
    return " ".join(words[:MAX_WORDS])


def entry(record: Record, options: Options) -> dict[str, Any]:
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
        "eur": in_euros(data, rates.load()),
        "lang": row["lang"],
        "langs": readable_in(data),
        "words": search_words(data),
    }


def readable_in(data: dict[str, Any]) -> list[str]:
    """The languages a reader finds the practice in: the original, then its translations."""
    return [data["language"], *sorted(data.get("translations", {}))]


def catalogue_data(records: list[Record], options: Options) -> str:
    """The summary of every practice, with the names the filters show, as compact JSON."""
    lang = options.language
    codes = sorted({r.data["location"]["country"] for r in records})
    languages = sorted({code for r in records for code in readable_in(r.data)})
    table = rates.load()
    data = {
        "rates": {
            "day": table.day.isoformat(),
            "per_euro": {c: table.per_euro[c] for c in _offered(records, table) if c != rates.BASE},
        },
        "topics": options.topics,
        "countries": {c: summary.country_name(c, lang) for c in codes},
        "languages": {code: summary.language_name(code, lang) for code in languages},
        "practices": [_entry(r, options, table) for r in sorted(records, key=lambda r: r.id)],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def _entry(record: Record, options: Options, table: rates.Rates) -> dict[str, Any]:
    """A practice's entry, made once per language, reading of the words and rates table (kept by rates.load)."""
    key = ("catalogue entry", options.language, options.date_locale, messages.reading, id(table))
    return kept(record, key, partial(entry, record, options))


def facets(records: list[Record], options: Options) -> dict[str, Any]:
    """The choices the catalogue's filters offer, each with how many practices it holds."""
    lang = options.language
    topics = Counter(t for r in records for t in r.data["topics"])
    countries = Counter(r.data["location"]["country"] for r in records)
    languages = Counter(code for r in records for code in readable_in(r.data))
    years = [summary.start_year(r.data) for r in records] or [2000]
    table = rates.load()
    ongoing = sum(summary.end_year(r.data) is None for r in records)
    return {
        "topics": [(t, label, topics[t]) for t, label in options.topics.items() if topics[t]],
        "countries": sorted(((c, summary.country_name(c, lang), n) for c, n in countries.items()), key=lambda x: x[1]),
        "languages": sorted(((c, summary.language_name(c, lang), n) for c, n in languages.items()), key=lambda x: x[1]),
        "statuses": {"all": len(records), "ongoing": ongoing, "finished": len(records) - ongoing},
        "currencies": _offered(records, table),
        "unrated": unrated(records, table),
        "rates_day": summary.day(table.day.isoformat(), options.date_locale or lang),
        "first_year": min(years),
        "last_year": max(years),
    }


def _offered(records: list[Record], table: rates.Rates) -> list[str]:
    """The currencies a reader may type a budget in: the euro, then those the records use most that have a rate."""
    used = Counter(m["currency"] for r in records for m in summary.budget(r.data))
    ranked = [c for c, _ in sorted(used.items(), key=lambda x: (-x[1], x[0])) if c != rates.BASE]
    return [rates.BASE, *(c for c in ranked if table.to_euro(1, c) is not None)]


def catalogue_page(records: list[Record], options: Options) -> str:
    """The catalogue: every practice as a result card, with the filters its script brings to life."""
    lang = options.language
    rows = [render.listing_row(r, options) for r in sorted(records, key=lambda r: r.data["title"].casefold())]
    front = render.front_matter(
        messages.text("All practices", lang),
        messages.text("Every good practice in the library: filter, sort, download.", lang),
        search={"exclude": True},
        extra=render.WIDE,
    )
    return render.render(
        "catalogue.md.j2",
        rows=rows,
        facets=facets(records, options),
        front=front,
        lang=lang,
        words=catalogue_words(lang),
    )


def forms(singular: str, plural_: str, lang: str) -> dict[str, str]:
    """A plural message's forms in `lang`, by CLDR category, for a script to pick with Intl.PluralRules."""
    return messages.plural_forms(singular, plural_, lang)


def catalogue_words(lang: str) -> dict[str, Any]:
    """The words catalogue.js writes into the page, in the page's language."""
    text = messages.text
    return {
        "count": forms("{count} practice", "{count} practices", lang),
        "matching": forms(
            "{count} practice matches the filters (of {total})",
            "{count} practices match the filters (of {total})",
            lang,
        ),
        "none": text("No practice matches these filters (of {total}).", lang),
        "more": text("Show {step} more ({limit} of {count} shown)", lang),
        "failed": text("(The filters could not be loaded.)", lang),
        "ticked": forms("{count} practice ticked for comparison", "{count} practices ticked for comparison", lang),
        "tickHint": text("Tick two to four practices to compare them.", lang),
        "tooMany": text("At most four practices can be compared. Untick one first.", lang),
        "file": text("practices", lang),  # downloads are named practices-<filters>.csv in the site's language
        "all": text("all", lang),
    }


def compare_words(lang: str) -> dict[str, Any]:
    """The words compare.js writes into the page, in the page's language."""
    names = (
        "Place",
        "Period",
        "Budget",
        "Key evidence",
        "Difficulties and how they were handled",
        "Preconditions",
        "How it was handled",
        "none given",
        "Remove",
        "Remove {title} from the comparison",
        "No single practice matches “{text}”: choose one of the suggestions.",
        "“{title}” is already in the comparison.",
        "At most four practices can be compared. Remove one first.",
        "Choose two to four practices.",
        "One practice chosen: add at least one more to compare.",
        "A practice's record could not be loaded; try again later.",
        "The practices could not be loaded; try again later.",
    )
    words: dict[str, str | dict[str, str]] = {name: messages.text(name, lang) for name in names}
    words["comparing"] = forms("Comparing {count} practice", "Comparing {count} practices", lang)
    return words


def compare_page(options: Options) -> str:
    """The compare page: a picker and a side-by-side table, filled in by its script."""
    lang = options.language
    front = render.front_matter(
        messages.text("Compare practices", lang),
        messages.text("Two to four good practices side by side.", lang),
        extra=render.WIDE,
    )
    return render.render("compare.md.j2", front=front, lang=lang, words=compare_words(lang))
