"""Place sections: location lines, region, city and country, in the languages pages use."""

from __future__ import annotations

import re

from generator.importer.reading import _line, _texts
from generator.importer.report import Section
from generator.normalise import country_code


class PlaceFields:
    """Placers of the draft builder for these sections; bookkeeping comes from the builder."""

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


def _country_in(text: str) -> str | None:
    """The country named by the text, or by its words in or out of parentheses: 'Italy (Italia)'."""
    for candidate in (text, re.sub(r"\(.*?\)", "", text), *re.findall(r"\((.*?)\)", text)):
        code = country_code(candidate) if candidate.strip() else None
        if code:
            return code
    return None
