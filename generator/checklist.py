"""The transfer checklist: what adopting a practice would take, derived from its record.

A practice's checklist turns its record into items a reader in another city can
tick: preconditions to check, budget lines to secure, roles to fill, risks with
the origin's answers, indicators to track with the origin's figures, and the
record's own items. Then come the general questions every transfer should
answer (DOMAIN.md, "What a city checks"), worded for the practice where the
record allows. The same items feed the checklist page, its Markdown and CSV
downloads, and the site-wide "Is our city ready?" page.

Item ids come from what an item is about (a partner's name, an indicator, the
words of a precondition), never from its place in the record: a tick a reader
saved stays with its item when lines are added or removed before it. The page
also carries each item's words, so the browser can tell a reader when the
words behind a saved tick have changed.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import html
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import nh3

from generator import render, summary
from generator.records import Record

SECTIONS = {
    "fit": "Fit: is it right for our city?",
    "resources": "Resources to secure",
    "people": "People and partners",
    "risks": "Risks and how they were handled",
    "monitoring": "Monitoring: what to track",
}
CSV_COLUMNS = ["section", "item", "essential", "reference figure", "done", "note"]
READY_LINKS = 10  # practices linked per question on the self-assessment page; the catalogue has the rest


class Quote(str):
    """Words taken from a record, as opposed to the checklist's own wording."""


Parts = tuple[tuple[str, bool], ...]  # (words, taken from the record?)


@dataclass(frozen=True)
class Item:
    """One thing to check, secure or plan, with where its words come from."""

    id: str
    section: str
    text: Parts
    detail: Parts = ()
    reference: str = ""
    essential: bool = False

    @property
    def label(self) -> str:
        """The item's words as one line."""
        return "".join(words for words, _ in self.text)

    @property
    def note(self) -> str:
        """The item's detail (the origin's example or figures) as one line."""
        return "".join(words for words, _ in self.detail)

    @property
    def line(self) -> str:
        """Item and detail together, as a download shows them."""
        return f"{self.label} — {self.note}" if self.detail else self.label


@dataclass(frozen=True)
class Question:
    """One of the general questions every transfer should answer."""

    id: str
    section: str
    text: str
    worded: str  # the question for one practice; {origin} is its city
    fields: tuple[str, ...]  # record fields that speak to the question
    detail: Callable[..., list]  # (record data, origin, site options) -> words, Quote for the record's own


def parts(*pieces: str) -> Parts:
    """Words in order, each marked as taken from the record (a Quote) or not; line breaks become spaces."""
    return tuple((_one_line(p), True) if isinstance(p, Quote) else (p, False) for p in pieces if p)


def _one_line(text: str) -> str:
    return " ".join(text.split()).join((" " if text[:1].isspace() else "", " " if text[-1:].isspace() else ""))


def item_id(kind: str, words: str) -> str:
    """A stable id from what an item is about: case and spacing do not change it."""
    key = " ".join(words.split()).casefold()
    return f"{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def origin(data: dict, lang: str) -> str:
    """What the practice's place is called in its checklist: the city, else the region or country."""
    loc = data["location"]
    return loc.get("city") or loc.get("region") or summary.country_name(loc["country"], lang)


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


