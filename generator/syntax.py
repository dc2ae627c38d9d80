"""Plain-language YAML syntax errors: what went wrong in a record file, and what to do.

libyaml stops at the place where it gives up and names the parser's state
("mapping values are not allowed in this context"), which a project officer
editing a record in the browser cannot act on. Each rule here recognises one
common mistake from libyaml's words and the lines around the place, and says
where the cause is and how to fix it. A mistake no rule recognises keeps
libyaml's words; `--debug` shows them for every error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import yaml

_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[^\s:#'\"][^:#]*?):(?: +(?P<value>.*))?$")
_BLOCK_START = re.compile(r":\s*[|>][-+0-9]*\s*(#.*)?$")
_SPACES = {1: "one space", 2: "two spaces", 3: "three spaces", 4: "four spaces"}
_STARTERS = {
    "@": "`@`",
    "`": "a backquote (`)",
    "%": "`%`",
    "*": "`*`",
    "&": "`&`",
    "!": "`!`",
    "{": "`{`",
    "[": "`[`",
    "|": "`|`",
    ">": "`>`",
    "?": "`?`",
}


@dataclass(frozen=True)
class Explained:
    """A syntax error as a contributor reads it: where to look, what to do, and libyaml's own words."""

    line: int
    column: int
    message: str
    original: str


@dataclass(frozen=True)
class _Error:
    lines: list[str]
    problem: str
    context: str
    line: int  # 1-based line and column where libyaml gave up
    column: int
    opened: tuple[int, int] | None  # where the construct libyaml was reading began

    def text(self, line: int) -> str:
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""


def explain(error: yaml.MarkedYAMLError, text: str) -> Explained:
    """The plain-language account of one libyaml error in the file's text."""
    found = _error(error, text)
    original = " ".join(part for part in (error.context, error.problem) if part)
    for rule in _RULES:
        answer = rule(found)
        if answer:
            line, column, message = answer
            return Explained(line, column, message, original)
    return Explained(found.line, found.column, f"YAML syntax error: {_located(found, original)}", original)


def _error(error: yaml.MarkedYAMLError, text: str) -> _Error:
    mark = error.problem_mark or error.context_mark
    opened = error.context_mark
    return _Error(
        lines=text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
        problem=error.problem or "",
        context=error.context or "",
        line=mark.line + 1 if mark else 1,
        column=mark.column + 1 if mark else 1,
        opened=(opened.line + 1, opened.column + 1) if opened else None,
    )


def _located(found: _Error, original: str) -> str:
    if found.opened and found.opened != (found.line, found.column) and found.context:
        where = f"that starts on line {found.opened[0]}, column {found.opened[1]},"
        return original.replace(found.context, f"{found.context} {where}", 1)
    return original


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _spaces(count: int) -> str:
    return _SPACES.get(count, f"{count} spaces")


def _previous(found: _Error, line: int) -> int | None:
    """The nearest line above `line` that holds something other than a comment."""
    for number in range(line - 1, 0, -1):
        stripped = found.text(number).strip()
        if stripped and not stripped.startswith("#"):
            return number
    return None


# The rules, most specific first. Each returns (line, column, message) or None.
_Answer = tuple[int, int, str]


def _tab(found: _Error) -> _Answer | None:
    text = found.text(found.line)
    if found.problem != "found character that cannot start any token" or "\t" not in text:
        return None
    column = text.index("\t") + 1
    if not text[: column - 1].strip():
        return found.line, column, "the line starts with a tab; indent with spaces (YAML does not allow tabs)"
    return found.line, column, "there is a tab here; replace it with spaces"


def _unclosed_quote(found: _Error) -> _Answer | None:
    if "quoted scalar" not in found.context or not found.opened:
        return None
    line, column = found.opened
    quote = found.text(line)[column - 1 : column] or '"'
    return (
        line,
        column,
        f"the quote opened on line {line}, column {column} is never closed; "
        f"add a closing {quote} at the end of its text",
    )


