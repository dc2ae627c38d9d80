"""The transfer checklist: what a city team would settle before adopting a practice.

Each practice's checklist turns what is known about it into actions and
questions for *our* city: conditions to have in place, money to find, roles
to fill, risks to weigh, results to measure, then the general questions every
transfer should answer (DOMAIN.md, "What a city checks"). The origin's words
and figures never become our actions: they are shown beside an item as its
reference ("Reggio Emilia: 10 in 2016"). A few items, at most ESSENTIALS,
are marked essential and shown first; the rest are folded per section.

Every word of the checklist's own comes from the message catalogue, in the
site's language, with numbers worded by each language's plural rules.
Item ids come from what an item is about, never from its place: a status a
team saved stays with its item when lines are added or removed before it.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import html
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING, Any, cast

import nh3
from markupsafe import Markup

from generator import messages, render, spreadsheet, summary
from generator.records import Record
from generator.text import file_markdown

if TYPE_CHECKING:
    from generator.site import Options

SECTIONS = {
    "fit": "Fit: is it right for our city?",
    "resources": "Resources to secure",
    "people": "People and partners",
    "risks": "Risks and how they were handled",
    "monitoring": "Monitoring: what to track",
}
ESSENTIALS = 12  # at most this many items open the checklist; the rest are under "More to check"
NOT_REPORTED = "not reported"  # the records' value for what the sources do not say (issue 14)
STATUSES = ("not started", "yes", "partly", "no", "not relevant")
CSV_COLUMNS = ("Section", "Item", "Essential", "Reference", "Status", "Owner", "Due date", "Note")
# General questions shown among the essentials, in this order, after the practice's own conditions.
CORE_QUESTIONS = ("q-problem-fit", "q-legal-basis", "q-acceptability", "q-resources", "q-process")


class Quote(str):
    """Words taken from a practice's description, as opposed to the checklist's own wording."""


Parts = tuple[tuple[str, bool], ...]  # (words, taken from the description?)


@dataclass(frozen=True)
class Item:
    """One thing to check, secure or plan, with the origin's reference beside it."""

    id: str
    section: str
    text: Parts
    reference: Parts = ()
    essential: bool = False

    @property
    def label(self) -> str:
        """The item's words as one line."""
        return "".join(words for words, _ in self.text)

    @property
    def note(self) -> str:
        """The origin's reference as one line."""
        return "".join(words for words, _ in self.reference)

    @property
    def line(self) -> str:
        """Item and reference together, as a download shows them."""
        return f"{self.label} — {self.note}" if self.reference else self.label


def parts(*pieces: str) -> Parts:
    """Words in order, each marked as quoted (a Quote) or not; line breaks become spaces."""
    return tuple((_one_line(p), isinstance(p, Quote)) for p in pieces if p)


def _one_line(text: str) -> str:
    if not text.strip():
        return " "
    return " ".join(text.split()).join((" " if text[:1].isspace() else "", " " if text[-1:].isspace() else ""))


_SLOT = re.compile(r"\{(\w+)\}")


def say(words: str, lang: str, **values: str) -> Parts:
    """A catalogue message in the site's language, its {slots} filled (quotes stay marked as quotes)."""
    template = messages.text(words, lang)
    pieces: list[str] = []
    at = 0
    for slot in _SLOT.finditer(template):
        pieces += [template[at : slot.start()], values[slot.group(1)]]
        at = slot.end()
    return parts(*pieces, template[at:])


@lru_cache(maxsize=4096)  # Babel's number formatting is slow, and every checklist counts its partners
def many(number: int, singular: str, plural_: str, lang: str) -> str:
    """A number with its noun by the language's plural rules: 1 partner, 2 partners."""
    return messages.plural(number, singular, plural_, lang)


def item_id(kind: str, words: str) -> str:
    """A stable id from what an item is about: case and spacing do not change it."""
    key = " ".join(words.split()).casefold()
    return f"{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def known(value: object) -> bool:
    """Whether a value says something: present and not the sources' 'not reported'."""
    return bool(value) and not (isinstance(value, str) and value.strip().casefold() == NOT_REPORTED)


