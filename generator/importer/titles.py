"""The title by agreement: each title-like line of the page's head scored by signs any site shows.

Where the head has no known title label, the lines from its first title-like line to a little into its
first text are candidates. Each is weighed by signs that hold on a site nobody has seen, in any
language: its long words come back in the text under it (a site's or section's name comes back less
than the practice's own), it stands right over a paragraph, it repeats the breadcrumb's last step, the
head's layout points at it, and its shape (a back link, a byline in small letters, a run of menu words,
a list's item, a line the site's furniture also holds). The best is taken only when it clearly beats
the runner-up; else the title stays TODO and the report names the two best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.importer import head
from generator.text import squeezed

# How far past the first paragraph a candidate may stand: a site's introduction of a few sentences comes
# before the practice's own heading ('Intercultural cities: good practice examples' <two sentences> 'Salut
# l'étranger-ère!').
REACH = 6
# How much better than the runner-up the best must be, and how good alone, to be taken (calibrated on the
# tuned corpus; see the i13x-titles report).
MARGIN = 0.75
FLOOR = 1.0

# The signs that rule a line out as the title.
BACK_LINK = "a back link"
SMALL_LETTERS = "it starts in small letters, a byline's or a caption's"
MENU_WORDS = "a run of menu words"
VETOES = frozenset({BACK_LINK, SMALL_LETTERS, MENU_WORDS})

# A list's mark before a line: '- Appel à projets …', '• Luxembourg', '* Item'.
LIST_MARK = re.compile(r"^\s*[-–—•◦▪·*]\s+(?=\S)")
# A numbered item's mark: '1. An overview of the building stock', '1) introducing the idea of PB'.
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]\s")
# A back or previous link's arrow before its words: '<< Retour à la liste', '‹ Back', '← Zurück', '« Précédent'.
_BACK_ARROW = re.compile(r"^\s*(?:<<?|‹|←|⟵|«(?![^»]*»)|⇐|◄|◀|&lt;)")


@dataclass(frozen=True)
class Candidate:
    """A line of the head that may be the title: where it stands, its text without a list mark, its score and
    the signs that made it."""

    index: int
    text: str
    score: float
    signs: tuple[str, ...]


def weigh(lines: list[str], i: int, under: list[str], crumb: str, chrome: list[str], layout: int) -> list[Candidate]:
    """The head's candidates from line i on, best first; the line the head's layout points at is always one."""
    start, end = _reach(lines, i)
    chrome_stems = head.word_stems(" ".join(chrome))
    chrome_lines = {squeezed(line) for line in chrome}
    found: list[int] = []
    for k in range(i, end):
        seen = [squeezed(without_mark(lines[j])) for j in found]  # a line written twice is one candidate
        text = squeezed(without_mark(lines[k]))
        if k == layout and text in seen:  # at the place the layout rules read as its heading, not its link or crumb
            found[seen.index(text)] = k
        elif (k == layout or _candidate(lines, k)) and text not in seen:
            found.append(k)
    window = Window(found, start, layout, crumb, chrome_stems, chrome_lines)
    scored = [_score(lines, k, window, under) for k in found]
    return sorted(scored, key=lambda c: (-c.score, c.index))


def chosen(candidates: list[Candidate]) -> Candidate | None:
    """The best candidate no sign rules out, when it clearly beats the runner-up and stands on its own; else None.

    A back link, a line in small letters (a byline, a caption) and a run of menu words are never the title, however
    well they score otherwise."""
    takeable = allowed(candidates)
    if not takeable:
        return None
    best = takeable[0]
    second = takeable[1].score if len(takeable) > 1 else 0.0
    return best if best.score >= FLOOR and best.score - second >= MARGIN else None


def allowed(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates no sign rules out, best first."""
    return [c for c in candidates if not VETOES & set(c.signs)]


def without_mark(line: str) -> str:
    """The line without a list's mark before it."""
    return LIST_MARK.sub("", line).strip()


@dataclass(frozen=True)
class Window:
    """What the candidates are weighed against: their places, where the text starts, the place the head's layout
    points at, the breadcrumb's last step, and the site's furniture (its words and its lines)."""

    found: list[int]
    text: int
    layout: int
    crumb: str
    chrome_stems: set[str]
    chrome_lines: set[str]


