"""Turns a generated page's Markdown skeleton into HTML without Python-Markdown, when it can be sure.

Once `blocks.set_aside` has taken the HTML blocks out, what is left of a
generated page is a small skeleton in a narrow Markdown the templates write:
ATX headings (with an attribute list), bullet lists, paragraphs of plain text
with `**bold**`, links `[text](x.md)` (with an attribute list) and backslash
escapes, a block attribute line `{: ... }`. Python-Markdown still cost a few
milliseconds a page to read it. `convert` writes the HTML Python-Markdown
would write for that grammar, with the table of contents, anchors and title
MkDocs reads from the result; links are rewritten by MkDocs' own code
(`_RelativePathTreeprocessor.path_to_url`), so its warnings and URLs are its
own. Anything outside the grammar, a line shape or an inline sign it does not
know for certain, makes `convert` return None, and the page goes through
MkDocs' `Page.render` as any other page. `tests/test_skeleton.py` checks the
output against Python-Markdown's, and a whole site built both ways.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from markdown.extensions.attr_list import get_attrs_and_remainder, sanitize_name
from markdown.extensions.toc import TocExtension, nest_toc_tokens, strip_tags, unique
from markdown.serializers import BOOLEAN_ATTRIBUTES, _escape_attrib_html, _escape_cdata
from markdown.util import parseBoolValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

ENABLED = True
"""Whether generated pages take this path; the tests switch it off to build the same site through MkDocs alone."""


class Unsure(Exception):
    """The skeleton holds something this module does not convert with certainty."""


# The extensions whose output the converter knows; the three others only add syntax it refuses (|, fences, !!!).
_REQUIRED = {"attr_list", "toc"}
_ALLOWED = _REQUIRED | {"tables", "fenced_code", "admonition"}
_ESCAPABLE = set("\\*_{}[]()#+-.!")  # Python-Markdown's escapes but ` and >, refused wherever they stand
_HEADINGS = {f"h{level}" for level in range(1, 7)}
_URL = re.compile(r"[A-Za-z0-9\-._~:/?#%=&+@!$,;*]+")
_HEADING = re.compile(r"(#{1,6}) (\S.*)")
_ITEM = re.compile(r"- (\S.*)")
_HEADING_ATTRS = re.compile(r" +\{:?[ ]*([^\}\n ][^\n]*)\}[ ]*$")  # attr_list's HEADER_RE
_BLOCK_ATTRS = re.compile(r"\{:?[ ]*([^\}\n ][^\n]*)\}[ ]*")  # attr_list's BLOCK_RE, on a line of its own
_INLINE_ATTRS = re.compile(r"\{:?[ ]*([^\}\n ][^\n]*?)\}")  # attr_list's INLINE_RE, up to the first brace
# What a line of a paragraph or list item must not start with: another block's sign (headings, lists, quotes,
# code, rules, tables, fences, admonitions, setext underlines, numbered lists).
_UNSAFE_START = re.compile(r"[ #>|~`=]|[-+*](?: |$)|\d+[.)](?: |$)|!!!|[-*_= ]+$")
_FORBIDDEN = re.compile(r"[<>|`\t\r\x00-\x08\x0b-\x1f\x7f]|  $|~~~|&\\#", re.MULTILINE)
_INLINE_SIGNS = set("[]*_{}")  # outside a link or bold run of the grammar, each starts something else
_PLAIN = re.compile(r"[^\\\[\]*_{}!]+")  # a run of characters that are text wherever they stand
_ATTRS = re.compile(r"[A-Za-z0-9 .#:=\"'/-]+")  # attribute lists of plain words (no inline sign inside)


@dataclass
class Settings:
    """What of the site's Markdown settings the HTML depends on: the table of contents' options."""

    slugify: Callable[[str, str], str]
    separator: str
    permalink: str | None  # the headerlink's inner HTML, or None without permalinks
    permalink_class: str
    permalink_title: str
    depth: tuple[int, int]


def settings(config: MkDocsConfig) -> Settings | None:
    """The settings of this site, or None when it uses Markdown this module does not reproduce."""
    names = {str(name).removeprefix("markdown.extensions.") for name in config["markdown_extensions"]}
    if not _REQUIRED <= names <= _ALLOWED or set(config["mdx_configs"] or {}) - {"toc"}:
        return None
    toc = TocExtension(**(config["mdx_configs"] or {}).get("toc", {})).getConfigs()
    if toc["anchorlink"] or toc["permalink_leading"] or str(toc["baselevel"]) != "1":
        return None
    if toc["marker"] not in ("", "[TOC]"):
        return None
    permalink = parseBoolValue(toc["permalink"], False)  # as the toc extension reads it
    if permalink is None:
        permalink = toc["permalink"]
    inner = None if permalink in (False, None) else "&para;" if permalink is True else _escape_cdata(str(permalink))
    depth = toc["toc_depth"]
    top, bottom = (int(x) for x in depth.split("-")) if isinstance(depth, str) and "-" in depth else (1, int(depth))
    return Settings(
        slugify=toc["slugify"],
        separator=toc["separator"],
        permalink=inner,
        permalink_class=toc["permalink_class"],
        permalink_title=toc["permalink_title"],
        depth=(top, bottom),
    )


# --- Reading: the skeleton as a small tree, or Unsure ------------------------------------------------


@dataclass
class Element:
    """An HTML element of the result: its tag, attributes (in the order set) and content (text or elements)."""

    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    content: list[str | Element] = field(default_factory=list)
    url: str = ""  # a link's address as written, rewritten by MkDocs when written out


def _assign(element: Element, attrs_string: str) -> None:
    """attr_list's assignment of an attribute list to an element."""
    attrs, remainder = get_attrs_and_remainder(attrs_string)
    if remainder or not _ATTRS.fullmatch(attrs_string):
        raise Unsure("an attribute list with text after it")
    for key, value in attrs:
        if key == ".":
            current = element.attrs.get("class")
            element.attrs["class"] = f"{current} {value}" if current else value
        elif value is None:
            name = sanitize_name(key)
            if name in ("id", "name"):
                raise Unsure("an id or name without a value")
            # Python-Markdown writes XHTML unless told otherwise, and MkDocs does not tell it.
            element.attrs[name] = name if name.lower() in BOOLEAN_ATTRIBUTES["xhtml"] else None
        else:
            element.attrs[sanitize_name(key)] = value
    if "data-toc-label" in element.attrs:
        raise Unsure("a label for the table of contents")


