"""Small helpers the tests share: walking a record's values, reading a page's text as a reader does, and
finding words in the search index `mkdocs serve` writes (the benchmark uses it too).

(Building, configuring and serving a site live in conftest.py; records made for the tests in
samples.py and hostile.py.)
"""

from __future__ import annotations

import gzip
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.records import Path_, leaves

_TAG = re.compile(r"<[^>]+>")
_ANY_SPACE = re.compile(r"\s+")
_ASCII_SPACE = re.compile(r"[ \t\r\n]+")


def nodes(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every value inside a record's data, mappings and lists included (each after what it holds)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from nodes(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from nodes(inner, (*path, i))
    yield path, value


def text_leaves(value: Any) -> Iterator[tuple[Path_, str]]:
    """Every text value inside a record's data, with its path of keys and indexes."""
    return ((path, inner) for path, inner in leaves(value) if isinstance(inner, str))


def set_at(data: Any, path: Path_, value: Any) -> None:
    """Replace the value at a path of keys and indexes."""
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def html_text(markup: str, tags: str = " ", keep_nbsp: bool = False) -> str:
    """Markup as a reader reads it: tags dropped, entities decoded, white space folded to single spaces.

    Args:
        markup: HTML, or the Markdown-with-HTML of a generated page.
        tags: what stands in for each tag: a space, or "" to run table cells and inline tags together.
        keep_nbsp: fold only ASCII white space, so that the no-break spaces of amounts and dates stay.
    """
    text = html.unescape(_TAG.sub(tags, markup))
    return (_ASCII_SPACE if keep_nbsp else _ANY_SPACE).sub(" ", text).strip()


def serve_indexed(site_dirs: Path, text: str) -> bool:
    """Whether a Pagefind index in `mkdocs serve`'s temporary site folders (under site_dirs) holds the text.

    `mkdocs serve` builds into a `mkdocs_*` folder of TMPDIR; Pagefind writes each page's words into a
    gzip-compressed fragment there.
    """
    for fragment in site_dirs.glob("mkdocs_*/pagefind/fragment/*.pf_fragment"):
        try:
            if text.encode("utf-8") in gzip.decompress(fragment.read_bytes()):
                return True
        except (OSError, EOFError):  # a fragment Pagefind is still writing
            continue
    return False