def origin(data: dict[str, Any], lang: str) -> str:
    """What the practice's place is called in its checklist: the city, else the region or country."""
    loc = data["location"]
    for key in ("city", "region"):
        if known(loc.get(key)):
            return cast(str, loc[key])
    return summary.country_name(loc["country"], lang)


def plain(markdown_text: str) -> str:
    """A Markdown field as one line of plain text: the words a reader sees, no markup."""
    text = nh3.clean(str(render.field_html(markdown_text)), tags=set())
    return " ".join(html.unescape(text).split())


def lower_first(text: str, language: str) -> str:
    """Lower-case an English phrase's first letter so it reads inside a sentence.

    Only when the first two words look like ordinary words ("Institutional
    activities"), not a name ("Gauteng Agency", "B2B meetings"), and only
    for English text: German nouns, for one, keep their capitals.
    """
    words = text.split(maxsplit=2)
    if language != "en" or not words or not re.fullmatch(r"[A-Z][a-z]+(-[a-z]+)*,?", words[0]):
        return text
    if len(words) > 1 and not words[1][:1].islower():
        return text
    return text[0].lower() + text[1:]


def _sentence(text: object) -> str:
    text = " ".join(str(text).split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _editors(entry: dict[str, Any], lang: str) -> Parts:
    """An editors' note, marked as the editors' reading, never as the sources' words."""
    note = entry.get("editors_note")
    return say("Editors' note: {note}", lang, note=Quote(_sentence(note))) if known(note) else ()


def _fit(data: dict[str, Any], where: str, lang: str) -> list[Item]:
    tr = data["transferability"]
    conditions = [
        Item(
            item_id("precondition", line),
            "fit",
            say("Do we have this in place? {condition}", lang, condition=Quote(line)),
            say("Needed in {origin}.", lang, origin=where),
        )
        for line in tr["preconditions"]
    ]
    factors = [
        Item(
            item_id("factor", line),
            "fit",
            say("Could we count on the same strength? {factor}", lang, factor=Quote(line)),
            say("It helped in {origin}.", lang, origin=where),
        )
        for line in tr.get("success_factors", [])
    ]
    return conditions + factors


def _resources(data: dict[str, Any], where: str, lang: str) -> list[Item]:
    items = []
    for line in data["resources"]:
        what = Quote(lower_first(line["what"], data["language"]))
        reference = say("{origin}: {amount}", lang, origin=where, amount=summary.resource_text(line, lang))
        if known(line.get("source")):
            reference += say(" (from: {source})", lang, source=Quote(" ".join(line["source"].split())))
        reference += _editors(line, lang)
        items.append(
            Item(
                item_id("budget", line["what"]),
                "resources",
                say("Find the money for {what}", lang, what=what),
                reference,
            )
        )
    return items


def _role(org: dict[str, Any], where: str, lang: str, lead: bool) -> Item:
    """A role to fill here, with what the organisation did in the origin as its reference."""
    name = Quote(org["name"])
    if lead:
        text = say("Decide which of our offices leads it", lang)
        reference = say("{origin}: {role}", lang, origin=where, role=name)
        if known(org.get("role")):
            reference += parts(" — ", Quote(_sentence(org["role"])))
        return Item(item_id("role", org["name"]), "people", text, reference)
    text = say("Find a partner here who can do what {name} did in {origin}", lang, name=name, origin=where)
    reference = (
        say("{origin}: {role}", lang, origin=where, role=Quote(_sentence(org["role"])))
        if known(org.get("role"))
        else ()
    )
    return Item(item_id("role", org["name"]), "people", text, reference)


def _people(data: dict[str, Any], where: str, lang: str) -> list[Item]:
    lead = _role(data["institution"], where, lang, lead=True)
    return [lead, *(_role(p, where, lang, lead=False) for p in data.get("partners", []))]


def _handling(entry: dict[str, Any], where: str, lang: str) -> Parts:
    if known(entry.get("handling")):
        told = say("How {origin} handled it: {handling}", lang, origin=where, handling=Quote(plain(entry["handling"])))
    else:
        told = say("How the origin handled it: not reported in the sources", lang)
    return told + (((" ", False),) + _editors(entry, lang) if entry.get("editors_note") else ())


def _risks(data: dict[str, Any], where: str, lang: str) -> list[Item]:
    risks = [
        Item(
            item_id("risk", d["difficulty"]),
            "risks",
            say("Could this happen here? {difficulty}", lang, difficulty=Quote(plain(d["difficulty"]))),
            _handling(d, where, lang),
        )
        for d in data.get("difficulties", [])
    ]
    limits = [
        Item(
            item_id("limit", line),
            "risks",
            say("Would this hold us back? {factor}", lang, factor=Quote(line)),
            say("A limit seen in {origin}.", lang, origin=where),
        )
        for line in data["transferability"].get("limiting_factors", [])
    ]
    return risks + limits


def _figure(entry: dict[str, Any], lang: str) -> str:
    """One figure as a reference: the value with a unit that is not a word of the indicator, and its year."""
    value = summary.number(entry["value"], lang)
    unit = str(entry.get("unit") or "")
    if unit and not (unit.replace(" ", "").isalpha() and unit.casefold() in entry["indicator"].casefold()):
        value = (
            f"{value}{unit}"
            if not unit[:1].isalpha()
            else (f"{value} {unit}" if entry["value"] != 1 else f"{value} ({unit})")
        )
    if not known(entry.get("year")):
        return messages.text("{value}, year not reported in the sources", lang).replace("{value}", value)
    return messages.text("{value} in {year}", lang).replace("{value}", value).replace("{year}", str(entry["year"]))


def _indicators(data: dict[str, Any], where: str, lang: str) -> list[Item]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in data.get("evidence", []):
        groups.setdefault(" ".join(entry["indicator"].split()).casefold(), []).append(entry)
    items = []
    for entries in groups.values():
        figures = "; ".join(_figure(e, lang) for e in entries)
        reference = say(
            "{origin}, {indicator}: {figures}.",
            lang,
            origin=where,
            indicator=Quote(lower_first(entries[0]["indicator"], data["language"])),
            figures=figures,
        )
        for e in entries:
            if e.get("note"):
                reference += parts(" ", Quote(_sentence(e["note"])))
            reference += ((" ", False),) + _editors(e, lang) if e.get("editors_note") else ()
        items.append(
            Item(
                item_id("indicator", entries[0]["indicator"]),
                "monitoring",
                say("Will we measure a result like this, and with what target?", lang),
                reference,
            )
        )
    return items


def _own(data: dict[str, Any]) -> list[Item]:
    return [
        Item(
            f"item-{entry['id']}",
            entry["section"],
            parts(Quote(entry["text"])),
            essential=entry.get("essential", False),
        )
        for entry in data.get("checklist", [])
    ]


# The general questions, each with what the practice tells about it (its reference).


def _r_problem(data: dict[str, Any], where: str, options: Options) -> Parts:
    topics = ", ".join(options.topics.get(t, t) for t in data["topics"])
    return say("{origin} worked on: {topics}.", options.language, origin=where, topics=topics)


def _r_evidence(data: dict[str, Any], where: str, options: Options) -> Parts:
    lang, evidence = options.language, data.get("evidence", [])
    told: Parts = ()
    years = sorted({e["year"] for e in evidence if known(e.get("year"))})
    if years:
        indicators = len({" ".join(e["indicator"].split()).casefold() for e in evidence})
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        told = say(
            "{origin} measured {indicators} ({years}), under monitoring.",
            lang,
            origin=where,
            years=span,
            indicators=many(indicators, "{count} result", "{count} results", lang),
        )
    adopted = data["transferability"].get("adopted_by")
    if adopted:
        names = Quote(", ".join(f"{a['name']} ({a['country']})" for a in adopted))
        told += ((" ", False),) * bool(told) + say("Also taken up by: {places}.", lang, places=names)
    return told


def _r_legal(data: dict[str, Any], where: str, options: Options) -> Parts:
    basis = data["transferability"].get("legal_basis")
    if known(basis):
        return say("{origin} relied on: {basis}", options.language, origin=where, basis=Quote(_sentence(basis)))
    if basis:
        return say("What {origin} relied on: not reported in the sources.", options.language, origin=where)
    return say("Ask {origin} which power it used.", options.language, origin=where)


def _r_governance(data: dict[str, Any], where: str, options: Options) -> Parts:
    return say("{origin}: led by {lead}.", options.language, origin=where, lead=Quote(data["institution"]["name"]))


def _r_resources(data: dict[str, Any], where: str, options: Options) -> Parts:
    lang = options.language
    return say("{origin}: {budget}.", lang, origin=where, budget=summary.budget_text(data, lang))


def _period(data: dict[str, Any], lang: str) -> str:
    """When it ran, as the sources allow: an end, no end given, or an end the sources do not report."""
    start = summary.month_or_year(data["start"], lang)
    end = data.get("end")
    if end is None:
        return messages.text("since {start}, last reported as running", lang).replace("{start}", start)
    if not known(end):
        return messages.text("from {start}; its end is not reported in the sources", lang).replace("{start}", start)
    return f"{start} – {summary.month_or_year(end, lang)}"


def _r_time(data: dict[str, Any], where: str, options: Options) -> Parts:
    lang = options.language
    told = say("{origin}: {period}.", lang, origin=where, period=_period(data, lang))
    setup = data["transferability"].get("implementation_time")
    if known(setup):
        told += parts(" ") + say("Time to set it up: {time}", lang, time=Quote(_sentence(setup)))
    return told


def _r_dependencies(data: dict[str, Any], where: str, options: Options) -> Parts:
    partners = data.get("partners", [])
    if not partners:
        return ()
    lang = options.language
    return say(
        "{origin} worked with {partners}: {names}.",
        lang,
        origin=where,
        partners=many(len(partners), "{count} partner", "{count} partners", lang),
        names=Quote(", ".join(p["name"] for p in partners)),
    )


def _r_population(data: dict[str, Any], where: str, options: Options) -> Parts:
    suits = data["transferability"].get("suits")
    return say("Said to suit: {suits}", options.language, suits=Quote(_sentence(suits))) if known(suits) else ()


def _r_difficulties(data: dict[str, Any], where: str, options: Options) -> Parts:
    lang, count = options.language, len(data.get("difficulties", []))
    if not count:
        return say("Ask {origin}'s team which difficulties they met.", lang, origin=where)
    return say(
        "{origin} met {difficulties}, listed under risks.",
        lang,
        origin=where,
        difficulties=many(count, "{count} difficulty", "{count} difficulties", lang),
    )


def _r_process(data: dict[str, Any], where: str, options: Options) -> Parts:
    contacts = data.get("contacts", [])
    if not contacts:
        return ()
    people = "; ".join(", ".join(p for p in (c["name"], c.get("organisation")) if known(p)) for c in contacts)
    return say("Whom to ask: {people}.", options.language, people=Quote(people))


def _r_sustainability(data: dict[str, Any], where: str, options: Options) -> Parts:
    return say("{origin}: {period}.", options.language, origin=where, period=_period(data, options.language))


def _r_none(data: dict[str, Any], where: str, options: Options) -> Parts:
    return ()


@dataclass(frozen=True)
class Question:
    """One of the general questions every transfer should answer, asked of our city."""

    id: str
    section: str
    text: str  # catalogue words; {origin} is the practice's place
    reference: Callable[..., Parts]  # (description, origin, site options) -> what the practice tells


QUESTIONS = [
    Question(
        "problem-fit", "fit", "Is our problem the same as the one {origin} tackled, and of a similar size?", _r_problem
    ),
    Question("evidence", "fit", "Are the results good enough, and measured well enough, to convince us?", _r_evidence),
    Question("scope", "fit", "Which parts do we take over whole, and which do we adapt?", _r_none),
    Question("legal-basis", "fit", "Does our authority have the power to do this?", _r_legal),
    Question("governance", "fit", "Do our way of working, our stakeholders and our geography suit it?", _r_governance),
    Question("population", "fit", "Is the group we want to reach comparable?", _r_population),
    Question("process", "fit", "Plan a study visit to {origin}, a feasibility check and a transfer plan", _r_process),
    Question("resources", "resources", "Which budget, staff, skills and funding will it take here?", _r_resources),
    Question("time", "resources", "How long will it take us to set up, and how long should it run?", _r_time),
    Question("dependencies", "people", "Which partners and outside organisations will we depend on?", _r_dependencies),
    Question("acceptability", "people", "Is there political and public support for it here?", _r_none),
    Question(
        "difficulties",
        "risks",
        "Could the difficulties {origin} met happen here, and would its answers work?",
        _r_difficulties,
    ),
    Question(
        "sustainability",
        "monitoring",
        "Who will keep it running here, and who will collect the figures?",
        _r_sustainability,
    ),
]


def _general(data: dict[str, Any], where: str, options: Options) -> list[Item]:
    lang = options.language
    return [
        Item(f"q-{q.id}", q.section, say(q.text, lang, origin=where), q.reference(data, where, options))
        for q in QUESTIONS
    ]


def _unique(items: list[Item]) -> list[Item]:
    """Give repeated ids (two identical preconditions) a counter, in order."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        seen[item.id] = seen.get(item.id, 0) + 1
        out.append(item if seen[item.id] == 1 else dataclasses.replace(item, id=f"{item.id}-{seen[item.id]}"))
    return out


def _mark_essentials(items: list[Item]) -> list[Item]:
    """At most ESSENTIALS items: the practice's own essentials, its conditions, its lead, then core questions."""
    rank = {"item": 0, "precondition": 1, "role": 2}
    first_role = next((i.id for i in items if i.id.startswith("role-")), None)

    def priority(item: Item) -> int | None:
        kind = item.id.split("-")[0]
        if kind == "item":
            return 0 if item.essential else None
        if kind == "q":
            return 3 + CORE_QUESTIONS.index(item.id) if item.id in CORE_QUESTIONS else None
        if kind == "role":
            return rank[kind] if item.id == first_role else None
        return rank.get(kind)

    ranked = sorted((p, n) for n, item in enumerate(items) if (p := priority(item)) is not None)
    chosen = {n for _, n in ranked[:ESSENTIALS]}
    return [dataclasses.replace(item, essential=n in chosen) for n, item in enumerate(items)]


def items(record: Record, options: Options) -> list[Item]:
    """A practice's checklist: its conditions, money, roles, risks, results, own items, then the general questions.

    Returns:
        The items in section order (fit, resources, people, risks, monitoring),
        keeping the order above within each section; at most ESSENTIALS marked essential.
    """
    data, lang = record.data, options.language
    where = origin(data, lang)
    derived = [
        *_fit(data, where, lang),
        *_resources(data, where, lang),
        *_people(data, where, lang),
        *_risks(data, where, lang),
        *_indicators(data, where, lang),
        *_own(data),
        *_general(data, where, options),
    ]
    order = list(SECTIONS)
    return _mark_essentials(sorted(_unique(derived), key=lambda item: order.index(item.section)))


def version(checklist: list[Item]) -> str:
    """The checklist's version: changes whenever an item is added, removed or reworded."""
    words = "\n".join(f"{i.id}\t{i.line}" for i in checklist)
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:10]


