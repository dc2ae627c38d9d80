"""Open data made from the valid records: the whole collection, feeds and page metadata.

Everything here is produced at build time from the records exactly as they
were validated, with no site engine involved: `practices.json` (every field
of every record, `not reported` kept as written), `practices.csv` (the main
fields, one row per practice, unknowns shown as `not reported`), one JSON
file per practice, Atom feeds of new and updated practices, and the
schema.org description of a practice page (which leaves unknowns out). Output
depends only on the records, so two builds of the same records are
byte-identical.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast
from xml.etree import ElementTree as ET

from generator import messages, spreadsheet, summary
from generator.provenance import known, unknown
from generator.records import Record, added, kept

if TYPE_CHECKING:
    from generator.site import Options

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50  # newest entries per feed: readers poll feeds, a whole collection would be megabytes
CSV_COLUMNS = [
    "id",
    "title",
    "summary",
    "city",
    "region",
    "nuts",
    "country",
    "country_name",
    "latitude",
    "longitude",
    "start",
    "end",
    "status",
    "topics",
    "institution",
    "partners",
    "budget",
    "budget_total",
    "budget_per_year",
    "evidence_items",
    "language",
    "licence",
    "added",
    "last_reviewed",
    "sources",
    "page",
]


def files(records: list[Record], options: Options) -> dict[str, str]:
    """The open-data files and feeds of the site, by path in the docs folder."""
    return {path: made() if callable(made) else made for path, made in later(records, options).items()}


def later(records: list[Record], options: Options) -> dict[str, str | Callable[[], str]]:
    """The same files, each practice's own data file as a function that writes it when asked."""
    out: dict[str, str | Callable[[], str]] = {
        "data/practices.json": practices_json(records),
        "data/practices.csv": practices_csv(records, options),
        "feeds/practices.xml": feed(records, options, None),
    }
    for record in records:
        out[record_path(record.id)] = partial(_record_file, record)
    for topic in options.topics:
        chosen = [r for r in records if topic in r.data["topics"]]
        out[f"feeds/topics/{topic}.xml"] = feed(chosen, options, topic, newest=_newest(records))
    return out


def record_path(record_id: str) -> str:
    """Where a practice's own open-data file lives in the site."""
    return f"data/practices/{record_id}.json"


def _record_file(record: Record) -> str:
    return _record_json(record) + "\n"


def _record_json(record: Record) -> str:
    """A record as JSON, made once: its own file and the whole collection's both hold it."""
    return kept(record, ("json",), lambda: _dump(full_record(record))[:-1])


def full_record(record: Record) -> dict[str, Any]:
    """A record as published: its id first, then every field exactly as validated."""
    return {"id": record.id, **record.data}


def practices_json(records: list[Record]) -> str:
    """The whole collection: every record, keyed by id, with its id inside too.

    Written as json.dumps would write it whole, from each record's own JSON
    with its lines moved in by two levels.
    """
    if not records:
        return _dump({"schema": SCHEMA_LINK, "practices": {}})
    inner = ",\n".join(
        f"  {_dump(r.id)[:-1]}: {_record_json(r).replace(chr(10), chr(10) + '  ')}"
        for r in sorted(records, key=lambda r: r.id)
    )
    return f'{{\n "schema": {_dump(SCHEMA_LINK)[:-1]},\n "practices": {{\n{inner}\n }}\n}}\n'


SCHEMA_LINK = "../schema/practice.schema.json"


def _dump(value: object) -> str:
    # allow_nan=False: a number JSON cannot hold must stop the build, not publish invalid JSON.
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def page_url(record_id: str, options: Options) -> str:
    """The address of a practice page: absolute when the site's address is known."""
    return f"{options.site_url or '/'}practices/{record_id}/"


def csv_row(record: Record, options: Options) -> dict[str, str]:
    """The main fields of one record, flattened into text cells."""
    data, lang, loc = record.data, options.language, record.data["location"]
    coordinates = loc.get("coordinates", {})
    money = summary.budget(data)
    row = {
        "id": record.id,
        "title": data["title"],
        "summary": data["summary"],
        "city": loc.get("city", ""),
        "region": loc.get("region", ""),
        "nuts": loc.get("nuts", ""),
        "country": loc["country"],
        "country_name": summary.country_name(loc["country"], lang),
        "latitude": coordinates.get("lat", ""),
        "longitude": coordinates.get("lon", ""),
        "start": data["start"],
        "end": data.get("end", ""),
        "status": summary.status(data),
        "topics": "; ".join(data["topics"]),
        "institution": data["institution"]["name"],
        "partners": "; ".join(p["name"] for p in data.get("partners", [])),
        "budget": summary.budget_text(data, lang),
        "budget_total": "; ".join(f"{_plain(m['total'])} {m['currency']}" for m in money if m["total"]),
        "budget_per_year": "; ".join(f"{_plain(m['per_year'])} {m['currency']}" for m in money if m["per_year"]),
        "evidence_items": len(data["evidence"]),
        "language": data["language"],
        "licence": data["licence"],
        "added": added(data),
        "last_reviewed": data["last_reviewed"],
        "sources": " ".join(s["url"] for s in data["sources"]),
        "page": page_url(record.id, options),
    }
    return {key: spreadsheet.cell(value) for key, value in row.items()}


