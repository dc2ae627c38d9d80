"""Prose sections: title, summary, description, difficulties, transferability, topics, evidence."""

from __future__ import annotations

import re

from generator import validate
from generator.importer.reading import _line, _markdown, _texts, sentences
from generator.importer.report import Section
from generator.normalise import evidence_items, month_names, topic_ids

# Words that make a figure a span of time or a date, not a result.
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "since", "the", "and"}
_TIME_WORDS |= {name for name in month_names() if len(name) > 2}


class TextFields:
    """Placers of the draft builder for these sections; bookkeeping comes from the builder."""

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

    def plausible_evidence(self, item: dict) -> bool:
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
