"""The furniture a page shares with another page of the same site.

Each site has chrome of its own (a ministry's name over every page, its footer address,
its share and print words), which no list of patterns can know in advance. Two pages of
the same site show it: what both pages say, line for line, is the site's, not either
practice's. A contributor who copies a second page of the site (`practices import page.txt
--site-page other.txt`) lets the importer take those lines out once the furniture it knows is gone.

Not every shared line is furniture. A platform's section labels repeat on every page and
give the page its structure, so they stay, as do the items of numbered lists (a
newsletter's contents). A lone shared line with a figure or a country ('2015', 'Italy')
may be two practices' own facts that happen to agree, so it stays too; a run of two
shared lines or more (an address block, a footer) goes whole.
"""

from __future__ import annotations

import re

from generator.importer import places, reading
from generator.importer.report import Report

_DIGIT = re.compile(r"\d")
# An item of a numbered list ('1. Member news', '2) Events'): a newsletter's contents repeat from issue to issue,
# and their numbers are how the head finds the first item.
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def shared(lines: list[str], other: list[str]) -> set[int]:
    """The positions of the page's lines that the other page of the site also has, and that are its furniture."""
    theirs = {_key(line) for line in other if line.strip()}
    found = [i for i, line in enumerate(lines) if line.strip() and _key(line) in theirs and not _structure(line)]
    return {i for run in _runs(lines, found) for i in run if len(run) > 1 or _plain(lines[i])}


def _structure(line: str) -> bool:
    """Whether a line gives the page its structure: a platform's section label, or an item of a numbered list."""
    return reading.is_label(line) or bool(_NUMBERED.match(line))


def _runs(lines: list[str], found: list[int]) -> list[list[int]]:
    """The found positions in runs of neighbours, where only empty lines may stand between two of them."""
    runs: list[list[int]] = []
    for i in found:
        if runs and all(not lines[j].strip() for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _plain(line: str) -> bool:
    """Whether a lone shared line has neither a figure nor a country's name, which could be the practice's own."""
    return not _DIGIT.search(line) and not places.countries_by_name(line)


def drop_shared(lines: list[str], other: list[str], report: Report) -> list[str]:
    """The page's lines without those it shares with the other page; the report lists each one taken out.

    It runs after the known furniture is gone, so the lines the head reads as signs (a platform's name over the
    title, a login prompt under a contact) have done their work; the positions the report keeps are moved along.
    """
    gone = shared(lines, other)
    if not gone:
        return lines
    report.boilerplate += [lines[i] for i in sorted(gone)]
    count = len(gone)
    report.notes.append(
        f"took out {count} {'line' if count == 1 else 'lines'} that the other page of the site (--site-page) "
        "also has: the site's furniture"
    )
    before = [sum(1 for j in gone if j < i) for i in range(len(lines) + 1)]
    report.navigation = [i - before[i] for i in report.navigation if i not in gone]
    report.listings = {i - before[i]: text for i, text in report.listings.items() if i not in gone}
    report.counts = [i - before[i] for i in report.counts]
    return [line for i, line in enumerate(lines) if i not in gone]
