"""What the importer did with a page: the sections, the report for the contributor, the draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# A draft record as YAML gives it back: field names to text, numbers, lists and mappings.
Record = dict[str, Any]
# Written before a teaser the page cuts short, so that the validator asks for the rest of it.
CUT_TEASER = "TODO: the page's text stops short here; finish it from the full page:"


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
    sure: str = ""  # how sure the layout is, in words
    found: list[tuple[str, str, str]] = field(default_factory=list)  # field, text on the page, value written
    guessed: list[str] = field(default_factory=list)
    not_placed: list[tuple[str, str]] = field(default_factory=list)  # section, line kept as a comment
    boilerplate: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    to_fill: list[str] = field(default_factory=list)
    seen_money: list[tuple[str, str]] = field(default_factory=list)  # where, the amount as written
    navigation: list[int] = field(default_factory=list)  # positions of menu lines among the kept lines
    listings: dict[int, str] = field(default_factory=dict)  # position and text of a listing's own heading
    crumb: str = ""  # the last step of a breadcrumb taken out as furniture: the page's own heading
    counts: list[int] = field(default_factory=list)  # positions of a listing's count of results, taken out as furniture
    packed: list[str] = field(default_factory=list)  # lines of several fields, read one field at a time

    def text(self) -> str:
        """The report as the terminal shows it."""
        lines = [f"Layout: {self.layout}" + (f" ({self.sure})" if self.sure else "")]
        lines += _block("Found", [f"{name}: {_short(source)!r} -> {value}" for name, source, value in self.found])
        lines += _block("Guessed (check these)", self.guessed)
        lines += _block(
            "Not placed (kept as comments at the end of the draft)",
            [f"[{where}] {_short(line)}" for where, line in self.not_placed],
        )
        lines += _block(
            "Amounts seen, not placed (check whether they belong in resources)",
            [f"[{where}] {_short(text)}" for where, text in self.seen_money],
        )
        lines += _block("Boilerplate removed", [repr(_short(line)) for line in self.boilerplate])
        lines += _block("Lines read as several fields", [repr(_short(line)) for line in self.packed])
        lines += _block("Notes", self.notes)
        if self.missing:
            lines.append("Sections not found: " + ", ".join(self.missing))
        lines += _block("Still to fill in (the validator says)", self.to_fill)
        return "\n".join(lines)


def tally(count: int, noun: str) -> str:
    """'1 line' or '3 lines': a count as the report writes it, for the report's nouns, which all add an s."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _block(title: str, items: list[str]) -> list[str]:
    return [f"{title}:", *(f"  - {item}" for item in items)] if items else []


def _short(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


@dataclass
class Draft:
    """A draft record: its id, its values in schema order, the YAML to write, and the report."""

    id: str
    record: Record
    yaml: str
    report: Report

    def report_text(self) -> str:
        """The report for the terminal."""
        return self.report.text()