def sections(checklist: list[Item], lang: str = "en") -> list[dict[str, Any]]:
    """Items under their section headings, essentials apart from the rest; empty sections left out."""
    grouped = []
    for key, heading in SECTIONS.items():
        mine = [i for i in checklist if i.section == key]
        if mine:
            grouped.append(
                {
                    "id": key,
                    "heading": messages.text(heading, lang),
                    "essential": [i for i in mine if i.essential],
                    "more": [i for i in mine if not i.essential],
                }
            )
    return grouped


def csv_text(checklist: list[Item], lang: str = "en") -> str:
    """The checklist as CSV, one row per item, nothing settled yet, with empty owner, due date and note.

    It starts with a byte-order mark: without one, Excel, which most city
    offices open CSV files with, reads UTF-8 as another encoding (€ turns into â‚¬).
    """
    out = io.StringIO("\ufeff")
    out.seek(1)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([messages.text(c, lang) for c in CSV_COLUMNS])
    yes, no, status = messages.text("yes", lang), messages.text("no", lang), messages.text("not started", lang)
    for item in checklist:
        row = [
            messages.text(SECTIONS[item.section], lang),
            item.label,
            yes if item.essential else no,
            item.note,
            status,
            "",
            "",
            "",
        ]
        writer.writerow([spreadsheet.cell(value) for value in row])
    return out.getvalue()