def _inline(text: str, links: bool = True) -> list[str | Element]:
    """Plain text, escapes, `**bold**` and links with their attribute lists, as elements and text.

    Inside a link's text or a bold run (`links` False), only plain text and escapes.
    """
    out: list[str | Element] = []
    plain: list[str] = []
    at = 0
    while at < len(text):
        run = _PLAIN.match(text, at)
        if run is not None:
            plain.append(run[0])
            at = run.end()
            continue
        char, after = text[at], text[at + 1 : at + 2]
        if char == "\\":
            if after not in _ESCAPABLE:
                raise Unsure("an unknown escape")
            plain.append(after)
            at += 2
            continue
        if char in _INLINE_SIGNS or (char == "!" and after == "["):
            if not links or char not in "[*" or (char == "*" and after != "*"):
                raise Unsure(f"an inline sign: {char}")
            out += ["".join(plain)] if plain else []
            plain = []
            element, at = _link(text, at) if char == "[" else _bold(text, at)
            out.append(element)
            continue
        plain.append(char)
        at += 1
    if plain:
        out.append("".join(plain))
    return out


def _bold(text: str, at: int) -> tuple[Element, int]:
    """The `**bold**` run starting at `at`, of plain text, and where it ends."""
    end = text.find("**", at + 2)
    inner = text[at + 2 : end]
    if end < 0 or not inner or inner != inner.strip() or text[end + 2 : end + 3] == "*":
        raise Unsure("emphasis other than plain **bold**")
    return Element("strong", content=_inline(inner, links=False)), end + 2


