"""Load practice records: YAML files into plain values, with the place of every value.

Only a safe subset of YAML is accepted. Parsing goes through libyaml's event
stream, so that anchors, aliases, custom tags and duplicate keys are refused
before any value is built, and so that every key and value keeps its line and
column for the messages contributors read. Plain scalars follow YAML 1.2's core
rules: `yes`, `no`, `on`, `off` and unquoted dates stay text.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard, TypeVar, cast

import yaml

from generator import syntax
from generator.errors import Problem, excerpt
from generator.text import fold

MAX_FILE_BYTES = 200_000
MAX_DEPTH = 16  # a valid record nests five levels at most; deeper input only serves to exhaust the checks
# The one rule for every name that becomes part of a URL, a path or a page: record ids, the folders
# holding records, vocabulary keys, checklist ids. Matched whole: `$` would also match before a final newline.
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
MAX_ID_LENGTH = 80
RECORD_SUFFIX = ".yml"

_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_STR_TAGS = {None, "!", "tag:yaml.org,2002:str"}
# Control characters libyaml refuses in the file but lets in through escapes ("\x07", "\e"): they
# break XML feeds and terminals, and no practice's text needs one.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_KEY_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")

# Letters that Unicode does not decompose into an ASCII letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i"})

Path_ = tuple[str | int, ...]  # a value's place in a record: keys and list indexes from the top
# What a record holds: plain YAML 1.2 values, mappings keyed by text, lists.
Scalar = str | int | float | bool | None
Value = Scalar | dict[str, Any] | list[Any]
# One container being built: [the dict or list, its path, the pending key (None, or _Repeated when dropped)].
_Frame = list[Any]


@dataclass
class Record:
    """One loaded practice: its id, where it came from, its values and their places."""

    id: str
    path: str
    data: dict[str, Any]
    places: dict[Path_, tuple[int, int]] = field(default_factory=dict, repr=False)
    key_places: dict[Path_, tuple[int, int]] = field(default_factory=dict, repr=False)
    # Problems met while reading that still left a record worth checking (a repeated key).
    problems: list[Problem] = field(default_factory=list, repr=False)
    # The line from which a file with a syntax error was not read: only the fields above it are checked.
    unchecked_from: int | None = None
    # What pages made of this record's values, by what else they depend on: `mkdocs serve` keeps an
    # unchanged record from one rebuild to the next, and with it what was made of it.
    # A copy made with dataclasses.replace starts without any.
    made: dict[tuple[object, ...], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def place(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """Line and column of a value (or of its key), else of its nearest ancestor."""
        path = tuple(path)
        if key and path in self.key_places:
            return self.key_places[path]
        while path not in self.places and path:
            path = path[:-1]
        return self.places.get(path, (1, 1))


_T = TypeVar("_T")


def kept(record: Record, key: tuple[object, ...], make: Callable[[], _T]) -> _T:
    """What `make` gives for this record under `key` (what else it depends on), made once and kept with it."""
    if key not in record.made:
        record.made[key] = make()
    return cast(_T, record.made[key])


class _Repeated:
    """Stands for a repeated key: the value written under it is read (for its syntax) and dropped."""


class _Refused(Exception):
    """A construct this loader does not accept, with the mark where it stands."""

    def __init__(self, mark: Any, message: str, path: Path_ = ()) -> None:
        super().__init__(message)
        self.place = _place_of(mark)
        self.message = message
        self.field = "/".join(map(str, path))


def added(data: dict[str, Any]) -> str:
    """The day a record was added: its `added`, else (a record may leave it out) the day it was last reviewed."""
    return cast(str, data.get("added", data["last_reviewed"]))


def slug(title: str, limit: int = MAX_ID_LENGTH) -> str:
    """An id from a title: lower-case ASCII words joined by hyphens, cut at a word."""
    spelled = fold(title.lower().translate(_LETTERS)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", spelled)
    while len("-".join(words)) > limit and len(words) > 1:
        words.pop()
    return "-".join(words)[:limit]


def leaves(value: object, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every plain value inside a record's data, with its path of keys and indexes."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from leaves(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from leaves(inner, (*path, i))
    else:
        yield path, value


def is_id(name: object) -> TypeGuard[str]:
    """Whether a name obeys the id rule: lower-case letters and digits joined by single hyphens, whole."""
    return isinstance(name, str) and len(name) <= MAX_ID_LENGTH and ID_PATTERN.fullmatch(name) is not None


def id_rule(name: str, what: str) -> str:
    """The message for a name that breaks the id rule."""
    return (
        f"the {what} {excerpt(name)} is not a valid id; expected lower-case letters, digits and single hyphens, "
        f"at most {MAX_ID_LENGTH} characters, e.g. reggio-emilia-south-africa"
    )


def find(paths: list[Path]) -> list[Path]:
    """Every record file under the given files and folders, in a stable order."""
    return scan(paths)[0]


def scan(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Record files under the given files and folders, and what in those folders is not one.

    Symbolic links are never followed; sub-folders must have names that obey the id rule
    (their contents are not read otherwise); files must end in .yml (a .yaml file is loaded
    and reported by the validator).
    """
    found: set[Path] = set()
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            _walk(path, found, problems)
        else:
            found.add(path)
    return sorted(found), sorted(problems)