def markdown_text(record: Record, checklist: list[Item], lang: str = "en", dates: str | None = None) -> str:
    """The checklist as a Markdown list, to fill in by hand or in any Markdown editor."""
    data = record.data
    t = partial(messages.text, lang=lang)
    lines = [
        f"# {file_markdown(t('Transfer checklist: {title}').replace('{title}', data['title']))}",
        "",
        file_markdown(
            t("From {place}, last reviewed {date}.")
            .replace("{place}", summary.place(data, lang))
            .replace("{date}", summary.day(data["last_reviewed"], dates or lang))
        ),
        "",
    ]
    blank = f"{t('Status')}: {t('not started')} · {t('Owner')}: · {t('Due date')}: · {t('Note')}:"
    for group in sections(checklist, lang):
        lines += [f"## {file_markdown(group['heading'])}", ""]
        for item in group["essential"] + group["more"]:
            essential = f" **({t('essential')})**" if item.essential else ""
            lines.append(f"- {file_markdown(item.label)}{essential}")
            if item.reference:
                lines.append(f"  {file_markdown(item.note)}")
            lines.append(f"  {blank}")
        lines.append("")
    return "\n".join(lines)


def download_paths(record_id: str) -> dict[str, str]:
    """Where the blank checklist downloads of a practice live in the site, by format.

    The Markdown file ends in .txt so that MkDocs copies it instead of making
    a page of it; the link that points to it names the saved file .md.
    """
    return {"md": f"downloads/checklists/{record_id}.md.txt", "csv": f"downloads/checklists/{record_id}.csv"}


