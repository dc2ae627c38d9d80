"""A newcomer's first minutes: the placeholder warning, `make configure`, what `make site` installs,
and `make serve` answering at the address the README gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT, build_site, copy_records, free_port, write_config

REGGIO = "reggio-emilia-south-africa"


def _make(folder, *args) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=folder, capture_output=True, text=True)


def test_the_build_warns_while_the_repository_is_the_placeholder(tmp_path, capsys):
    records = copy_records(tmp_path / "records", REGGIO)
    build_site(tmp_path / "placeholder", records)
    assert "still names the placeholder repository" in capsys.readouterr().err
    build_site(
        tmp_path / "configured",
        records,
        repo_url="https://github.com/city-of-ghent/practices",
        repo_name="city-of-ghent/practices",
        site_url="https://city-of-ghent.github.io/practices/",
    )
    assert "placeholder" not in capsys.readouterr().err


def test_make_configure_sets_repository_and_address_in_one_place(tmp_path):
    for name in ("Makefile", "mkdocs.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    before = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    done = _make(
        tmp_path, "configure", "REPO=city-of-ghent/practices", "URL=https://city-of-ghent.github.io/practices/"
    )
    assert done.returncode == 0, done.stderr
    after = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    changed = {line for line in after.splitlines()} - {line for line in before.splitlines()}
    assert changed == {
        "site_url: https://city-of-ghent.github.io/practices/",
        "repo_url: https://github.com/city-of-ghent/practices",
        "repo_name: city-of-ghent/practices",
    }
    assert not [line for line in after.splitlines() if line.startswith(("site_url", "repo_")) and "example" in line]
    # a value that is not owner/name changes nothing
    refused = _make(tmp_path, "configure", "REPO=x|y; rm -rf /", "URL=https://example.org/")
    assert refused.returncode != 0 and (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == after


def test_make_site_installs_only_what_building_needs():
    plan = _make(ROOT, "-n", "-B", "site", "PY=python3", "VENV=/nonexistent-venv").stdout
    assert "-r requirements.txt" in plan and "requirements-test.txt" not in plan
    tests = _make(ROOT, "-n", "-B", "test", "PY=python3", "VENV=/nonexistent-venv").stdout
    assert "-r requirements-test.txt" in tests


def test_make_serve_answers_at_the_readme_address_not_under_the_site_path(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "http://127.0.0.1:8000/" in readme and "python3 -m http.server -d site" in readme
    recipe = _make(ROOT, "-n", "-B", "serve", "VENV=/nonexistent-venv").stdout
    assert "site_url: http://127.0.0.1:8000/" in recipe and "-a 127.0.0.1:8000" in recipe
    # the same configuration the recipe writes, on another port so as not to meet a running preview
    port = free_port()
    config = write_config(tmp_path, copy_records(tmp_path / "records", REGGIO))
    serve = tmp_path / ".serve.yml"
    serve.write_text(f"INHERIT: {config.name}\nsite_url: http://127.0.0.1:{port}/\n", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(serve), "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        page = _wait_for(f"http://127.0.0.1:{port}/")
        assert "The collection at a glance" in page
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(url: str, seconds: float = 120) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return answer.read().decode("utf-8")
        except OSError:
            time.sleep(1)
    pytest.fail(f"{url} did not answer")