def _quote_left_open_on_its_line(found: _Error) -> _Answer | None:
    """A quote opened on an earlier line and closed by the next field's quote."""
    if found.problem != "did not find expected key":
        return None
    for number in range(found.line - 1, 0, -1):
        text = found.text(number)
        match = _KEY_LINE.match(text)
        if not match or not match.group("value"):
            continue
        value = match.group("value")
        if value[0] == '"' and _open_double(value) or value[0] == "'" and value.count("'") % 2 == 1:
            column = text.index(value) + 1
            return (
                number,
                column,
                f"the quote opened on line {number}, column {column} is never closed on its line; "
                f"add a closing {value[0]} at the end of its text",
            )
        return None
    return None


def _open_double(value: str) -> bool:
    return len(re.findall(r'(?<!\\)"', value)) % 2 == 1


def _text_after_closing_quote(found: _Error) -> _Answer | None:
    """`title: "Night" buses` or a quote inside quoted text."""
    if found.problem != "did not find expected key":
        return None
    text = found.text(found.line)
    match = _KEY_LINE.match(text)
    value = match.group("value") if match else None
    if not value or value[0] not in "\"'":
        return None
    if text.index(value) + 1 >= found.column:
        return None
    assert match is not None  # a value was found on the line
    key = match.group("key").strip()
    return (
        found.line,
        found.column,
        f"the quoted text of '{key}' ends before the line does; put the whole text in double quotes "
        f"and write any quote inside it as \\\" (or use single quotes outside and '' inside)",
    )


def _starts_with_special(found: _Error) -> _Answer | None:
    """A value starting with a character YAML reserves: @ ` % * & ! { [ | > ?"""
    text = found.text(found.line)
    match = _KEY_LINE.match(text)
    value = match.group("value") if match else None
    if not value or value[0] not in _STARTERS:
        return None
    reserved = (
        "cannot start any token" in found.problem
        or "alias" in found.context
        or "block scalar" in found.context
        or "mapping keys are not allowed" in found.problem
        or (found.problem == "did not find expected key" and value[0] in "{[")
    )
    if not reserved:
        return None
    assert match is not None  # a value was found on the line
    key = match.group("key").strip()
    column = text.index(value) + 1
    return (
        found.line,
        column,
        f"the text of '{key}' starts with {_STARTERS[value[0]]}, which YAML reserves; "
        f"put the whole text in double quotes: {key}: {_quoted(value)}",
    )


