"""Reading a copied page: its lines, the page furniture taken out, its sections and its layout."""

from __future__ import annotations

import re

from generator.importer import layouts
from generator.importer.report import Report, Section

_INDEX = layouts.index()

# A line naming only the platform, as pages show above their title.
_SITE = (
    r"(portico|climate-adapt|urbact|interreg europe|interreg ivc|european urban initiative|case study|"
    r"good practices?|policy learning platform|the european climate adaptation platform)"
)
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


def clean(text: str, report: Report) -> list[str]:
    """The page's lines, with every kind of line break made one, and characters YAML cannot hold removed."""
    text = "\n".join(text.splitlines())
    removed = len(_UNPRINTABLE.findall(text))
    if removed:
        report.notes.append(f"removed {removed} control character(s) that a YAML file cannot hold")
    return [line.strip() for line in _UNPRINTABLE.sub("", text).split("\n")]


def drop_boilerplate(lines: list[str], report: Report) -> list[str]:
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


def split(lines: list[str], report: Report) -> tuple[list[str], list[Section]]:
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


def layout(lines: list[str], sections: list[Section]) -> str:
    headings = {_norm(s.heading) for s in sections}
    text = "\n".join(lines).casefold()
    scores = {
        name: len(own & headings) + 2 * sum(m in text for m in marks)
        for name, (own, marks) in layouts.layouts().items()
    }
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
