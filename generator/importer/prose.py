"""Prose and furniture by density: which lines of a copied page are its text, and which lie around it.

A site nobody has seen has furniture no list of words knows: its menus, badges, alt texts, teasers of other
pages. What they share is their shape. The idea is jusText's (Pomikálek, "Removing boilerplate and duplicate
content from web corpora", 2011), applied to the lines of copied text instead of the blocks of HTML: a line is
prose when it is long enough and rich in the function words (stop-words) of the page's language. The other lines
stand in runs; the runs at the page's head and foot, and those of three lines or more between its blocks of
prose, are furniture, but for a heading directly above text and the lines that may be the page's name.

The stop-lists (about 100 languages, from Wikipedia) and the line-by-line classifier are jusText's own
(`justext.get_stoplist`, `justext.core.classify_paragraphs`): the lines are handed to it as paragraphs. The page's
language is the stop-list of its script that covers most of its words, so a page in a language no one listed is
read with its own function words. jusText's second step, which settles short lines by their neighbours, is not
used: it takes the page's edges for furniture (so the title went with them) and keeps any short line between two
paragraphs, and it reads headings from HTML tags that copied text no longer has. `furniture` settles by runs.

This module only classifies. reading.py decides which lines it may take (never a label, a value under a label,
a line a fact is read from) and lists each line it takes in the report.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import justext
from justext.core import STOPWORDS_LOW_DEFAULT, classify_paragraphs
from justext.paragraph import Paragraph

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A line shaped as a heading: no sentence end (a question may be one), at most 12 words.
_SENTENCE_END = re.compile(r"[.!…:;]\s*$")
_HEADING_WORDS = 12
# A line that ends as a sentence does.
_SENTENCE = re.compile(r"[.!?…]\s*$")
# Fewer words of the page than this: too little to tell its language, so nothing is judged.
_ENOUGH_WORDS = 40


@dataclass(frozen=True)
class _Path:
    """The place of a paragraph in the page, as jusText's Paragraph takes it: here only 'a heading or not'."""

    dom: str
    xpath: str


class _Line(Paragraph):  # type: ignore[misc]
    """One line of copied text as a jusText paragraph; its words are counted without their punctuation."""

    def __init__(self, line: str) -> None:
        heading = not _SENTENCE_END.search(line) and len(line.split()) <= _HEADING_WORDS
        tag = "body.h2" if heading else "body.p"
        super().__init__(_Path(tag, "/" + tag.replace(".", "/")))
        self.append_text(line)
        self.words = [w.casefold() for w in _WORD.findall(line)]

    @property
    def words_count(self) -> int:
        return len(self.words)

    def stopwords_count(self, stopwords: frozenset[str]) -> int:
        return sum(word in stopwords for word in self.words)


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    """Every stop-list jusText ships, by language name ('English', 'Slovenian')."""
    return {name: frozenset(justext.get_stoplist(name)) for name in sorted(justext.get_stoplists())}


@cache
def _scripts() -> dict[str, str]:
    """The script most words of each stop-list are written in ('LATIN', 'CYRILLIC', 'DEVANAGARI')."""
    return {name: _script(stops) for name, stops in _stoplists().items()}


def _script(words: Iterable[str]) -> str:
    """The script of most of the words, by the Unicode name of each word's first letter."""
    found = Counter(unicodedata.name(w[0], "?").split()[0] for w in words if w)
    return found.most_common(1)[0][0] if found else ""


def language(lines: list[str]) -> str | None:
    """The page's language as the stop-list that covers most of its words, or None for too few words."""
    words = Counter(w.casefold() for line in lines for w in _WORD.findall(line))
    if sum(words.values()) < _ENOUGH_WORDS:
        return None
    # a list of another script holds only loanwords of this one (the Marathi list has 293 English words)
    script = _script(words.elements())
    lists = {name: stops for name, stops in _stoplists().items() if _scripts()[name] == script}
    covered = {name: sum(n for w, n in words.items() if w in stops) for name, stops in lists.items()}
    if not covered:
        return None
    return max(covered, key=lambda name: (covered[name], name))


