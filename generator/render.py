"""Render valid records into Markdown pages through the Jinja templates.

Contributors' text is never trusted: Markdown fields are converted to HTML and
cleaned with an allow-list, plain fields are escaped, and nothing a record
says is ever evaluated as a template. The page structure (headings, tables,
links between pages) comes from the templates alone.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import jinja2
import markdown
import nh3
from markupsafe import Markup

from generator import map as geo
from generator import messages, summary
from generator import related as related_
from generator.provenance import CITING, known, unknown
from generator.records import Record, added, kept
from generator.text import page_markdown

if TYPE_CHECKING:
    from generator.site import Options

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_FIELD_TAGS = {"p", "br", "ul", "ol", "li", "em", "strong", "a", "code", "blockquote"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
# Inline syntax, quotes, headings and controls; then what opens a block: an ordered list item.
_MARKDOWN_CHARS = re.compile(r"[\\`*_\[\]<>&#\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_ORDERED_ITEM = re.compile(r"\d+[.)]")
_BLANK_LINES = re.compile(r"\n{2,}")
# Listings repeat what practice pages already put in the search index: results would show each practice
# twice, and an index downloaded whole (Material's) would grow by megabytes at thousands of practices.
_UNSEARCHED = {"exclude": True}
# Characters YAML readers refuse (DEL, C1 controls) or read as line breaks; kept as JSON escapes.
_YAML_AWKWARD = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


@cache
def environment(folder: Path = TEMPLATES) -> jinja2.Environment:
    """The Jinja environment of the pages: strict about missing values, escaping HTML by default."""
    env = _strict(folder, autoescape=True)
    env.filters.update(md=page_markdown, field=field_html, json_attr=json_attr)
    env.globals.update(card=card)
    return env


@cache
def text_environment(folder: Path = TEMPLATES) -> jinja2.Environment:
    """The same, for YAML and Markdown outputs (the scaffold, the pull-request preview): no HTML escaping.

    Whoever renders text through it escapes for that text's own syntax (the preview's `md` filter).
    """
    return _strict(folder, autoescape=False)


def _strict(folder: Path, autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.tests.update(unknown=unknown)
    env.globals.update(t=messages.translate, tn=messages.translate_plural)
    return env


@cache
def _converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=[], output_format="html")


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    if name == "href":
        return value if value.startswith(_SAFE_SCHEMES) else None
    return value


@lru_cache(maxsize=4096)  # the checklist shows some of the fields the practice page just converted
def field_html(text: str) -> Markup:
    """A Markdown field as clean HTML: only simple text tags, only web and mail links.

    Newlines are folded so the HTML stays one raw block when the page's
    Markdown is converted again by the site engine.
    """
    raw = _plain_html(text) or _converter().reset().convert(text)
    clean = nh3.clean(
        raw,
        tags=_FIELD_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        attribute_filter=_keep_attribute,
        link_rel="nofollow noopener",
        strip_comments=True,
    )
    return Markup(clean.replace("\r", " ").replace("\n", " "))


def _plain_html(text: str) -> str | None:
    """Paragraphs without any Markdown syntax, as Python-Markdown would write them; None for anything else.

    Most fields are plain paragraphs, and Python-Markdown takes some 0.3 ms
    each to find nothing to do (tests/test_speed.py checks both agree).
    """
    if _MARKDOWN_CHARS.search(text):
        return None
    for line in text.split("\n"):
        # An indent (code, nesting), a list or rule, a setext underline, or a line break.
        if line and (line[0].isspace() or line[-1].isspace() or line[0] in "-+=" or _ORDERED_ITEM.match(line)):
            return None
    blocks = (block for block in _BLANK_LINES.split(text.strip("\n")) if block)
    return "\n".join(f"<p>{block}</p>" for block in blocks)


def json_attr(value: object) -> str:
    """A value as JSON, for front matter that any YAML reader parses the same way."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# The optional fields of a record and of its parts, by the name of the part (tests/test_render.py checks them
