"""Date sections: start and end, and durations that give both."""

from __future__ import annotations

import re

from generator.importer.reading import _line
from generator.importer.report import Section
from generator.normalise import ONGOING, read_date


class DateFields:
    """Placers of the draft builder for these sections; bookkeeping comes from the builder."""

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
