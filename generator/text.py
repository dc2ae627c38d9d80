"""Text helpers the generator's modules share, each in one place: accent folding and Markdown escaping.

Folding is how searches and name look-ups compare words (Umeå, UMEA and umea are one word). Escaping
makes a record's words literal text on one line of Markdown; there are three kinds of Markdown out, each
read by a different reader, so three escapes, one for each:

- `page_markdown`: a line of a site page, which Python-Markdown converts and whose HTML reaches the
  browser: HTML-escaped, and every character Python-Markdown would unescape backslashed.
- `file_markdown`: a line of a Markdown file a reader downloads (the blank checklist) and opens in any
  Markdown editor: the characters of emphasis, code, links and HTML backslashed.
- `github_markdown`: a line of the pull-request summary, which GitHub renders: its wider syntax too
  (tables, strike-through, automatic links), and what opens a list or heading at the start of the line.
"""

from __future__ import annotations

import html
import re
import unicodedata

from markupsafe import Markup

# What Python-Markdown unescapes after a backslash.
_PAGE_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
_FILE_SPECIAL = re.compile(r"([\\`*_\[\]<>&])")
# What Markdown (GitHub's flavour included) gives a meaning to anywhere in a line: emphasis, links, code,
# tables, HTML, strike-through, and the colon and at sign of automatic links.
_GITHUB_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|<>~:@])|(?<=www)(\.)")
# What makes a list or a heading only at the start of a line: a sign, or a number and its full stop or
# parenthesis. A backslash escapes punctuation only: it goes after the number.
_LINE_SIGN = re.compile(r"^([-+=])")
_LINE_NUMBER = re.compile(r"^(\d+)([.)])")


def fold(text: str) -> str:
    """Text as searches compare it: case-folded, accents taken off (Umeå ÉCOLE Straße: umea ecole strasse)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def squeezed(text: str) -> str:
    """Text as two copies of a line compare: case-folded, each run of spaces one ('Share  this': 'share this')."""
    return " ".join(text.casefold().split())


def one_line(value: object) -> str:
    """A value as text on one line: every run of white space, line breaks included, one space."""
    return " ".join(str(value).split())


def page_markdown(value: object) -> Markup:
    """A value made inert inside a line of a site page's Markdown: HTML-escaped, syntax backslashed."""
    escaped = html.escape(one_line(value), quote=False)
    return Markup(_PAGE_SPECIAL.sub(r"\\\1", escaped))


def file_markdown(value: object) -> str:
    """A value kept on one line of a downloaded Markdown file, the characters that would become markup escaped."""
    return _FILE_SPECIAL.sub(r"\\\1", one_line(value))


def github_markdown(value: object) -> str:
    """A value as literal text on one line of GitHub's Markdown: markup characters escaped, line breaks folded."""
    text = _GITHUB_SPECIAL.sub(lambda m: "\\" + m.group(0), one_line(value))
    return _LINE_NUMBER.sub(r"\1\\\2", _LINE_SIGN.sub(r"\\\1", text))
