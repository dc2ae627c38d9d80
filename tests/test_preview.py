"""The pull request's preview: the workflow's own summary step, run on a changed record, against a golden file.

Update: UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_preview.py
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import yaml
from click.testing import CliRunner

from generator import cli

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "tests" / "fixtures" / "mistakes" / "base.yml"
GOLDEN = ROOT / "tests" / "golden" / "pr-summary.md"
SITE_LINK = "https://github.com/example/good-practices/actions/runs/1/artifacts/2"


def _summary_step() -> str:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "check.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["records"]["steps"]
    return next(step["run"] for step in steps if step.get("name") == "Show the changed practices")


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _pull_request(repo: Path) -> str:
    """A repository whose last commit changes one record, adds one and leaves one alone; returns the base."""
    (repo / "practices").mkdir(parents=True)
    base = BASE.read_text(encoding="utf-8")
    (repo / "practices" / "night-buses.yml").write_text(base, encoding="utf-8")
    (repo / "practices" / "untouched.yml").write_text(base.replace("Night buses", "Day buses"), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base")
    first = _git(repo, "rev-parse", "HEAD")
    changed = base.replace("    value: 1200", "    value: 1350").replace("- employment", "- employment\n  - health")
    (repo / "practices" / "night-buses.yml").write_text(changed, encoding="utf-8")
    added = base.replace("Night buses for shift workers", "Shuttle buses to the hospital [pilot]")
    (repo / "practices" / "hospital-shuttle.yml").write_text(added, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "change")
    return first


def test_the_summary_step_shows_each_changed_practice(tmp_path):
    repo = tmp_path / "repo"
    base_sha = _pull_request(repo)
    (repo / ".venv").symlink_to(Path(sys.executable).parent.parent)
    summary = tmp_path / "summary.md"
    env = {**os.environ, "BASE_SHA": base_sha, "SITE_LINK": SITE_LINK, "GITHUB_STEP_SUMMARY": str(summary)}
    subprocess.run(["bash", "-euo", "pipefail", "-c", _summary_step()], cwd=repo, env=env, check=True, timeout=120)
    written = summary.read_text(encoding="utf-8")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(written, encoding="utf-8")
    assert written == GOLDEN.read_text(encoding="utf-8")
    assert "Day buses" not in written  # the record the pull request left alone


def test_a_pull_request_without_records_says_so(tmp_path):
    repo = tmp_path / "repo"
    base_sha = _pull_request(repo)
    (repo / ".venv").symlink_to(Path(sys.executable).parent.parent)
    (repo / "README.md").write_text("words\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "docs")
    summary = tmp_path / "summary.md"
    head = _git(repo, "rev-parse", "HEAD~1")
    env = {**os.environ, "BASE_SHA": head, "SITE_LINK": SITE_LINK, "GITHUB_STEP_SUMMARY": str(summary)}
    subprocess.run(["bash", "-euo", "pipefail", "-c", _summary_step()], cwd=repo, env=env, check=True, timeout=120)
    assert summary.read_text(encoding="utf-8") == (
        "## How the changed practices will read\n\nThis pull request changes no practice.\n"
    )
    assert base_sha


def test_record_text_cannot_write_markup_into_the_summary(tmp_path):
    repo = tmp_path / "repo"
    (repo / "practices").mkdir(parents=True)
    link = "[x](javascript:alert(1)) <img src=x onerror=alert(1)>"
    image = "**bold** ![i](https://evil.example/t.png) www.evil.example"
    hostile = (
        BASE.read_text(encoding="utf-8")
        .replace("title: Night buses for shift workers", f'title: "{link}"')
        .replace("  name: Municipality of Exampleton", f'  name: "{image}"')
        .replace("summary: A city ran night bus lines", 'summary: "# heading\\n| a | b |\\n1. list ran night bus lines')
        .replace("hospitals and factories.\n", 'hospitals and factories."\n', 1)
    )
    (repo / "practices" / "hostile.yml").write_text(hostile, encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    with contextlib.chdir(repo):
        done = CliRunner().invoke(cli.cli, ["preview", "practices/hostile.yml"], catch_exceptions=False)
    assert done.exit_code == 0, done.stderr
    html = markdown.markdown(done.stdout, extensions=["tables"])
    assert "<img" not in html and "<a " not in html and "<h1" not in html and "<strong>" not in html
    assert "onerror=alert(1)&gt;" in html and "evil.example" in html  # shown as words, not markup


def test_the_site_link_must_be_an_https_address(tmp_path, capsys):
    os.chdir(ROOT)
    assert cli.main(["preview", "--site-link", "javascript:alert(1)"]) == 2
    assert "--site-link must be an https:// address" in capsys.readouterr().err


def test_the_contribute_page_offers_the_form_first_then_the_web_editor(project_site):
    page = (project_site / "contribute" / "index.html").read_text(encoding="utf-8")
    form = page.index('href="https://github.com/example/good-practices/issues/new?template=propose-a-practice.yml"')
    editor = page.index('href="https://github.com/example/good-practices/new/main/practices"')
    guide = page.index('href="https://github.com/example/good-practices/blob/main/CONTRIBUTING.md"')
    assert form < editor < guide
    assert "No YAML needed" in page


def test_repository_links_are_quoted_and_only_for_an_https_repository():
    from generator.plugin import repository_links

    assert repository_links("see [the form][propose-form]", "https://github.com/o/r") == (
        "\n[propose-form]: <https://github.com/o/r/issues/new?template=propose-a-practice.yml>"
    )
    assert repository_links("see [x][propose-form]", "https://github.com/o/r>\n[x]: javascript:1 <") == (
        "\n[propose-form]: <https://github.com/o/r%3E%0A%5Bx%5D:%20javascript:1%20%3C/issues/new"
        "?template=propose-a-practice.yml>"
    )
    assert repository_links("see [x][propose-form]", "javascript:alert(1)") == ""
    assert repository_links("no links here", "https://github.com/o/r") == ""
