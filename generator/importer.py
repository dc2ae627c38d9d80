"""Turn the copied text of a good-practice web page into a draft practice record.

Pages of Interreg Europe, INTERREG IVC, URBACT, Climate-ADAPT and the European
Urban Initiative's Portico are split at their section headings; each section is
placed in its field, with money, dates and countries normalised. Nothing is
lost: text that fits no field is kept as comments at the end of the draft, and
the report says what was found, what was guessed and what was left out.

Required fields the page does not give (licence, last_reviewed, preconditions,
and any section the page lacks) are written as TODO placeholders, as the `new`
command writes them, so that the validator names exactly what is left to do.
"""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass, field

import yaml

from generator import validate
from generator.normalise import (
    ONGOING,
    country_code,
    evidence_items,
    find_money,
    guess_language,
    read_date,
    split_amounts,
    topic_ids,
)
from generator.records import parse, slug

SCHEMA_LINE = "# yaml-language-server: $schema=../generator/data/practice.schema.json"

# Heading variants (case-folded, without a trailing colon or question mark) by section.
_HEADINGS = {
    "title": ("title", "title of the practice", "title of the good practice", "good practice title",
              "name of the practice", "case study title", "titre", "título", "titolo", "titel", "pealkiri"),
    "summary": ("summary", "short summary", "short summary of the practice", "summary of the practice",
                "short description", "brief description", "abstract", "in a nutshell", "overview", "résumé",
                "resumen", "sintesi", "zusammenfassung", "kokkuvõte", "lühikokkuvõte"),
    "description": ("description", "detailed description", "detailed description of the practice",
                    "description of the practice", "about this good practice", "about the practice",
                    "case study description", "solutions offered by the good practice", "solution", "the solution",
                    "what was done", "descripción", "descripción detallada", "description détaillée", "descrizione",
                    "descrizione dettagliata", "beschreibung", "kirjeldus", "üksikasjalik kirjeldus"),
    "resources": ("resources needed", "resources", "resources used", "budget", "funding", "financing",
                  "recursos necesarios", "ressources nécessaires", "risorse necessarie", "benötigte ressourcen",
                  "vajalikud ressursid"),
    "costs": ("costs and benefits", "cost and benefits", "costs"),
    "evidence": ("evidence of success", "evidence of success (results achieved)", "results achieved", "results",
                 "what difference has it made", "impact", "results and impact", "outcomes", "evidencia de éxito",
                 "pruebas de éxito", "preuves de réussite", "prove di successo", "resultados", "résultats",
                 "risultati", "ergebnisse", "edu tõendid", "tulemused"),
    "difficulties": ("difficulties encountered", "difficulties", "challenges encountered", "obstacles",
                     "dificultades encontradas", "difficultés rencontrées", "difficoltà incontrate",
                     "schwierigkeiten", "ilmnenud raskused", "raskused"),
    "transfer": ("potential for learning or transfer", "potential for transfer", "transferability",
                 "transferring the practice", "transfer potential",
                 "why is this good practice relevant for other cities", "key lessons", "lessons learnt",
                 "lessons learned", "potencial de aprendizaje o transferencia",
                 "potentiel d'apprentissage ou de transfert", "potenziale di apprendimento o trasferimento",
                 "übertragbarkeit", "õppimis- või ülekandmisvõimalused", "ülekantavus"),
    "legal": ("legal aspects", "legal basis", "legal framework"),
    "implementation_time": ("implementation time", "time needed"),
    "institution": ("main institution", "main institution involved", "good practice owner", "lead institution",
                    "lead partner", "lead organisation", "organisation", "organization", "institución principal",
                    "institution principale", "istituzione principale", "hauptinstitution", "peamine asutus"),
    "location": ("location", "location of the practice", "ubicación", "localisation", "luogo", "asukoht"),
    "region": ("region", "nuts 2 region", "región", "région", "regione", "piirkond"),
    "country": ("country", "país", "pays", "paese", "land", "riik"),
    "city": ("city", "municipality", "town", "ciudad", "ville", "città", "stadt", "linn"),
    "start": ("start date", "start", "starting date", "date of start", "fecha de inicio", "date de début",
              "data di inizio", "beginn", "alguskuupäev", "algus"),
    "end": ("end date", "end", "ending date", "date of end", "fecha de finalización", "fecha de fin", "date de fin",
            "data di fine", "ende", "lõppkuupäev", "lõpp"),
    "duration": ("duration", "timeframe", "time frame", "implementation period", "project duration"),
    "topic": ("topic", "topics", "theme", "themes", "thematic area", "sector", "sub-theme", "policy area", "tema",
              "thème", "thema", "teema", "valdkond"),
    "contact": ("contact", "contacts", "contact person", "contact details", "contacto", "persona de contacto",
                "contatto", "kontakt", "kontaktisik"),
    "project": ("project", "interreg europe project", "urbact network", "network", "proyecto", "projet", "progetto",
                "projekt"),
    "partners": ("partners", "other partners", "partners involved", "other institutions involved"),
    "sources": ("website", "websites", "further information", "more information", "source", "sources",
                "reference information", "references", "links"),
}
# Sections without a field of their own: kept in the description under their label.
_LABELLED = {
    "Challenges": ("challenges", "challenge", "the challenge", "context", "background"),
    "Objectives": ("objectives", "objective"),
    "Adaptation options": ("adaptation options implemented in this case", "solutions"),
    "Stakeholder participation": ("stakeholder participation",),
    "Success and limiting factors": ("success and limiting factors",),
    "Lifetime": ("life time", "lifetime"),
    "Integrated approach": ("building on an integrated approach",),
    "Participatory approach": ("based on a participatory approach",),
    "Relevance": ("relevance",),
    "Expert opinion": ("expert opinion",),
}
_INDEX = {variant: key for key, variants in _HEADINGS.items() for variant in variants}
_INDEX |= {variant: "label:" + label for label, variants in _LABELLED.items() for variant in variants}