# The words the page's script shows, from the catalogue: plain messages, and plural forms by CLDR category.
SCRIPT_WORDS = (
    "Status",
    "Owner",
    "Due date",
    "Note",
    "Add a note",
    "Hide the note",
    "not started",
    "yes",
    "partly",
    "no",
    "not relevant",
    "essential",
    "Section",
    "Item",
    "Essential",
    "Reference",
    "Note: {note}",
    "The words of this item changed after your team saved its answer. They were: “{text}”. "
    "Check that the answer still applies.",
    "It still applies",
    "Forget these items",
    "Your team saved answers for items this checklist no longer has:",
    "This browser does not let the page keep your answers: export them before you leave.",
    "Clear every answer of this checklist in this browser? This cannot be undone.",
    "This file is not a checklist export of this practice.",
    "Transfer checklist: {title}",
    "Saved from {address} on {date}.",
    "From our self-assessment.",
    "{item} (answer: {status})",
    "Hide these items",
)
SCRIPT_PLURALS = (
    ("{count} item", "{count} items"),
    ("{count} answer imported.", "{count} answers imported."),
    ("Show {count} more item", "Show {count} more items"),
)


def script_words(
    lang: str, words: tuple[str, ...] = SCRIPT_WORDS, plurals: tuple[tuple[str, str], ...] = SCRIPT_PLURALS
) -> dict[str, Any]:
    """The words a page's script uses, in the site's language: messages, and plural forms by CLDR category."""
    return {
        "lang": lang,
        "words": {w: messages.text(w, lang) for w in words},
        "plurals": {one: _forms(one, other, lang) for one, other in plurals},
    }