def _quoted(value: str) -> str:
    """Text as a double-quoted YAML value, ready to paste."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow_not_closed(found: _Error) -> _Answer | None:
    if "flow sequence" not in found.context and "flow mapping" not in found.context:
        return None
    line, column = found.opened or (found.line, found.column)
    bracket, closing = ("[", "]") if "sequence" in found.context else ("{", "}")
    return (
        line,
        column,
        f"the {bracket} opened on line {line}, column {column} is not closed; add {closing} at the end, "
        f"or put the whole text in double quotes if it is not meant as a list",
    )


def _colon_in_text(found: _Error) -> _Answer | None:
    """`summary: The city ran buses: at night` — a colon and a space inside unquoted text."""
    if found.problem != "mapping values are not allowed in this context":
        return None
    text = found.text(found.line)
    match = _KEY_LINE.match(text[: found.column - 1].rstrip() + ":")
    before = text[: found.column - 1]
    if not match or not re.search(r"\S:\s+\S", before) and not re.match(r" *(- +)?[^\s:#]+: +\S", before):
        return None
    first = re.match(r"(?P<indent> *(- +)?)(?P<key>[^\s:#'\"][^:#]*?): +(?P<value>.*)", text)
    if not first:
        return None
    key, value = first.group("key").strip(), first.group("value")
    return (
        found.line,
        found.column,
        f"the text of '{key}' contains {_colon_words(text, found.column)}, which YAML reads as a new field; "
        f"put the whole text in double quotes: {key}: {_quoted(value)}",
    )


def _colon_words(text: str, column: int) -> str:
    return "a colon at the end of the line" if not text[column:].strip() else "': ' (a colon and a space)"


def _missing_space_or_colon(found: _Error) -> _Answer | None:
    """`title:Night buses` or `title Night buses` on the line above a field libyaml stops at."""
    if found.problem != "mapping values are not allowed in this context":
        return None
    above = _previous(found, found.line)
    if above is None:
        return None
    text = found.text(above)
    if _KEY_LINE.match(text) or _indent(text) != _indent(found.text(found.line)):
        return None
    stripped = text.strip()
    glued = re.match(r"(?P<key>[A-Za-z_][\w-]*):(?P<value>\S.*)", stripped)
    if glued:
        key, value = glued.group("key"), glued.group("value")
        return above, _indent(text) + len(key) + 2, f"put a space after the colon: {key}: {value}"
    word = re.match(r"(?P<key>[A-Za-z_][\w-]*) +(?P<value>\S.*)", stripped)
    if word:
        key, value = word.group("key"), word.group("value")
        return above, _indent(text) + 1, f"this line has no colon after its field name; write {key}: {value}"
    return None


def _key_too_far_right(found: _Error) -> _Answer | None:
    """A field indented further than the field above it, whose value is plain text."""
    if found.problem != "mapping values are not allowed in this context":
        return None
    text = found.text(found.line)
    above = _previous(found, found.line)
    if above is None:
        return None
    upper = found.text(above)
    match, upper_match = _KEY_LINE.match(text), _KEY_LINE.match(upper)
    if not match or not upper_match or not upper_match.group("value"):
        return None
    upper_key_column = _indent(upper) + len(upper_match.group("dash") or "")
    extra = _indent(text) - upper_key_column
    if extra <= 0:
        return None
    key, upper_key = match.group("key").strip(), upper_match.group("key").strip()
    return (
        found.line,
        _indent(text) + 1,
        f"'{key}:' starts {_spaces(extra)} further right than '{upper_key}:' (line {above}); line them up",
    )


def _dash_misaligned(found: _Error) -> _Answer | None:
    """A list item whose dash is not in line with the items above it."""
    if found.problem not in ("did not find expected key", "did not find expected '-' indicator"):
        return None
    text = found.text(found.line)
    if not text.lstrip().startswith("- ") and text.strip() != "-":
        return None
    here = _indent(text)
    for number in range(found.line - 1, 0, -1):
        upper = found.text(number)
        if not upper.strip() or upper.lstrip().startswith("#"):
            continue
        if upper.lstrip().startswith("- ") and _indent(upper) != here:
            return _misaligned_dash_message(found, number, here - _indent(upper))
        if _indent(upper) < here and not upper.lstrip().startswith("- "):
            return None
    return None


def _misaligned_dash_message(found: _Error, sibling: int, shift: int) -> _Answer:
    owner = _owner(found, sibling)
    side = "right" if shift > 0 else "left"
    under = f" under '{owner[1]}:' (line {owner[0]})" if owner else ""
    return (
        found.line,
        _indent(found.text(found.line)) + 1,
        f"this list item starts {_spaces(abs(shift))} further {side} than the others{under}; "
        f"line the dash up with them (line {sibling})",
    )


def _owner(found: _Error, line: int) -> tuple[int, str] | None:
    """The field whose value is the list or mapping that `line` belongs to."""
    here = _indent(found.text(line))
    for number in range(line - 1, 0, -1):
        text = found.text(number)
        match = _KEY_LINE.match(text)
        if match and text.strip() and _indent(text) < here and not match.group("value"):
            return number, match.group("key").strip()
    return None


def _field_out_of_item(found: _Error) -> _Answer | None:
    """A field written left of the other fields of the list item it belongs to (`role:` under `- name:`)."""
    if found.problem != "did not find expected '-' indicator":
        return None
    text = found.text(found.line)
    match = _KEY_LINE.match(text)
    if not match or match.group("dash"):
        return None
    for number in range(found.line - 1, 0, -1):
        upper = found.text(number)
        upper_match = _KEY_LINE.match(upper)
        if not upper_match or not upper_match.group("dash"):
            continue
        key_column = _indent(upper) + len(upper_match.group("dash"))
        if _indent(upper) <= _indent(text) < key_column:
            sibling, key = upper_match.group("key").strip(), match.group("key").strip()
            return (
                found.line,
                _indent(text) + 1,
                f"'{key}:' belongs to the list item that starts on line {number}; indent it "
                f"{_spaces(key_column - _indent(text))} more so that it lines up with '{sibling}:'",
            )
        return None
    return None


def _key_between_levels(found: _Error) -> _Answer | None:
    """A field indented less than its neighbours but more than the field that holds them."""
    if found.problem != "did not find expected key":
        return None
    text = found.text(found.line)
    match = _KEY_LINE.match(text)
    if not match or match.group("dash"):
        return None
    above = _previous(found, found.line)
    upper = found.text(above) if above else ""
    if not _KEY_LINE.match(upper) or _indent(upper) <= _indent(text):
        return None
    shift = _indent(upper) - _indent(text)
    key, upper_key = match.group("key").strip(), cast(re.Match[str], _KEY_LINE.match(upper)).group("key").strip()
    return (
        found.line,
        _indent(text) + 1,
        f"'{key}:' starts {_spaces(shift)} further left than '{upper_key}:' (line {above}); line them up",
    )


def _block_text_too_far_left(found: _Error) -> _Answer | None:
    """A line of a `|` or `>` text block that starts left of the block's first line."""
    if found.problem != "did not find expected key":
        return None
    for number in range(found.line - 1, 0, -1):
        text = found.text(number)
        if not text.strip():
            continue
        if _BLOCK_START.search(text) and _indent(text) < _indent(found.text(found.line)):
            key = _KEY_LINE.match(text.split("#")[0].rstrip().rstrip("|>-+0123456789").rstrip())
            name = key.group("key").strip() if key else "the field"
            first = number + 1
            return (
                found.line,
                _indent(found.text(found.line)) + 1,
                f"this line of the text of '{name}' (line {number}) starts further left than its first line "
                f"(line {first}); indent it like the others",
            )
        if _indent(text) <= _indent(found.text(found.line)):
            return None
    return None


