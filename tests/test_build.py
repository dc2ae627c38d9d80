"""Whole builds through the command line: all problems reported, nothing half built, live preview."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from click.testing import CliRunner, Result

from conftest import ROOT, copy_records, free_port, project_settings, write_config
from generator.cli import cli
from generator.output import STAMP, STAMP_TEXT
from helpers import serve_indexed

TYPE_ERROR = (ROOT / "practices" / "reggio-emilia-south-africa.yml").read_text(encoding="utf-8")


def _practices(*args: str) -> Result:
    """`practices ARGS` in this process, run from the project's folder."""
    with contextlib.chdir(ROOT):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_three_mistakes_in_two_files_fail_the_build_with_all_three(tmp_path: Path):
    records = copy_records(tmp_path / "practices", "reggio-emilia-south-africa")
    wrong = TYPE_ERROR.replace(
        "  - indicator: Consortia taking part\n    value: 2\n", "  - indicator: Consortia taking part\n    value: two\n"
    )
    wrong = wrong.replace("licence: CC-BY-4.0", "licence: CC-BY-4.0\nlicense: CC-BY-4.0")
    (records / "wrong-values.yml").write_text(wrong, encoding="utf-8")
    (records / "broken-yaml.yml").write_text("title: A\nsummary: [unclosed\n", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous site", encoding="utf-8")
    (site / STAMP).write_text(STAMP_TEXT, encoding="utf-8")  # an earlier build's

    done = _practices("build", "--config", str(write_config(tmp_path, records)), "--site-dir", str(site))

    assert done.exit_code == 1
    value_line = wrong.splitlines().index("    value: two") + 1
    licence_line = wrong.splitlines().index("license: CC-BY-4.0") + 1
    assert (
        f"practices/wrong-values.yml:{value_line}:12: evidence/1/value: expected a number, found 'two'" in done.stderr
    )
    assert (
        f"practices/wrong-values.yml:{licence_line}:1: license: unknown field 'license'; did you mean 'licence'?"
        in done.stderr
    )
    assert "practices/broken-yaml.yml:2:10: the [ opened on line 2, column 10 is not closed" in done.stderr
    assert "3 problems in 2 files." in done.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "previous site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml", "practices", "site"]


def test_a_good_build_replaces_the_site_folder(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "stale.html").write_text("old", encoding="utf-8")
    (site / STAMP).write_text(STAMP_TEXT, encoding="utf-8")  # an earlier build's
    handlers = list(logging.getLogger("mkdocs").handlers)
    done = _practices("build", "--config", str(write_config(tmp_path)), "--site-dir", str(site))
    assert done.exit_code == 0, done.stderr
    assert logging.getLogger("mkdocs").handlers == handlers, "each build in one process adds a log handler"
    assert not (site / "stale.html").exists()
    assert (site / "practices" / "reggio-emilia-south-africa" / "index.html").is_file()


def test_render_writes_markdown_for_another_engine(tmp_path: Path):
    done = _practices("render", str(tmp_path / "pages"))
    assert done.exit_code == 0, done.stderr
    page = (tmp_path / "pages" / "practices" / "reggio-emilia-south-africa.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: ")
    assert (tmp_path / "pages" / "practices" / "index.md").is_file()


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _fetch(url):
            return True
        time.sleep(0.3)
    return False


def _searchable(site_dirs: Path, text: str, seconds: float) -> bool:
    """Wait until a Pagefind index under the served folders holds the text (looked at at least once)."""
    deadline = time.monotonic() + seconds
    while not serve_indexed(site_dirs, text):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)
    return True


def test_serve_rebuilds_when_a_record_changes_and_search_finds_the_edit(tmp_path: Path):
    records = copy_records(tmp_path / "practices", "reggio-emilia-south-africa")
    port = free_port()
    site_dirs = tmp_path / "tmp"  # where `mkdocs serve` makes its temporary site folder
    site_dirs.mkdir()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "mkdocs"),
            "serve",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(write_config(tmp_path, records)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(site_dirs)},
    )
    try:
        mount = urllib.parse.urlsplit(project_settings()["site_url"]).path
        url = f"http://127.0.0.1:{port}{mount}practices/reggio-emilia-south-africa/"
        assert _wait_for(url, "from solidarity to economic development", 60)
        record = records / "reggio-emilia-south-africa.yml"
        record.write_text(
            record.read_text(encoding="utf-8").replace(
                "from solidarity to economic development", "from solidarity to shared prosperity"
            ),
            encoding="utf-8",
        )
        assert _wait_for(url, "from solidarity to shared prosperity", 60)
        # The page reloads before Pagefind has indexed it again; the index follows.
        assert _searchable(site_dirs, "from solidarity to shared prosperity", 60)
        assert not _searchable(site_dirs, "from solidarity to economic development", 0)
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl-C: serve ends the Pagefind it runs, and removes its site
        server.wait(timeout=30)
    assert list(site_dirs.iterdir()) == []