# against the schema). The practice page reads a view of the record where each is present, None when the
# record leaves it out, so the template names every field plainly, with no `.get()` or `default()`, and a
# misspelt name stops the build (StrictUndefined) instead of showing nothing.
OPTIONAL = {
    "record": (
        "editors_note",
        "partners",
        "end",
        "project",
        "difficulties",
        "checklist",
        "contacts",
        "added",
        "translations",
    ),
    "organisation": ("role", "url"),
    "location": ("city", "region", "nuts", "coordinates"),
    "project": ("programme", "start", "end", "url"),
    "resource": ("amount", "currency", "period", "source", "reported_in", "editors_note"),
    "evidence": ("unit", "note", "reported_in", "editors_note"),
    "difficulty": ("reported_in", "editors_note"),
    "transferability": (
        "success_factors",
        "limiting_factors",
        "suits",
        "legal_basis",
        "implementation_time",
        "adopted_by",
    ),
    "adopter": ("url", "year", "practice", "reported_in"),
    "contact": ("role", "organisation", "email", "url"),
    "source": ("id", "title", "consulted"),
    "translation": ("description", "potential"),
}


def _filled(part: dict[str, Any], name: str) -> dict[str, Any]:
    """A part of a record with each of its optional fields present: None where the record leaves it out."""
    return {**dict.fromkeys(OPTIONAL[name]), **part}


def _each(parts: list[dict[str, Any]] | None, name: str) -> list[dict[str, Any]]:
    return [_filled(part, name) for part in parts or []]


def page_view(data: dict[str, Any]) -> dict[str, Any]:
    """The record as the practice page reads it: every optional field present; lists it loops over empty if absent."""
    transferability = data["transferability"]
    return {
        **_filled(data, "record"),
        "institution": _filled(data["institution"], "organisation"),
        "partners": _each(data.get("partners"), "organisation"),
        "location": _filled(data["location"], "location"),
        "project": _filled(data["project"], "project") if "project" in data else None,
        "resources": _each(data["resources"], "resource"),
        "evidence": _each(data["evidence"], "evidence"),
        "difficulties": _each(data.get("difficulties"), "difficulty"),
        "transferability": {
            **_filled(transferability, "transferability"),
            "adopted_by": _each(transferability.get("adopted_by"), "adopter"),
        },
        "contacts": _each(data.get("contacts"), "contact"),
        "sources": _each(data["sources"], "source"),
        "translations": {code: _filled(text, "translation") for code, text in data.get("translations", {}).items()},
    }