def classes(lines: list[str]) -> list[str]:
    """Each line's class as jusText's context-free classifier gives it: 'good' (long and rich in stop-words),
    'neargood' (rich, but short of 200 characters, or a little poorer), 'short' (under 70 characters), 'bad' (poor
    in stop-words); '' for an empty line and for every line of a page too short to tell its language."""
    name = language(lines)
    texts = [i for i, line in enumerate(lines) if line.strip()]
    found = [""] * len(lines)
    if name is None or not texts:
        return found
    paragraphs = [_Line(lines[i].strip()) for i in texts]
    stops = _stoplists()[name]
    classify_paragraphs(paragraphs, stops)
    for i, paragraph in zip(texts, paragraphs, strict=True):
        found[i] = paragraph.cf_class
        # a sentence of its own is prose however short ('So every euro we put in triggers four more!')
        sentence = _SENTENCE.search(lines[i]) and paragraph.stopwords_density(stops) >= STOPWORDS_LOW_DEFAULT
        found[i] = "neargood" if found[i] == "short" and sentence else found[i]
    return found


def _never(_: object) -> bool:
    return False


def furniture(
    lines: list[str], holds: Callable[[int], bool] = _never, whole: Callable[[list[int]], bool] = _never
) -> list[list[int]]:
    """The positions of the lines around the page's prose, by runs: the short or poor lines at its head and foot,
    and those between its blocks of prose, but for a heading directly above text.

    A line is prose when the classifier calls it good or near-good. `holds(i)` tells a line the caller keeps all
    the same (a fact is read from it): it never goes, and counts as text for the heading above it ('Inspiration for
    project ideas' over its list, a form's label over its value). A run between two blocks goes only when it has
    `_RUN` lines or more: one or two short lines there are the text's own headings or a short list. A page with no
    good line at all is left as it is: there is no text to stand around. `whole(run)` tells a run the caller keeps
    whole (a fact box's labels and values)."""
    found = classes(lines)
    if "good" not in found:
        return []
    text = [i for i, c in enumerate(found) if c]
    prose = [i for i in text if found[i] in _PROSE]
    # the page's name is among its first lines, shaped as a title: the head chooses it, so none of those goes
    titles = {i for i in text[:_TITLE_LINES] if _titled(lines[i])}
    after = dict(itertools.pairwise(text))  # each text line's next one
    gone = []
    for run in _runs(text, set(prose)):
        inner = run[0] > prose[0] and run[-1] < prose[-1]
        if (inner and len(run) < _RUN) or whole(run):
            continue
        kept = {i for i in run if i in titles or holds(i)}
        kept |= {i for i in run if _heading(lines[i]) and i in after and _text(after[i], found, kept)}
        gone.append([i for i in run if i not in kept])
    return [run for run in gone if run]


def _text(i: int, found: list[str], kept: set[int]) -> bool:
    """Whether the line at i is the page's text: prose, or a line kept for its fact."""
    return found[i] in _PROSE or i in kept


def _runs(text: list[int], prose: set[int]) -> list[list[int]]:
    """The runs of text lines that are not prose, in page order (empty lines do not break a run)."""
    return [list(run) for is_prose, run in itertools.groupby(text, key=prose.__contains__) if not is_prose]


def _heading(line: str) -> bool:
    """Whether a line is shaped as a heading: up to 12 words, a capital or a figure first (after an opening quote:
    '„Ääsmäel on Äge“'), no sentence end."""
    text = line.strip()
    first = text.lstrip(_QUOTES)[:1]
    return bool(first) and (first.isupper() or first.isdigit()) and _Line(text).is_heading


_QUOTES = "\"'“”„‘’«»‹›"


def _titled(line: str) -> bool:
    """Whether a line could be the page's name: a heading of two words or more, or a short exclamation or question
    ('Knabstrup sætter kurs!')."""
    text = line.strip().rstrip("!?")
    return _heading(text) and len(text.split()) >= 2


_PROSE = {"good", "neargood"}
# The fewest lines a run between two blocks of prose has for it to be furniture rather than the text's headings.
_RUN = 3
# How many of the page's first lines with text may hold its name.
_TITLE_LINES = 10