def _plain(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def practices_csv(records: list[Record], options: Options) -> str:
    """The main fields of every practice, one row each, for spreadsheets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in sorted(records, key=lambda r: r.id):
        key = ("csv", options.language, options.date_locale, options.site_url, messages.reading)
        writer.writerow(kept(record, key, partial(csv_row, record, options)))
    return out.getvalue()


def _updated(data: dict[str, Any]) -> str:
    return cast(str, max(added(data), data["last_reviewed"]))


def _newest(records: list[Record]) -> str:
    # A fixed date when there is nothing: feeds must not depend on the day of the build.
    return max((_updated(r.data) for r in records), default="2000-01-01")


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def feed(records: list[Record], options: Options, topic: str | None, newest: str | None = None) -> str:
    """An Atom feed of the newest added or reviewed practices, of one topic or of all.

    Its <updated> is the newest record date, not the build time, so rebuilding
    the same records gives the same feed.
    """
    base = options.site_url or "/"
    path = f"feeds/topics/{topic}.xml" if topic else "feeds/practices.xml"
    root = ET.Element("feed", {"xmlns": ATOM, "xml:lang": options.language})
    ET.SubElement(root, "title").text = (
        messages.fill("New and updated practices: {topic}", options.language, topic=options.topics[topic])
        if topic
        else messages.text("New and updated practices", options.language)
    )
    ET.SubElement(root, "id").text = base + path
    ET.SubElement(root, "updated").text = _stamp(newest or _newest(records))
    ET.SubElement(root, "link", {"rel": "self", "type": "application/atom+xml", "href": base + path})
    ET.SubElement(
        root,
        "link",
        {"rel": "alternate", "type": "text/html", "href": base + (f"topics/{topic}/" if topic else "practices/")},
    )
    newest_first = sorted(records, key=lambda r: (_updated(r.data), r.id), reverse=True)
    for record in newest_first[:FEED_SIZE]:
        root.append(_entry(record, options))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _entry(record: Record, options: Options) -> ET.Element:
    data, lang = record.data, options.language
    entry = ET.Element("entry")
    ET.SubElement(entry, "title").text = data["title"]
    ET.SubElement(entry, "id").text = page_url(record.id, options)
    ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": page_url(record.id, options)})
    ET.SubElement(entry, "published").text = _stamp(added(data))
    ET.SubElement(entry, "updated").text = _stamp(_updated(data))
    ET.SubElement(ET.SubElement(entry, "author"), "name").text = data["institution"]["name"]
    for topic in data["topics"]:
        ET.SubElement(entry, "category", {"term": topic, "label": options.topics[topic]})
    where = messages.fill(
        "{place}; {period}; budget {budget}.",
        lang,
        place=summary.place(data, lang),
        period=summary.period(data, lang),
        budget=summary.budget_text(data, lang),
    )
    ET.SubElement(entry, "summary").text = f"{data['summary']} ({where})"
    return entry


def json_ld(record: Record, options: Options) -> dict[str, Any]:
    """The schema.org description of a practice page, for search engines and link previews."""
    data, loc = record.data, record.data["location"]
    described = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": data["title"][:110],
        "name": data["title"],
        "description": data["summary"],
        "inLanguage": data["language"],
        "license": f"https://spdx.org/licenses/{data['licence']}.html",
        "dateCreated": added(data),
        "dateModified": data["last_reviewed"],
        "keywords": [options.topics[t] for t in data["topics"]],
        "temporalCoverage": f"{data['start']}/{data.get('end', '..')}",
        "spatialCoverage": _place(loc, options.language),
        "sourceOrganization": _organisation(data["institution"]),
        "isBasedOn": [s["url"] for s in data["sources"]],
    }
    if unknown(data.get("end")):  # a period whose end the sources do not give is left out, never dated
        del described["temporalCoverage"]
    if data.get("partners"):
        described["contributor"] = [_organisation(p) for p in data["partners"]]
    if options.site_url:
        described["url"] = page_url(record.id, options)
    return described


def _organisation(org: dict[str, Any]) -> dict[str, Any]:
    out = {"@type": "Organization", "name": org["name"]}
    if org.get("url"):
        out["url"] = org["url"]
    return out


def _place(loc: dict[str, Any], lang: str) -> dict[str, Any]:
    address = {"@type": "PostalAddress", "addressCountry": loc["country"]}
    if known(loc.get("city")):
        address["addressLocality"] = loc["city"]
    if loc.get("region"):
        address["addressRegion"] = loc["region"]
    place = {"@type": "Place", "name": summary.place({"location": loc}, lang), "address": address}
    if loc.get("coordinates"):
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": loc["coordinates"]["lat"],
            "longitude": loc["coordinates"]["lon"],
        }
    return place
