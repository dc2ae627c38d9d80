"""Check that the web addresses in records still answer: the weekly link check.

This is not part of the build: the network is not always there, and a site must
not fail to build because someone else's server is down for an hour. Each
address is asked once (HEAD, then GET for servers that refuse HEAD), a few at a
time, and every dead one is reported at the line of the record that holds it.

Addresses come from pull requests, so the check asks public hosts only: every
host name is resolved first and each of its addresses must be public, the
connection goes to the address that was checked, and redirects are followed
here, one hop at a time, each checked the same way. Loopback, private,
link-local, reserved and multicast addresses are reported as not checked.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from generator.errors import Problem, excerpt
from generator.records import Record, leaves, load, shown_under

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


MAX_REDIRECTS = 10
_REDIRECTS = {301, 302, 303, 307, 308}


class Skipped(str):
    """Why an address was not asked: it is, or leads to, a host that is not public."""


class _NotPublic(Exception):
    """A host that resolves to an address the link check must not contact."""


def answer(url: str, timeout: float, allow_loopback: bool = False) -> str | None:
    """Why an address is dead (a Skipped reason if it was not asked), or None when it answers.

    Args:
        url: the address as the record holds it.
        timeout: seconds to wait for each answer.
        allow_loopback: also ask 127.0.0.1 and ::1; only the tests, whose server runs there, need this.
    """
    try:
        status, reason = _follow(url, "HEAD", timeout, allow_loopback)
        if status < 400:
            return None
        # some servers refuse HEAD or answer it wrongly: ask as a browser does
        status, reason = _follow(url, "GET", timeout, allow_loopback)
    except _NotPublic as refused:
        return Skipped(str(refused))
    except (OSError, http.client.HTTPException, ValueError) as error:
        return _reason(error, timeout)
    return None if status < 400 or status in _NOT_DEAD else f"answered {status} {reason}"


def _follow(url: str, method: str, timeout: float, allow_loopback: bool) -> tuple[int, str]:
    """Ask an address, following redirects one by one, each to a public host only."""
    for hop in range(MAX_REDIRECTS + 1):
        try:
            status, reason, location = _ask(url, method, timeout, allow_loopback)
        except _NotPublic as refused:
            raise _NotPublic(f"it redirects to {excerpt(url)}, and {refused}" if hop else str(refused)) from None
        if status not in _REDIRECTS or not location:
            return status, reason
        url = urllib.parse.urljoin(url, location)
        method = "GET" if status == 303 else method
    return 310, f"more than {MAX_REDIRECTS} redirects"


def _ask(url: str, method: str, timeout: float, allow_loopback: bool) -> tuple[int, str, str | None]:
    parts = urllib.parse.urlsplit(_ascii(url))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a web address: {excerpt(url)}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = _public_address(parts.hostname, port, allow_loopback)
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    connection = kind(parts.hostname, port, address=address, timeout=timeout)
    try:
        target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        connection.request(method, target, headers={"User-Agent": USER_AGENT})
        response = connection.getresponse()
        if method == "GET":
            response.read(1)
        return response.status, response.reason, response.getheader("Location")
    finally:
        connection.close()


def _public_address(host: str, port: int, allow_loopback: bool) -> str:
    """The address to connect to, once every address the host resolves to was found public."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [cast(str, info[4][0]) for info in infos]
    for address in addresses:
        kind = _not_public(ipaddress.ip_address(address.split("%")[0]))
        if kind and not (allow_loopback and kind == "loopback"):
            shown = "" if host.strip("[]") == address else f" ({address})"
            article = "an" if kind[0] in "aeiou" else "a"
            raise _NotPublic(f"{excerpt(host)} is {article} {kind} address{shown}; only public addresses are asked")
    return addresses[0]


def _not_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address this is, or None for a public one."""
    ip = getattr(ip, "ipv4_mapped", None) or ip
    for kind, test in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-public", not ip.is_global),
    ):
        if test:
            return kind
    return None


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to the address that was checked, not to a second lookup of the name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """An HTTPS connection to the checked address, verifying the certificate of the host name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(  # type: ignore[attr-defined]
            sock, server_hostname=self.host
        )


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


def check(links: list[Link], timeout: float = 15, workers: int = 8, allow_loopback: bool = False) -> list[Problem]:
    """Ask every distinct public address once, a few at a time; one problem per place of a dead or skipped one."""
    urls = sorted({link.url for link in links})
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        reasons = dict(zip(urls, pool.map(lambda url: answer(url, timeout, allow_loopback), urls), strict=True))
    return sorted(
        Problem(link.file, link.line, link.column, link.field, _verdict(link.url, cast(str, reasons[link.url])))
        for link in links
        if reasons[link.url]
    )


def _verdict(url: str, reason: str) -> str:
    verb = "was not checked" if isinstance(reason, Skipped) else "is dead"
    return f"{url} {verb}: {reason}"


def collect(files: list[Path], root: Path | None = None) -> tuple[list[Link], list[Problem]]:
    """The links of every record file, and the problems of files that do not load."""
    found, problems = [], []
    for path in files:
        record, unreadable = load(path, shown_under(path, root))
        problems += unreadable
        if record is not None:
            found += find_links(record, path.read_text(encoding="utf-8"))
    return found, problems
