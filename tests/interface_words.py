"""Find English interface words in a built site: the page text and script messages a reader of another language sees.

Record text is skipped where the page marks it with its language (lang="en"),
as is anything inside a <code>, <pre> or inline code; what is left is checked
against every English message of generator/locales/messages.pot whose
translation differs from the English. A message with {placeholders} is looked
for by its longest fixed piece. Inline JSON (the words handed to scripts) is
checked by its values, not its keys, which are the English messages by design.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from babel.messages.pofile import read_po

from generator import messages

_SLOT = re.compile(r"\{\w+\}")
_SKIPPED = {"code", "pre", "style", "svg"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The data files that scripts fetch and show (not the open-data exports, which hold the records' own values).
SCRIPT_DATA = ("catalogue.json", "ready.json")
_SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "content", "label")


def english_messages(lang: str) -> dict[str, tuple[tuple[str, ...], re.Pattern]]:
    """Each English message translated differently in `lang`: the pattern that finds it in text, and its clues.

    A text in which the pattern can match holds one of the clues (plain words, quick to look for), so a page
    without any clue is passed over without running the pattern.
    """
    with messages.po_path(lang).open("rb") as stream:
        catalog = read_po(stream)
    found = {}
    for message in catalog:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if english in strings:
            continue  # the same word in this language ("Budget", "Total")
        pattern = _pattern(message.id, strings)
        if pattern:
            found[english] = pattern
    return found


def _pattern(msgid, strings) -> tuple[tuple[str, ...], re.Pattern] | None:
    """How the English message shows in text, or None when it cannot be told from the translation.

    A one-word message must be a whole piece of text ("Topics" as a link, not in a sentence); a
    count ("{count} practice") is a number before the English noun; any other message with
    {slots} is looked for by its longest fixed piece, when that piece has two words or more.
    """
    english = msgid if isinstance(msgid, str) else msgid[0]
    if isinstance(msgid, tuple | list) and re.fullmatch(r"\{count\} [\w-]+", english):
        words = tuple(m.split(" ", 1)[1] for m in msgid)
        nouns = "|".join(map(re.escape, words))
        return words, re.compile(rf"\b\d[\d,.\u00a0\u202f]* (?:{nouns})\b")
    piece = max(_SLOT.split(english), key=len).strip(" :.,()")
    if len(piece) < 3 or any(piece in s for s in strings):
        return None
    if " " not in piece:
        whole = re.compile(rf"(?:^|\n){re.escape(piece)}(?:$|\n)")
        return ((piece,), whole) if piece == english.strip(" :.,()") else None
    return (piece,), re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)")


class _Reader(HTMLParser):
    """The text nodes and shown attributes of a page outside foreign-language and code elements, one per line."""

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.parts: list[str] = []
        self.scripts: list[str] = []
        self.in_json = False

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        declared = attributes.get("lang")
        foreign = declared is not None and declared.split("-")[0] != self.lang.split("-")[0]
        skipped = self._skipping() or foreign or tag in _SKIPPED
        if not skipped:
            self.parts += [attributes[a] for a in _SHOWN_ATTRIBUTES if attributes.get(a)]
        if tag == "script":
            self.in_json = attributes.get("type") == "application/json"  # not ld+json, the search engines' data
        if tag not in _VOID:
            self.stack.append((tag, skipped))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break
        self.in_json = False

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            if self.in_json and data.strip():
                self.scripts.append(data)
        elif not self._skipping() and data.strip():
            self.parts.append(data.strip())


def _values(value) -> list[str]:
    if isinstance(value, dict):
        return [v for item in value.values() for v in _values(item)]
    if isinstance(value, list):
        return [v for item in value for v in _values(item)]
    return [value] if isinstance(value, str) else []


def _json_text(content: str) -> str:
    return "\n".join(" ".join(v.split()) for v in _values(json.loads(content)))


def shown_text(page: str, lang: str) -> str:
    """What a reader of the page's language sees of the interface, one piece per line."""
    reader = _Reader(lang)
    reader.feed(page)
    pieces = list(reader.parts)
    for block in reader.scripts:
        try:
            pieces += _values(json.loads(block))
        except ValueError:
            continue
    return "\n".join(" ".join(p.split()) for p in pieces)


def english_in_site(site: Path, lang: str, messages_of: str | None = None) -> dict[str, list[str]]:
    """English messages found in the built site's pages: message -> the pages that show it.

    `messages_of` names the catalogue whose English messages are looked for, when not the site's language
    (an English site read with the Italian catalogue's list shows what the check finds).
    """
    wanted = english_messages(messages_of or lang)
    found: dict[str, list[str]] = {}
    for path in [*sorted(site.rglob("*.html")), *(site / "data" / name for name in SCRIPT_DATA)]:
        content = path.read_text(encoding="utf-8")
        text = _json_text(content) if path.suffix == ".json" else shown_text(content, lang)
        for english, (clues, pattern) in wanted.items():
            if any(clue in text for clue in clues) and pattern.search(text):
                found.setdefault(english, []).append(str(path.relative_to(site)))
    return found