def count(number: int, noun: str, plural: str | None = None) -> str:
    """A number with its noun: 1 partner, 2 partners."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def _sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _linked_money(name: str, data: dict, lang: str) -> list[tuple[dict, str]]:
    """The resource lines that name an organisation, with their amounts."""
    key = name.casefold()
    lines = [line for line in data["resources"]
             if "amount" in line and (key in line["what"].casefold() or key in line.get("source", "").casefold())]
    return [(line, summary.resource_text(line, lang)) for line in lines]


def _fit(data: dict, where: str) -> list[Item]:
    preconditions = [Item(item_id("precondition", line), "fit", parts("Check that this holds here: ", Quote(line)),
                          essential=True) for line in data["transferability"]["preconditions"]]
    factors = [Item(item_id("factor", line), "fit", parts("Can we reproduce this success factor? ", Quote(line)),
                    parts(f"It helped in {where}.")) for line in data["transferability"].get("success_factors", [])]
    return preconditions + factors


def _resources(data: dict, where: str, lang: str) -> list[Item]:
    items = []
    for line in data["resources"]:
        what = Quote(lower_first(line["what"], data["language"]))
        source = line.get("source")
        detail = parts(f"{where}: ", Quote(_sentence(source))) if source else ()
        if "amount" in line:
            amount = summary.resource_text(line, lang)
            text = parts(f"Secure about {amount} for ", what)
        else:
            amount, text = "", parts("Secure ", what)
        items.append(Item(item_id("budget", line["what"]), "resources", text, detail, amount))
    return items


def _role(org: dict, data: dict, where: str, lang: str, lead: bool) -> Item:
    """A role to fill: what the organisation did, with the money the record ties to it."""
    name = org["name"]
    money = _linked_money(name, data, lang)
    reference = "; ".join(amount for _, amount in money)
    ask = "Name a lead institution to do what " if lead else "Find a partner able to do what "
    text = parts(ask, Quote(name), f" did ({reference})" if reference else " did")
    pieces: list[str] = [f"In {where}: ", Quote(_sentence(org["role"]))] if org.get("role") else []
    for line, _ in money:
        pieces += [" Budget line: " if pieces else "Budget line: ", Quote(_sentence(line["what"]))]
    return Item(item_id("role", name), "people", text, parts(*pieces), reference)


def _people(data: dict, where: str, lang: str) -> list[Item]:
    lead = _role(data["institution"], data, where, lang, lead=True)
    return [lead, *(_role(p, data, where, lang, lead=False) for p in data.get("partners", []))]


def _risks(data: dict, where: str) -> list[Item]:
    risks = [Item(item_id("risk", d["difficulty"]), "risks", parts("Risk: ", Quote(plain(d["difficulty"]))),
                  parts(f"How {where} handled it: ", Quote(plain(d["handling"]))))
             for d in data.get("difficulties", [])]
    limits = [Item(item_id("limit", line), "risks", parts("Limiting factor: ", Quote(line)))
              for line in data["transferability"].get("limiting_factors", [])]
    return risks + limits


def _figure(entry: dict, lang: str) -> str:
    unit = f" {entry['unit']}" if entry.get("unit") else ""
    return f"{summary.number(entry['value'], lang)}{unit} in {entry['year']}"


def _indicators(data: dict, where: str, lang: str) -> list[Item]:
    groups: dict[str, list[dict]] = {}
    for entry in data.get("evidence", []):
        groups.setdefault(" ".join(entry["indicator"].split()).casefold(), []).append(entry)
    items = []
    for entries in groups.values():
        reference = "; ".join(_figure(e, lang) for e in entries)
        notes = [Quote(" " + _sentence(e["note"])) for e in entries if e.get("note")]
        text = parts("Track ", Quote(lower_first(entries[0]["indicator"], data["language"])))
        items.append(Item(item_id("indicator", entries[0]["indicator"]), "monitoring", text,
                          parts(f"{where}: {reference}.", *notes), reference))
    return items


def _own(data: dict) -> list[Item]:
    return [Item(f"item-{entry['id']}", entry["section"], parts(Quote(entry["text"])),
                 essential=entry.get("essential", False)) for entry in data.get("checklist", [])]


def _has(data: dict, path: str) -> bool:
    value = data
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    return bool(value)


def speaks(question: Question, data: dict) -> bool:
    """Whether a record holds something that answers part of a general question."""
    return any(_has(data, path) for path in question.fields)


def _names(orgs: Iterable[dict]) -> str:
    return ", ".join(o["name"] for o in orgs)


def _d_problem(data, where, options):
    return [f"Its topics: {', '.join(options.topics[t] for t in data['topics'])}."]


def _measured(evidence: list[dict], where: str) -> str:
    if not evidence:
        return f"The record gives no measured results yet: ask {where} for them. "
    years = sorted({e["year"] for e in evidence})
    span = f"in {years[0]}" if len(years) == 1 else f"from {years[0]} to {years[-1]}"
    indicators = len({" ".join(e["indicator"].split()).casefold() for e in evidence})
    return f"{where} measured {count(indicators, 'indicator')} {span}, listed under monitoring. "


def _d_evidence(data, where, options):
    said = [_measured(data.get("evidence", []), where)]
    adopted = data["transferability"].get("adopted_by")
    said.append("Already adopted by: " if adopted else "The record names no other place that adopted it.")
    if adopted:
        said += [Quote(", ".join(f"{a['name']} ({a['country']})" for a in adopted)), "."]
    return said


def _d_essentials(data, where, options):
    marked = [e for e in data.get("checklist", []) if e.get("essential")]
    essential = len(data["transferability"]["preconditions"]) + len(marked)
    return [f"Marked essential on this checklist: {count(essential, 'item')}."]


def _d_assumptions(data, where, options):
    return [f"The record names {count(len(data['transferability']['preconditions']), 'precondition')}, under fit."]


def _d_ease(data, where, options):
    limits = data["transferability"].get("limiting_factors", [])
    if not limits:
        return ["The record names no limiting factors."]
    return [f"The record names {count(len(limits), 'limiting factor')}, under risks."]


def _d_legal(data, where, options):
    basis = data["transferability"].get("legal_basis")
    if basis:
        return [f"{where} relied on: ", Quote(_sentence(basis))]
    return [f"The record names no legal basis: ask {where} which competence it used."]


def _d_governance(data, where, options):
    return ["Led by ", Quote(data["institution"]["name"]), f" in {summary.place(data, options.language)}."]


def _d_population(data, where, options):
    suits = data["transferability"].get("suits")
    if not suits:
        return [f"The record does not say whom it suits: compare our target group with {where}'s."]
    return ["The record says it suits: ", Quote(_sentence(suits))]


def _d_scope(data, where, options):
    own = len(data.get("checklist", []))
    return [f"The record adds {count(own, 'item')} of its own to this checklist."] if own else []


def _d_process(data, where, options):
    contacts = data.get("contacts", [])
    if not contacts:
        return [f"The record names no contact: start from its sources to reach {where}."]
    people = "; ".join(", ".join(p for p in (c["name"], c.get("organisation")) if p) for c in contacts)
    return ["Whom to ask: ", Quote(people), "."]


def _d_resources(data, where, options):
    return [f"{where}'s budget: {summary.budget_text(data, options.language)}."]


def _d_time(data, where, options):
    said = [f"{where}: {summary.period(data, options.language)}."]
    setup = data["transferability"].get("implementation_time")
    return said + [" Time to set it up: ", Quote(_sentence(setup))] if setup else said


def _d_dependencies(data, where, options):
    partners = data.get("partners", [])
    if not partners:
        return ["The record names no partners."]
    return [f"{where} worked with {count(len(partners), 'partner')}: ", Quote(_names(partners)), "."]


def _d_stakeholders(data, where, options):
    return [f"The roles above show whom {where} involved."]


def _d_none(data, where, options):
    return []


def _d_difficulties(data, where, options):
    difficulties = len(data.get("difficulties", []))
    if not difficulties:
        return [f"The record names no difficulties: ask {where}'s team which ones they met."]
    return [f"The record names {count(difficulties, 'difficulty', 'difficulties')}, under risks."]


def _d_sustainability(data, where, options):
    state = "still running" if summary.status(data) == "ongoing" else "finished"
    tracked = "Its indicators are listed above" if data.get("evidence") else "The record names no indicators"
    return [f"{tracked}; in {where} the practice is {state}."]


QUESTIONS = [
    Question("problem-fit", "fit", "Problem fit: is our problem the same, and of similar size?",
             "Problem fit: is our problem the same as the one {origin} tackled, and of similar size?",
             ("topics",), _d_problem),
    Question("evidence", "fit", "Evidence: are the results measurable, and did it work in more than one place?",
             "Evidence: are {origin}'s results measurable, and has it worked anywhere else?",
             ("evidence", "transferability.adopted_by"), _d_evidence),
    Question("essentials", "fit", "Essentials: which parts are core, and which may be adapted?",
             "Essentials: which parts are core, and which may we adapt?",
             ("checklist", "transferability.success_factors"), _d_essentials),
    Question("assumptions", "fit", "Assumptions: what must be true for it to work, and is it true here?",
             "Assumptions: what must be true for it to work, and is it true here?",
             ("transferability.preconditions",), _d_assumptions),
    Question("ease", "fit", "Ease: how many other things must change here first?",
             "Ease: how many other things must change here first?",
             ("transferability.limiting_factors",), _d_ease),
    Question("legal-basis", "fit", "Legal basis: does our authority have the competence to do it?",
             "Legal basis: does our authority have the competence to do it?",
             ("transferability.legal_basis",), _d_legal),
    Question("governance", "fit", "Governance: do our administrative culture, stakeholders and geography suit it?",
             "Governance: how do our administrative culture, stakeholders and geography compare with {origin}'s?",
             ("institution.role",), _d_governance),
    Question("resources", "resources", "Resources: which budget, staff, skills and sources of funding will it take?",
             "Resources: beyond the lines above, which staff, skills and sources of funding will it take here?",
             ("resources",), _d_resources),
    Question("time", "resources", "Time: how long to set it up, and how long is it expected to run?",
             "Time: how long will it take us to set it up, and how long should it run?",
             ("transferability.implementation_time", "end"), _d_time),
    Question("dependencies", "people",
             "Dependencies: which partners, technology and outside organisations does it need?",
             "Dependencies: which partners, technology and outside organisations will we depend on?",
             ("partners",), _d_dependencies),
    Question("stakeholders", "people", "Stakeholders: who must be involved, and how?",
             "Stakeholders: who must be involved here, and how?",
             ("partners",), _d_stakeholders),
    Question("acceptability", "people", "Acceptability: is there political and public support for it?",
             "Acceptability: is there political and public support for it here?",
             (), _d_none),
    Question("population", "fit", "Population: is the target group comparable?",
             "Population: is our target group comparable with {origin}'s?",
             ("transferability.suits",), _d_population),
    Question("difficulties", "risks", "Known difficulties: which ones did the origin meet, and how did it handle them?",
             "Known difficulties: could those {origin} met happen here, and would its answers work for us?",
             ("difficulties",), _d_difficulties),
    Question("scope", "fit", "Scope: a full or a partial transfer, and of which components?",
             "Scope: will we transfer all of it, or some components, and which?",
             ("transferability.adopted_by", "checklist"), _d_scope),
    Question("process", "fit", "Process: a study visit, a feasibility check and a transfer plan, then re-use.",
             "Process: plan a study visit to {origin}, a feasibility check and a transfer plan before re-use.",
             ("contacts",), _d_process),
    Question("sustainability", "monitoring",
             "Sustainability and evaluation: who keeps it running, and which indicators are tracked?",
             "Sustainability and evaluation: who will keep it running here, and which indicators will we track?",
             ("evidence",), _d_sustainability),
]


def _general(data: dict, where: str, options) -> list[Item]:
    return [Item(f"q-{q.id}", q.section, parts(q.worded.format(origin=where)), parts(*q.detail(data, where, options)))
            for q in QUESTIONS]


def _unique(items: list[Item]) -> list[Item]:
    """Give repeated ids (two identical preconditions) a counter, in order."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        seen[item.id] = seen.get(item.id, 0) + 1
        out.append(item if seen[item.id] == 1 else dataclasses.replace(item, id=f"{item.id}-{seen[item.id]}"))
    return out


