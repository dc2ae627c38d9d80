"""Check that the web addresses in records still answer: the weekly link check.

This is not part of the build: the network is not always there, and a site must
not fail to build because someone else's server is down for an hour. Each
address is asked once (HEAD, then GET for servers that refuse HEAD), a few at a
time, and every dead one is reported at the line of the record that holds it.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problem
from generator.records import Record, leaves, load

USER_AGENT = "good-practices-link-check/1 (+https://github.com/example/good-practices)"
# Web addresses inside text fields, e.g. Markdown links; stops where Markdown or prose closes them.
_URL = re.compile(r"https?://[^\s<>()\[\]{}\"'`]+")
_TRAILING = ".,;:!?*_"
# Answers that say nothing about the page itself: the server limits robots, not the link.
_NOT_DEAD = {429}


@dataclass(frozen=True)
class Link:
    """One web address as a record holds it, with the place a contributor edits."""

    url: str
    file: str
    line: int
    column: int
    field: str


def find_links(record: Record, text: str) -> list[Link]:
    """Every web address of a record: URL fields and links written in its text.

    Args:
        record: the loaded record.
        text: the record file's text, to find the exact line of an address inside a long field.
    """
    lines = text.splitlines()
    found = []
    for path, value in leaves(record.data):
        if not isinstance(value, str):
            continue
        for url in _urls(value):
            line, column = _place(lines, record.place(path), url)
            found.append(Link(url, record.path, line, column, "/".join(map(str, path))))
    return found


def _urls(value: str) -> list[str]:
    return [match.group().rstrip(_TRAILING) for match in _URL.finditer(value)]


def _place(lines: list[str], start: tuple[int, int], url: str) -> tuple[int, int]:
    # A field's place is where its value starts; a link in a long text sits some lines below.
    for number in range(start[0], len(lines) + 1):
        column = lines[number - 1].find(url)
        if column >= 0:
            return number, column + 1
    return start


def answer(url: str, timeout: float) -> str | None:
    """Why an address is dead, or None when it answers."""
    try:
        return _ask(url, "HEAD", timeout)
    except urllib.error.HTTPError:
        pass  # some servers refuse HEAD or answer it wrongly: ask as a browser does
    except (urllib.error.URLError, OSError, ValueError) as error:
        return _reason(error, timeout)
    try:
        return _ask(url, "GET", timeout)
    except urllib.error.HTTPError as error:
        return None if error.code in _NOT_DEAD else f"answered {error.code} {error.reason}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return _reason(error, timeout)


def _ask(url: str, method: str, timeout: float) -> None:
    request = urllib.request.Request(_ascii(url), method=method, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        if method == "GET":
            response.read(1)


def _ascii(url: str) -> str:
    """An address as HTTP sends it: a non-Latin host in IDNA, other letters percent-encoded (café, 日本.jp)."""
    parts = urllib.parse.urlsplit(url)
    try:
        netloc = parts.netloc.encode("idna").decode("ascii")
    except UnicodeError:
        netloc = parts.netloc  # not a name IDNA can encode; let the request say why
    path = urllib.parse.quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = urllib.parse.quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return urllib.parse.urlunsplit((parts.scheme, netloc, path, query, ""))


def _reason(error: Exception, timeout: float) -> str:
    cause = getattr(error, "reason", error)
    if isinstance(cause, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    return f"no answer: {getattr(cause, 'strerror', None) or cause}"


def check(links: list[Link], timeout: float = 15, workers: int = 8) -> list[Problem]:
    """Ask every distinct address once, a few at a time; one problem per place of a dead one."""
    urls = sorted({link.url for link in links})
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        reasons = dict(zip(urls, pool.map(lambda url: answer(url, timeout), urls), strict=True))
    return sorted(
        Problem(link.file, link.line, link.column, link.field, f"{link.url} is dead: {reasons[link.url]}")
        for link in links
        if reasons[link.url]
    )


def collect(files: list[Path], root: Path | None = None) -> tuple[list[Link], list[Problem]]:
    """The links of every record file, and the problems of files that do not load."""
    found, problems = [], []
    for path in files:
        record, unreadable = load(path, _shown(path, root))
        problems += unreadable
        if record is not None:
            found += find_links(record, path.read_text(encoding="utf-8"))
    return found, problems


def _shown(path: Path, root: Path | None) -> str:
    if root is not None and path.resolve().is_relative_to(root.resolve()):
        return path.resolve().relative_to(root.resolve()).as_posix()
    return path.as_posix()