def _link(text: str, at: int) -> tuple[Element, int]:
    """The link `[text](url)` starting at `at`, with the attribute list right after it, and where it ends."""
    close = at + 1
    while close < len(text) and text[close] != "]":
        if text[close] == "[":
            raise Unsure("brackets inside a link's text")
        close += 2 if text[close] == "\\" else 1
    if not text.startswith("](", close) or close == at + 1:
        raise Unsure("brackets that are not a link")
    end = text.find(")", close + 2)
    url = text[close + 2 : end]
    if end < 0 or not _URL.fullmatch(url):
        raise Unsure("a link address outside the plain ones")
    link = Element("a", {"href": url}, _inline(text[at + 1 : close], links=False), url=url)
    end += 1
    if text.startswith("{", end):
        found = _INLINE_ATTRS.match(text, end)
        if found is None or _braces_after(text, found.end()):
            raise Unsure("an attribute list the converter does not place with certainty")
        _assign(link, found[1])
        end = found.end()
    return link, end


def _braces_after(text: str, at: int) -> bool:
    """Whether the text after a link's attribute list, up to the next element, has a brace (or may have one).

    attr_list reads the list up to the last brace of that text, which is not where it ends here.
    """
    ends = [found for found in (text.find(sign, at) for sign in "[*\n") if found >= 0]
    cut = min(ends, default=len(text))
    rest = text[at:cut]
    return "{" in rest or "}" in rest or rest.endswith("\\")


def _check_lines(block: str) -> None:
    for line in block.split("\n"):
        if not line or _UNSAFE_START.match(line):
            raise Unsure(f"a line that may start another block: {line[:20]!r}")


def _paragraph(block: str) -> Element:
    paragraph = Element("p")
    lines = block.split("\n")
    if len(lines) > 1 and lines[-1].startswith("{"):
        found = _BLOCK_ATTRS.fullmatch(lines[-1])
        if found is None:
            raise Unsure("a last line that is not an attribute list")
        _assign(paragraph, found[1])
        block = "\n".join(lines[:-1])
    _check_lines(block)
    paragraph.content = _inline(block)
    return paragraph


def _heading(line: str) -> Element:
    found = _HEADING.fullmatch(line)
    if found is None:
        raise Unsure("a heading of another shape")
    level, text = len(found[1]), found[2]
    heading = Element(f"h{level}")
    attrs = _HEADING_ATTRS.search(text)
    if attrs is not None:
        _assign(heading, attrs[1])
        text = text[: attrs.start()]
    if not text or text != text.strip() or text.endswith("#") or text.endswith("\\"):
        raise Unsure("a heading whose end Markdown reads otherwise")
    heading.content = _inline(text, links=False)
    return heading


def _list(block: str) -> Element:
    items = Element("ul")
    for line in block.split("\n"):
        found = _ITEM.fullmatch(line)
        if found is None:
            raise Unsure("a list line of another shape")
        _check_lines(found[1])
        items.content.append(Element("li", content=_inline(found[1])))
    return items


def read(markdown: str) -> list[Element]:
    """The skeleton's blocks as elements; Unsure when anything is outside the grammar."""
    if _FORBIDDEN.search(markdown):
        raise Unsure("a sign the converter does not read")
    out: list[Element] = []
    for block in (markdown + "\n\n").split("\n\n"):  # as Python-Markdown splits it
        block = block.lstrip("\n")
        if not block:
            continue
        if block.startswith("#"):
            if "\n" in block:
                raise Unsure("a heading with lines after it")
            out.append(_heading(block))
        elif block.startswith("- "):
            if out and out[-1].tag == "ul":
                raise Unsure("a list after a list: a loose list")
            out.append(_list(block))
        else:
            out.append(_paragraph(block))
    return out


# --- Writing: HTML, table of contents, anchors, title ----------------------------------------------


@dataclass
class Result:
    """What MkDocs' Page.render sets on a page."""

    content: str
    toc_tokens: list[dict[str, Any]]
    title: str | None
    anchors: set[str]


