"""Hands the HTML blocks of a generated page past Markdown, which need not read them.

A generated page is a Markdown skeleton (headings, lists, links) around large
HTML blocks the templates have already escaped and cleaned: the practice's
text, tables, the map, the checklist. Python-Markdown would scan every tag of
those blocks only to hand them back unchanged, and that scan was half the cost
of building a site. `set_aside` replaces each such block by a one-word
paragraph before Markdown runs; `put_back` puts the block in its place
afterwards, so the page comes out as Markdown itself would have made it.

A block is set aside only when it is one Markdown would keep whole anyway: it
starts a paragraph with a block-level tag and ends with that tag's own end,
right before a blank line or the end of the page. Anything else is left to
Markdown as it is. `tests/test_blocks.py` checks, on every generated page of
the real records and of synthetic ones, that the result is identical.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from markdown.util import BLOCK_LEVEL_ELEMENTS

_BLOCK_LEVEL = frozenset(BLOCK_LEVEL_ELEMENTS)
_START = re.compile(r"<([a-z][a-z0-9]*)[\s>/]")
_ID = re.compile(r"""\sid=["']([^"']+)["']""")


@dataclass
class Aside:
    """The blocks taken out of one page, and the word that marks each one's place."""

    mark: str = field(default_factory=lambda: "gpblock" + secrets.token_hex(8))
    blocks: list[str] = field(default_factory=list)

    def keep(self, block: str) -> str:
        """Keep a block and give the paragraph that stands in for it."""
        self.blocks.append(block)
        return f"{self.mark}n{len(self.blocks) - 1}"

    def anchors(self) -> set[str]:
        """The ids the kept blocks give, which links from other pages may point to."""
        return {found for block in self.blocks for found in _ID.findall(block)}


def set_aside(markdown: str) -> tuple[str, Aside]:
    """The page with each whole HTML block replaced by a marker paragraph, and the blocks kept."""
    aside = Aside()
    out: list[str] = []
    at = 0
    while at <= len(markdown):
        end = _run_end(markdown, at)
        if end is None:
            stop = markdown.find("\n\n", at)
            stop = len(markdown) if stop < 0 else stop
            out.append(markdown[at:stop])
            at = stop + 2
            continue
        # Markdown keeps the blank line after a block inside it, and strips the end of the page.
        last = not markdown[end:].strip()
        out.append(aside.keep(markdown[at:end] + ("" if last else "\n")))
        at = end + 2
    return "\n\n".join(out), aside


def _run_end(text: str, at: int) -> int | None:
    """Where the run of whole HTML blocks starting at `at` ends, if the paragraph there is one.

    Each block starts a line with a block-level tag and ends with that tag's
    own end; the run ends before a blank line or at the end of the page.
    """
    while True:
        start = _START.match(text, at)
        if start is None or start[1] not in _BLOCK_LEVEL:
            return None
        end = _element_end(text, at, start[1])
        if end is None:
            return None
        rest = text[end : end + 2]
        if rest in ("", "\n", "\n\n"):
            return end
        if rest != "\n<":
            return None
        at = end + 1


def _element_end(text: str, at: int, name: str) -> int | None:
    """Where the element opened at `at` closes, counting the elements of the same name inside it."""
    depth = 0
    for tag in re.compile(rf"<(/?){name}(?=[\s>/])").finditer(text, at):
        depth += -1 if tag[1] else 1
        if depth == 0:
            close = text.find(">", tag.end())
            return None if close < 0 else close + 1
    return None


def put_back(html: str, aside: Aside) -> str:
    """The converted page with every kept block in its place again."""
    if not aside.blocks:
        return html
    marker = re.compile(rf"<p>{aside.mark}n(\d+)</p>")
    return marker.sub(lambda found: aside.blocks[int(found[1])], html)