def practice_context(record: Record, options: Options, jsonld: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the practice template shows, prepared from one record; `jsonld` goes into its front matter."""
    data, lang = record.data, options.language
    dates = options.date_locale or lang
    view = page_view(data)
    return {
        "id": record.id,
        "r": view,
        "lang": lang,
        "text_lang": data["language"],
        "front": front_matter(data["title"], data["summary"], extra={**_described(jsonld), "edit_at_foot": True}),
        "place": summary.place(data, lang),
        "place_local": ", ".join(v for v in (known(data["location"].get("city")), data["location"].get("region")) if v),
        "country": data["location"]["country"],
        "country_name": summary.country_name(data["location"]["country"], lang),
        "period": summary.period(data, lang),
        "budget": summary.budget_text(data, lang),
        "topics": [(t, options.topics[t]) for t in data["topics"]],
        "resources": [(line, summary.resource_text(line, lang)) for line in view["resources"]],
        "evidence": [(item, summary.number(item["value"], lang)) for item in view["evidence"]],
        "last_reviewed": summary.day(data["last_reviewed"], dates),
        "added": summary.day(added(data), dates),
        "language_name": summary.language_name(data["language"], lang),
        "text_autonym": autonym(data["language"]),
        "translations": _translations(view),
        "project_period": _project_period(data.get("project"), lang),
        # Percent-encoded: a folder name must not close the Markdown link or add attributes (issue 12).
        "edit_url": options.edit_base + quote(record.path) if options.edit_base else None,
        "source_path": record.path,
        "sources": _sources(view, lang, dates),
        "cite": {s["id"]: s["number"] for s in _sources(view, lang, dates) if s["id"]},
        "contact": _contact_route(view),
    }


def _described(jsonld: dict[str, Any] | None) -> dict[str, Any]:
    return {"jsonld": jsonld} if jsonld else {}


def _sources(view: dict[str, Any], lang: str, dates: str) -> list[dict[str, Any]]:
    """The sources as the page lists them: numbered, dated, with what each one is cited for."""
    cited = _cited(view, lang)
    return [
        {
            **source,
            "number": number,
            "consulted": summary.day(source["consulted"], dates) if source["consulted"] else None,
            "cited": cited.get(source["id"], []),
        }
        for number, source in enumerate(view["sources"], start=1)
    ]


# What names an item of each list that may cite a source, in the list given by provenance.CITING.
_CITED_AS = {"evidence": "indicator", "resources": "what", "adopted_by": "name"}


def _cited(view: dict[str, Any], lang: str) -> dict[str, list[str]]:
    """For each source id, the items that say they come from it, named as the page names them."""
    cited: dict[str, list[str]] = {}
    for path in CITING:
        found: Any = view
        for step in path:
            found = found[step]
        for i, item in enumerate(found):
            if item["reported_in"]:
                name = item[_CITED_AS[path[-1]]] if path[-1] in _CITED_AS else None
                label = name or f"{messages.text('Difficulty', lang)} {i + 1}"
                cited.setdefault(item["reported_in"], []).append(label)
    return cited


def autonym(code: str) -> str:
    """A language named in itself, as a reader of it looks for it: Italiano, Deutsch."""
    name = summary.language_name(code, code)
    return name[:1].upper() + name[1:]


def _translations(view: dict[str, Any]) -> list[dict[str, Any]]:
    translations = sorted(view["translations"].items())
    return [{"lang": code, "autonym": autonym(code), **text} for code, text in translations]


def _project_period(project: dict[str, Any] | None, lang: str) -> str | None:
    if not project or "start" not in project:
        return None
    return summary.period(project, lang)


def front_matter(
    title: str, description: str, search: dict[str, Any] | None = None, extra: dict[str, Any] | None = None
) -> Markup:
    """A front-matter block whose title and description are HTML-safe.

    The theme prints page titles and descriptions into the HTML unescaped, so
    they are escaped here, once, as HTML text. Values are written as JSON,
    which every YAML reader parses the same way.
    """
    meta: dict[str, object] = {
        "title": html.escape(" ".join(title.split())),
        "description": html.escape(" ".join(description.split())),
    }
    if search:
        meta["search"] = search
    meta.update(extra or {})  # raw values for the theme, which escapes them itself (e.g. JSON-LD via tojson)
    # A value the reader refuses would leave the whole block on the page as text and the page untitled.
    lines = "".join(f"{key}: {_YAML_AWKWARD.sub(_escape, json_attr(value))}\n" for key, value in meta.items())
    return Markup("---\n" + lines + "---\n")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def render(template: str, **context: Any) -> str:
    """Render one template of templates/ with a prepared context."""
    return environment().get_template(template).render(**context)


@jinja2.pass_context
def card(context: jinja2.runtime.Context, row: dict[str, Any], base: str) -> Markup:
    """Templates' `card(row, base)`: one practice's result card (cards.md.j2), made once per row and place.

    A row is made once per record and language (`listing_row`); the catalogue
    and every topic and country listing show its card, and `mkdocs serve`
    keeps the cards of the records an edit did not touch. A card is made
    again when cards.md.j2 or the words change.
    """
    template = environment().get_template("cards.md.j2")
    lang = context["lang"]
    key = (id(row), base, lang, messages.reading)
    kept = _CARDS.get(key)
    if kept is None or kept[0] is not row or kept[1] is not template:
        if len(_CARDS) > _CARDS_KEPT:
            _CARDS.clear()
        macro = _card_macro(template, lang)
        kept = _CARDS[key] = (row, template, Markup(macro(row, base)))
    return kept[2]


# Each card with the row and template it was made from, which it keeps alive so that their ids stay theirs.
_CARDS: dict[tuple[int, str, str, int], tuple[dict[str, Any], jinja2.Template, Markup]] = {}
_CARDS_KEPT = 100_000


@lru_cache(maxsize=16)
def _card_macro(template: jinja2.Template, lang: str) -> Any:
    return cast(Any, template.make_module(vars={"lang": lang})).card


def practice_page(
    record: Record, options: Options, links: PracticeLinks | None = None, jsonld: dict[str, Any] | None = None
) -> str:
    """The Markdown page of one practice.

    Links to other practices come from `links` (none when not given); `jsonld` is the page's description
    for search engines (exports.json_ld), which the caller works out: none when not given.
    """
    links = links or PracticeLinks.of([record], options)
    return render("practice.md.j2", **practice_context(record, options, jsonld), **links.context(record, options))


@dataclass(frozen=True)
class PracticeLinks:
    """What a practice page says about other practices, worked out once for all of them."""

    related: dict[str, list[Record]]
    adopted_by: dict[str, list[related_.Transfer]]
    adapted_from: dict[str, list[related_.Transfer]]
    pins: geo.Index

    @classmethod
    def of(cls, records: list[Record], options: Options) -> PracticeLinks:
        transfers = related_.transfers(records)
        pins = geo.Index(geo.pins(records, geo.practice_href("../"), options.language))
        return cls(related_.related(records), related_.adopted_by(transfers), related_.adapted_from(transfers), pins)

    def context(self, record: Record, options: Options) -> dict[str, Any]:
        """The template values of one practice: map, related practices, transfers both ways."""
        lang = options.language
        return {
            "related": [_practice_link(r, lang) for r in self.related.get(record.id, [])],
            "adopted_by": [_adopter(t, lang) for t in self.adopted_by.get(record.id, [])],
            "adapted_from": [_practice_link(t.origin, lang, year=t.year) for t in self.adapted_from.get(record.id, [])],
            "coordinates": _coordinates(record.data, lang),
            **self._map(record, lang),
        }

    def _map(self, record: Record, lang: str) -> dict[str, Any]:
        where = geo.position(record.data)
        if where is None:
            return {"map_svg": None, "map_pins": []}
        box, inside = self._pins_inside(record, where)
        label = messages.text("Map of the practice and others nearby", lang)
        return {"map_svg": geo.svg(inside, box, label, width=400, current=record.id), "map_pins": inside}

    def _pins_inside(self, record: Record, where: tuple[float, float]) -> tuple[geo.Box, list[geo.Pin]]:
        # Centred on whole degrees, so that practices of one region share (and cache) one drawing.
        box = geo.region([(round(where[0]), round(where[1]))], min_span=10)
        own = [self.pins.by_id[record.id]]
        near = [p for p in self.pins.nearest(box, *where, MAP_PINS + 1) if p.id != record.id]
        return box, (own + near)[:MAP_PINS]  # its own pin always, then the nearest others

    def shown(self, record: Record) -> set[str]:
        """The ids of the other practices a practice's page shows: what an edit of theirs changes on it."""
        ids = {r.id for r in self.related.get(record.id, [])}
        ids |= {t.adopter.id for t in self.adopted_by.get(record.id, []) if t.adopter is not None}
        ids |= {t.origin.id for t in self.adapted_from.get(record.id, [])}
        where = geo.position(record.data)
        if where is not None:
            ids |= {pin.id for pin in self._pins_inside(record, where)[1]}
        return ids - {record.id}


MAP_PINS = 6  # pins on a practice page's map, nearest first: keeps the page small where practices crowd


def _practice_link(record: Record, lang: str, year: int | None = None) -> dict[str, Any]:
    data = record.data
    return {
        "id": record.id,
        "title": data["title"],
        "place": summary.place(data, lang),
        "lang": data["language"],
        "year": year,
    }


def _adopter(transfer: related_.Transfer, lang: str) -> dict[str, Any]:
    page = transfer.adopter.id if transfer.adopter and transfer.adopter.id != transfer.origin.id else None
    return {
        "name": transfer.name,
        "country_name": summary.country_name(transfer.country, lang),
        "year": transfer.year,
        "page": page,
        "url": transfer.url,
        "reported_in": transfer.reported_in,
    }


def _coordinates(data: dict[str, Any], lang: str) -> str | None:
    """Latitude and longitude as a reader writes them: 44.7° N, 10.63° E."""
    where = data["location"].get("coordinates")
    if not where:
        return None
    lat, lon = where["lat"], where["lon"]
    north = messages.text("{latitude}° N" if lat >= 0 else "{latitude}° S", lang)
    east = messages.text("{longitude}° E" if lon >= 0 else "{longitude}° W", lang)
    latitude, longitude = summary.number(abs(lat), lang), summary.number(abs(lon), lang)
    return f"{north.replace('{latitude}', latitude)}, {east.replace('{longitude}', longitude)}"


def _contact_route(view: dict[str, Any]) -> dict[str, Any]:
    """How a reader reaches the people behind a practice: e-mail addresses, else the first source's page."""
    emails = [c for c in view["contacts"] if c["email"]]
    return {"emails": emails, "source": None if emails else view["sources"][0]}


def transfers_page(records: list[Record], options: Options) -> dict[str, str]:
    """The listing of every transfer between places that the records report."""
    lang = options.language
    rows = [{"origin": _practice_link(t.origin, lang), **_adopter(t, lang)} for t in related_.transfers(records)]
    title = messages.text("Transfers between places", lang)
    front = front_matter(title, messages.text("Practices that other places have adopted.", lang), search=_UNSEARCHED)
    return {"transfers.md": render("transfers.md.j2", front=front, heading=title, rows=rows, lang=lang)}


def headline(data: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The result a card shows: of the evidence items with the latest year, the first in the record.

    Items whose year the sources do not report count only when no item has
    a year; then the first item is shown, without a year. None when the
    record gives no evidence.
    """
    items = data.get("evidence") or []
    if not items:
        return None
    years = [item["year"] for item in items if isinstance(item["year"], int)]
    chosen = next(item for item in items if item["year"] == max(years)) if years else items[0]
    figure = summary.number(chosen["value"], lang)
    return {
        "indicator": chosen["indicator"],
        "figure": f"{figure} {chosen['unit']}" if chosen.get("unit") else figure,
        "year": chosen["year"] if isinstance(chosen["year"], int) else None,
    }


def listing_row(record: Record, options: Options) -> dict[str, Any]:
    """What a list of practices shows of one practice: the facts of its result card.

    Made once per record, language and reading of the words: the listings,
    the catalogue and its data all show it, and `mkdocs serve` keeps it for
    the records an edit did not touch. Never changed once made.
    """
    key = ("listing row", options.language, options.date_locale, tuple(options.topics.items()), messages.reading)
    return kept(record, key, partial(_listing_row, record, options))


def _listing_row(record: Record, options: Options) -> dict[str, Any]:
    data, lang = record.data, options.language
    return {
        "id": record.id,
        "title": data["title"],
        "summary": data["summary"],
        "headline": headline(data, lang),
        "place": summary.place(data, lang),
        "country": data["location"]["country"],
        "country_name": summary.country_name(data["location"]["country"], lang),
        "topics": [(t, options.topics[t]) for t in data["topics"]],
        "period": summary.period(data, lang),
        "budget": summary.budget_text(data, lang),
        "lang": data["language"],
    }


# Listings show result cards across the width the table of contents would take; they have no sections to list.
WIDE = {"hide": ["toc"]}


def listing_pages(records: list[Record], options: Options) -> dict[str, str]:
    """One listing per topic that holds practices and per country, with their indexes.

    A topic no practice has yet gets no page and no place in the index (it
    stays in the vocabulary, for records to use); the catalogue is generator.catalogue's.
    """
    rows = sorted((listing_row(r, options) for r in records), key=lambda row: row["title"].casefold())
    lang = options.language
    pages = {}
    by_topic = {t: [row for row in rows if t in dict(row["topics"])] for t in options.topics}
    by_topic = {t: group for t, group in by_topic.items() if group}
    by_country: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_country.setdefault(row["country"], []).append(row)
    for topic, group in by_topic.items():
        pages[f"topics/{topic}.md"] = _topic_page(topic, options.topics[topic], group, lang)
    for code, group in sorted(by_country.items()):
        pages[f"countries/{code.lower()}.md"] = _country_page(group, lang)
    topic_counts = [(t, label, len(by_topic[t])) for t, label in options.topics.items() if t in by_topic]
    country_counts = sorted(((c, g[0]["country_name"], len(g)) for c, g in by_country.items()), key=lambda x: x[1])
    indexes = (
        ("topics", "Topics", "Good practices by topic.", topic_counts),
        ("countries", "Countries", "Good practices by country.", country_counts),
    )
    for folder, heading, description, entries in indexes:
        title = messages.text(heading, lang)
        front = front_matter(title, messages.text(description, lang))
        pages[f"{folder}/index.md"] = render(
            "index-list.md.j2", heading=title, entries=entries, folder=folder, lang=lang, front=front
        )
    return pages


def _topic_page(topic: str, label: str, rows: list[dict[str, Any]], lang: str) -> str:
    feed = {
        "feed": f"feeds/topics/{topic}.xml",
        "feed_title": messages.text("New and updated practices: {topic}", lang).replace("{topic}", label),
    }
    heading = f"{messages.text('Topic', lang)}: {label}"
    description = messages.text("Good practices on {topic}.", lang).replace("{topic}", label)
    front = front_matter(heading, description, search=_UNSEARCHED, extra={**feed, **WIDE})
    return render("listing.md.j2", heading=heading, rows=rows, feed=feed, front=front, lang=lang)


def _country_page(rows: list[dict[str, Any]], lang: str) -> str:
    name = rows[0]["country_name"]
    heading = f"{messages.text('Country', lang)}: {name}"
    description = messages.text("Good practices from {country}.", lang).replace("{country}", name)
    front = front_matter(heading, description, search=_UNSEARCHED, extra=WIDE)
    return render("listing.md.j2", heading=heading, rows=rows, feed=None, lang=lang, front=front)