def _list_on_key_line(found: _Error) -> _Answer | None:
    if found.problem != "block sequence entries are not allowed in this context":
        return None
    text = found.text(found.line)
    match = _KEY_LINE.match(text)
    key = match.group("key").strip() if match else "the field"
    return (
        found.line,
        found.column,
        f"a list starts on the line after its field; write '{key}:' alone, then each item on its own line "
        f"starting with '  - '",
    )


def _line_without_field(found: _Error) -> _Answer | None:
    """A line of plain text with no `field:`, e.g. a continuation written at the left margin."""
    if found.problem != "could not find expected ':'" or not found.opened:
        return None
    line = found.opened[0]
    above = _previous(found, line)
    upper = _KEY_LINE.match(found.text(above)) if above else None
    if upper and upper.group("value"):
        key = upper.group("key").strip()
        return (
            line,
            1,
            f"this line has no field name; if it continues the text of '{key}' (line {above}), "
            f"indent it by two spaces, or put the whole text in double quotes",
        )
    return line, 1, "this line has no field name; write it as 'field: value'"


def _stray_item(found: _Error) -> _Answer | None:
    """A list item where a field was expected: the field that should hold the list is missing."""
    if found.problem != "did not find expected key" or not found.text(found.line).lstrip().startswith("- "):
        return None
    return (
        found.line,
        _indent(found.text(found.line)) + 1,
        "a list item where a field was expected; a list goes under a field written alone on the line above "
        "(e.g. 'topics:'), its items indented by two spaces",
    )


def _document_end(found: _Error) -> _Answer | None:
    if found.problem != "did not find expected <document start>":
        return None
    above = _previous(found, found.line)
    return above or found.line, 1, "a line '...' or '---' ends the record here; remove it"


_RULES: tuple[Callable[[_Error], _Answer | None], ...] = (
    _tab,
    _unclosed_quote,
    _flow_not_closed,
    _starts_with_special,
    _quote_left_open_on_its_line,
    _text_after_closing_quote,
    _list_on_key_line,
    _colon_in_text,
    _key_too_far_right,
    _missing_space_or_colon,
    _field_out_of_item,
    _dash_misaligned,
    _block_text_too_far_left,
    _key_between_levels,
    _line_without_field,
    _stray_item,
    _document_end,
)
