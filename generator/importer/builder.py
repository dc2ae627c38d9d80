"""The draft under construction: the record, the description's parts, the report, and their bookkeeping."""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

from generator import validate
from generator.importer import layouts
from generator.importer.dates import DateFields
from generator.importer.head import HeadFields
from generator.importer.money import MoneyFields
from generator.importer.people import PeopleFields
from generator.importer.places import PlaceFields, page_language
from generator.importer.reading import _markdown, _texts
from generator.importer.report import Draft, Section
from generator.importer.text import TextFields
from generator.importer.writing import in_schema_order, to_yaml
from generator.records import leaves, parse, slug


class Builder(HeadFields, TextFields, MoneyFields, PeopleFields, PlaceFields, DateFields):
    """Collects the record's fields, the description's parts and the report, section by section."""

    # --- the end: description, the guesses that need the whole page, the YAML ---

    def finish(self, sections: list[Section], lines: list[str], today: datetime.date) -> None:
        self.title_without_type()
        self.country_from_prose()
        self.country_from_signals(self.described or self.intro)
        self.country_from_partners([self.record.get("summary", ""), *(self.described or self.intro)])
        self.country_from_names(self.described or self.intro)
        # last: a portal's header code can be wrong (Kohesio shows 'DK' over a Lisbon project); a city decides first
        self.country_from_codes(self.described or self.intro)
        self.country_from_address(lines)
        # after the country: pesos and crowns are placed by the country the page is about
        self.money_in_prose()
        # the head first, then the lines kept aside (a contact line after an empty date field)
        self.teaser_contact([self.record.get("summary", ""), *self.intro, *(line for _, line in self.comments)])
        self.event_days([self.record.get("summary", ""), *self.intro])
        # the head first, then the labelled sections, then lines kept aside (a sentence after an empty date field)
        started = [*self.described, *(text for _, text in self.extra), *(line for _, line in self.comments)]
        self.period_from_prose([self.record.get("summary", ""), *self.intro, *started], today)
        self.start_from_prose([self.record.get("summary", ""), *self.intro, *started], today)
        self.end_from_prose([self.record.get("summary", ""), *self.intro, *started], today)
        said = [self.record.get("summary", ""), *self.intro, *(line for _, line in self.prose)]
        self.confirm_headcounts(said)
        self.evidence_from_prose(said)
        parts = [_markdown(self.intro)] if self.intro else []
        parts += [f"**{label}**\n\n{text}" for label, text in self.extra]
        if parts:
            self.record["description"] = "\n\n".join(parts)
        if "topics" not in self.record and self.report.layout == "Climate-ADAPT":
            self.record["topics"] = ["climate-adaptation"]
            self.report.guessed.append("topics: climate-adaptation, since the page is a Climate-ADAPT case study")
        self.language(lines)
        self.record["added"] = today.isoformat()
        self.missing(sections, lines)
        self.placeholders()

    def language(self, lines: list[str]) -> None:
        """The page's language from its commonest words, the Nordic, Finnish, Czech and Slovak ones too, as the
        places read it: a Norwegian page is not Polish by its 'i'. Norwegian or Danish, not told apart, stays out."""
        language = page_language(" ".join(lines))
        if language == "no-da":
            self.report.guessed.append("language: Norwegian or Danish, by the page's words; write which (no or da)")
        elif language:
            self.record["language"] = language
            self.report.guessed.append(f"language: {language}, from the commonest words of the page")

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
        self.page_markers()

    def page_markers(self) -> None:
        """The page's own words can hold what the schema reads as a placeholder ('residents… the publication',
        'e.g. buses'): such a value becomes a TODO that says why, so the validator names it like any other."""
        for path, value in list(leaves(self.record)):
            marker = validate.placeholder_in(value)
            if marker is None or value.lstrip().startswith(validate.PLACEHOLDER):
                continue
            target: Any = self.record
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = f"{PAGE_MARKER.format(marker=marker)} {value}"
            self.report.guessed.append(f"{'/'.join(map(str, path))}: the page's text holds {marker!r}; reword it")

    def missing(self, sections: list[Section], lines: list[str]) -> None:
        keys = {s.key for s in sections if _texts(s.lines)}
        keys |= {"title"} if "title" in self.record else set()
        keys |= {"summary"} if "summary" in self.record else set()
        keys |= {"description"} if "description" in self.record else set()
        keys |= {"country"} if "country" in self.record.get("location", {}) else set()
        keys |= {"start", "end"} if "duration" in keys else set()
        keys |= {"resources"} if "costs" in keys else set()
        self.report.missing = [label for key, label in layouts.expected().items() if key not in keys]
        if not self.report.headings:
            self.report.notes.append(
                "no known section headings were found: the first lines became the title and "
                "summary, and all the other text the description"
            )
        prose = bool(sections) and sections[-1].key.partition(":")[0] in _PROSE and bool(_texts(sections[-1].lines))
        # the page's last line, when it belongs to that section (not to a place line after it)
        last = _texts(sections[-1].lines)[-1] if prose else ""
        prose = prose and last == next((line for line in reversed(lines) if line), "")
        if prose and not re.search(r"[.!?)\"”»:]$", last):
            self.report.notes.append(
                f"the page seems cut short: the section '{sections[-1].heading}' ends in the "
                f"middle of a sentence ('...{last[-40:]}')"
            )

    def draft(self) -> Draft:
        record = in_schema_order(self.record)
        record_id = (slug(record["title"]) if not record["title"].startswith("TODO") else "") or "untitled-practice"
        if record_id == "untitled-practice":
            self.report.notes.append(
                "the draft is named untitled-practice.yml: give the title with --title to name it after the practice"
            )
        text = to_yaml(record, self.comments)
        loaded, problems = parse(text.encode("utf-8"), f"practices/{record_id}.yml", record_id)
        if loaded is not None:
            problems = problems + validate.check(loaded)
        self.report.to_fill = [f"line {p.line}: {p.field}: {p.message}" for p in problems]
        return Draft(record_id, record, text, self.report)


# A value whose page text holds a placeholder marker: the contributor rewords it.
PAGE_MARKER = "TODO: the page's text holds '{marker}', which the validator reads as unfinished; reword it:"

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
    ("evidence",): [
        {
            "indicator": "TODO: what was measured",
            "value": "TODO: the figure, e.g. 10",
            "year": "TODO: the year it was measured, e.g. 2016",
        }
    ],
    ("transferability", "potential"): "TODO: why and how other places could adopt it",
    ("transferability", "preconditions"): ["TODO: what must already be true in the adopting city"],
    ("sources",): [{"url": "TODO: the address of the page you copied"}],
    ("last_reviewed",): "TODO: the date you checked the record against its sources, YYYY-MM-DD",
    ("language",): "TODO: two-letter code of the text's language, e.g. en",
    ("licence",): "TODO: an SPDX licence id, e.g. CC-BY-4.0",
}
_PROSE = {"summary", "description", "resources", "costs", "evidence", "difficulties", "transfer", "legal", "label"}


PLACERS = {
    name: getattr(Builder, name)
    for name in (
        "title",
        "summary",
        "description",
        "resources",
        "costs",
        "evidence",
        "figure",
        "difficulties",
        "transfer",
        "legal",
        "implementation_time",
        "institution",
        "promoter",
        "location",
        "region",
        "country",
        "city",
        "start",
        "end",
        "duration",
        "timeline",
        "topic",
        "aside",
        "contact",
        "project",
        "partners",
        "sources",
    )
}
PLACERS["label"] = Builder.labelled