def html_words(parts: Parts, text_lang: str | None) -> Markup:
    """An item's words as escaped HTML; quoted words marked with their language when `text_lang` is given."""
    return Markup("").join(
        Markup('<span lang="{}">{}</span>').format(text_lang, words) if quoted and text_lang else words
        for words, quoted in parts
    )


@cache
def _page_words(lang: str) -> Markup:
    """The checklist script's words for one language, made once per build rather than once per page."""
    return script_json(script_words(lang))


def script_json(value: object) -> Markup:
    """A value as JSON to place inside a <script> element: nothing in it can close the element or start markup."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _forms(singular: str, plural_: str, lang: str) -> dict[str, str]:
    """A plural message's forms by CLDR category, for Intl.PluralRules in the browser; English where untranslated."""
    entry = messages.catalogue()[singular]  # a missing message is an error, as messages.text makes it
    forms = entry.get(lang, entry.get(lang.replace("_", "-").split("-")[0].lower()))
    return dict(forms) if isinstance(forms, dict) else {"one": singular, "other": plural_}


def page(record: Record, checklist: list[Item], options: Options) -> str:
    """The checklist page of one practice."""
    data, lang = record.data, options.language
    title = messages.text("Transfer checklist: {title}", lang).replace("{title}", data["title"])
    return render.render(
        "checklist.md.j2",
        front=render.front_matter(
            title,
            messages.text("What adopting this practice would take in our city: what to check, secure and plan.", lang),
            search={"exclude": True},
        ),
        id=record.id,
        title=data["title"],
        place=summary.place(data, lang),
        lang=lang,
        text_lang=data["language"],
        sections=sections(checklist, lang),
        count=len(checklist),
        downloads=download_paths(record.id),
        version=version(checklist),
        words_json=_page_words(lang),
        shown=partial(html_words, text_lang=data["language"] if data["language"] != lang else None),
        heading=messages.text("Transfer checklist: {title}", lang).split("{title}", 1),
    )


