"""`practices links`: dead web addresses in records, found against a real server on 127.0.0.1."""

from __future__ import annotations

import http.server
import socket
import threading
import time
import urllib.parse
from collections import Counter

import pytest
import yaml

import samples
from generator import cli, links
from generator.records import load


class _Handler(http.server.BaseHTTPRequestHandler):
    """Pages that answer, pages that are gone, a server that refuses HEAD, a redirect, a slow page."""

    asked: Counter = Counter()

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)

    def _answer(self, body: bool):
        type(self).asked[(self.command, self.path)] += 1
        if self.path == "/no-head" and self.command == "HEAD":
            return self._send(405)
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok?from=moved")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if self.path == "/slow":
            time.sleep(2)
        pages = {
            "/ok": 200,
            "/ok?from=moved": 200,
            "/no-head": 200,
            "/slow": 200,
            "/gone": 404,
            "/broken": 500,
            "/café?q=ü": 200,
        }
        code = pages.get(urllib.parse.unquote(self.path), 404)
        self._send(code, body)

    def _send(self, code: int, body: bool = False):
        text = b"hello"
        self.send_response(code)
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        if body:
            self.wfile.write(text)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """A local web server; yields its base URL (no trailing slash)."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    port = httpd.server_port
    httpd.server_close()
    return port


def _write_records(folder, base: str):
    """Two records: one with dead and live links in URL fields and in text, one repeating a live link."""
    folder.mkdir()
    _, first = samples.record(1)
    first["sources"] = [{"title": "Alive", "url": f"{base}/ok"}, {"title": "Gone", "url": f"{base}/gone"}]
    first["institution"]["url"] = f"{base}/no-head"
    first["partners"][0]["url"] = f"{base}/moved"
    first["description"] = f"First paragraph.\n\nRead [the report]({base}/broken) and {base}/ok.\n"
    _, second = samples.record(2)
    second["sources"] = [{"url": f"{base}/ok"}]
    second["project"] = {"name": "Nowhere", "url": f"http://127.0.0.1:{_closed_port()}/"}
    for name, data in (("first.yml", first), ("second.yml", second)):
        (folder / name).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), "utf-8")
    return folder


def _links(*paths: str, timeout: float = 15) -> int:
    """`practices links` as the command runs it, but allowed to ask the test server on 127.0.0.1."""
    return cli.check_links(paths, timeout=timeout, workers=8, allow_loopback=True)


def _line_of(path, text: str) -> tuple[int, int]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number, line.index(text) + 1
    raise AssertionError(f"{text} not in {path}")


def _at(place: tuple[int, int]) -> str:
    return f"{place[0]}:{place[1]}"


def test_links_of_a_record_are_found_at_their_line(tmp_path, server):
    folder = _write_records(tmp_path / "records", server)
    record, _ = load(folder / "first.yml", "first.yml")
    found = links.find_links(record, (folder / "first.yml").read_text(encoding="utf-8"))
    by_url = {(link.url, link.field): (link.line, link.column) for link in found}
    assert by_url[(f"{server}/broken", "description")] == _line_of(folder / "first.yml", f"{server}/broken")
    assert by_url[(f"{server}/ok", "description")] == _line_of(folder / "first.yml", f"{server}/ok.")
    assert by_url[(f"{server}/gone", "sources/1/url")] == _line_of(folder / "first.yml", f"{server}/gone")
    assert (f"{server}/no-head", "institution/url") in by_url
    assert not any(link.url.endswith(".") for link in found), "a sentence's full stop is not part of the address"


def test_dead_links_are_reported_with_file_line_and_field_and_exit_1(tmp_path, server, capsys, monkeypatch):
    folder = _write_records(tmp_path / "records", server)
    monkeypatch.chdir(tmp_path)
    _Handler.asked.clear()
    code = _links("records", timeout=5)
    out = capsys.readouterr().out.splitlines()
    gone, broken = _line_of(folder / "first.yml", f"{server}/gone"), _line_of(folder / "first.yml", f"{server}/broken")
    dead_port = yaml.safe_load((folder / "second.yml").read_text())["project"]["url"]
    nowhere = _line_of(folder / "second.yml", dead_port)
    assert code == 1
    assert out == [
        f"records/first.yml:{_at(broken)}: description: {server}/broken is dead: answered 500 Internal Server Error",
        f"records/first.yml:{_at(gone)}: sources/1/url: {server}/gone is dead: answered 404 Not Found",
        f"records/second.yml:{_at(nowhere)}: project/url: {dead_port} is dead: no answer: Connection refused",
        "3 problems in 2 files.",
    ]
    assert _Handler.asked[("HEAD", "/ok")] == 1, "an address used three times is asked once"
    assert _Handler.asked[("GET", "/no-head")] == 1, "a server refusing HEAD is asked again with GET"


def test_all_links_alive_exits_0(tmp_path, server, capsys, monkeypatch):
    folder = tmp_path / "records"
    folder.mkdir()
    _, data = samples.record(3)
    data["sources"] = [
        {"url": f"{server}/ok"},
        {"url": f"{server}/moved"},
        {"url": f"{server}/no-head"},
        {"url": f"{server}/café?q=ü#part"},
    ]
    (folder / "alive.yml").write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _links("records") == 0
    assert capsys.readouterr().out == "All 4 links in 1 records answer.\n"


def test_a_slow_server_is_dead_after_the_timeout_not_waited_for(server):
    started = time.monotonic()
    assert links.answer(f"{server}/slow", timeout=0.5, allow_loopback=True) == "no answer within 0.5 s"
    assert time.monotonic() - started < 1.9


def test_a_record_that_does_not_load_is_reported_not_skipped(tmp_path, capsys, monkeypatch):
    (tmp_path / "broken.yml").write_text("title: [unclosed\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["links", "broken.yml"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "1 problem in 1 file."


# --- Only public hosts are asked (issue 12) -------------------------------------------------------------------

NOT_PUBLIC = {
    "http://10.0.0.1/intranet": "'10.0.0.1' is a private address",
    "http://192.168.1.1/router": "'192.168.1.1' is a private address",
    "http://169.254.169.254/latest/meta-data/": "'169.254.169.254' is a link-local address",
    "http://0.0.0.0/": "'0.0.0.0' is an unspecified address",
    "http://224.0.0.1/": "'224.0.0.1' is a multicast address",
    "http://240.0.0.1/": "'240.0.0.1' is a reserved address",
    "http://100.64.0.1/": "'100.64.0.1' is a non-public address",
}


def test_loopback_private_and_reserved_addresses_are_never_asked(tmp_path, server, capsys, monkeypatch):
    folder = tmp_path / "records"
    folder.mkdir()
    port = urllib.parse.urlsplit(server).port
    _, data = samples.record(5)
    local = {
        f"{server}/ok": "'127.0.0.1' is a loopback address",
        f"http://localhost:{port}/ok": "'localhost' is a loopback address "
        f"({socket.getaddrinfo('localhost', port, type=socket.SOCK_STREAM)[0][4][0]})",
    }
    urls = {**local, **NOT_PUBLIC}
    data["sources"] = [{"url": url} for url in urls]
    (folder / "inside.yml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _Handler.asked.clear()

    code = cli.main(["links", "records", "--timeout", "2"])

    out = capsys.readouterr().out.splitlines()
    expected = [
        f"records/inside.yml:{_at(_line_of(folder / 'inside.yml', url))}: sources/{i}/url: {url} was not checked: "
        f"{why}; only public addresses are asked"
        for i, (url, why) in enumerate(urls.items())
    ]
    assert code == 1
    assert out == [*sorted(expected, key=_place_key), f"{len(urls)} problems in 1 file."]
    assert not _Handler.asked, "the server on 127.0.0.1 was asked"


def _place_key(line: str) -> tuple[int, int]:
    _, number, column, _ = line.split(":", 3)
    return int(number), int(column)


def test_a_redirect_into_a_private_address_is_not_followed(server):
    _Handler.asked.clear()
    reason = links.answer(f"{server}/to-metadata", timeout=2, allow_loopback=True)
    assert isinstance(reason, links.Skipped)
    assert reason == (
        "it redirects to 'http://169.254.169.254/latest/meta-data/', and '169.254.169.254' is a link-local "
        "address; only public addresses are asked"
    )
    assert _Handler.asked == {("HEAD", "/to-metadata"): 1}


def test_the_loopback_allowance_is_a_parameter_not_a_setting(server, monkeypatch):
    for name in ("ALLOW_LOOPBACK", "PRACTICES_ALLOW_LOOPBACK", "NO_PROXY"):
        monkeypatch.setenv(name, "1")
    assert links.answer(f"{server}/ok", timeout=2) == (
        "'127.0.0.1' is a loopback address; only public addresses are asked"
    )
    assert links.answer(f"{server}/ok", timeout=2, allow_loopback=True) is None
    port = urllib.parse.urlsplit(server).port
    assert links.answer(f"http://[::1]:{port}/ok", timeout=2) == (
        "'::1' is a loopback address; only public addresses are asked"
    )
    assert links.answer("http://[::ffff:10.0.0.1]/", timeout=2) == (
        "'::ffff:10.0.0.1' is a private address; only public addresses are asked"
    )
