"""Turn the copied text of a good-practice web page into a draft practice record.

The page is read (reading.py) into sections by the labels each platform really uses
(labels.yml, loaded by layouts.py); each section is placed in its field by the builder
(builder.py, with one module per kind of field: text, money, places, dates, people);
the draft is written as YAML (writing.py) with a report of what was found, guessed,
seen but not placed, and left out (report.py). Nothing is lost: text that fits no field
is kept as comments at the end of the draft.

Required fields the page does not give are written as TODO placeholders, as the `new`
command writes them, so that the validator names exactly what is left to do.
"""

from __future__ import annotations

import datetime

from generator.importer.builder import PLACERS, Builder
from generator.importer.reading import _INDEX, clean, drop_boilerplate, layout, split
from generator.importer.report import Draft, Report, Section
from generator.importer.sitewide import drop_shared
from generator.importer.writing import SCHEMA_LINE, ordered, to_yaml

__all__ = ["MAX_BYTES", "SCHEMA_LINE", "Draft", "Report", "Section", "_INDEX", "draft", "ordered", "refusal", "to_yaml"]


def draft(
    text: str,
    title: str | None = None,
    today: datetime.date | None = None,
    source: str | None = None,
    site_page: str | None = None,
) -> Draft:
    """Read a copied good-practice page and build a draft record from it.

    Args:
        text: the page's text, as copied from a browser.
        title: the practice's title, for pages whose text lacks one.
        today: the date the draft is made (default: today), written as `added`.
        source: the address the page was copied from, written as the draft's source, consulted today.
        site_page: the text of another page of the same site, whose shared lines are the site's furniture.

    Returns:
        The draft, with the YAML to write to practices/<id>.yml and the report.
    """
    today = today or datetime.date.today()
    builder = Builder(today)
    page = clean(text, builder.report)
    lines = drop_boilerplate(page, builder.report)
    if site_page is not None:
        lines = drop_shared(lines, clean(site_page, Report()), builder.report)
    preamble, sections = split(lines, builder.report)
    builder.report.layout, builder.report.sure = layout(page, builder.report)
    if builder.report.layout == "unknown" and site_page is None:
        builder.report.notes.append(_UNKNOWN_SITE)
    builder.head(preamble, sections, title)
    for section in sections:
        PLACERS.get(section.key.partition(":")[0], Builder.labelled)(builder, section)
    builder.finish(sections, lines, today)
    if source:
        builder.record["sources"] = [{"url": source, "consulted": today.isoformat()}]
        builder.report.found.append(("sources/url", "--url", source))
    return builder.draft()


# What a contributor can do about a site the importer has no labels for.
_UNKNOWN_SITE = (
    "the importer does not know this site's layout, so its own furniture (its name, menus, footer) may be left in"
    " the draft: check each line, or copy a second page of the same site and give it with --site-page"
)

MAX_BYTES = 1_000_000


def refusal(text: str, size: int | None = None) -> str | None:
    """Why a page cannot be imported (over 1 MB, empty, no words), or None when it can.

    Args:
        text: the page's text.
        size: its size in bytes, when known without reading it all (a file's size).
    """
    if (size if size is not None else len(text.encode("utf-8"))) > MAX_BYTES:
        return f"the page is over {MAX_BYTES // 1_000_000} MB of text; copy only the practice's page"
    if not text.strip():
        return "the page is empty; copy the text of the practice's page into the file"
    if sum(c.isalpha() for c in text) < 3:
        return "the page has no text the importer can read (no words); copy the page's text, not its code or data"
    return None
