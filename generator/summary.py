"""Facts derived from a valid record, worded for readers in the site's language.

Pages, the checklist and the open-data exports all show the same place,
period, budget and amounts; they take them from here so they always agree.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from functools import cache, lru_cache
from typing import Any, cast

import babel
import babel.dates
import babel.numbers

from generator.messages import text
from generator.provenance import known, unknown

PERIOD_WORDS = {"one-off": "one-off", "per-year": "per year", "total": "in total"}
# Babel takes some 0.1 ms a call and pages, checklists and exports word the same values again and again.
_per_value = lru_cache(maxsize=65536, typed=True)


@cache
def locale(code: str) -> babel.Locale:
    """The Babel locale of a language code such as 'en' or 'it'."""
    return babel.Locale.parse(code)


def country_name(code: str, lang: str) -> str:
    """A country's name in the reader's language, e.g. IT -> Italy."""
    return cast(str, locale(lang).territories.get(code, code))


def language_name(code: str, lang: str) -> str:
    """A language's name in the reader's language, e.g. it -> Italian."""
    return cast(str, locale(lang).languages.get(code, code))


@_per_value
def money(amount: float, currency: str, lang: str) -> str:
    """An amount with its currency, in the reader's conventions: €10,000 or 10.000 €."""
    loc = locale(lang)
    pattern = loc.currency_formats["standard"].pattern
    if float(amount).is_integer():
        pattern = pattern.replace(".00", "")
        amount = int(amount)
    return babel.numbers.format_currency(amount, currency, format=pattern, locale=loc, currency_digits=False)


@_per_value
def number(value: float, lang: str) -> str:
    """A figure in the reader's conventions: 1,721,378 or 1.721.378."""
    return babel.numbers.format_decimal(value, locale=locale(lang), decimal_quantization=False)


@_per_value
def month_or_year(value: object, lang: str) -> str:
    """A start or end value ('2015' or '2015-01') as a reader says it: January 2015."""
    text = str(value)
    if len(text) == 7:
        day = datetime.date(int(text[:4]), int(text[5:7]), 1)
        return babel.dates.format_skeleton("yMMMM", day, locale=locale(lang))
    return text


@_per_value
def day(value: str, lang: str) -> str:
    """A YYYY-MM-DD date as a reader says it: 26 November 2026."""
    return babel.dates.format_date(datetime.date.fromisoformat(value), "long", locale=locale(lang))


def period(data: dict[str, Any], lang: str) -> str:
    """From start to end; ongoing only when no end is written, 'end not reported' when the sources give none."""
    start = month_or_year(data["start"], lang)
    if "end" not in data:
        return f"{start} – {text('ongoing', lang)}"
    if unknown(data["end"]):
        return f"{start} – {text('end not reported', lang)}"
    return f"{start} – {month_or_year(data['end'], lang)}"


def start_year(data: dict[str, Any]) -> int:
    """The year the practice started."""
    return int(str(data["start"])[:4])


def end_year(data: dict[str, Any]) -> int | None:
    """The year the practice ended; None while it is ongoing or when the sources give no end."""
    end = known(data.get("end"))
    return int(str(end)[:4]) if end is not None else None


def status(data: dict[str, Any]) -> str:
    """'ongoing' (no end written), 'finished' (an end), or 'not reported' (the sources give no end)."""
    if "end" not in data:
        return "ongoing"
    return "not reported" if unknown(data["end"]) else "finished"


def place(data: dict[str, Any], lang: str) -> str:
    """City, region and country in one line; a city the sources do not give is left out."""
    loc = data["location"]
    parts = [known(loc.get("city")), loc.get("region"), country_name(loc["country"], lang)]
    return ", ".join(p for p in parts if p)


def budget(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Money per currency: the one-off and total amounts added up, and the yearly ones.

    Returns:
        One entry per currency, sorted: {"currency", "total", "per_year"}.
    """
    sums: dict[str, dict[str, float]] = defaultdict(lambda: {"total": 0, "per_year": 0})
    for line in data["resources"]:
        if "amount" in line:
            key = "per_year" if line["period"] == "per-year" else "total"
            sums[line["currency"]][key] += line["amount"]
    return [{"currency": c, **sums[c]} for c in sorted(sums)]


def budget_text(data: dict[str, Any], lang: str) -> str:
    """The budget as one line: '€95,800 + €10,000 per year', or 'not given'."""
    parts = []
    for entry in budget(data):
        words = []
        if entry["total"]:
            words.append(money(entry["total"], entry["currency"], lang))
        if entry["per_year"]:
            words.append(f"{money(entry['per_year'], entry['currency'], lang)} {text('per year', lang)}")
        parts.append(" + ".join(words))
    return "; ".join(p for p in parts if p) or text("not given", lang)


def resource_text(line: dict[str, Any], lang: str) -> str:
    """One resource line's amount with its period: '€10,000 per year'."""
    if line.get("amount") is None:  # left out of the record (None in the practice page's view of it)
        return text("amount not given", lang)
    return f"{money(line['amount'], line['currency'], lang)} {text(PERIOD_WORDS[line['period']], lang)}"