def files(records: list[Record], options: Options) -> dict[str, str]:
    """The site stage: each practice's checklist page and downloads, and the self-assessment page and data."""
    return {path: made() if callable(made) else made for path, made in later(records, options).items()}


def later(records: list[Record], options: Options) -> dict[str, str | Callable[[], str]]:
    """The same files, each practice's three as functions that make them when first asked.

    The MkDocs plugin asks for a page only when it reads it, so that the
    site's pages never all sit in memory at once.
    """
    from generator import readiness

    out: dict[str, str | Callable[[], str]] = dict(readiness.files(records, options))
    for record in records:
        made = _Made(record, options)
        paths = download_paths(record.id)
        out[f"checklists/{record.id}.md"] = made.page
        out[paths["md"]] = made.markdown
        out[paths["csv"]] = made.csv
    return out


@dataclass
class _Made:
    """One practice's checklist, worked out once for its page and both downloads."""

    record: Record
    options: Options
    checklist: list[Item] | None = None

    def items(self) -> list[Item]:
        if self.checklist is None:
            self.checklist = items(self.record, self.options)
        return self.checklist

    def page(self) -> str:
        return page(self.record, self.items(), self.options)

    def markdown(self) -> str:
        return markdown_text(self.record, self.items(), self.options.language, self.options.date_locale)

    def csv(self) -> str:
        return csv_text(self.items(), self.options.language)