# What tells one platform's page from another: its own headings and its name in the text.
_LAYOUTS = {
    "Interreg Europe": ({"about this good practice", "difficulties encountered", "evidence of success",
                         "expert opinion", "good practice owner", "main institution",
                         "potential for learning or transfer", "resources needed", "recursos necesarios",
                         "dificultades encontradas", "potencial de aprendizaje o transferencia",
                         "ressources nécessaires", "difficultés rencontrées",
                         "potentiel d'apprentissage ou de transfert", "risorse necessarie", "difficoltà incontrate",
                         "potenziale di apprendimento o trasferimento", "vajalikud ressursid", "ilmnenud raskused",
                         "õppimis- või ülekandmisvõimalused"}, ("interreg europe", "interregeurope.eu")),
    "INTERREG IVC": ({"detailed description of the practice", "evidence of success (results achieved)",
                      "location of the practice", "main institution involved", "short summary of the practice",
                      "sub-theme", "theme", "title of the practice"}, ("interreg ivc", "interreg4c.eu")),
    "URBACT": ({"based on a participatory approach", "building on an integrated approach",
                "solutions offered by the good practice", "transferring the practice", "urbact network",
                "what difference has it made"}, ("urbact",)),
    "Climate-ADAPT": ({"adaptation options implemented in this case", "challenges", "costs and benefits",
                       "implementation time", "legal aspects", "life time", "objectives", "reference information",
                       "solutions", "stakeholder participation", "success and limiting factors"}, ("climate-adapt",
                       "climate-adapt.eea.europa.eu")),
    "Portico": ({"challenge", "funding", "key lessons", "lessons learnt", "results", "solution"}, ("portico",
                 "european urban initiative", "urban-initiative.eu")),
}
_PROGRAMMES = {"Interreg Europe": "Interreg Europe", "INTERREG IVC": "INTERREG IVC", "URBACT": "URBACT"}
# Sections a complete page gives, named as a contributor knows them, for "not found" messages.
_EXPECTED = {
    "title": "Title",
    "summary": "Summary",
    "description": "Detailed description",
    "resources": "Resources needed",
    "evidence": "Evidence of success",
    "difficulties": "Difficulties encountered",
    "transfer": "Potential for learning or transfer",
    "institution": "Main institution",
    "country": "Country",
    "start": "Start Date",
    "end": "End Date",
    "topic": "Topic",
    "contact": "Contact",
}