def items(record: Record, options) -> list[Item]:
    """A practice's checklist: items derived from its record, its own items, then the general questions.

    Returns:
        The items in section order (fit, resources, people, risks, monitoring),
        keeping the order above within each section.
    """
    data, lang = record.data, options.language
    where = origin(data, lang)
    derived = [*_fit(data, where), *_resources(data, where, lang), *_people(data, where, lang),
               *_risks(data, where), *_indicators(data, where, lang), *_own(data), *_general(data, where, options)]
    order = list(SECTIONS)
    return sorted(_unique(derived), key=lambda item: order.index(item.section))


def sections(checklist: list[Item]) -> list[dict]:
    """Items grouped under their section headings, for the templates; empty sections left out."""
    grouped = [{"id": key, "heading": heading, "items": [i for i in checklist if i.section == key]}
               for key, heading in SECTIONS.items()]
    return [group for group in grouped if group["items"]]


def _cell(value: str) -> str:
    """A CSV cell that spreadsheets show as text: a leading =, +, - or @ would start a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_text(checklist: list[Item]) -> str:
    """The checklist as CSV, one row per item, nothing ticked yet.

    It starts with a byte-order mark: without one, Excel, which most city
    offices open CSV files with, reads UTF-8 as another encoding (€ turns into â‚¬).
    """
    out = io.StringIO("\ufeff")
    out.seek(1)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in checklist:
        row = [SECTIONS[item.section], item.line, "yes" if item.essential else "no", item.reference, "no", ""]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


_MD_INLINE = re.compile(r"([\\`*_\[\]<>&])")


def markdown_line(text: str) -> str:
    """Text kept on one line of a Markdown list, with the characters that would become markup escaped."""
    return _MD_INLINE.sub(r"\\\1", " ".join(text.split()))


def markdown_text(record: Record, checklist: list[Item], lang: str = "en") -> str:
    """The checklist as a Markdown task list, to fill in by hand or in any Markdown editor."""
    data = record.data
    lines = [f"# Transfer checklist: {markdown_line(data['title'])}", "",
             f"Drawn from the record of the practice in {markdown_line(summary.place(data, lang))}, "
             f"last reviewed {summary.day(data['last_reviewed'], lang)}. "
             "Tick an item by writing x between its brackets.",
             ""]
    for group in sections(checklist):
        lines += [f"## {group['heading']}", ""]
        for item in group["items"]:
            essential = " **(essential)**" if item.essential else ""
            lines.append(f"- [ ] {markdown_line(item.label)}{essential}")
            if item.detail:
                lines.append(f"  {markdown_line(item.note)}")
        lines.append("")
    return "\n".join(lines)


def download_paths(record_id: str) -> dict[str, str]:
    """Where the blank checklist downloads of a practice live in the site, by format.

    The Markdown file ends in .txt so that MkDocs copies it instead of making
    a page of it; the link that points to it names the saved file .md.
    """
    return {"md": f"downloads/checklists/{record_id}.md.txt", "csv": f"downloads/checklists/{record_id}.csv"}


def page(record: Record, checklist: list[Item], options) -> str:
    """The checklist page of one practice."""
    data, lang = record.data, options.language
    return render.render(
        "checklist.md.j2",
        front=render.front_matter(f"Transfer checklist: {data['title']}",
                                  f"What adopting “{data['title']}” would take: what to check, secure and plan.",
                                  search={"exclude": True}),
        id=record.id, title=data["title"], place=summary.place(data, lang), lang=lang, text_lang=data["language"],
        sections=sections(checklist), count=len(checklist), downloads=download_paths(record.id),
    )


def ready_entries(records: list[Record], options) -> list[dict]:
    """The general questions, each with the practices whose records speak to it (recently reviewed first)."""
    recent = sorted(records, key=lambda r: (r.data["last_reviewed"], r.id), reverse=True)
    entries = []
    for q in QUESTIONS:
        matching = [r for r in recent if speaks(q, r.data)]
        links = [{"id": r.id, "title": r.data["title"], "lang": r.data["language"],
                  "place": summary.place(r.data, options.language)}
                 for r in matching[:READY_LINKS]]
        entries.append({"item": Item(f"q-{q.id}", q.section, parts(q.text)), "links": links,
                        "more": len(matching) - len(links), "fields": [FIELD_WORDS[f] for f in q.fields]})
    return entries


FIELD_WORDS = {
    "topics": "topics", "evidence": "evidence of success", "transferability.adopted_by": "places that adopted it",
    "checklist": "checklist items of their own", "transferability.success_factors": "success factors",
    "transferability.preconditions": "preconditions", "transferability.limiting_factors": "limiting factors",
    "transferability.legal_basis": "a legal basis", "institution.role": "the lead institution's role",
    "resources": "resources needed", "transferability.implementation_time": "implementation time",
    "end": "an end date", "partners": "partners and their roles", "transferability.suits": "who it suits",
    "difficulties": "difficulties met", "contacts": "contacts",
}


def ready_page(records: list[Record], options) -> str:
    """The site-wide self-assessment page: the general questions alone."""
    entries = ready_entries(records, options)
    grouped = [{"id": key, "heading": heading, "entries": [e for e in entries if e["item"].section == key]}
               for key, heading in SECTIONS.items()]
    return render.render(
        "ready.md.j2",
        front=render.front_matter("Is our city ready?", "The questions every city should answer before adopting "
                                  "a good practice, with practices whose records speak to each."),
        sections=[g for g in grouped if g["entries"]], count=len(entries), lang=options.language,
    )


def files(records: list[Record], options) -> dict[str, str]:
    """The site stage: each practice's checklist page and downloads, and the self-assessment page."""
    out = {"ready.md": ready_page(records, options)}
    for record in records:
        checklist = items(record, options)
        paths = download_paths(record.id)
        out[f"checklists/{record.id}.md"] = page(record, checklist, options)
        out[paths["md"]] = markdown_text(record, checklist, options.language)
        out[paths["csv"]] = csv_text(checklist)
    return out