def _walk(folder: Path, found: set[Path], problems: list[Problem]) -> None:
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        path = Path(entry.path)
        if entry.is_symlink():
            problems.append(Problem(shown_path(path), 1, 1, "", SYMLINK))
        elif entry.is_dir(follow_symlinks=False):
            if is_id(entry.name):
                _walk(path, found, problems)
            else:
                problems.append(Problem(shown_path(path), 1, 1, "", id_rule(entry.name, "folder name") + "; rename it"))
        elif entry.name.endswith((RECORD_SUFFIX, ".yaml")):
            found.add(path)
        elif entry.name in _GIT_FILES:
            continue
        else:
            problems.append(Problem(shown_path(path), 1, 1, "", STRAY))


STRAY = f"only files ending in {RECORD_SUFFIX} are records; rename this file or move it out of the records folder"
_GIT_FILES = {".gitattributes", ".gitignore", ".gitkeep"}  # git's housekeeping, not misnamed records
SYMLINK = "this is a symbolic link; records must be plain files in the records folder (links are not followed)"


def shown_path(path: Path | str) -> str:
    """A path as messages show it: control characters and line breaks escaped, so it cannot forge a line."""
    text = path.as_posix() if isinstance(path, Path) else path
    return _KEY_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def shown_under(path: Path, root: Path | None) -> str:
    """A record's path as messages show it: relative to `root` when it lies below it, else as given.

    The folder is resolved, not the file: a link's target must not stand in for its name.
    """
    if root is not None:
        folder, base = path.parent.resolve(), root.resolve()
        if folder.is_relative_to(base):
            return shown_path(folder.relative_to(base) / path.name)
    return shown_path(path)


def load(path: Path, shown: str | None = None) -> tuple[Record | None, list[Problem]]:
    """Read one record file; return the record, or None and the problems found.

    Only a regular file is read, never through a symbolic link, and its size is
    checked before reading: a FIFO, a device or a huge file is refused unread.
    """
    shown = shown or shown_path(path)
    try:
        raw = _read_regular(path)
    except _Unreadable as refused:
        return None, [Problem(shown, 1, 1, "", str(refused))]
    except OSError as error:
        return None, [Problem(shown, 1, 1, "", f"cannot read the file: {error.strerror}")]
    return parse(raw, shown, path.stem)


class _Unreadable(Exception):
    """A file that is not read: a link, not a regular file, or too big."""


def _read_regular(path: Path) -> bytes:
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise _Unreadable(SYMLINK)
    if not stat.S_ISREG(info.st_mode):
        raise _Unreadable("this is not a regular file (a folder, device or pipe); a record is a plain .yml file")
    if info.st_size > MAX_FILE_BYTES:
        raise _Unreadable(_too_big(info.st_size))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)  # no link, no waiting: the file was swapped since lstat otherwise
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise _Unreadable("this is not a regular file (a folder, device or pipe); a record is a plain .yml file")
        return file.read(MAX_FILE_BYTES + 1)