def _inner(content: list[str | Element], link: Callable[[str], str]) -> str:
    return "".join(_escape_cdata(part) if isinstance(part, str) else _html(part, link) for part in content)


def _open(element: Element) -> str:
    attrs = "".join(
        f" {key}" if value is None else f' {key}="{_escape_attrib_html(value)}"'
        for key, value in sorted(element.attrs.items())
    )
    return f"<{element.tag}{attrs}>"


def _html(element: Element, link: Callable[[str], str]) -> str:
    if element.tag == "a" and element.url:
        element.attrs["href"] = link(element.url)
    if element.tag == "ul":
        items = [_html(item, link) for item in element.content if isinstance(item, Element)]
        return "<ul>\n" + "".join(item + "\n" for item in items) + "</ul>"
    return f"{_open(element)}{_inner(element.content, link)}</{element.tag}>"


def _elements(blocks: list[Element]) -> Iterator[Element]:
    """Every element of the blocks and of what they hold, depth first."""
    for block in blocks:
        yield block
        yield from _elements([part for part in block.content if isinstance(part, Element)])


def _ids(blocks: list[Element]) -> set[str]:
    return {str(element.attrs["id"]) for element in _elements(blocks) if element.attrs.get("id") is not None}


def _anchors(blocks: list[Element]) -> set[str]:
    """The ids MkDocs' anchor extraction finds: every element's id, and a link's name."""
    names = {str(e.attrs["name"]) for e in _elements(blocks) if e.tag == "a" and e.attrs.get("name")}
    return {anchor for anchor in _ids(blocks) | names if anchor}


def convert(markdown: str, options: Settings, link: Callable[[str], str]) -> Result | None:
    """The skeleton's HTML, table of contents, anchors and title, or None when it is outside the grammar.

    `link` rewrites each link's address; it is called only once the whole
    skeleton is known to convert, in the order Python-Markdown would call it.
    """
    try:
        blocks = read(markdown)
    except Unsure:
        return None
    used = _ids(blocks)
    counters: dict[str, int] = {}
    tokens: list[dict[str, Any]] = []
    out: list[str] = []
    title: str | None = None
    for number, block in enumerate(blocks):
        if block.tag in _HEADINGS:
            inner = _inner(block.content, link).strip()
            name = strip_tags(inner)
            if block.attrs.get("id") is None:
                block.attrs["id"] = unique(options.slugify(html.unescape(name), options.separator), used, counters)
            anchor = str(block.attrs["id"])
            level = int(block.tag[1])
            if options.depth[0] <= level <= options.depth[1]:
                tokens.append({"level": level, "id": anchor, "name": name, "html": inner, "data-toc-label": ""})
            if number == 0 and level == 1:
                title = " ".join(re.sub(r"<[^>]*>", "", inner).split())
            permalink = ""
            if options.permalink is not None:
                mark = Element("a", {"href": "#" + anchor, "class": options.permalink_class})
                if options.permalink_title:
                    mark.attrs["title"] = options.permalink_title
                permalink = _open(mark) + options.permalink + "</a>"
                link("#" + anchor)
            out.append(f"{_open(block)}{inner}{permalink}</{block.tag}>")
        else:
            out.append(_html(block, link))
    return Result("\n".join(out), nest_toc_tokens(tokens), title, _anchors(blocks))


def render(page: Page, config: MkDocsConfig, files: Files) -> bool:
    """Set what MkDocs' Page.render sets on a generated page, through the skeleton; False when it cannot."""
    options = settings(config) if ENABLED else None
    if options is None or page.markdown is None:
        return False
    paths = mkdocs_pages._RelativePathTreeprocessor(page.file, files, config)
    result = convert(page.markdown, options, paths.path_to_url)
    if result is None:
        return False
    page.content = result.content
    page.toc = get_toc(result.toc_tokens)  # type: ignore[arg-type]
    page._title_from_render = result.title
    page.present_anchor_ids = result.anchors
    if mkdocs_pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = paths.links_to_anchors
    return True
