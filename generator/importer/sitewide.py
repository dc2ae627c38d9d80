"""The furniture a page shares with another page of the same site.

Each site has chrome of its own (a ministry's name over every page, its footer address,
its share and print words), which no list of patterns can know in advance. Two pages of
the same site show it: what both pages say, line for line, is the site's, not either
practice's. A contributor who copies a second page of the site (`practices import page.txt
--site-page other.txt`) lets the importer take those lines out once the furniture it knows is gone.

Not every shared line is furniture. A platform's section labels repeat on every page and
give the page its structure, so they stay, as do the items of numbered lists (a
newsletter's contents) and the values written under a label. A line naming a place
stays, since two practices of one region share it. A lone shared line with a figure
('2015') may be two practices' own facts that happen to agree, so it stays too; a run
of two shared lines or more (an address block, a footer) goes, but for its places.
"""

from __future__ import annotations

import re

from generator.importer import places, reading
from generator.importer.report import Report
from generator.text import squeezed

_DIGIT = re.compile(r"\d")
# An item of a numbered list ('1. Member news', '2) Events'): a newsletter's contents repeat from issue to issue,
# and their numbers are how the head finds the first item.
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")


def shared(lines: list[str], other: list[str]) -> set[int]:
    """The positions of the page's lines that the other page of the site also has, and that are its furniture."""
    theirs = {squeezed(line) for line in other if line.strip()}
    found = [i for i, line in enumerate(lines) if line.strip() and squeezed(line) in theirs and not _kept(lines, i)]
    return {i for run in _runs(lines, found) for i in run if len(run) > 1 or not _DIGIT.search(lines[i])}


def _kept(lines: list[str], i: int) -> bool:
    """Whether a shared line stays all the same: a platform's section label, an item of a numbered list, the value
    written under a label (two practices may well share 'Ongoing' or 'City/Town'), or a line naming a place, which
    is as much the practice's as the site's ('Regione Emilia-Romagna' over two of its practices)."""
    line = lines[i]
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    value = bool(above) and ":" not in above and reading.is_label(above)
    return reading.is_label(line) or bool(_NUMBERED.match(line)) or value or _place(line)


def _place(line: str) -> bool:
    """Whether a line names a country ('Nederland'), a region ('Regione Emilia-Romagna') or a town."""
    named = places.countries_by_name(line) or places.countries_named([line]) or places.towns_named([line])
    return bool(named)


def _runs(lines: list[str], found: list[int]) -> list[list[int]]:
    """The found positions in runs of neighbours, where only empty lines may stand between two of them."""
    runs: list[list[int]] = []
    for i in found:
        if runs and all(not lines[j].strip() for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def drop_shared(lines: list[str], other: list[str], report: Report) -> list[str]:
    """The page's lines without those it shares with the other page; the report lists each one taken out.

    It runs after the known furniture is gone, so the lines the head reads as signs (a platform's name over the
    title, a login prompt under a contact) have done their work; the positions the report keeps are moved along.
    """
    why = "that the other page of the site (--site-page) also has: the site's furniture"
    return reading.take_out(lines, shared(lines, other), report, why)