def _too_big(size: int) -> str:
    return f"the file is {size:,} bytes; a record may be at most {MAX_FILE_BYTES:,}"


def parse(raw: bytes, shown: str, record_id: str) -> tuple[Record | None, list[Problem]]:
    """Turn a record file's bytes into a Record, or say what stops it."""
    problem = _check_bytes(raw, shown)
    if problem:
        return None, [problem]
    record = Record(record_id, shown, {})
    text = raw.decode("utf-8")
    try:
        data = _build(yaml.parse(text, Loader=yaml.CSafeLoader), record)
    except _Refused as refused:
        return None, [Problem(shown, *refused.place, refused.field, refused.message)]
    except yaml.MarkedYAMLError as error:
        return _read_up_to(error, text, shown, record_id)
    except yaml.reader.ReaderError as error:
        return None, [_character_problem(error, raw, shown)]
    except yaml.YAMLError as error:
        return None, [Problem(shown, 1, 1, "", f"this is not valid YAML: {excerpt(str(error))}")]
    if data is None:
        return None, [Problem(shown, 1, 1, "", "the file is empty; expected a practice record (title:, summary:, ...)")]
    if not isinstance(data, dict):
        line, column = record.places[()]
        found = "a list" if isinstance(data, list) else f"the single value {excerpt(data)}"
        message = f"expected a mapping of fields (title:, summary:, ...), found {found}"
        return None, [Problem(shown, line, column, "", message)]
    record.data = data
    return record, record.problems


def _check_bytes(raw: bytes, shown: str) -> Problem | None:
    if len(raw) > MAX_FILE_BYTES:
        return Problem(shown, 1, 1, "", _too_big(len(raw)))
    if raw.startswith(b"\xef\xbb\xbf"):
        return Problem(shown, 1, 1, "", "the file starts with a byte-order mark; save it as UTF-8 without BOM")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(shown, 1, 1, "", "the file is saved as UTF-16; save it as UTF-8")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _place_of_byte(raw, error.start)
        return Problem(shown, line, column, "", f"byte 0x{raw[error.start]:02x} is not UTF-8; save the file as UTF-8")
    return None


def _place_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    """Line and column of a byte offset, counting characters as editors do, not bytes."""
    before = raw[:offset]
    start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[start:].decode("utf-8", errors="replace")) + 1


def _character_problem(error: yaml.reader.ReaderError, raw: bytes, shown: str) -> Problem:
    # libyaml reports a character it refuses by its byte offset in the file, with no line.
    line, column = _place_of_byte(raw, error.position)
    return Problem(shown, line, column, "", _control_message(error.character))


def _control_message(code: int) -> str:
    return f"the character U+{code:04X} is not allowed in a record (a control character); remove it"


def _read_up_to(
    error: yaml.MarkedYAMLError, text: str, shown: str, record_id: str
) -> tuple[Record | None, list[Problem]]:
    """A file with a syntax error: say what to do, and still check the whole fields above it.

    The file is read again up to the top-level field in which the error (or its
    cause) stands, so that every field before it is complete and can be
    checked soundly; the message says from which line nothing was checked.
    """
    explained = syntax.explain(error, text)
    lines = text.splitlines(keepends=True)
    cut = _field_start(lines, min(explained.line, _place_of(error.problem_mark or error.context_mark)[0]))
    rest = f"Lines {cut} to the end were not checked" if cut > 1 else "Nothing else in the file was checked"
    message = f"{explained.message}. {rest}; fix this first."
    problem = Problem(shown, explained.line, explained.column, "", message, detail=explained.original)
    record = Record(record_id, shown, {}, unchecked_from=cut)
    try:
        data = _build(yaml.parse("".join(lines[: cut - 1]), Loader=yaml.CSafeLoader), record)
    except (_Refused, yaml.YAMLError):
        return None, [problem]
    if not isinstance(data, dict):
        return None, [problem]
    record.data = data
    return record, [problem, *record.problems]