def _reach(lines: list[str], i: int) -> tuple[int, int]:
    """Where the head's text starts (its first paragraph), and the end of the candidates' window a few lines on."""
    first = next((k for k in range(i, len(lines)) if head.paragraph_line(lines[k])), len(lines))
    return first, min(len(lines), first + REACH)


def _candidate(lines: list[str], k: int) -> bool:
    """A line that may be the title: title-like (or a name in quotes) once without a list mark, and nothing the
    head knows is never a title, a field, a place alone or a contact's detail."""
    text = without_mark(lines[k])
    if not (head.titled(text) or head.quoted_name(text)) or len(head.word_stems(text)) < 1:
        return False
    return not (head.never_title(lines, k) or head.field_line(text) or head.fact_over_heading(text))


def _score(lines: list[str], k: int, window: Window, under: list[str]) -> Candidate:
    """One candidate's score and its signs."""
    text = without_mark(lines[k])
    signs: list[tuple[str, float]] = []
    below = head.word_stems(" ".join([*lines[k + 1 : k + 40], *under[:60]]))
    own = head.word_stems(head.unquoted(text)) - window.chrome_stems or head.word_stems(head.unquoted(text))
    recur = len(own & below) / len(own) if own else 0.0  # a short name of small words ('Ja 2') has none
    signs.append((f"its words recur below ({recur:.0%})", 2.0 * recur))
    if _over_text(lines, k, window.found):
        signs.append(("it stands over the text", 0.5))
    if window.crumb and head.crumb_key(text) == head.crumb_key(window.crumb):
        signs.append(("the breadcrumb ends with it", 2.0))
    if k == window.found[0] and window.layout <= k:  # the layout rules read a first line they passed as the site's
        signs.append(("the head's first title-like line", 0.5))
    if k == window.layout:
        signs.append(("the head's layout points at it", 2.5))
    if k > window.text:
        signs.append(("it stands inside the text, after its first paragraph", -1.0))
    if any(squeezed(without_mark(lines[j])) == squeezed(text) for j in range(k + 1, min(len(lines), k + 8))):
        signs.append(("the page writes it twice", 0.5))
    signs += _shape(lines, k, text, window.chrome_lines)
    score = round(sum(weight for _, weight in signs), 2)
    return Candidate(k, text, score, tuple(name for name, _ in signs))


def _shape(lines: list[str], k: int, text: str, chrome_lines: set[str]) -> list[tuple[str, float]]:
    """The signs of a line's shape against it being a title."""
    signs: list[tuple[str, float]] = []
    if _BACK_ARROW.match(lines[k]):
        signs.append((BACK_LINK, -3.0))
    if _small_letters(text):
        signs.append((SMALL_LETTERS, -2.0))
    if _menu_words(text):
        signs.append((MENU_WORDS, -2.0))
    if LIST_MARK.match(lines[k]) and any(LIST_MARK.match(lines[j]) for j in (k - 1, k + 1) if 0 <= j < len(lines)):
        signs.append(("an item of a list", -1.5))
    if _NUMBERED.match(lines[k]):
        signs.append(("a numbered item", -1.0))
    if squeezed(text) in chrome_lines:
        signs.append(("the site's furniture holds it too", -1.5))
    if len(text.split()) > 16:
        signs.append(("long for a title", -0.5))
    return signs


def _small_letters(text: str) -> bool:
    """A line that starts as a byline or a caption does: a short small word first ('by UIA Permanent Secretariat',
    'par la rédaction', 'von der Redaktion'), or no capital in it at all ('people looking at tech'). A name written
    with a small letter first and a capital in it ('eGovernment in Tartu', 'iCapital') is none."""
    first = text.split()[0] if text.split() else ""
    short_word = first.isalpha() and first.islower() and len(first) <= 4
    return text[:1].islower() and (short_word or head.small_letters(text))


def _menu_words(text: str) -> bool:
    """A run of menu entries read as one line: a long word written three times or more ('Innovative societies
    Water-smart societies Climate-neutral societies')."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)]
    return any(words.count(w) >= 3 for w in set(words))


def _over_text(lines: list[str], k: int, found: list[int]) -> bool:
    """Whether the line stands right over a paragraph, or last of the head's candidates over the page's sections,
    with only dates between."""
    after = head.past_dates(lines, k + 1, len(lines))
    if after >= len(lines):
        return k == found[-1]
    return head.paragraph_line(lines[after])
