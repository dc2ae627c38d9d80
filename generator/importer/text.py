"""Prose sections: title, summary, description, difficulties, transferability, topics, evidence.

Evidence comes from an evidence section, or, when the page has none that gives a result, from
sentences elsewhere that report one with a verb, a figure and one past year ('received 180,705
suggestions' in a sentence about 2017).
"""

from __future__ import annotations

import re
from typing import Any

from generator import validate
from generator.importer.bookkeeping import Bookkeeping
from generator.importer.reading import _line, _markdown, _texts, sentences
from generator.importer.report import Section
from generator.normalise import evidence_items, find_money, month_names, plain_number, read_number, topic_ids

# Words that make a figure a span of time or a date, not a result.
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "since", "the", "and"}
_TIME_WORDS |= {name for name in month_names() if len(name) > 2}


# A result a sentence reports with its verb: 'it received 180,705 suggestions', 'trained 1,200 volunteers'.
_RESULT = re.compile(
    r"(?i)\b(received|reached|attracted|collected|gathered|served|trained|welcomed|registered|recorded|planted|"
    r"installed|renovated|insulated|created|housed|employed|redeemed|recycled|hosted|sold|repaired)\s+"
    r"(?:(?:over|more than|almost|nearly|about|around|some|up to)\s+)?"
    r"(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?![\d%.,]\d)\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
)
# Words that end what a figure counts: 'volunteers in first aid' counts volunteers.
_STOP = {"in", "of", "from", "to", "and", "or", "by", "for", "at", "on", "with", "during", "over", "across", "since"}
_STOP |= {"per", "a", "an", "the", "who", "which", "that", "than", "within", "after", "before", "each", "every"}
# Counts that are the practice's make-up, not its result: partners, cities, countries, the money's scale.
_NOT_RESULTS = {"partner", "partners", "city", "cities", "country", "countries", "municipality", "municipalities"}
_NOT_RESULTS |= {"region", "regions", "organisation", "organisations", "organization", "organizations", "member"}
_NOT_RESULTS |= {"members", "stakeholders", "million", "millions", "billion", "thousand", "mio", "euro", "euros"}
_YEAR = re.compile(r"(?<![\w.,/-])(19\d\d|20\d\d)(?![\w/-]|[.,]\d)")


class TextFields(Bookkeeping):
    """Placers of the draft builder for these sections; bookkeeping comes from Bookkeeping."""

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
            self.prose += [(section.heading, line) for line in _texts(section.lines)]
        else:
            self.report.notes.append(f"the section '{section.heading}' is empty on the page")

    def aside(self, section: Section) -> None:
        """A label the draft has no field for (an index number, a priority): kept as a comment."""
        self.unplaced(section.heading, section.lines)

    def evidence(self, section: Section) -> None:
        items = self.record.setdefault("evidence", [])
        rest = []
        for line in _texts(section.lines):
            kept = []
            for sentence in sentences(line):
                found = [item for item in evidence_items(sentence) if self.plausible_evidence(item)]
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

    def evidence_from_prose(self, texts: list[str]) -> None:
        """When no evidence section gave a result, the results sentences report with a verb, a figure and a year.

        'In the 49 days after it opened in May 2017 it received 180,705 suggestions' gives
        180,705 suggestions received in 2017. A sentence must name exactly one year that has
        come; figures that are years, amounts of money or counts of partners, cities and the
        like are never taken. Each item is reported as guessed; the sentence stays in the text.
        """
        if self.record.get("evidence"):
            return
        items = [item for text in texts for sentence in sentences(text) for item in self.results(sentence)]
        if items:
            self.record["evidence"] = items
            self.report.guessed.append(
                f"evidence: {len(items)} item(s) read from sentences outside an evidence section "
                "(a result verb, a figure and a year); check each one"
            )

    def results(self, sentence: str) -> list[dict[str, object]]:
        """The results one sentence reports with a verb and a figure, dated by its one plausible year."""
        years = {int(y) for y in _YEAR.findall(sentence)}
        if len(years) != 1 or not 1950 <= min(years) <= self.today.year:
            return []
        money = [(m.start, m.end) for m in find_money(sentence)]
        items: list[dict[str, object]] = []
        for match in _RESULT.finditer(sentence):
            words = match.group(3).split()
            cut = next((i for i, w in enumerate(words) if w.casefold() in _STOP), len(words))
            counted = " ".join(words[:cut])
            value, _ = read_number(match.group(2))
            start, end = match.span(2)
            if not counted or value is None or _YEAR.fullmatch(match.group(2)) or words[0].casefold() in _NOT_RESULTS:
                continue
            if any(a < end and start < b for a, b in money) or words[0].casefold() in _TIME_WORDS:
                continue
            indicator = f"{counted} {match.group(1).casefold()}"
            items.append({"indicator": indicator, "value": plain_number(value), "year": min(years), "note": sentence})
        return items

    def plausible_evidence(self, item: dict[str, Any]) -> bool:
        """A result needs an indicator in words, a figure and a year that has already come."""
        words = [w for w in re.findall(r"[^\W\d_]{3,}", item["indicator"].casefold()) if w not in _TIME_WORDS]
        return bool(words) and 1950 <= item["year"] <= self.today.year

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

    def topic(self, section: Section) -> None:
        found: list[str] = []
        for part in (p.strip() for line in _texts(section.lines) for p in re.split(r"[;|,]", line)):
            ids = topic_ids(part, validate.topics())
            if not ids:
                self.unplaced(section.heading, [part], f"{part!r} matches no topic in generator/data/topics.yml")
                continue
            found += [i for i in ids if i not in found]
            self.found("topics", part, ", ".join(ids))
            if part.casefold() not in (ids[0], validate.topics()[ids[0]].casefold()):
                self.report.guessed.append(f"topics: read {part!r} as {', '.join(ids)}")
        if found:
            self.record["topics"] = found