def _field_start(lines: list[str], line: int) -> int:
    """The line of the top-level field that holds `line` (1-based), or `line` itself."""
    for number in range(min(line, len(lines)), 0, -1):
        text = lines[number - 1]
        if text[:1] not in ("", " ", "\t", "#", "-", "\n", "\r") and ":" in text:
            return number
    return 1


def _build(events: Iterable[Any], record: Record) -> Any:
    """Build values from the event stream, noting the place of each value and key."""
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused(event.start_mark, "a record holds one document; remove the second '---'")
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            done = stack.pop()[0]
            if not stack:
                root = done
            continue
        if not isinstance(event, (yaml.AliasEvent, yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            continue
        frame = stack[-1] if stack else None
        is_key = frame is not None and isinstance(frame[0], dict) and frame[2] is None
        path = frame[1] if is_key and frame is not None else _child_path(frame)
        # Shared values (anchors and aliases) are how a small file expands into gigabytes.
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark, "aliases (*name) are not allowed in a record; write the value out", path)
        _refuse_anchored_or_deep(event, path)
        if is_key and frame is not None:
            _take_key(event, frame, record)
            continue
        record.places[path] = _place_of(event.start_mark)
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event, path)
            if frame is None:
                root = value
            else:
                _attach(frame, value)
            continue
        container: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            raise _Refused(event.start_mark, f"the tag {event.tag} is not allowed in a record", path)
        if frame is not None:
            _attach(frame, container)
        stack.append([container, path, None])
    return root


def _refuse_anchored_or_deep(event: Any, path: Path_) -> None:
    if event.anchor is not None:
        message = f"anchors (&{event.anchor}) are not allowed in a record; write the value out"
        raise _Refused(event.start_mark, message, path)
    if len(path) > MAX_DEPTH:
        message = f"values are nested more than {MAX_DEPTH} levels deep; a record never is"
        raise _Refused(event.start_mark, message, path)


def _place_of(mark: Any) -> tuple[int, int]:
    """The 1-based line and column of a libyaml mark (every event and syntax error carries one)."""
    return mark.line + 1, mark.column + 1


def _child_path(frame: _Frame | None) -> Path_:
    if frame is None:
        return ()
    container, path, key = frame
    return (*path, key) if isinstance(container, dict) else (*path, len(container))


def _take_key(event: Any, frame: _Frame, record: Record) -> None:
    if not isinstance(event, yaml.ScalarEvent):
        raise _Refused(event.start_mark, "a key must be a plain name such as title, not a list or mapping", frame[1])
    container, path, _ = frame
    key = event.value
    if _KEY_BREAKS.search(key):
        # Keys are echoed into messages and field paths; one with a line break could forge a problem line.
        raise _Refused(event.start_mark, f"a key must be a plain name on one line, found {excerpt(key)}", path)
    if event.tag not in _STR_TAGS:
        raise _Refused(event.start_mark, f"the tag {event.tag} is not allowed in a record", (*path, key))
    place = _place_of(event.start_mark)
    if key in container:
        # Say so and read on: the first value stands, so the rest of the file is still checked.
        first = record.key_places[(*path, key)][0]
        message = f"the key {excerpt(key)} appears twice (first on line {first}); keep one"
        field_path = "/".join(map(str, (*path, key)))
        record.problems.append(Problem(record.path, *place, field_path, message))
        frame[2] = _Repeated
        return
    record.key_places[(*path, key)] = place
    frame[2] = key


def _attach(frame: _Frame, value: Any) -> None:
    container = frame[0]
    if isinstance(container, dict):
        if frame[2] is not _Repeated:
            container[frame[2]] = value
        frame[2] = None
    else:
        container.append(value)


def _scalar(event: yaml.ScalarEvent, path: Path_) -> Scalar:
    """Resolve a scalar by YAML 1.2 core rules; quoted and block text stays text."""
    if event.tag not in _STR_TAGS:
        raise _Refused(event.start_mark, f"the tag {event.tag} is not allowed in a record", path)
    text: str = event.value
    control = _CONTROL.search(text)
    if control:
        raise _Refused(event.start_mark, _control_message(ord(control.group())), path)
    if event.style or event.tag is not None:
        return text
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text