# A line naming only the platform, as pages show above their title.
_SITE = (r"(portico|climate-adapt|urbact|interreg europe|interreg ivc|european urban initiative|case study|"
         r"good practices?|policy learning platform|the european climate adaptation platform)")
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(please )?log ?in( or register)? (to|in order to) (see|view|read|access) .*",
        r"send (an )?e-?mail",
        r".*\bcookies?\b.*\b(use|uses|using|accept|consent|settings|preferences|policy)\b.*",
        r".*\b(use|uses|using|accept|consent|settings|preferences|policy)\b.*\bcookies?\b.*",
        r"(accept|reject|refuse|decline|allow)( all| only necessary| necessary)?( cookies)?",
        r"(this|the) (web ?site|page|site) is no longer (being )?(updated|maintained).*",
        r"share( this( page| practice)?)?( on (facebook|twitter|x|linkedin))?",
        r"print( this page)?",
        r"back to top",
        r"skip to (main )?content",
        r"read more",
        r"show more",
        r"good practices?",
        r"case stud(y|ies)",
        rf"{_SITE}(\s*[-–—|:,]?\s*{_SITE})*",
    )
]
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_EMAIL = re.compile(r"[^@\s<>()\[\],;:]+@[^@\s<>()\[\],;:]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"^[+(]?[\d][\d\s()./-]{5,}$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(\[]?[A-ZÀ-ÖØ-Þ])")
_BULLET = re.compile(r"^(?:[•◦▪·–]\s*|[-*]\s+)")
# Printable characters YAML can hold; copied pages sometimes carry others.
_UNPRINTABLE = re.compile("[^\t\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")



@dataclass
class Section:
    """One section of the page: its key, its heading as written, and its lines."""

    key: str
    heading: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Report:
    """What the importer did with each part of the page, for the contributor to check."""

    layout: str = "unknown"
    found: list[tuple[str, str, str]] = field(default_factory=list)  # field, text on the page, value written
    guessed: list[str] = field(default_factory=list)
    not_placed: list[tuple[str, str]] = field(default_factory=list)  # section, line kept as a comment
    boilerplate: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    to_fill: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The report as the terminal shows it."""
        lines = [f"Layout: {self.layout}"]
        lines += _block("Found", [f"{name}: {_short(source)!r} -> {value}" for name, source, value in self.found])
        lines += _block("Guessed (check these)", self.guessed)
        lines += _block(
            "Not placed (kept as comments at the end of the draft)",
            [f"[{where}] {_short(line)}" for where, line in self.not_placed],
        )
        lines += _block("Boilerplate removed", [repr(_short(line)) for line in self.boilerplate])
        lines += _block("Notes", self.notes)
        if self.missing:
            lines.append("Sections not found: " + ", ".join(self.missing))
        lines += _block("Still to fill in (the validator says)", self.to_fill)
        return "\n".join(lines)


def _block(title: str, items: list[str]) -> list[str]:
    return [f"{title}:", *(f"  - {item}" for item in items)] if items else []


def _short(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


@dataclass
class Draft:
    """A draft record: its id, its values in schema order, the YAML to write, and the report."""

    id: str
    record: dict
    yaml: str
    report: Report

    def report_text(self) -> str:
        """The report for the terminal."""
        return self.report.text()


def draft(text: str, title: str | None = None, today: datetime.date | None = None) -> Draft:
    """Read a copied good-practice page and build a draft record from it.

    Args:
        text: the page's text, as copied from a browser.
        title: the practice's title, for pages whose text lacks one.
        today: the date the draft is made (default: today), written as `added`.

    Returns:
        The draft, with the YAML to write to practices/<id>.yml and the report.
    """
    today = today or datetime.date.today()
    builder = _Builder()
    page = _clean(text, builder.report)
    lines = _drop_boilerplate(page, builder.report)
    preamble, sections = _split(lines, builder.report)
    builder.report.layout = _layout(page, sections)
    builder.head(preamble, sections, title)
    for section in sections:
        _PLACERS.get(section.key.partition(":")[0], _Builder.labelled)(builder, section)
    builder.finish(sections, lines, today)
    return builder.draft()


def _clean(text: str, report: Report) -> list[str]:
    """The page's lines, with every kind of line break made one, and characters YAML cannot hold removed."""
    text = "\n".join(text.splitlines())
    removed = len(_UNPRINTABLE.findall(text))
    if removed:
        report.notes.append(f"removed {removed} control character(s) that a YAML file cannot hold")
    return [line.strip() for line in _UNPRINTABLE.sub("", text).split("\n")]


def _drop_boilerplate(lines: list[str], report: Report) -> list[str]:
    kept = []
    for line in lines:
        if line and len(line) < 300 and any(p.fullmatch(line) for p in _BOILERPLATE):
            report.boilerplate.append(line)
        else:
            kept.append(line)
    return kept


def _norm(heading: str) -> str:
    return " ".join(heading.casefold().split()).rstrip(":?").strip()


def _heading(line: str) -> tuple[str, str | None] | None:
    """The section key of a heading line, and the value written after its colon, if any."""
    if not line or len(line) > 300:
        return None
    if _norm(line) in _INDEX:
        return _INDEX[_norm(line)], None
    head, colon, rest = line.partition(":")
    if colon and rest.strip() and len(head) <= 60 and _norm(head) in _INDEX:
        return _INDEX[_norm(head)], rest.strip()
    return None


def _split(lines: list[str], report: Report) -> tuple[list[str], list[Section]]:
    """The lines before the first heading, and the sections; a repeated heading continues its section."""
    preamble: list[str] = []
    sections: dict[str, Section] = {}
    current = None
    for line in lines:
        found = _heading(line)
        if found is None:
            (current.lines if current else preamble).append(line)
            continue
        key, value = found
        heading = line.partition(":")[0] if value is not None else line
        report.headings.append(heading)
        current = sections.setdefault(key, Section(key, heading.rstrip(":").strip()))
        if current.lines:
            current.lines.append("")
        if value is not None:
            current.lines.append(value)
    return preamble, list(sections.values())


def _layout(lines: list[str], sections: list[Section]) -> str:
    headings = {_norm(s.heading) for s in sections}
    text = "\n".join(lines).casefold()
    scores = {name: len(own & headings) + 2 * sum(m in text for m in marks) for name, (own, marks) in _LAYOUTS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else "unknown"


def _texts(lines: list[str]) -> list[str]:
    return [line for line in lines if line]


def _line(lines: list[str]) -> str:
    return " ".join(_texts(lines))


def _markdown(lines: list[str]) -> str:
    """Each line of the page a paragraph, and bullets a Markdown list, as the page showed them."""
    out: list[str] = []
    for line in _texts(lines):
        bullet = _BULLET.match(line)
        item = "- " + line[bullet.end() :] if bullet and line[bullet.end() :] else None
        if item and out and out[-1].startswith("- ") and out[-1] != "":
            out[-1] += "\n" + item
        else:
            out.append(item or line)
    return "\n\n".join(out)


def sentences(line: str) -> list[str]:
    """A line split into its sentences."""
    return [s for s in _SENTENCE_END.split(line) if s.strip()]


class _Builder:
    """Collects the record's fields, the description's parts and the report, section by section."""

    def __init__(self):
        self.record: dict = {}
        self.intro: list[str] = []
        self.extra: list[tuple[str, str]] = []  # labelled parts of the description
        self.report = Report()
        self.comments: list[tuple[str, str]] = []

    # --- bookkeeping ---

    def found(self, name: str, source: str, value) -> None:
        self.report.found.append((name, source, str(value)))

    def unplaced(self, where: str, lines: list[str], why: str | None = None) -> None:
        texts = _texts(lines)
        self.report.not_placed += [(where, line) for line in texts]
        self.comments += [(where, line) for line in texts]
        if why and texts:
            self.report.guessed.append(f"{where}: {why}")

    def set(self, path: tuple[str, ...], value) -> None:
        target = self.record
        for step in path[:-1]:
            target = target.setdefault(step, {})
        target[path[-1]] = value

    def put(self, path: tuple[str, ...], value, where: str, text: str) -> bool:
        """Set a field the page has not filled yet; a second value for it is kept aside, not lost."""
        target = self.record
        for step in path[:-1]:
            target = target.get(step, {})
        if path[-1] in target:
            self.unplaced(where, [text], f"{'/'.join(path)} was already filled from the page")
            return False
        self.set(path, value)
        return True

    # --- the page's head: title and summary ---

    def head(self, preamble: list[str], sections: list[Section], title: str | None) -> None:
        rest = _texts(preamble)
        given = {s.key: s for s in sections}
        if title:
            self.set(("title",), " ".join(title.split()))
            self.found("title", "--title", self.record["title"])
            if rest and rest[0].casefold() == title.casefold():
                rest = rest[1:]
        elif "title" not in given and rest and _title_like(rest[0]):
            self.set(("title",), rest[0])
            self.found("title", rest[0], rest[0])
            rest = rest[1:]
        if "title" not in self.record and "title" not in given:
            self.report.notes.append("the page has no title the importer can see; give one with --title")
        if "summary" not in given and rest:
            self.set(("summary",), rest[0])
            where = "after the title" if "title" in self.record else "of the page"
            self.report.guessed.append(f"summary: took the first line {where}: {_short(rest[0], 60)!r}")
            rest = rest[1:]
        self.intro = rest
        if rest and "description" not in given:
            self.report.guessed.append(f"description: took the {len(rest)} line(s) that come before any known heading")

    # --- one placer per kind of section ---

    def title(self, section: Section) -> None:
        if "title" in self.record:
            self.unplaced(section.heading, section.lines, "a title was given with --title; the page's is kept aside")
        elif _texts(section.lines):
            self.set(("title",), _line(section.lines))
            self.found("title", _line(section.lines), self.record["title"])

    def summary(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("summary",), _line(section.lines))

    def description(self, section: Section) -> None:
        self.intro += _texts(section.lines)

    def labelled(self, section: Section) -> None:
        label = section.key.partition(":")[2] or section.heading
        if _texts(section.lines):
            self.extra.append((label, _markdown(section.lines)))
        else:
            self.report.notes.append(f"the section '{section.heading}' is empty on the page")

    def resources(self, section: Section, every_line: bool = True) -> None:
        items = self.record.setdefault("resources", [])
        kept = []
        for line in _texts(section.lines):
            amounts = find_money(line)
            if not amounts and not every_line:
                kept.append(line)
                continue
            items += [self.resource(piece, len(items) + i) for i, piece in enumerate(split_amounts(line))]
        if kept:
            self.extra.append((section.heading, _markdown(kept)))

    def costs(self, section: Section) -> None:
        self.resources(section, every_line=False)

    def resource(self, text: str, index: int) -> dict:
        item: dict = {"what": text}
        amounts = find_money(text)
        if not amounts:
            return item
        money = amounts[0].money
        item |= {"amount": money.amount, "currency": money.currency}
        self.found(f"resources/{index}/amount", amounts[0].text, f"{money.amount} {money.currency}")
        if money.guess:
            self.report.guessed.append(f"resources/{index}/amount: {money.guess}")
        if money.period:
            item["period"] = money.period
        else:
            self.report.guessed.append(
                f"resources/{index}: the page does not say whether {amounts[0].text!r} is "
                "one-off, per-year or total; period left as TODO"
            )
        if len(amounts) > 1:
            others = ", ".join(repr(a.text) for a in amounts[1:])
            self.report.guessed.append(f"resources/{index}: took the first amount; {others} stay in the text")
        return item

    def evidence(self, section: Section) -> None:
        items = self.record.setdefault("evidence", [])
        rest = []
        for line in _texts(section.lines):
            kept = []
            for sentence in sentences(line):
                found = evidence_items(sentence)
                items += found
                if not found:
                    kept.append(sentence)
            if kept:
                rest.append(" ".join(kept))
        if items:
            self.report.guessed.append(
                f"evidence: {len(items)} item(s) read from sentences with a year and a "
                "figure; check each indicator and add its unit"
            )
        if rest:
            self.extra.append((section.heading, _markdown(rest)))

    def difficulties(self, section: Section) -> None:
        if _texts(section.lines):
            self.record["difficulties"] = [{"difficulty": _markdown(section.lines)}]
            self.report.guessed.append(
                "difficulties/0: the whole section became one difficulty; split it and say how each was handled"
            )

    def transfer(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("transferability", "potential"), _markdown(section.lines))

    def legal(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("transferability", "legal_basis"), _line(section.lines))

    def implementation_time(self, section: Section) -> None:
        if _texts(section.lines):
            self.set(("transferability", "implementation_time"), _line(section.lines))

    def institution(self, section: Section) -> None:
        texts = _texts(section.lines)
        urls = [line for line in texts if _URL.fullmatch(line)]
        names = [line for line in texts if line not in urls]
        if names:
            self.put(("institution", "name"), names[0], section.heading, names[0])
        if urls:
            self.put(("institution", "url"), urls[0], section.heading, urls[0])
        self.unplaced(section.heading, names[1:] + urls[1:], "only the first name and web address were taken")

    def location(self, section: Section) -> None:
        parts = [p.strip() for line in _texts(section.lines) for p in line.split(",") if p.strip()]
        rest = []
        for part in parts:
            code = _country_in(part)
            if code and self.put(("location", "country"), code, section.heading, part):
                self.found("location/country", part, code)
            elif not code:
                rest.append(part)
        names = ("region",) if len(rest) == 1 else ("city", "region")
        for name, part in zip(names, rest, strict=False):
            if self.put(("location", name), part, section.heading, part):
                self.report.guessed.append(f"location/{name}: took {part!r} as the {name}")
        self.unplaced(section.heading, rest[len(names) :], "more place names than city and region")

    def place(self, section: Section, name: str) -> None:
        text = _line(section.lines)
        if text:
            self.put(("location", name), text, section.heading, text)

    def region(self, section: Section) -> None:
        self.place(section, "region")

    def city(self, section: Section) -> None:
        self.place(section, "city")

    def country(self, section: Section) -> None:
        text = _line(section.lines)
        code = _country_in(text)
        if code and self.put(("location", "country"), code, section.heading, text):
            self.found("location/country", text, code)
        else:
            self.unplaced(section.heading, section.lines, f"{text!r} is not a country name the importer knows")

    def date(self, section: Section, name: str, text: str | None = None) -> None:
        text = text if text is not None else _line(section.lines)
        if not text:
            return
        value, note = read_date(text)
        if value == ONGOING and name == "end":
            self.found("end", text, "ongoing: no end date written")
        elif value and value != ONGOING and self.put((name,), value, section.heading, text):
            self.found(name, text, value)
        elif value and value != ONGOING:
            return
        else:
            self.unplaced(section.heading, [text], f"{text!r} is not a date the importer can read")
        if note:
            self.report.guessed.append(f"{name}: {note}")

    def start(self, section: Section) -> None:
        self.date(section, "start")

    def end(self, section: Section) -> None:
        self.date(section, "end")

    def duration(self, section: Section) -> None:
        text = re.sub(r"^(from|since)\s+", "", _line(section.lines), flags=re.IGNORECASE)
        parts = re.split(r"\s+(?:-|–|—|to|until|till)\s+|(?<=\d{4})[-–—](?=\d{4})|\s*[–—]\s*", text)
        if len(parts) > 2:
            parts = [text]
        self.found("start, end", _line(section.lines), " and ".join(parts))
        for name, part in zip(("start", "end"), parts, strict=False):
            self.date(section, name, part)

    def topic(self, section: Section) -> None:
        found: list[str] = []
        for part in (p.strip() for line in _texts(section.lines) for p in re.split(r"[;|,]", line)):
            ids = topic_ids(part)
            if not ids:
                self.unplaced(section.heading, [part], f"{part!r} matches no topic in generator/data/topics.yml")
                continue
            found += [i for i in ids if i not in found]
            self.found("topics", part, ", ".join(ids))
            if part.casefold() not in (ids[0], validate.topics()[ids[0]].casefold()):
                self.report.guessed.append(f"topics: read {part!r} as {', '.join(ids)}")
        if found:
            self.record["topics"] = found

    def contact(self, section: Section) -> None:
        person: dict = {}
        names, rest = [], []
        for line in _texts(section.lines):
            email, url = _EMAIL.search(line), _URL.search(line)
            label = line.replace(email.group(0), "").strip(" .:<>()").casefold() if email else None
            if email and "email" not in person and label in ("", "email", "e-mail", "mail"):
                person["email"] = email.group(0)
                self.found("contacts/0/email", line, email.group(0))
            elif url and "url" not in person and url.group(0) == line:
                person["url"] = line
            elif _PHONE.match(line):
                rest.append(line)
            else:
                names.append(line)
        if len(names) == 1 and "," in names[0]:
            names = [p.strip() for p in names[0].split(",", 1)]
            self.report.guessed.append(f"contacts/0: split {names[0]!r} and {names[1]!r} at the comma")
        for key, value in zip(("name", "organisation"), names, strict=False):
            person[key] = value
        self.unplaced(section.heading, names[2:] + rest, "contact lines without a field (phone, address...)")
        if person:
            self.record["contacts"] = [{k: person[k] for k in ("name", "organisation", "email", "url") if k in person}]

    def project(self, section: Section) -> None:
        texts = _texts(section.lines)
        if not texts:
            return
        programme = _PROGRAMMES.get(self.report.layout)
        if self.put(("project", "name"), texts[0], section.heading, texts[0]) and programme:
            self.set(("project", "programme"), programme)
            self.report.guessed.append(f"project/programme: {programme}, from the page's layout")
        self.unplaced(section.heading, texts[1:], "only the first project name was taken")

    def partners(self, section: Section) -> None:
        self.record.setdefault("partners", []).extend({"name": line} for line in _texts(section.lines))

    def sources(self, section: Section) -> None:
        for line in _texts(section.lines):
            url = _URL.search(line)
            if not url:
                self.unplaced(section.heading, [line], "a source needs a web address")
                continue
            source = {"url": url.group(0).rstrip(".,;")}
            self.found("sources", line, source["url"])
            words = line.replace(url.group(0), "").strip(" :-–")
            if words:
                source = {"title": words, **source}
            self.record.setdefault("sources", []).append(source)

    # --- the end: description, the guesses that need the whole page, the YAML ---

    def finish(self, sections: list[Section], lines: list[str], today: datetime.date) -> None:
        parts = [_markdown(self.intro)] if self.intro else []
        parts += [f"**{label}**\n\n{text}" for label, text in self.extra]
        if parts:
            self.record["description"] = "\n\n".join(parts)
        if "topics" not in self.record and self.report.layout == "Climate-ADAPT":
            self.record["topics"] = ["climate-adaptation"]
            self.report.guessed.append("topics: climate-adaptation, since the page is a Climate-ADAPT case study")
        language = guess_language(" ".join(lines))
        if language:
            self.record["language"] = language
            self.report.guessed.append(f"language: {language}, from the commonest words of the page")
        self.record["added"] = today.isoformat()
        self.missing(sections, lines)
        self.placeholders()

    def placeholders(self) -> None:
        """Write TODO where a required field stays empty, so that the validator points at each one."""
        for path, text in _TODO.items():
            target = self.record
            for step in path[:-1]:
                target = target.setdefault(step, {})
            if not target.get(path[-1]):
                target[path[-1]] = copy.deepcopy(text)
        for item in self.record["resources"]:
            if "amount" in item and "period" not in item:
                item["period"] = "TODO: one-off, per-year or total"
        for item in self.record.get("difficulties", []):
            item.setdefault("handling", "TODO: how it was handled")

    def missing(self, sections: list[Section], lines: list[str]) -> None:
        keys = {s.key for s in sections if _texts(s.lines)}
        keys |= {"title"} if "title" in self.record else set()
        keys |= {"summary"} if "summary" in self.record else set()
        keys |= {"description"} if "description" in self.record else set()
        keys |= {"country"} if "country" in self.record.get("location", {}) else set()
        keys |= {"start", "end"} if "duration" in keys else set()
        keys |= {"resources"} if "costs" in keys else set()
        self.report.missing = [label for key, label in _EXPECTED.items() if key not in keys]
        if not self.report.headings:
            self.report.notes.append(
                "no known section headings were found: the first lines became the title and "
                "summary, and all the other text the description"
            )
        last = next((line for line in reversed(lines) if line), "")
        prose = sections and sections[-1].key.partition(":")[0] in _PROSE and _texts(sections[-1].lines)
        if prose and not re.search(r"[.!?)\"”»:]$", last):
            self.report.notes.append(
                f"the page seems cut short: the section '{sections[-1].heading}' ends in the "
                f"middle of a sentence ('...{last[-40:]}')"
            )

    def draft(self) -> Draft:
        record = ordered(self.record, validate.schema())
        record_id = (slug(record["title"]) if not record["title"].startswith("TODO") else "") or "untitled-practice"
        text = to_yaml(record, self.comments)
        loaded, problems = parse(text.encode("utf-8"), f"practices/{record_id}.yml", record_id)
        if loaded is not None:
            problems = validate.check(loaded)
        self.report.to_fill = [f"line {p.line}: {p.field}: {p.message}" for p in problems]
        return Draft(record_id, record, text, self.report)


_PLACERS = {name: getattr(_Builder, name) for name in (
    "title", "summary", "description", "resources", "costs", "evidence", "difficulties", "transfer", "legal",
    "implementation_time", "institution", "location", "region", "country", "city", "start", "end", "duration",
    "topic", "contact", "project", "partners", "sources")}
_PLACERS["label"] = _Builder.labelled
# Required fields no page gives or this page lacked, worded as the `new` command's template words them.
_TODO = {
    ("title",): "TODO: the practice's name, as a reader would search for it",
    ("summary",): "TODO: one or two sentences: what was done, where, with what result",
    ("description",): "TODO: what the practice is, why it was started, what was done and how",
    ("institution", "name"): "TODO: the organisation that led the practice",
    ("location", "country"): "TODO: two-letter country code, e.g. IT",
    ("start",): "TODO: e.g. 2015-01",
    ("topics",): ["TODO: e.g. sme-competitiveness"],
    ("resources",): [{"what": "TODO: what the practice needed, e.g. Staff and running costs"}],
    ("evidence",): [{"indicator": "TODO: what was measured", "value": "TODO: the figure, e.g. 10",
                     "year": "TODO: the year it was measured, e.g. 2016"}],
    ("transferability", "potential"): "TODO: why and how other places could adopt it",
    ("transferability", "preconditions"): ["TODO: what must already be true in the adopting city"],
    ("sources",): [{"url": "TODO: the address of the page you copied"}],
    ("last_reviewed",): "TODO: the date you checked the record against its sources, YYYY-MM-DD",
    ("language",): "TODO: two-letter code of the text's language, e.g. en",
    ("licence",): "TODO: an SPDX licence id, e.g. CC-BY-4.0",
}
_PROSE = {"summary", "description", "resources", "costs", "evidence", "difficulties", "transfer", "legal", "label"}


def _title_like(line: str) -> bool:
    return len(line) <= 200 and not re.search(r"[.!?;,:]$", line) and any(c.isalpha() for c in line)


def _country_in(text: str) -> str | None:
    """The country named by the text, or by its words in or out of parentheses: 'Italy (Italia)'."""
    for candidate in (text, re.sub(r"\(.*?\)", "", text), *re.findall(r"\((.*?)\)", text)):
        code = country_code(candidate) if candidate.strip() else None
        if code:
            return code
    return None


def ordered(value, node: dict):
    """A copy of the value with every mapping's keys in the schema's order."""
    while "$ref" in node:
        rest = {k: v for k, v in node.items() if k != "$ref"}
        node = {**validate.schema()["$defs"][node["$ref"].rsplit("/", 1)[1]], **rest}
    if isinstance(value, dict):
        props = node.get("properties", {})
        keys = [k for k in props if k in value] + [k for k in value if k not in props]
        return {k: ordered(value[k], dict(props.get(k, {}))) for k in keys}
    if isinstance(value, list):
        return [ordered(v, dict(node.get("items", {}))) for v in value]
    return value


# --- YAML -----------------------------------------------------------------------------------------

_DATE_LIKE = re.compile(r"^\d{4}(-\d{2})?$")


class _Dumper(yaml.SafeDumper):
    """Block-style YAML that quotes exactly the text YAML 1.2 would read as something else."""

    yaml_implicit_resolvers: dict = {}

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", list("-+.0123456789")),
):
    _Dumper.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _str(dumper: yaml.SafeDumper, text: str):
    style = "|" if "\n" in text else ">" if len(text) > 80 else '"' if _DATE_LIKE.match(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(record: dict, comments: list[tuple[str, str]]) -> str:
    """The draft file: the schema line, the record in block style, then the text not placed as comments."""
    body = yaml.dump(record, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88) if record else ""
    head = [
        SCHEMA_LINE,
        "# Draft made by the importer from a copied web page. Check every field against the page,",
        "# replace every value that starts with TODO, then delete these comment lines.",
    ]
    tail = []
    if comments:
        tail = ["", "# Not placed by the importer: move what you need into the fields above, then delete these lines."]
        tail += [f"# [{where}] {line}" for where, line in comments]
    return "\n".join(head) + "\n" + body + "".join(line + "\n" for line in tail)
