"""Hands the HTML blocks of a generated page past Markdown, which need not read them.

A generated page is a Markdown skeleton (headings, lists, links) around large
HTML blocks the templates have already escaped and cleaned: the practice's
text, tables, the map, the checklist. Python-Markdown would scan every tag of
those blocks only to hand them back unchanged, and that scan was half the cost
of building a site. `set_aside` replaces each such block by a one-word
paragraph before Markdown runs; `put_back` puts the block in its place
afterwards, so the page comes out as Markdown itself would have made it.

A block is set aside only when it is one Markdown would keep whole anyway: it
starts a paragraph with a block-level tag and ends where Python-Markdown's own
reading of raw HTML (its stack of open tags) ends it, right before a blank
line or the end of the page. Anything else, and everything after a paragraph
left to Markdown that holds a block-level tag, is left to Markdown as it is.
Between Markdown and the written page, the MkDocs plugin
keeps a page's blocks compressed (`Aside.pack`): MkDocs holds every page's
content until it writes them all, and the blocks are most of it.
`tests/test_blocks.py` checks, on every generated page of the real records and
of synthetic ones, and on random mixes of Markdown and HTML, that the result
is identical.
"""

from __future__ import annotations

import re
import secrets
import zlib
from dataclasses import dataclass, field

from markdown.util import BLOCK_LEVEL_ELEMENTS, ETX, STX

_BLOCK_LEVEL = frozenset(BLOCK_LEVEL_ELEMENTS)
_SPACES_ONLY = re.compile(r"(?<=\n) +\n")  # a line of spaces is a blank line (Python-Markdown's NormalizeWhitespace)
TAB_LENGTH = 4  # Python-Markdown's default, which MkDocs keeps
_ANY_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>""")
_TAG = re.compile(r"<([a-z][a-z0-9]*)[\s>/]")
_ID = re.compile(r"""\sid=["']([^"']+)["']""")


@dataclass
class Aside:
    """The blocks taken out of one page, and the word that marks each one's place."""

    mark: str = field(default_factory=lambda: "gpblock" + secrets.token_hex(8))
    blocks: list[str] = field(default_factory=list)
    packed: bytes = b""
    sizes: list[int] = field(default_factory=list)

    def keep(self, block: str) -> str:
        """Keep a block and give the paragraph that stands in for it."""
        self.blocks.append(block)
        return f"{self.mark}n{len(self.blocks) - 1}"

    def anchors(self) -> set[str]:
        """The ids the kept blocks give, which links from other pages may point to."""
        return {found for block in self.blocks for found in _ID.findall(block)}

    def put_back_headings(self, html: str) -> str:
        """The page with its blocks that hold an `<h1>` back in place, the others still set aside.

        The theme looks for an `<h1>` in the page's content to decide whether
        to add its own title heading: it must find the page's own.
        """
        marker = re.compile(rf"<p>{self.mark}n(\d+)</p>")

        def heading(found: re.Match[str]) -> str:
            block = self.blocks[int(found[1])]
            return block if "<h1" in block else found[0]

        return marker.sub(heading, html) if any("<h1" in block for block in self.blocks) else html

    def pack(self) -> None:
        """Keep the blocks compressed while the page waits to be written: a few KB instead of tens."""
        encoded = [block.encode() for block in self.blocks]
        self.sizes = [len(block) for block in encoded]
        self.packed = zlib.compress(b"".join(encoded), 1)
        self.blocks = []

    def unpack(self) -> None:
        """The blocks as they were before `pack`."""
        if self.sizes:
            data, at = zlib.decompress(self.packed), 0
            for size in self.sizes:
                self.blocks.append(data[at : at + size].decode())
                at += size
            self.packed, self.sizes = b"", []


def set_aside(markdown: str) -> tuple[str, Aside]:
    """The page with each whole HTML block replaced by a marker paragraph, and the blocks kept."""
    aside = Aside()
    out: list[str] = []
    at = 0
    markdown = _as_markdown_reads_it(markdown)
    while at <= len(markdown):
        lead = len(markdown) - len(markdown[at:].lstrip("\n")) - at  # blank lines before the paragraph
        end = _run_end(markdown, at + lead)
        if end is None:
            stop = markdown.find("\n\n", at + lead)
            stop = len(markdown) if stop < 0 else stop
            out.append(markdown[at:stop])
            if _has_block_tag(markdown[at:stop]):  # Markdown may read on as HTML: leave the rest to it
                if stop < len(markdown):
                    out.append(markdown[stop + 2 :])
                break
            at = stop + 2
            continue
        # Markdown keeps the blank line after a block inside it, and strips the end of the page.
        last = not markdown[end:].strip()
        out.append("\n" * lead + aside.keep(markdown[at + lead : end] + ("" if last else "\n")))
        at = end + 2
    return "\n\n".join(out), aside


def _as_markdown_reads_it(text: str) -> str:
    """The text with the whitespace Markdown evens out first, blocks included: so a kept block is what it keeps."""
    text = text.replace(STX, "").replace(ETX, "").replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES_ONLY.sub("\n", text.expandtabs(TAB_LENGTH))


def _has_block_tag(text: str) -> bool:
    """Whether a paragraph left to Markdown holds a block-level tag, after which Markdown's reading is its own."""
    return any(found[1] in _BLOCK_LEVEL for found in _TAG.finditer(text))


def _run_end(text: str, at: int) -> int | None:
    """Where the run of whole HTML blocks starting at `at` ends, if the paragraph there is one.

    Each block starts a line with a block-level tag and ends where Markdown's
    own reading of raw HTML ends it; the run ends before a blank line or at the
    end of the page.
    """
    while True:
        start = _TAG.match(text, at)
        if start is None or start[1] not in _BLOCK_LEVEL:
            return None
        end = _element_end(text, at)
        if end is None:
            return None
        rest = text[end : end + 2]
        if rest in ("", "\n", "\n\n"):
            return end
        if rest != "\n<":
            return None
        at = end + 1


def _element_end(text: str, at: int) -> int | None:
    """Where the element opened at `at` ends, read as Python-Markdown reads raw HTML.

    Every start tag is stacked (but `<hr>` and `<x/>`); an end tag unstacks
    down to its own start tag when it has one; the element ends when nothing
    is left open. The text of scripts and styles is not read for tags.
    """
    stack: list[str] = []
    for tag in _ANY_TAG.finditer(text, at):
        if tag.start() < at:
            continue
        closing, name = tag[1] == "/", tag[2].lower()
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
        elif name != "hr" and not tag[0].endswith("/>"):
            stack.append(name)
            if name in ("script", "style"):
                at = text.find(f"</{name}", tag.end())
                if at < 0:
                    return None
        if not stack:
            return tag.end()
    return None


def put_back(html: str, aside: Aside) -> str:
    """The converted page with every kept block in its place again."""
    aside.unpack()
    if not aside.blocks:
        return html
    marker = re.compile(rf"<p>{aside.mark}n(\d+)</p>")
    return marker.sub(lambda found: aside.blocks[int(found[1])], html)
